/**
 * Lane packing: places marks and their labels in horizontal lanes so that no two
 * overlap. Pure: pixels in, lanes out.
 *
 * Greedy over items sorted by their left edge, O(placed × lanes + n): a label is measured
 * only once its mark has found a lane, and when every lane is taken up to some point, the
 * items before it are skipped with one binary search instead of being tried one by one.
 * So a hundred thousand zoomed-out events cost little more than the hundred that are drawn.
 */

/** Items as parallel arrays (no object per item), sorted by `markLeft`. */
export interface LaneInput {
  count: number;
  /** Left and right pixel edges of each mark. */
  markLeft: ArrayLike<number>;
  markRight: ArrayLike<number>;
  /** Where each label starts if nothing moves it (at the mark, or stuck to the left edge). */
  labelLeft: ArrayLike<number>;
}

export interface LanePlacements {
  /** The lane of each item (0 = top), or -1 when it found none. */
  lane: Int32Array;
  /** Where each placed label starts: slid left near the right edge when there was room. */
  labelLeft: Float64Array;
  /** The width each placed label would like (0 for items never measured). */
  labelWidth: Float64Array;
  /** The width each placed label may use: less than `labelWidth` when it was shortened. */
  labelMaxWidth: Float64Array;
}

export interface LaneOptions {
  lanes: number;
  /** Minimum empty pixels between neighbours in a lane. */
  gap: number;
  /** A label is never shortened below this (it would say nothing). */
  minLabelWidth: number;
  /** Right edge of the drawing area: labels are cut there. */
  width: number;
}

/** `measure(index)` gives the width item `index`'s label would like. */
export function packLanes(
  input: LaneInput,
  measure: (index: number) => number,
  options: LaneOptions,
  /** Arrays of at least `count` items to write into, so a gesture allocates nothing large. */
  into?: LanePlacements,
): LanePlacements {
  const { count, markLeft, markRight } = input;
  const { lanes, gap, width, minLabelWidth } = options;
  const placed: LanePlacements = into ?? {
    lane: new Int32Array(count),
    labelLeft: new Float64Array(count),
    labelWidth: new Float64Array(count),
    labelMaxWidth: new Float64Array(count),
  };
  placed.lane.fill(-1, 0, count);
  for (let i = 0; i < count; i++) {
    placed.labelLeft[i] = input.labelLeft[i]!;
    placed.labelWidth[i] = 0;
    placed.labelMaxWidth[i] = 0;
  }
  /** Per lane: the last item placed in it (-1 when empty) and the rightmost pixel it uses. */
  const tailItem = new Int32Array(lanes).fill(-1);
  const tailRight = new Float64Array(lanes).fill(-Infinity);

  let index = 0;
  while (index < count) {
    const left = markLeft[index]!;
    let lane = -1;
    // First choice: the topmost lane that is free from here on.
    for (let candidate = 0; candidate < lanes; candidate++) {
      if (tailRight[candidate]! + gap <= left) {
        lane = candidate;
        break;
      }
    }
    // Second choice: a lane where cutting the previous item's label makes room.
    if (lane === -1) {
      for (let candidate = 0; candidate < lanes; candidate++) {
        const previous = tailItem[candidate]!;
        if (previous === -1) continue;
        const room = left - gap - placed.labelLeft[previous]!;
        const needed = Math.min(minLabelWidth, placed.labelMaxWidth[previous]!);
        if (markRight[previous]! + gap <= left && room >= needed) {
          placed.labelMaxWidth[previous] = Math.min(placed.labelMaxWidth[previous]!, room);
          tailRight[candidate] = Math.max(
            markRight[previous]!,
            placed.labelLeft[previous]! + placed.labelMaxWidth[previous]!,
          );
          lane = candidate;
          break;
        }
      }
    }
    if (lane === -1) {
      // Nothing fits before the earliest point where some lane could take an item: skip there.
      index = Math.max(
        index + 1,
        firstAtOrAfter(markLeft, count, earliestOpening(placed, tailItem, tailRight, markRight, options)),
      );
      continue;
    }
    const labelWidth = measure(index);
    // Near the right edge the label slides left to stay whole, but not over its neighbour in
    // the lane and not so far that it no longer reaches its mark.
    let labelLeft = placed.labelLeft[index]!;
    if (labelLeft + labelWidth > width) {
      const floor = Math.max(0, tailRight[lane]! + gap, markRight[index]! - labelWidth);
      labelLeft = Math.max(floor, Math.min(labelLeft, width - labelWidth));
    }
    const labelMaxWidth = Math.max(0, Math.min(labelWidth, width - labelLeft));
    placed.lane[index] = lane;
    placed.labelLeft[index] = labelLeft;
    placed.labelWidth[index] = labelWidth;
    placed.labelMaxWidth[index] = labelMaxWidth;
    tailItem[lane] = index;
    tailRight[lane] = Math.max(markRight[index]!, labelLeft + labelMaxWidth);
    index++;
  }
  return placed;
}

/** The smallest left edge at which any lane could take an item, directly or by shortening. */
function earliestOpening(
  placed: LanePlacements,
  tailItem: Int32Array,
  tailRight: Float64Array,
  markRight: ArrayLike<number>,
  { gap, minLabelWidth }: LaneOptions,
): number {
  let earliest = Infinity;
  for (let lane = 0; lane < tailItem.length; lane++) {
    const previous = tailItem[lane]!;
    let opening = tailRight[lane]!;
    if (previous !== -1) {
      const shortest = placed.labelLeft[previous]! + Math.min(minLabelWidth, placed.labelMaxWidth[previous]!);
      opening = Math.min(opening, Math.max(markRight[previous]!, shortest));
    }
    earliest = Math.min(earliest, opening + gap);
  }
  return earliest;
}

/** First position in the ascending `values[0..count)` whose value is >= `value`. */
export function firstAtOrAfter(values: ArrayLike<number>, count: number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
