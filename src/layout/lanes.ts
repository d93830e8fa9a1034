/**
 * Lane packing: places marks and their labels in horizontal lanes so that no two
 * overlap. Pure: pixels in, lanes out. Greedy over items sorted by their left edge,
 * O(n × lanes), no pairwise comparison of items.
 */

export interface LaneItem {
  /** Left and right pixel edges of the mark itself. */
  markLeft: number;
  markRight: number;
  /** Where the label starts, and how wide it would like to be. */
  labelLeft: number;
  labelWidth: number;
}

export interface LanePlacement {
  /** The lane (0 = top) or -1 when the item did not fit in any lane. */
  lane: number;
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
 * Items must be sorted by `Math.min(markLeft, labelLeft)`. Returns one placement per item,
 * in the same order.
 */
export function packLanes(items: readonly LaneItem[], options: LaneOptions): LanePlacement[] {
  const { lanes, gap, width } = options;
  const tails: LaneTail[] = Array.from({ length: lanes }, () => ({ item: -1, right: -Infinity }));
  const placements: LanePlacement[] = items.map((item) => ({
    lane: -1,
    labelMaxWidth: Math.max(0, Math.min(item.labelWidth, width - item.labelLeft)),
  }));

  items.forEach((item, index) => {
    const left = Math.min(item.markLeft, item.labelLeft);
    // First choice: the topmost lane where the whole label fits after the last item.
    let lane = tails.findIndex((tail) => tail.right + gap <= left);
    if (lane === -1) lane = laneAfterShortening(items, placements, tails, left, options);
    if (lane === -1) return;
    placements[index]!.lane = lane;
    tails[lane] = {
      item: index,
      right: Math.max(item.markRight, item.labelLeft + placements[index]!.labelMaxWidth),
    };
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
    const before = items[previous]!;
    const room = left - gap - before.labelLeft;
    const labelNeeded = Math.min(minLabelWidth, placements[previous]!.labelMaxWidth);
    if (before.markRight + gap <= left && room >= labelNeeded) {
      placements[previous]!.labelMaxWidth = Math.min(placements[previous]!.labelMaxWidth, room);
      tails[lane] = { item: previous, right: before.labelLeft + placements[previous]!.labelMaxWidth };
      return lane;
    }
  }
  return -1;
}
