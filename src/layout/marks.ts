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
 * operations per event near the view; objects are made only for the events drawn.
 */
export function layoutEvents(events: readonly TimelineEvent[], x: TimeToPixel, options: LayoutOptions): EventsLayout {
  const { width, cullMargin, minLabelWidth, openEndLength, dotSize } = options;
  const index = timeIndex(events);
  const { starts, ends, shapes } = index;
  // A UTC time scale is linear: px = slope × ms + offset. Reading it off the scale once
  // keeps scale calls out of the loop below.
  const t0 = +(x.invert?.(0) ?? 0);
  const t1 = +(x.invert?.(width) ?? 1e12);
  const slope = (x(t1) - x(t0)) / (t1 - t0 || 1);
  const offset = x(t0) - slope * t0;
  // Pixels a mark may reach beyond its dates: an open end's fade, a dot's radius.
  const reach = cullMargin + openEndLength + dotSize;
  const near = x.invert
    ? candidates(index, (-reach - offset) / slope, (width + reach - offset) / slope)
    : Int32Array.from(events, (_, position) => position);
  const count = near.length;
  const lefts = floats('lefts', count);
  const rights = floats('rights', count);
  const kept = ints('kept', count);
  const order = ints('order', count);
  let visible = 0;
  for (let i = 0; i < count; i++) {
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
    lefts[visible] = left;
    rights[visible] = right;
    kept[visible] = position;
    order[visible] = visible;
    visible++;
  }
  sortByKey(order, lefts, visible, floats('packed', visible));
  const markLeft = floats('markLeft', visible);
  const markRight = floats('markRight', visible);
  const labelLeft = floats('labelLeft', visible);
  const eventAt = ints('eventAt', visible);
  for (let i = 0; i < visible; i++) {
    const from = order[i]!;
    markLeft[i] = lefts[from]!;
    markRight[i] = rights[from]!;
    eventAt[i] = kept[from]!;
    // A label starts at its mark. A mark that begins off the left edge keeps its label on
    // screen (stuck to the edge) while at least a short label still reaches the mark.
    labelLeft[i] =
      markLeft[i]! >= 0 ? markLeft[i]! : Math.min(0, Math.max(markLeft[i]!, markRight[i]! - minLabelWidth));
  }

  const placed = packLanes(
    { count: visible, markLeft, markRight, labelLeft },
    (i) => options.measureLabel(events[eventAt[i]!]!.title),
    options,
    {
      lane: ints('lane', visible),
      labelLeft: floats('placedLabelLeft', visible),
      labelWidth: floats('labelWidth', visible),
      labelMaxWidth: floats('labelMaxWidth', visible),
    },
  );

  const marks: MarkLayout[] = [];
  const markPositions: number[] = [];
  const columns = Math.max(1, Math.floor(width / options.clusterWidth));
  const columnWidth = width / columns;
  const clusters: (ClusterLayout | undefined)[] = new Array(columns);
  let lanesUsed = 0;
  for (let i = 0; i < visible; i++) {
    const lane = placed.lane[i]!;
    if (lane >= 0) {
      const event = events[eventAt[i]!]!;
      lanesUsed = Math.max(lanesUsed, lane + 1);
      markPositions.push(eventAt[i]!);
      marks.push({
        event,
        lane,
        left: markLeft[i]!,
        width: markRight[i]! - markLeft[i]!,
        labelLeft: placed.labelLeft[i]!,
        labelMaxWidth: placed.labelMaxWidth[i]!,
        labelShortened: placed.labelMaxWidth[i]! < placed.labelWidth[i]! - 0.5,
      });
      continue;
    }
    // Events that found no lane are counted per column of the view, so that a cluster says
    // where they are; the columns tile the view exactly, so badges never overlap.
    const position = eventAt[i]!;
    const centre = (markLeft[i]! + markRight[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor(centre / columnWidth)));
    const cluster = clusters[column];
    if (cluster) {
      cluster.count++;
      if (starts[position]! < cluster.start) cluster.start = starts[position]!;
      if (ends[position]! > cluster.end) cluster.end = ends[position]!;
    } else {
      clusters[column] = {
        left: column * columnWidth,
        width: columnWidth,
        count: 1,
        start: starts[position]!,
        end: ends[position]!,
      };
    }
  }
  // In date order (the events' order): the list a screen reader walks is in time order, and
  // from one frame to the next the drawn buttons keep their order in the DOM.
  const position = new Map(marks.map((mark, i) => [mark, markPositions[i]!]));
  marks.sort((a, b) => position.get(a)! - position.get(b)!);
  return { marks, clusters: clusters.filter((cluster) => cluster !== undefined), lanesUsed };
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

/** Positions are packed below the sort key; 2^20 is far above MAX_EVENTS. */
const POSITION_BITS = 2 ** 20;

/**
 * Sorts `order[0..count)` by `keys[order[i]]` (ties by position) with the engine's native
 * numeric sort: each key, rounded to 1/1024 px, carries its position in its low digits, so
 * no comparator runs. Marks are far from any edge where 2^53 would lose precision.
 */
export function sortByKey(order: Int32Array, keys: Float64Array, count: number, packed: Float64Array): void {
  for (let i = 0; i < count; i++) {
    const key = Math.round((keys[order[i]!]! + 1e6) * 1024);
    packed[i] = key * POSITION_BITS + order[i]!;
  }
  const sorted = packed.subarray(0, count).sort();
  for (let i = 0; i < count; i++) order[i] = sorted[i]! % POSITION_BITS;
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
  index = { starts, ends, shapes, shortSpan, long: Int32Array.from(long) };
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
