/**
 * Ordering marks by their left edge without comparisons. The kernels take positional
 * arguments (typed arrays and numbers, no options object) on purpose: they run over up to
 * a hundred thousand marks per frame, and V8 keeps such loops optimised (see `layoutEvents`).
 */
import { ints } from './buffer-pool.js';

/** Layout positions are multiples of 1/PIXEL_STEPS px. */
export const PIXEL_STEPS = 16;

/**
 * Writes into `order[0..count)` the items ordered by `lefts` (multiples of 1/PIXEL_STEPS,
 * at most `ceiling`), ties in item order, with every left below `floor` counted as `floor`.
 * A counting sort: the lefts of the marks near the view take a few thousand grid values,
 * so ordering a hundred thousand of them takes three passes and no comparisons.
 */
export function orderByLeft(
  lefts: Float64Array,
  count: number,
  floor: number,
  ceiling: number,
  order: Int32Array,
): void {
  const buckets = Math.ceil((ceiling - floor) * PIXEL_STEPS) + 2;
  const keys = ints('keys', count);
  const next = ints('buckets', buckets);
  // A few marks (a short story, a deep zoom) are compared, not counted through 20,000 buckets
  // (whose counts are then left as they are: the next count starts from zeros).
  if (count > FEW) next.fill(0, 0, buckets);
  bucketKeys(lefts, count, floor, buckets - 2, keys, next);
  if (count > FEW) {
    prefixSums(next, buckets);
    scatter(keys, count, next, order);
    return;
  }
  for (let i = 0; i < count; i++) order[i] = i;
  order.subarray(0, count).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** Up to this many marks, `orderByLeft` compares. */
const FEW = 32;

/** Kernel: each item's bucket, and how many items fall in each (counted one bucket up). */
function bucketKeys(
  lefts: Float64Array,
  count: number,
  floor: number,
  lastKey: number,
  keys: Int32Array,
  sizes: Int32Array,
): void {
  for (let i = 0; i < count; i++) {
    const key = Math.min(lastKey, Math.max(0, Math.round((lefts[i]! - floor) * PIXEL_STEPS)));
    keys[i] = key;
    sizes[key + 1]!++;
  }
}

/** Kernel: bucket sizes to where each bucket starts. */
function prefixSums(values: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) values[i]! += values[i - 1]!;
}

/** Kernel: each item to the next free place of its bucket (stable). */
function scatter(keys: Int32Array, count: number, next: Int32Array, order: Int32Array): void {
  for (let i = 0; i < count; i++) order[next[keys[i]!]!++] = i;
}
