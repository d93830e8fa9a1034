/**
 * From events and the current scale to what is drawn: pixel positions, lanes, shortened
 * labels and clusters of what could not be placed. Pure; the element only renders it.
 */
import type { TimelineEvent } from '../model/types.js';
import { packLanes, type LaneItem } from './lanes.js';

/** The part of a UTC time scale the layout needs (a d3 `ScaleTime` fits). */
export interface TimeToPixel {
  (time: number | Date): number;
}

export interface MarkLayout {
  event: TimelineEvent;
  lane: number;
  /** Left pixel of the mark (the dot's centre minus its radius for an instant). */
  left: number;
  /** Pixel width of the mark (the dot's diameter for an instant). */
  width: number;
  labelLeft: number;
  labelMaxWidth: number;
  /** The label was cut to fit; its full text stays in the accessible name and the detail. */
  labelShortened: boolean;
}

export interface ClusterLayout {
  left: number;
  width: number;
  count: number;
  /** Time span of the events it holds, UTC ms (end exclusive). */
  start: number;
  end: number;
  ids: string[];
}

export interface EventsLayout {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Lanes with at least one mark. */
  lanesUsed: number;
}

export interface LayoutOptions {
  width: number;
  lanes: number;
  /** Diameter of an instant's dot. */
  dotSize: number;
  /** Pixels drawn past a known date towards an open end (`..`). */
  openEndLength: number;
  gap: number;
  minLabelWidth: number;
  /** Events further than this outside the view are not laid out. */
  cullMargin: number;
  /** Events that find no lane are counted in columns this wide, one cluster per column. */
  clusterWidth: number;
  measureLabel: (text: string) => number;
}

export const defaultLayoutOptions: Omit<LayoutOptions, 'width' | 'measureLabel'> = {
  lanes: 6,
  dotSize: 12,
  openEndLength: 48,
  gap: 12,
  minLabelWidth: 48,
  cullMargin: 40,
  clusterWidth: 44,
};

/** Pixel extent of an event's mark under `x`. */
export function markExtent(
  event: TimelineEvent,
  x: TimeToPixel,
  { dotSize, openEndLength }: Pick<LayoutOptions, 'dotSize' | 'openEndLength'>,
): { left: number; right: number } {
  const { date } = event;
  if (date.kind === 'instant') {
    const centre = x((date.start + date.end) / 2);
    return { left: centre - dotSize / 2, right: centre + dotSize / 2 };
  }
  let left = x(date.start);
  let right = x(date.end);
  if (date.openStart) left = right - Math.max(openEndLength, right - left);
  if (date.openEnd) right = left + Math.max(openEndLength, right - left);
  // A duration or window narrower than a few pixels still has to be seen and clicked.
  if (right - left < 4) {
    const centre = (left + right) / 2;
    left = centre - 2;
    right = centre + 2;
  }
  return { left, right };
}

export function layoutEvents(
  events: readonly TimelineEvent[],
  x: TimeToPixel,
  options: LayoutOptions,
): EventsLayout {
  const { width, cullMargin } = options;
  const visible: { event: TimelineEvent; item: LaneItem }[] = [];
  for (const event of events) {
    const { left, right } = markExtent(event, x, options);
    if (right < -cullMargin || left > width + cullMargin) continue;
    const labelWidth = options.measureLabel(event.title);
    visible.push({
      event,
      item: { markLeft: left, markRight: right, labelLeft: labelStart(left, right, labelWidth, options), labelWidth },
    });
  }
  visible.sort((a, b) => leftEdge(a.item) - leftEdge(b.item) || a.event.index - b.event.index);

  const placements = packLanes(
    visible.map((entry) => entry.item),
    options,
  );
  const marks: MarkLayout[] = [];
  const overflow: { event: TimelineEvent; item: LaneItem }[] = [];
  let lanesUsed = 0;
  visible.forEach((entry, index) => {
    const { lane, labelMaxWidth } = placements[index]!;
    if (lane === -1) {
      overflow.push(entry);
      return;
    }
    lanesUsed = Math.max(lanesUsed, lane + 1);
    marks.push({
      event: entry.event,
      lane,
      left: entry.item.markLeft,
      width: entry.item.markRight - entry.item.markLeft,
      labelLeft: entry.item.labelLeft,
      labelMaxWidth,
      labelShortened: labelMaxWidth < entry.item.labelWidth - 0.5,
    });
  });
  return { marks, clusters: clusterOverflow(overflow, options.clusterWidth, width), lanesUsed };
}

function leftEdge(item: LaneItem): number {
  return Math.min(item.markLeft, item.labelLeft);
}

/**
 * A label starts at its mark and stays on screen while the mark does: it sticks to the
 * left edge, and near the right edge it slides left, but never so far that it no longer
 * reaches its mark.
 */
function labelStart(
  markLeft: number,
  markRight: number,
  labelWidth: number,
  { width, minLabelWidth }: Pick<LayoutOptions, 'width' | 'minLabelWidth'>,
): number {
  let left = Math.min(Math.max(markLeft, 0), Math.max(0, markRight - minLabelWidth));
  if (left + labelWidth > width) left = Math.min(left, Math.max(width - labelWidth, markRight - labelWidth));
  return Math.max(0, left);
}

/**
 * Events that found no lane are counted per fixed-width column of the view, so that a
 * cluster says where the hidden events are rather than chaining across the whole axis.
 */
function clusterOverflow(
  overflow: readonly { event: TimelineEvent; item: LaneItem }[],
  minColumnWidth: number,
  width: number,
): ClusterLayout[] {
  // Columns tile the view exactly, so badges never overlap, even at the edges.
  const columns = Math.max(1, Math.floor(width / minColumnWidth));
  const columnWidth = width / columns;
  const byColumn = new Map<number, ClusterLayout>();
  for (const { event, item } of overflow) {
    const centre = (item.markLeft + item.markRight) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor(centre / columnWidth)));
    const cluster = byColumn.get(column);
    if (cluster) {
      cluster.count += 1;
      cluster.start = Math.min(cluster.start, event.date.start);
      cluster.end = Math.max(cluster.end, event.date.end);
      cluster.ids.push(event.id);
    } else {
      byColumn.set(column, {
        left: column * columnWidth,
        width: columnWidth,
        count: 1,
        start: event.date.start,
        end: event.date.end,
        ids: [event.id],
      });
    }
  }
  return [...byColumn.values()].sort((a, b) => a.left - b.left);
}
