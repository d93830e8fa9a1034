/**
 * From events and the current scale to what is drawn: pixel positions, lanes, shortened
 * labels and clusters of what could not be placed. Pure; the element only renders it.
 */
import type { TimelineEvent } from '../model/types.js';
import { packLanes, type LaneItem } from './lanes.js';

/** The part of a UTC time scale the layout needs (a d3 `ScaleTime` fits). */
export interface TimeToPixel {
  (time: number | Date): number;
  /** Pixel to time; with it, layout looks only at the events near the view. */
  invert?(pixel: number): Date | number;
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
  for (const event of candidates(events, x, options)) {
    const { left, right } = markExtent(event, x, options);
    if (right < -cullMargin || left > width + cullMargin) continue;
    // A label stays on screen while its mark does: it sticks to the left edge.
    const labelLeft = Math.min(Math.max(left, 0), Math.max(0, right - options.minLabelWidth));
    visible.push({ event, item: { markLeft: left, markRight: right, labelLeft } });
  }
  visible.sort((a, b) => leftEdge(a.item) - leftEdge(b.item) || a.event.index - b.event.index);

  const placements = packLanes(
    visible.map((entry) => entry.item),
    (index) => options.measureLabel(visible[index]!.event.title),
    options,
  );
  const marks: MarkLayout[] = [];
  const overflow: { event: TimelineEvent; item: LaneItem }[] = [];
  let lanesUsed = 0;
  visible.forEach((entry, index) => {
    const { lane, labelLeft, labelWidth, labelMaxWidth } = placements[index]!;
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
      labelLeft,
      labelMaxWidth,
      labelShortened: labelMaxWidth < labelWidth - 0.5,
    });
  });
  return { marks, clusters: clusterOverflow(overflow, options.clusterWidth, width), lanesUsed };
}

function leftEdge(item: LaneItem): number {
  return Math.min(item.markLeft, item.labelLeft);
}

/**
 * Events sorted by start, indexed once so that each frame finds the ones near the view
 * by binary search instead of looking at all of them.
 */
interface TimeIndex {
  starts: Float64Array;
  /** No event outside `long` lasts longer than this. */
  shortSpan: number;
  /** The few events that last much longer than the rest, checked one by one. */
  long: TimelineEvent[];
}

const indexes = new WeakMap<readonly TimelineEvent[], TimeIndex>();

function timeIndex(events: readonly TimelineEvent[]): TimeIndex {
  let index = indexes.get(events);
  if (index) return index;
  const spans = events.map(({ date }) => date.end - date.start).sort((a, b) => a - b);
  // The longest 1 % are kept apart so one long event does not widen every search.
  const shortSpan = spans[Math.floor((spans.length - 1) * 0.99)] ?? 0;
  index = {
    starts: Float64Array.from(events, ({ date }) => date.start),
    shortSpan,
    long: events.filter(({ date }) => date.end - date.start > shortSpan),
  };
  indexes.set(events, index);
  return index;
}

/** First position whose value is >= `value` in an ascending array. */
export function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The events that may be drawn in the view: `events` must be sorted by `date.start`. */
function* candidates(
  events: readonly TimelineEvent[],
  x: TimeToPixel,
  { width, cullMargin, openEndLength, dotSize }: LayoutOptions,
): Generator<TimelineEvent> {
  if (!x.invert || events.length < 64) {
    yield* events;
    return;
  }
  // Pixels a mark may reach beyond its dates: an open end's fade, a dot's radius.
  const reach = cullMargin + openEndLength + dotSize;
  const from = +x.invert(-reach);
  const to = +x.invert(width + reach);
  const { starts, shortSpan, long } = timeIndex(events);
  const first = lowerBound(starts, from - shortSpan);
  const last = lowerBound(starts, to);
  for (let position = first; position < last; position++) {
    const event = events[position]!;
    if (event.date.end - event.date.start <= shortSpan && event.date.end >= from) yield event;
  }
  for (const event of long) if (event.date.start < to && event.date.end >= from) yield event;
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
