/**
 * From events and the current scale to what is drawn: pixel positions, lanes, shortened
 * labels and clusters of what could not be placed. Pure; the element only renders it.
 */
import type { TimelineEvent } from '../model/types.js';
import { cutLabel } from './label-cut.js';
import { labelText } from '../format/media-glyph.js';
import { packLanes } from './lanes.js';
import { floats, ints } from './buffer-pool.js';
import { orderByLeft } from './counting-sort.js';
import { inLeftOrder, keepNear, splitPlaced } from './mark-kernels.js';
import { candidates, timeIndex } from './time-index.js';
import { DAY_MS } from '../model/time-units.js';

/** The part of a UTC time scale the layout needs (a d3 `ScaleTime` fits). */
export interface TimeToPixel {
  (time: number | Date): number;
  /** Pixel to time; with it, layout looks only at the events near the view. */
  invert?(pixel: number): Date | number;
}

export interface MarkLayout {
  event: TimelineEvent;
  /** Position of the event in the `events` laid out. */
  index: number;
  lane: number;
  /** Left pixel of the mark (the dot's centre minus its radius for an instant). */
  left: number;
  /** Pixel width of the mark (the dot's diameter for an instant). */
  width: number;
  labelLeft: number;
  labelMaxWidth: number;
  /** The label was cut to fit; its full text stays in the accessible name and the detail. */
  labelShortened: boolean;
  /**
   * The label's text as it fits `labelMaxWidth`: the title, or its start cut at a word end
   * or between characters (never inside one) with an ellipsis.
   */
  label: string;
}

export interface ClusterLayout {
  left: number;
  width: number;
  count: number;
  /** Time span of the events it holds, UTC ms (end exclusive). */
  start: number;
  end: number;
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
  /**
   * Pixels drawn past a known date towards an open end (`..`) at the least; the open end
   * covers `openEndTime` when that is longer, up to a quarter of the width.
   */
  openEndLength: number;
  /** Time an open end fades over, UTC ms: the fade reads as time, not as a fixed size. */
  openEndTime: number;
  gap: number;
  minLabelWidth: number;
  /** Events further than this outside the view are not laid out. */
  cullMargin: number;
  /** Events that find no lane are counted in columns this wide, one cluster per column. */
  clusterWidth: number;
  measureLabel: (text: string) => number;
  /** Language of the titles, for where words end when a label is cut (Japanese and Chinese have no spaces). */
  lang?: string;
  /**
   * The layout of the previous frame, for the same events: its events keep their lanes while
   * they still fit, so a zoom or pan changes the drawing only where it must.
   */
  previous?: EventsLayout;
}

export const defaultLayoutOptions: Omit<LayoutOptions, 'width' | 'measureLabel'> = {
  lanes: 6,
  dotSize: 12,
  openEndLength: 24,
  openEndTime: 60 * DAY_MS,
  gap: 12,
  minLabelWidth: 48,
  cullMargin: 40,
  clusterWidth: 44,
};

/**
 * Lays out the events near the view. `events` must be sorted by `date.start` (as
 * `normalizeStory` returns them). Work per frame: a binary search, then a few arithmetic
 * operations per event near the view and no comparison sort; objects are made only for
 * the events drawn.
 *
 * Each pass over many events is a kernel: one loop over typed arrays and numbers that
 * returns a number. V8 optimises a hot loop while it runs (on-stack replacement); code
 * after the loop that had not run yet (an object literal, a property read) then has no type
 * feedback and sends the optimised code back to the interpreter, at every frame. Kernels
 * have no such code, so they stay optimised from the first frames of a gesture.
 */
export function layoutEvents(events: readonly TimelineEvent[], x: TimeToPixel, options: LayoutOptions): EventsLayout {
  const { width, cullMargin, dotSize, gap, minLabelWidth } = options;
  const index = timeIndex(events);
  const { starts, ends, shapes } = index;
  // A UTC time scale is linear: px = slope × ms + offset. Reading it off the scale once
  // keeps scale calls out of the loops.
  const t0 = +(x.invert?.(0) ?? 0);
  const t1 = +(x.invert?.(width) ?? 1e12);
  const slope = (x(t1) - x(t0)) / (t1 - t0 || 1);
  const offset = x(t0) - slope * t0;
  const openEndLength = Math.max(options.openEndLength, Math.min(slope * options.openEndTime, width / 4));
  // Pixels a mark may reach beyond its dates: an open end's fade, a dot's radius.
  const reach = cullMargin + openEndLength + dotSize;
  const near = x.invert
    ? candidates(index, (-reach - offset) / slope, (width + reach - offset) / slope)
    : Int32Array.from(events, (_, position) => position);

  const total = near.length;
  const lefts = floats('lefts', total);
  const rights = floats('rights', total);
  const positions = ints('kept', total);
  const count = keepNear(
    starts,
    ends,
    shapes,
    near,
    total,
    slope,
    offset,
    width,
    cullMargin,
    openEndLength,
    dotSize,
    lefts,
    rights,
    positions,
  );

  // Marks starting further left than this cannot share a lane with anything drawn (every
  // kept mark ends right of -cullMargin), so packing treats them all as starting there.
  const floor = -cullMargin - gap - 1;
  const order = ints('order', count);
  orderByLeft(lefts, count, floor, width + cullMargin, order);

  const held = index.heldLane;
  const previous = options.previous?.marks ?? [];
  for (const mark of previous) if (events[mark.index] === mark.event) held[mark.index] = mark.lane;
  const markLeft = floats('markLeft', count);
  const markRight = floats('markRight', count);
  const packLeft = floats('packLeft', count);
  const labelLeft = floats('labelLeft', count);
  const eventAt = ints('eventAt', count);
  const keepItem = ints('keepItem', previous.length);
  const keepLane = ints('keepLane', previous.length);
  const keepCount = inLeftOrder(
    order,
    count,
    lefts,
    rights,
    positions,
    floor,
    minLabelWidth,
    held,
    markLeft,
    markRight,
    packLeft,
    labelLeft,
    eventAt,
    keepItem,
    keepLane,
  );
  for (const mark of previous) held[mark.index] = -1;

  const placed = packLanes(
    { count, markLeft: packLeft, markRight, labelLeft, keep: { count: keepCount, item: keepItem, lane: keepLane } },
    (i) => options.measureLabel(labelText(events[eventAt[i]!]!)),
    options,
    {
      lane: ints('lane', count),
      labelLeft: floats('placedLabelLeft', count),
      labelWidth: floats('labelWidth', count),
      labelMaxWidth: floats('labelMaxWidth', count),
    },
  );

  const columns = Math.max(1, Math.floor(width / options.clusterWidth));
  const columnWidth = width / columns;
  const columnCount = ints('columnCount', columns).fill(0, 0, columns);
  const columnStart = floats('columnStart', columns).fill(Infinity, 0, columns);
  const columnEnd = floats('columnEnd', columns).fill(-Infinity, 0, columns);
  const drawn = ints('drawn', count);
  const drawnCount = splitPlaced(
    starts,
    ends,
    markLeft,
    markRight,
    eventAt,
    placed.lane,
    count,
    columns,
    columnWidth,
    columnCount,
    columnStart,
    columnEnd,
    drawn,
  );
  const clusters: ClusterLayout[] = [];
  for (let column = 0; column < columns; column++) {
    const clustered = columnCount[column]!;
    if (clustered === 0) continue;
    clusters.push({
      left: column * columnWidth,
      width: columnWidth,
      count: clustered,
      start: columnStart[column]!,
      end: columnEnd[column]!,
    });
  }

  // Drawn marks in date order (the events' order): the list a screen reader walks is in
  // time order, and from one frame to the next the drawn buttons keep their order in the DOM.
  const inDateOrder = Array.from(drawn.subarray(0, drawnCount)).sort((a, b) => eventAt[a]! - eventAt[b]!);
  let lanesUsed = 0;
  const marks = inDateOrder.map((i): MarkLayout => {
    const lane = placed.lane[i]!;
    lanesUsed = Math.max(lanesUsed, lane + 1);
    const event = events[eventAt[i]!]!;
    const labelMaxWidth = placed.labelMaxWidth[i]!;
    const labelShortened = labelMaxWidth < placed.labelWidth[i]! - 0.5;
    return {
      event,
      index: eventAt[i]!,
      lane,
      left: markLeft[i]!,
      width: markRight[i]! - markLeft[i]!,
      labelLeft: placed.labelLeft[i]!,
      labelMaxWidth,
      labelShortened,
      label: labelShortened
        ? cutLabel(labelText(event), labelMaxWidth, options.measureLabel, options.lang).text
        : labelText(event),
    };
  });
  return { marks, clusters, lanesUsed };
}
