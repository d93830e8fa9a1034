/**
 * From events and the current scale to what is drawn: pixel positions, lanes, shortened
 * labels and clusters of what could not be placed. Pure; the element only renders it.
 */
import type { TimelineEvent } from '../model/types.js';
import { cutLabel } from './label-cut.js';
import { labelText } from '../format/media-glyph.js';
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
  openEndTime: 60 * 86_400_000,
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

/**
 * Kernel: pixel extents of the candidate events `near[0..total)`, keeping those that reach
 * into the view (their extents and positions go to `lefts`, `rights`, `positions`). Returns
 * how many were kept.
 */
function keepNear(
  starts: Float64Array,
  ends: Float64Array,
  shapes: Uint8Array,
  near: Int32Array,
  total: number,
  slope: number,
  offset: number,
  width: number,
  cullMargin: number,
  openEndLength: number,
  dotSize: number,
  lefts: Float64Array,
  rights: Float64Array,
  positions: Int32Array,
): number {
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
      // A duration or window narrower than a dot is drawn as wide as a dot, centred (the CSS
      // does the same): laid out at that width, it keeps its place in date order and its room.
      if (right - left < dotSize) {
        const centre = (left + right) / 2;
        left = centre - dotSize / 2;
        right = centre + dotSize / 2;
      }
    }
    if (right < -cullMargin || left > width + cullMargin) continue;
    // On a grid of 1/16 px (nobody sees less), so that ordering by left edge is a counting sort.
    lefts[count] = Math.round(left * PIXEL_STEPS) / PIXEL_STEPS;
    rights[count] = Math.round(right * PIXEL_STEPS) / PIXEL_STEPS;
    positions[count] = position;
    count++;
  }
  return count;
}

/**
 * Kernel: the kept marks in left-edge order (`order`), with where each label starts, and the
 * items whose events held a lane in the last frame (`heldLane`) listed in `keepItem` and
 * `keepLane`. Returns how many held one.
 */
function inLeftOrder(
  order: Int32Array,
  count: number,
  lefts: Float64Array,
  rights: Float64Array,
  positions: Int32Array,
  floor: number,
  minLabelWidth: number,
  heldLane: Int8Array,
  markLeft: Float64Array,
  markRight: Float64Array,
  packLeft: Float64Array,
  labelLeft: Float64Array,
  eventAt: Int32Array,
  keepItem: Int32Array,
  keepLane: Int32Array,
): number {
  let keepCount = 0;
  for (let i = 0; i < count; i++) {
    const from = order[i]!;
    const left = lefts[from]!;
    const right = rights[from]!;
    const position = positions[from]!;
    markLeft[i] = left;
    markRight[i] = right;
    packLeft[i] = Math.max(floor, left);
    eventAt[i] = position;
    // A label starts at its mark. A mark that begins off the left edge keeps its label on
    // screen (stuck to the edge) while at least a short label still reaches the mark.
    labelLeft[i] = left >= 0 ? left : Math.min(0, Math.max(left, right - minLabelWidth));
    const lane = heldLane[position]!;
    if (lane >= 0) {
      keepItem[keepCount] = i;
      keepLane[keepCount] = lane;
      keepCount++;
    }
  }
  return keepCount;
}

/**
 * Kernel: lists the placed items in `drawn` (returns how many) and counts the others per
 * column of the view, so that a cluster says where they are; the columns tile the view
 * exactly, so badges never overlap.
 */
function splitPlaced(
  starts: Float64Array,
  ends: Float64Array,
  markLeft: Float64Array,
  markRight: Float64Array,
  eventAt: Int32Array,
  lane: Int32Array,
  count: number,
  columns: number,
  columnWidth: number,
  columnCount: Int32Array,
  columnStart: Float64Array,
  columnEnd: Float64Array,
  drawn: Int32Array,
): number {
  let drawnCount = 0;
  for (let i = 0; i < count; i++) {
    if (lane[i]! >= 0) {
      drawn[drawnCount++] = i;
      continue;
    }
    const position = eventAt[i]!;
    const centre = (markLeft[i]! + markRight[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor(centre / columnWidth)));
    columnCount[column]!++;
    if (starts[position]! < columnStart[column]!) columnStart[column] = starts[position]!;
    if (ends[position]! > columnEnd[column]!) columnEnd[column] = ends[position]!;
  }
  return drawnCount;
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
 * so ordering a hundred thousand of them takes three passes and no comparisons.
 */
export function orderByLeft(
  lefts: Float64Array,
  count: number,
  floor: number,
  ceiling: number,
  order: Int32Array,
): void {
  const buckets = Math.ceil((ceiling - floor) * PIXEL_STEPS) + 2;
  const keys = ints('keys', count);
  const next = ints('buckets', buckets);
  // A few marks (a short story, a deep zoom) are compared, not counted through 20,000 buckets
  // (whose counts are then left as they are: the next count starts from zeros).
  if (count > FEW) next.fill(0, 0, buckets);
  bucketKeys(lefts, count, floor, buckets - 2, keys, next);
  if (count > FEW) {
    prefixSums(next, buckets);
    scatter(keys, count, next, order);
    return;
  }
  for (let i = 0; i < count; i++) order[i] = i;
  order.subarray(0, count).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** Up to this many marks, `orderByLeft` compares. */
const FEW = 32;

/** Kernel: each item's bucket, and how many items fall in each (counted one bucket up). */
function bucketKeys(
  lefts: Float64Array,
  count: number,
  floor: number,
  lastKey: number,
  keys: Int32Array,
  sizes: Int32Array,
): void {
  for (let i = 0; i < count; i++) {
    const key = Math.min(lastKey, Math.max(0, Math.round((lefts[i]! - floor) * PIXEL_STEPS)));
    keys[i] = key;
    sizes[key + 1]!++;
  }
}

/** Kernel: bucket sizes to where each bucket starts. */
function prefixSums(values: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) values[i]! += values[i - 1]!;
}

/** Kernel: each item to the next free place of its bucket (stable). */
function scatter(keys: Int32Array, count: number, next: Int32Array, order: Int32Array): void {
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
function candidates(index: TimeIndex, from: number, to: number): Int32Array {
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
