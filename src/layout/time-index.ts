/**
 * The events' dates as typed arrays, made once per story, and the search for the events near
 * the view. The kernels take positional arguments (typed arrays and numbers, no options
 * object) on purpose: they run over up to a hundred thousand events per frame, and V8 keeps
 * such loops optimised (see `layoutEvents`).
 */
import type { TimelineEvent } from '../model/types.js';
import { ints } from './buffer-pool.js';
import { firstAtOrAfter } from './lanes.js';

/**
 * Events sorted by start, indexed once so that each frame finds the ones near the view
 * by binary search instead of looking at all of them.
 */
export interface TimeIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** Per event: bit 0 an instant, bit 1 an open start, bit 2 an open end. */
  shapes: Uint8Array;
  /** No event outside `long` lasts longer than this. */
  shortSpan: number;
  /** Positions of the few events that last much longer than the rest, checked one by one. */
  long: Int32Array;
  /** Per event, the lane it held in the previous frame while a layout runs; else -1. */
  heldLane: Int8Array;
}

/** Bits of `TimeIndex.shapes`. */
export const INSTANT = 1;
export const OPEN_START = 2;
export const OPEN_END = 4;

const indexes = new WeakMap<readonly TimelineEvent[], TimeIndex>();

/**
 * The events' dates as plain number arrays, made once per story: the per-frame loops read
 * these instead of a hundred thousand event objects of varied shapes.
 */
export function timeIndex(events: readonly TimelineEvent[]): TimeIndex {
  let index = indexes.get(events);
  if (index) return index;
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const shapes = new Uint8Array(count);
  const spans = new Float64Array(count);
  // One loop (a typed array's `from` with a function is several times slower).
  for (let position = 0; position < count; position++) {
    const { date } = events[position]!;
    starts[position] = date.start;
    ends[position] = date.end;
    spans[position] = date.end - date.start;
    shapes[position] =
      (date.kind === 'instant' ? INSTANT : 0) | (date.openStart ? OPEN_START : 0) | (date.openEnd ? OPEN_END : 0);
  }
  spans.sort();
  // The longest 1 % are kept apart so one long event does not widen every search.
  const shortSpan = spans[Math.floor((spans.length - 1) * 0.99)] ?? 0;
  const long: number[] = [];
  for (let position = 0; position < count; position++) {
    if (ends[position]! - starts[position]! > shortSpan) long.push(position);
  }
  index = {
    starts,
    ends,
    shapes,
    shortSpan,
    long: Int32Array.from(long),
    heldLane: new Int8Array(events.length).fill(-1),
  };
  indexes.set(events, index);
  return index;
}

/** First position whose value is >= `value` in an ascending array. */
export function lowerBound(values: Float64Array, value: number): number {
  return firstAtOrAfter(values, values.length, value);
}

/** Positions (in `events`) of the events that may be drawn between times `from` and `to`. */
export function candidates(index: TimeIndex, from: number, to: number): Int32Array {
  const { starts, ends, shortSpan, long } = index;
  const first = lowerBound(starts, from - shortSpan);
  const last = lowerBound(starts, to);
  const found = ints('found', Math.max(0, last - first) + long.length);
  const shortCount = shortCandidates(starts, ends, shortSpan, first, last, from, found);
  const count = longCandidates(starts, ends, long, long.length, from, to, found, shortCount);
  return found.subarray(0, count);
}

/** Kernel: events starting in [first, last) that last at most `shortSpan` and end at or after `from`. */
function shortCandidates(
  starts: Float64Array,
  ends: Float64Array,
  shortSpan: number,
  first: number,
  last: number,
  from: number,
  found: Int32Array,
): number {
  let count = 0;
  for (let position = first; position < last; position++) {
    if (ends[position]! - starts[position]! <= shortSpan && ends[position]! >= from) found[count++] = position;
  }
  return count;
}

/** Kernel: the long events that overlap [from, to), appended to `found` after `count`. */
function longCandidates(
  starts: Float64Array,
  ends: Float64Array,
  long: Int32Array,
  longCount: number,
  from: number,
  to: number,
  found: Int32Array,
  count: number,
): number {
  for (let k = 0; k < longCount; k++) {
    const position = long[k]!;
    if (starts[position]! < to && ends[position]! >= from) found[count++] = position;
  }
  return count;
}
