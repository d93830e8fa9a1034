/**
 * From events and the current scale to what is drawn: pixel positions, lanes, shortened
 * labels and clusters of what could not be placed. Pure; the element only renders it.
 */
import type { TimelineEvent } from '../model/types.js';
import { firstAtOrAfter, packLanes } from './lanes.js';

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
  /** Pixels drawn past a known date towards an open end (`..`). */
  openEndLength: number;
  gap: number;
  minLabelWidth: number;
  /** Events further than this outside the view are not laid out. */
  cullMargin: number;
  /** Events that find no lane are counted in columns this wide, one cluster per column. */
  clusterWidth: number;
  measureLabel: (text: string) => number;
  /**
   * The layout of the previous frame, for the same events: its events keep their lanes while
   * they still fit, so a zoom or pan changes the drawing only where it must.
   */
  previous?: EventsLayout;
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

/**
 * Lays out the events near the view. `events` must be sorted by `date.start` (as
 * `normalizeStory` returns them). Work per frame: a binary search, then a few arithmetic
 * operations per event near the view and no comparison sort; objects are made only for
 * the events drawn. Each pass over many events is its own small function, so that the
 * engine optimises each one on its own from the first frames of a gesture.
 */
export function layoutEvents(events: readonly TimelineEvent[], x: TimeToPixel, options: LayoutOptions): EventsLayout {
  const { width, cullMargin, openEndLength, dotSize } = options;
  const index = timeIndex(events);
  // A UTC time scale is linear: px = slope × ms + offset. Reading it off the scale once
  // keeps scale calls out of the loops.
  const t0 = +(x.invert?.(0) ?? 0);
  const t1 = +(x.invert?.(width) ?? 1e12);
  const slope = (x(t1) - x(t0)) / (t1 - t0 || 1);
  const offset = x(t0) - slope * t0;
  // Pixels a mark may reach beyond its dates: an open end's fade, a dot's radius.
  const reach = cullMargin + openEndLength + dotSize;
  const near = x.invert
    ? candidates(index, (-reach - offset) / slope, (width + reach - offset) / slope)
    : Int32Array.from(events, (_, position) => position);
  const kept = keepNear(index, near, slope, offset, options);
  const { count } = kept;
  // Marks starting further left than this cannot share a lane with anything drawn (every
  // kept mark ends right of -cullMargin), so packing treats them all as starting there.
  const floor = -cullMargin - options.gap - 1;
  const order = ints('order', count);
  orderByLeft(kept.lefts, count, floor, width + cullMargin, order);
  const held = index.heldLane;
  const previous = options.previous?.marks ?? [];
  for (const mark of previous) if (events[mark.index] === mark.event) held[mark.index] = mark.lane;
  const sorted = inLeftOrder(kept, order, floor, options.minLabelWidth, held, previous.length);
  for (const mark of previous) held[mark.index] = -1;

  const lanesInput = {
    count,
    markLeft: sorted.packLeft,
    markRight: sorted.markRight,
    labelLeft: sorted.labelLeft,
    keep: sorted.keep,
  };
  const placed = packLanes(lanesInput, (i) => options.measureLabel(events[sorted.eventAt[i]!]!.title), options, {
    lane: ints('lane', count),
    labelLeft: floats('placedLabelLeft', count),
    labelWidth: floats('labelWidth', count),
    labelMaxWidth: floats('labelMaxWidth', count),
  });

  const columns = Math.max(1, Math.floor(width / options.clusterWidth));
  const columnWidth = width / columns;
  const columnCounts = countUnplaced(index, sorted, placed.lane, columns, columnWidth);
  const clusters: ClusterLayout[] = [];
  for (let column = 0; column < columns; column++) {
    const clustered = columnCounts.count[column]!;
    if (clustered === 0) continue;
    clusters.push({
      left: column * columnWidth,
      width: columnWidth,
      count: clustered,
      start: columnCounts.start[column]!,
      end: columnCounts.end[column]!,
    });
  }

  // Drawn marks in date order (the events' order): the list a screen reader walks is in
  // time order, and from one frame to the next the drawn buttons keep their order in the DOM.
  const drawn: number[] = [];
  for (let i = 0; i < count; i++) if (placed.lane[i]! >= 0) drawn.push(i);
  drawn.sort((a, b) => sorted.eventAt[a]! - sorted.eventAt[b]!);
  let lanesUsed = 0;
  const marks = drawn.map((i): MarkLayout => {
    const lane = placed.lane[i]!;
    lanesUsed = Math.max(lanesUsed, lane + 1);
    return {
      event: events[sorted.eventAt[i]!]!,
      index: sorted.eventAt[i]!,
      lane,
      left: sorted.markLeft[i]!,
      width: sorted.markRight[i]! - sorted.markLeft[i]!,
      labelLeft: placed.labelLeft[i]!,
      labelMaxWidth: placed.labelMaxWidth[i]!,
      labelShortened: placed.labelMaxWidth[i]! < placed.labelWidth[i]! - 0.5,
    };
  });
  return { marks, clusters, lanesUsed };
}

interface Kept {
  count: number;
  lefts: Float64Array;
  rights: Float64Array;
  positions: Int32Array;
}

/** Pixel extents of the candidate events, keeping those that reach into the view. */
function keepNear(
  { starts, ends, shapes }: TimeIndex,
  near: Int32Array,
  slope: number,
  offset: number,
  { width, cullMargin, openEndLength, dotSize }: LayoutOptions,
): Kept {
  const total = near.length;
  const lefts = floats('lefts', total);
  const rights = floats('rights', total);
  const positions = ints('kept', total);
  let count = 0;
  for (let i = 0; i < total; i++) {
    const position = near[i]!;
    const shape = shapes[position]!;
    let left: number;
    let right: number;
    if (shape & INSTANT) {
      const centre = slope * ((starts[position]! + ends[position]!) / 2) + offset;
      left = centre - dotSize / 2;
      right = centre + dotSize / 2;
    } else {
      left = slope * starts[position]! + offset;
      right = slope * ends[position]! + offset;
      if (shape & OPEN_START) left = right - Math.max(openEndLength, right - left);
      if (shape & OPEN_END) right = left + Math.max(openEndLength, right - left);
      // A duration or window narrower than a few pixels still has to be seen and clicked.
      if (right - left < 4) {
        const centre = (left + right) / 2;
        left = centre - 2;
        right = centre + 2;
      }
    }
    if (right < -cullMargin || left > width + cullMargin) continue;
    // On a grid of 1/16 px (nobody sees less), so that ordering by left edge is a counting sort.
    lefts[count] = Math.round(left * PIXEL_STEPS) / PIXEL_STEPS;
    rights[count] = Math.round(right * PIXEL_STEPS) / PIXEL_STEPS;
    positions[count] = position;
    count++;
  }
  return { count, lefts, rights, positions };
}

interface Sorted {
  count: number;
  markLeft: Float64Array;
  markRight: Float64Array;
  /** The left edge lane packing uses: `markLeft`, or `floor` for marks far off to the left. */
  packLeft: Float64Array;
  labelLeft: Float64Array;
  eventAt: Int32Array;
  /** The items (in this order) whose events held a lane in the previous frame, and the lane. */
  keep: { count: number; item: Int32Array; lane: Int32Array };
}

/** The kept marks in left-edge order, with where each label starts. */
function inLeftOrder(
  kept: Kept,
  order: Int32Array,
  floor: number,
  minLabelWidth: number,
  heldLane: Int8Array,
  mostHeld: number,
): Sorted {
  const { count, lefts, rights, positions } = kept;
  const keep = { count: 0, item: ints('keepItem', mostHeld), lane: ints('keepLane', mostHeld) };
  const markLeft = floats('markLeft', count);
  const markRight = floats('markRight', count);
  const packLeft = floats('packLeft', count);
  const labelLeft = floats('labelLeft', count);
  const eventAt = ints('eventAt', count);
  for (let i = 0; i < count; i++) {
    const from = order[i]!;
    const left = lefts[from]!;
    const right = rights[from]!;
    markLeft[i] = left;
    markRight[i] = right;
    packLeft[i] = Math.max(floor, left);
    eventAt[i] = positions[from]!;
    const lane = heldLane[positions[from]!]!;
    if (lane >= 0) {
      keep.item[keep.count] = i;
      keep.lane[keep.count++] = lane;
    }
    // A label starts at its mark. A mark that begins off the left edge keeps its label on
    // screen (stuck to the edge) while at least a short label still reaches the mark.
    labelLeft[i] = left >= 0 ? left : Math.min(0, Math.max(left, right - minLabelWidth));
  }
  return { count, markLeft, markRight, packLeft, labelLeft, eventAt, keep };
}

/**
 * Events that found no lane, counted per column of the view so that a cluster says where
 * they are; the columns tile the view exactly, so badges never overlap.
 */
function countUnplaced(
  { starts, ends }: TimeIndex,
  sorted: Sorted,
  lane: Int32Array,
  columns: number,
  columnWidth: number,
): { count: Int32Array; start: Float64Array; end: Float64Array } {
  const count = ints('columnCount', columns).fill(0, 0, columns);
  const start = floats('columnStart', columns).fill(Infinity, 0, columns);
  const end = floats('columnEnd', columns).fill(-Infinity, 0, columns);
  const { markLeft, markRight, eventAt } = sorted;
  for (let i = 0; i < sorted.count; i++) {
    if (lane[i]! >= 0) continue;
    const position = eventAt[i]!;
    const centre = (markLeft[i]! + markRight[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor(centre / columnWidth)));
    count[column]!++;
    if (starts[position]! < start[column]!) start[column] = starts[position]!;
    if (ends[position]! > end[column]!) end[column] = ends[position]!;
  }
  return { count, start, end };
}

/**
 * Per-frame working arrays, kept between frames and grown when needed, so a zoom gesture
 * over a hundred thousand events allocates no large arrays (and wakes no garbage
 * collector). Layout runs to completion before returning, and what it returns copies out
 * of them, so sharing them between calls is safe.
 */
const pool = new Map<string, Float64Array | Int32Array>();

function floats(name: string, size: number): Float64Array {
  let array = pool.get(name) as Float64Array | undefined;
  if (!array || array.length < size) {
    array = new Float64Array(Math.max(64, size, (array?.length ?? 0) * 2));
    pool.set(name, array);
  }
  return array;
}

function ints(name: string, size: number): Int32Array {
  let array = pool.get(name) as Int32Array | undefined;
  if (!array || array.length < size) {
    array = new Int32Array(Math.max(64, size, (array?.length ?? 0) * 2));
    pool.set(name, array);
  }
  return array;
}

/** Layout positions are multiples of 1/PIXEL_STEPS px. */
const PIXEL_STEPS = 16;

/**
 * Writes into `order[0..count)` the items ordered by `lefts` (multiples of 1/PIXEL_STEPS,
 * at most `ceiling`), ties in item order, with every left below `floor` counted as `floor`.
 * A counting sort: the lefts of the marks near the view take a few thousand grid values,
 * so ordering a hundred thousand of them takes two passes and no comparisons.
 */
export function orderByLeft(
  lefts: Float64Array,
  count: number,
  floor: number,
  ceiling: number,
  order: Int32Array,
): void {
  const buckets = Math.ceil((ceiling - floor) * PIXEL_STEPS) + 2;
  const next = ints('buckets', buckets).fill(0, 0, buckets);
  const keys = ints('keys', count);
  for (let i = 0; i < count; i++) {
    const key = Math.min(buckets - 2, Math.max(0, Math.round((lefts[i]! - floor) * PIXEL_STEPS)));
    keys[i] = key;
    next[key + 1]!++;
  }
  for (let key = 1; key < buckets; key++) next[key]! += next[key - 1]!;
  for (let i = 0; i < count; i++) order[next[keys[i]!]!++] = i;
}

/**
 * Events sorted by start, indexed once so that each frame finds the ones near the view
 * by binary search instead of looking at all of them.
 */
interface TimeIndex {
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

const INSTANT = 1;
const OPEN_START = 2;
const OPEN_END = 4;

const indexes = new WeakMap<readonly TimelineEvent[], TimeIndex>();

/**
 * The events' dates as plain number arrays, made once per story: the per-frame loops read
 * these instead of a hundred thousand event objects of varied shapes.
 */
function timeIndex(events: readonly TimelineEvent[]): TimeIndex {
  let index = indexes.get(events);
  if (index) return index;
  const starts = Float64Array.from(events, ({ date }) => date.start);
  const ends = Float64Array.from(events, ({ date }) => date.end);
  const shapes = Uint8Array.from(
    events,
    ({ date }) =>
      (date.kind === 'instant' ? INSTANT : 0) | (date.openStart ? OPEN_START : 0) | (date.openEnd ? OPEN_END : 0),
  );
  const spans = ends.map((end, position) => end - starts[position]!).sort();
  // The longest 1 % are kept apart so one long event does not widen every search.
  const shortSpan = spans[Math.floor((spans.length - 1) * 0.99)] ?? 0;
  const long: number[] = [];
  for (let position = 0; position < events.length; position++) {
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
function candidates(index: TimeIndex, from: number, to: number): Int32Array {
  const { starts, ends, shortSpan, long } = index;
  const first = lowerBound(starts, from - shortSpan);
  const last = lowerBound(starts, to);
  const found = ints('found', Math.max(0, last - first) + long.length);
  let count = 0;
  for (let position = first; position < last; position++) {
    if (ends[position]! - starts[position]! <= shortSpan && ends[position]! >= from) found[count++] = position;
  }
  for (const position of long) {
    if (starts[position]! < to && ends[position]! >= from) found[count++] = position;
  }
  return found.subarray(0, count);
}
