/**
 * Lane packing: places marks and their labels in horizontal lanes so that no two
 * overlap. Pure: pixels in, lanes out. Greedy over items sorted by their left edge,
 * O(n × lanes), no pairwise comparison of items. A label is measured only once its mark
 * has found a lane, so a hundred thousand events that end up in clusters cost no text
 * measuring.
 */

export interface LaneItem {
  /** Left and right pixel edges of the mark itself. */
  markLeft: number;
  markRight: number;
  /** Where the label starts if nothing moves it (at the mark, or stuck to the left edge). */
  labelLeft: number;
}

export interface LanePlacement {
  /** The lane (0 = top) or -1 when the item did not fit in any lane. */
  lane: number;
  /** Where the label starts: slid left near the right edge when there was room. */
  labelLeft: number;
  /** The width the label would like. 0 for items that found no lane (never measured). */
  labelWidth: number;
  /** The width the label may use; smaller than `labelWidth` when it had to be shortened. */
  labelMaxWidth: number;
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

interface LaneTail {
  /** Index of the last item placed in the lane, or -1. */
  item: number;
  /** Rightmost pixel used by that item, label included. */
  right: number;
}

/**
 * Items must be sorted by `Math.min(markLeft, labelLeft)`. `measure(index)` gives the
 * width item `index`'s label would like. Returns one placement per item, in order.
 */
export function packLanes(
  items: readonly LaneItem[],
  measure: (index: number) => number,
  options: LaneOptions,
): LanePlacement[] {
  const { lanes, gap, width } = options;
  const tails: LaneTail[] = Array.from({ length: lanes }, () => ({ item: -1, right: -Infinity }));
  const placements: LanePlacement[] = new Array(items.length);

  items.forEach((item, index) => {
    const left = Math.min(item.markLeft, item.labelLeft);
    // First choice: the topmost lane that is free from here on.
    let lane = -1;
    for (let candidate = 0; candidate < lanes; candidate++) {
      if (tails[candidate]!.right + gap <= left) {
        lane = candidate;
        break;
      }
    }
    if (lane === -1) lane = laneAfterShortening(items, placements, tails, left, options);
    if (lane === -1) {
      placements[index] = { lane: -1, labelLeft: item.labelLeft, labelWidth: 0, labelMaxWidth: 0 };
      return;
    }
    const labelWidth = measure(index);
    // Near the right edge the label slides left to stay whole, but not over its neighbour
    // in the lane and not so far that it no longer reaches its mark.
    let labelLeft = item.labelLeft;
    if (labelLeft + labelWidth > width) {
      const floor = Math.max(0, tails[lane]!.right + gap, item.markRight - labelWidth);
      labelLeft = Math.max(floor, Math.min(labelLeft, width - labelWidth));
    }
    const labelMaxWidth = Math.max(0, Math.min(labelWidth, width - labelLeft));
    placements[index] = { lane, labelLeft, labelWidth, labelMaxWidth };
    tails[lane] = { item: index, right: Math.max(item.markRight, labelLeft + labelMaxWidth) };
  });
  return placements;
}

/** Second choice: a lane where cutting the previous item's label makes room. */
function laneAfterShortening(
  items: readonly LaneItem[],
  placements: LanePlacement[],
  tails: LaneTail[],
  left: number,
  { gap, minLabelWidth }: LaneOptions,
): number {
  for (let lane = 0; lane < tails.length; lane++) {
    const previous = tails[lane]!.item;
    if (previous === -1) continue;
    const before = placements[previous]!;
    const room = left - gap - before.labelLeft;
    const labelNeeded = Math.min(minLabelWidth, before.labelMaxWidth);
    if (items[previous]!.markRight + gap <= left && room >= labelNeeded) {
      before.labelMaxWidth = Math.min(before.labelMaxWidth, room);
      tails[lane] = { item: previous, right: Math.max(items[previous]!.markRight, before.labelLeft + before.labelMaxWidth) };
      return lane;
    }
  }
  return -1;
}
