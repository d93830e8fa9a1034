/**
 * Lane packing: places marks and their labels in horizontal lanes so that no two
 * overlap. Pure: pixels in, lanes out.
 *
 * Greedy over items sorted by their left edge, O(placed × lanes + n): a label is measured
 * only once its mark has found a lane, and when every lane is taken up to some point, the
 * items before it are skipped with one binary search instead of being tried one by one.
 * So a hundred thousand zoomed-out events cost little more than the hundred that are drawn.
 * An item takes the topmost free lane at or below the lane of the item placed before it, and
 * goes higher only when none is free there: rows read in date order from top to bottom where
 * the lanes allow, and events far apart still share the top lane.
 *
 * Items may ask to keep the lane they had in the previous frame. Those are placed first,
 * while they still fit, and the rest fill the room around them: during a zoom or a pan the
 * drawing changes only where it must, instead of being reshuffled at every step (which a
 * reader sees as flicker, and which costs the page a new element for every event).
 */

/** Items as parallel arrays (no object per item), sorted by `markLeft`. */
export interface LaneInput {
  count: number;
  /** Left and right pixel edges of each mark. */
  markLeft: ArrayLike<number>;
  markRight: ArrayLike<number>;
  /** Where each label starts if nothing moves it (at the mark, or stuck to the left edge). */
  labelLeft: ArrayLike<number>;
  /** Items (ascending) that ask to keep a lane, and that lane. */
  keep?: { count: number; item: ArrayLike<number>; lane: ArrayLike<number> };
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
  const { lanes, gap, minLabelWidth } = options;
  const placed: LanePlacements = into ?? {
    lane: new Int32Array(count),
    labelLeft: new Float64Array(count),
    labelWidth: new Float64Array(count),
    labelMaxWidth: new Float64Array(count),
  };
  placed.lane.fill(-1, 0, count);
  placed.labelWidth.fill(0, 0, count);
  placed.labelMaxWidth.fill(0, 0, count);
  copyInto(placed.labelLeft, input.labelLeft, count);
  const state: PackState = {
    placed,
    markLeft,
    markRight,
    options,
    tailItem: new Int32Array(lanes).fill(-1),
    tailRight: new Float64Array(lanes).fill(-Infinity),
    kept: Array.from({ length: lanes }, () => []),
    upcoming: new Int32Array(lanes),
  };

  // First the items that keep their lane, each against the one before it in that lane.
  const keep = input.keep;
  for (let k = 0; keep && k < keep.count; k++) {
    const index = keep.item[k]!;
    const lane = keep.lane[k]!;
    if (lane < 0 || lane >= lanes || !fitsAfterTail(state, index, lane, KEEP_SLACK)) continue;
    place(state, index, lane, measure(index), Infinity);
    state.kept[lane]!.push(index);
  }
  state.tailItem.fill(-1);
  state.tailRight.fill(-Infinity);

  // Then everything else, left to right, in the room the kept items leave.
  let index = 0;
  // The lane of the last item placed to the left: rows keep date order from top to bottom
  // where the lanes allow, so a later item goes in that lane or one below it when it can.
  let fromLane = 0;
  while (index < count) {
    if (placed.lane[index]! >= 0) {
      fromLane = placed.lane[index]!;
      index++;
      continue;
    }
    const left = markLeft[index]!;
    let lane = -1;
    let limit = Infinity;
    for (let candidate = 0; candidate < lanes; candidate++) passKept(state, candidate, left);
    // First choice: the topmost lane from `fromLane` down that is free from here on; then
    // one above it; then one where cutting the previous item's label makes room (same order).
    for (let pass = 0; pass < 4 && lane === -1; pass++) {
      for (let candidate = pass % 2 === 0 ? fromLane : 0; candidate < lanes; candidate++) {
        const before = roomBefore(state, candidate);
        if (markRight[index]! + gap > before || before - placed.labelLeft[index]! < minLabelWidth) continue;
        if (pass < 2 ? state.tailRight[candidate]! + gap <= left : shortenTail(state, candidate, left)) {
          lane = candidate;
          limit = before;
          break;
        }
      }
    }
    if (lane === -1) {
      // Nothing fits before the earliest point where some lane could take an item: skip there.
      index = Math.max(index + 1, firstAtOrAfter(markLeft, count, earliestOpening(state, left)));
      continue;
    }
    place(state, index, lane, measure(index), limit);
    fromLane = lane;
    index++;
  }
  return placed;
}

interface PackState {
  placed: LanePlacements;
  markLeft: ArrayLike<number>;
  markRight: ArrayLike<number>;
  options: LaneOptions;
  /** Per lane: the last item placed in it so far (-1 when none) and the rightmost pixel it uses. */
  tailItem: Int32Array;
  tailRight: Float64Array;
  /** Per lane: the items that kept it, in left order, and how many of them are behind us. */
  kept: number[][];
  upcoming: Int32Array;
}

/** Left edge of what a placed item draws: its mark, or its label when slid left of it. */
function boxLeft({ placed, markLeft }: PackState, index: number): number {
  return Math.min(markLeft[index]!, placed.labelLeft[index]!);
}

function boxRight({ placed, markRight }: PackState, index: number): number {
  return Math.max(markRight[index]!, placed.labelLeft[index]! + placed.labelMaxWidth[index]!);
}

/** Kept items of `lane` that begin at or before `left` are behind: the last one is the tail. */
function passKept(state: PackState, lane: number, left: number): void {
  const kept = state.kept[lane]!;
  let next = state.upcoming[lane]!;
  while (next < kept.length && boxLeft(state, kept[next]!) <= left) {
    state.tailItem[lane] = kept[next]!;
    state.tailRight[lane] = boxRight(state, kept[next]!);
    next++;
  }
  state.upcoming[lane] = next;
}

/** The pixel an item in `lane` must end before: the next kept item, less the gap. */
function roomBefore(state: PackState, lane: number): number {
  const kept = state.kept[lane]!;
  const next = state.upcoming[lane]!;
  return next < kept.length ? boxLeft(state, kept[next]!) - state.options.gap : Infinity;
}

/**
 * An item keeps its lane when it misses the room by less than this: positions are rounded
 * to 1/16 px each, so two neighbours that fitted exactly can miss by a hair in the next frame.
 */
const KEEP_SLACK = 0.5;

/** Whether item `index` can follow the last item of `lane`, cutting that one's label if need be. */
function fitsAfterTail(state: PackState, index: number, lane: number, slack = 0): boolean {
  const left = state.markLeft[index]!;
  return state.tailRight[lane]! + state.options.gap <= left + slack || shortenTail(state, lane, left, slack);
}

/** Where a placed item could end at the soonest: its mark, and its label cut to a readable length. */
function shortestRight({ placed, markRight, options }: PackState, index: number): number {
  const shortest = Math.min(options.minLabelWidth, placed.labelMaxWidth[index]!);
  return Math.max(markRight[index]!, placed.labelLeft[index]! + shortest);
}

/** Makes room at `left` in `lane` by cutting the previous item's label, if it stays readable. */
function shortenTail(state: PackState, lane: number, left: number, slack = 0): boolean {
  const { placed, options } = state;
  const previous = state.tailItem[lane]!;
  if (previous === -1) return false;
  if (shortestRight(state, previous) + options.gap > left + slack) return false;
  placed.labelMaxWidth[previous] = Math.min(
    placed.labelMaxWidth[previous]!,
    left - options.gap - placed.labelLeft[previous]!,
  );
  state.tailRight[lane] = boxRight(state, previous);
  return true;
}

/** Puts item `index` in `lane`, its label cut at the view's right edge and at `limit`. */
function place(state: PackState, index: number, lane: number, labelWidth: number, limit: number): void {
  const { placed, markLeft, markRight, options } = state;
  const { gap, width, minLabelWidth } = options;
  // Near the right edge the label of a narrow mark (a dot, a short band) moves to its left
  // and ends at it, when its neighbour in the lane leaves room. Anything else keeps its label
  // where the mark starts, and cuts it: a label is never far from what it names, and a bar's
  // label never starts before the bar.
  let labelLeft = placed.labelLeft[index]!;
  const endingAtMark = Math.min(width, markRight[index]! + gap) - labelWidth;
  if (
    labelLeft + labelWidth > width &&
    markRight[index]! - markLeft[index]! < minLabelWidth &&
    endingAtMark >= Math.max(0, state.tailRight[lane]! + gap)
  ) {
    labelLeft = Math.min(labelLeft, endingAtMark);
  }
  placed.lane[index] = lane;
  placed.labelLeft[index] = labelLeft;
  placed.labelWidth[index] = labelWidth;
  placed.labelMaxWidth[index] = Math.max(0, Math.min(labelWidth, width - labelLeft, limit - labelLeft));
  state.tailItem[lane] = index;
  state.tailRight[lane] = boxRight(state, index);
}

/**
 * The smallest left edge, from `from` on, at which any lane could take an item, directly or
 * by shortening the label before it, with room for a readable label before the next kept item.
 */
function earliestOpening(state: PackState, from: number): number {
  const { gap, minLabelWidth } = state.options;
  let earliest = Infinity;
  for (let lane = 0; lane < state.tailItem.length; lane++) {
    let previous = state.tailItem[lane]!;
    let opening = state.tailRight[lane]!;
    const kept = state.kept[lane]!;
    for (let next = state.upcoming[lane]!; ; next++) {
      if (previous !== -1) opening = Math.min(opening, shortestRight(state, previous));
      opening = Math.max(opening + gap, from);
      if (next >= kept.length || boxLeft(state, kept[next]!) - gap - opening >= minLabelWidth) break;
      // No readable room before that kept item: the lane opens after it.
      previous = kept[next]!;
      opening = boxRight(state, previous);
    }
    earliest = Math.min(earliest, opening);
  }
  return earliest;
}

/**
 * Kernel (a loop and nothing after it, so that the engine keeps it optimised): copies
 * `count` values.
 */
function copyInto(target: Float64Array, source: ArrayLike<number>, count: number): void {
  for (let i = 0; i < count; i++) target[i] = source[i]!;
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
