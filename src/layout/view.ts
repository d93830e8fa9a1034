/**
 * The view's arithmetic: which window fits the events, how far one may zoom and pan, and
 * which zoom transform shows a given window. Pure, over plain numbers (UTC ms and pixels);
 * the element holds the state and d3-zoom the transform.
 */
import type { TimelineEvent } from '../model/types.js';
import { parseDate } from '../model/edtf.js';
import { UTC_ZONE, type Zone } from '../model/zone.js';
import { DAY_MS } from '../model/time-units.js';

/** The fitted view never shows less than this, so a single event still has context. */
export const MIN_FIT_SPAN_MS = 14 * DAY_MS;
/** Zooming out stops at about ten times the data's span. */
export const MAX_ZOOM_OUT_SPANS = 10;
/** Share of the data's span added on each side of the fitted view. */
const FIT_MARGIN = 0.06;

/** How close the view may come: the narrowest window, and the narrowest fitted one. */
export interface ViewLimits {
  /** Zooming in stops at a window this long. */
  finestSpan: number;
  /** The fitted view never shows less. */
  minFitSpan: number;
}

/** Data of calendar dates: a day across the width at most, two weeks for a lone event. */
export const DAY_LIMITS: ViewLimits = { finestSpan: DAY_MS, minFitSpan: MIN_FIT_SPAN_MS };
/** Data with times of day: about ten minutes across the width, two hours for a lone event. */
export const TIME_LIMITS: ViewLimits = { finestSpan: 10 * 60_000, minFitSpan: 2 * 3_600_000 };

/** The limits for these events: finer when any has a time of day. */
export function viewLimits(events: readonly { date: { precision: string } }[]): ViewLimits {
  const timed = events.some(({ date }) => date.precision === 'minute' || date.precision === 'second');
  return timed ? TIME_LIMITS : DAY_LIMITS;
}

/** A window of time, UTC ms, start before end. */
export type TimeWindow = readonly [start: number, end: number];

/** What a d3-zoom transform is made of along x: `x' = x * k + translate`. */
export interface PlainTransform {
  k: number;
  x: number;
}

/** Anything with a date: events, eras. */
export interface Dated {
  date: { start: number; end: number };
}

/** Earliest start and latest end of the events (and eras), or undefined when there are none. */
export function dataExtent(...lists: ReadonlyArray<readonly Dated[]>): TimeWindow | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const list of lists) {
    for (const { date } of list) {
      if (date.start < start) start = date.start;
      if (date.end > end) end = date.end;
    }
  }
  return start < end ? [start, end] : undefined;
}

/** The window that shows every event with a margin; a year around `now` when there are none. */
export function fitWindow(extent: TimeWindow | undefined, now = Date.now(), limits = DAY_LIMITS): TimeWindow {
  const [start, end] = extent ?? [now - 180 * DAY_MS, now + 180 * DAY_MS];
  const span = end - start;
  const least = limits.minFitSpan;
  if (span < least) {
    const centre = (start + end) / 2;
    return [centre - least / 2, centre + least / 2];
  }
  const margin = span * FIT_MARGIN;
  return [start - margin, end + margin];
}

function dataSpan(extent: TimeWindow | undefined, limits: ViewLimits): number {
  return Math.max(extent ? extent[1] - extent[0] : 0, limits.minFitSpan);
}

/**
 * Smallest and largest zoom factor relative to the fitted view: about ten data spans out;
 * in, a day (ten minutes when the data has times, with `TIME_LIMITS`).
 */
export function zoomScaleExtent(
  fit: TimeWindow,
  extent: TimeWindow | undefined,
  limits = DAY_LIMITS,
): [number, number] {
  const fitSpan = fit[1] - fit[0];
  return [
    Math.min(1, fitSpan / (MAX_ZOOM_OUT_SPANS * dataSpan(extent, limits))),
    Math.max(1, fitSpan / limits.finestSpan),
  ];
}

/** The stretch of time that may be panned to: about ten data spans around the data. */
export function panLimits(fit: TimeWindow, extent: TimeWindow | undefined, limits = DAY_LIMITS): TimeWindow {
  const span = dataSpan(extent, limits);
  const outer = (MAX_ZOOM_OUT_SPANS * span - (fit[1] - fit[0])) / 2 + span;
  return [fit[0] - outer, fit[1] + outer];
}

/**
 * The transform that shows `window` across `width` pixels, for a base scale that maps
 * `base` across the same width (from right to left when `rtl`).
 */
export function transformFor(base: TimeWindow, width: number, window: TimeWindow, rtl = false): PlainTransform {
  const pixel = basePixel(base, width, rtl);
  const [x0, x1] = [pixel(window[0]), pixel(window[1])].sort((a, b) => a - b) as [number, number];
  const k = width / Math.max(1e-9, x1 - x0);
  return { k, x: -x0 * k };
}

/** Where a time falls on the base scale: `base` across `width`, from right to left when `rtl`. */
export function basePixel(base: TimeWindow, width: number, rtl = false): (time: number) => number {
  const pixelsPerMs = width / (base[1] - base[0]);
  return rtl ? (time) => width - (time - base[0]) * pixelsPerMs : (time) => (time - base[0]) * pixelsPerMs;
}

/** The first window from the `start` and `end` attributes (a time without offset read in `zone`), else 'fit'. */
export function initialWindow(start: string, end: string, fit: TimeWindow, zone = UTC_ZONE): TimeWindow | 'fit' {
  const from = start ? parseDate(start, zone) : undefined;
  const to = end ? parseDate(end, zone) : undefined;
  if (!from?.ok && !to?.ok) return 'fit';
  const window: TimeWindow = [from?.ok ? from.value.start : fit[0], to?.ok ? to.value.end : fit[1]];
  return window[1] > window[0] ? window : 'fit';
}

/** A view call a page made since the last update: a window, 'fit', or a zoom factor. */
export type ViewRequest = TimeWindow | 'fit' | number;

/**
 * The view new events open on, and a zoom factor for it: the window a page asked for with
 * `zoomTo` while it still shows some of the events (`extent`), else `first`; a view call made
 * since the last update (same task as the data) wins over both.
 */
export function openingView(
  first: TimeWindow | 'fit',
  asked: TimeWindow | undefined,
  extent: TimeWindow | undefined,
  requests: readonly ViewRequest[],
): [window: TimeWindow | 'fit', factor: number] {
  let window = asked && extent && asked[0] < extent[1] && extent[0] < asked[1] ? asked : first;
  let factor = 1;
  for (const request of requests) {
    if (typeof request === 'number') factor *= request;
    else [window, factor] = [request, 1];
  }
  return [window, factor];
}

/**
 * The window, centred on an event, that brings it into view: wide enough to hold the
 * event, no wider than the widest zoom allows, and narrowed by halves (down to `finestSpan`,
 * a day, or ten minutes for data with times) until `isDrawn` says the layout would draw it
 * (not merge it into a cluster). When no narrower window would draw it either (a width too
 * small for any mark), it stays as wide as it began: narrowing would lose the context and
 * show nothing more.
 */
export function windowToReveal(
  event: TimelineEvent,
  current: TimeWindow,
  maxSpan: number,
  isDrawn: (window: TimeWindow) => boolean,
  finestSpan = DAY_MS,
): TimeWindow {
  const centre = (event.date.start + event.date.end) / 2;
  const around = (span: number): TimeWindow => [centre - span / 2, centre + span / 2];
  const widest = Math.max(
    Math.min(Math.max(current[1] - current[0], (event.date.end - event.date.start) * 1.3), maxSpan),
    finestSpan,
  );
  let span = widest;
  for (let attempt = 0; attempt < 24 && span > finestSpan; attempt++, span /= 2) {
    if (isDrawn(around(span))) return around(span);
  }
  return isDrawn(around(finestSpan)) ? around(finestSpan) : around(widest);
}

/** A time from a Date or a date string of the SPEC's syntax (its first or last moment); throws a RangeError naming `method`. */
export function timeOf(value: Date | string, side: 'start' | 'end', method: string, zone = UTC_ZONE): number {
  if (value instanceof Date) {
    if (Number.isNaN(+value)) throw new RangeError(`${method}: invalid Date`);
    return +value;
  }
  const parsed = parseDate(String(value), zone);
  if (!parsed.ok) throw new RangeError(`${method}: ${parsed.message}`);
  return side === 'start' ? parsed.value.start : parsed.value.end;
}

/** The window from `start` to `end`; throws a RangeError naming `method` when it is empty or reversed. */
export function windowOf(start: Date | string, end: Date | string, method: string, zone?: Zone): TimeWindow {
  const from = timeOf(start, 'start', method, zone);
  const to = timeOf(end, 'end', method, zone);
  if (!(to > from))
    throw new RangeError(`${method}: the end (${String(end)}) must come after the start (${String(start)})`);
  return [from, to];
}

/** The moment of the "as of" line (the middle of its date), or undefined when `asOf` is empty or not a date. */
export function asOfTime(asOf: string, zone?: Zone): number | undefined {
  const parsed = asOf ? parseDate(asOf, zone) : undefined;
  return parsed?.ok ? (parsed.value.start + parsed.value.end) / 2 : undefined;
}

const centreOf = ({ date }: TimelineEvent): number => (date.start + date.end) / 2;

/**
 * The time the zoom buttons and keys zoom around: the first of `preferred` (selected event,
 * focused event, as-of date) inside the window; else the centre of the events in view; else
 * the event nearest the window's centre, so a zoom never lands on an empty window while
 * there are events. `events` sorted by start.
 */
export function zoomAnchor(
  window: TimeWindow,
  preferred: readonly (number | undefined)[],
  events: readonly TimelineEvent[],
): number {
  const [start, end] = window;
  for (const time of preferred) if (time !== undefined && time >= start && time <= end) return time;
  const middle = (start + end) / 2;
  let sum = 0;
  let count = 0;
  let nearest = middle;
  let distance = Infinity;
  for (const event of events) {
    const centre = centreOf(event);
    if (centre >= start && centre <= end) [sum, count] = [sum + centre, count + 1];
    else if (Math.abs(centre - middle) < distance) [nearest, distance] = [centre, Math.abs(centre - middle)];
  }
  return count ? sum / count : nearest;
}

/** What lies wholly outside the window on each side: how many, and the nearest one. */
export interface OutsideEvents {
  earlier: number;
  later: number;
  nearestEarlier?: TimelineEvent;
  nearestLater?: TimelineEvent;
}

/** The events' ends sorted, with where each end's event is (the starts are sorted already). */
interface EdgeIndex {
  ends: Float64Array;
  /**
   * `byEnd[k]`: the position in `events` of the event with the k-th smallest end (ties in start
   * order). Made the first time an event lies before the window: never in the fitted view.
   */
  byEnd?: number[];
}

const edgeIndexes = new WeakMap<readonly TimelineEvent[], EdgeIndex>();

/** Made once per list of events (a story's events never change in place). */
function edgeIndex(events: readonly TimelineEvent[]): EdgeIndex {
  let index = edgeIndexes.get(events);
  // Sorted without a comparison function, the engine's numeric sort: many times quicker.
  if (!index) edgeIndexes.set(events, (index = { ends: Float64Array.from(events, ({ date }) => date.end).sort() }));
  return index;
}

/** How many of the sorted `values` are below `value` (or at most `value` when `orEqual`). */
function countBelow(values: Float64Array, value: number, orEqual: boolean): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value || (orEqual && values[middle] === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the events (sorted by start) start before `time`. */
function startsBefore(events: readonly TimelineEvent[], time: number): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle]!.date.start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Events that end before the window or start after it (`events` sorted by start): two
 * binary searches over an index made once per list, not a pass over every event per frame.
 * The nearest earlier is the one that ends last (the first in start order among equals);
 * the nearest later, the first to start.
 */
export function eventsOutside(events: readonly TimelineEvent[], [start, end]: TimeWindow): OutsideEvents {
  const outside: OutsideEvents = { earlier: 0, later: 0 };
  if (!events.length) return outside;
  const index = edgeIndex(events);
  const { ends } = index;
  const earlier = countBelow(ends, start, true);
  if (earlier) {
    outside.earlier = earlier;
    // The first of the events that share the latest end before the window. Equal ends keep the
    // start order; a plain array's sort (TimSort) is quick on ends nearly in order already.
    if (!index.byEnd) {
      const unsorted = events.map(({ date }) => date.end);
      index.byEnd = events.map((_, position) => position).sort((a, b) => unsorted[a]! - unsorted[b]! || a - b);
    }
    outside.nearestEarlier = events[index.byEnd[countBelow(ends, ends[earlier - 1]!, false)]!];
  }
  // An event that starts at or after the end, and did not already end before the start.
  let firstLater = startsBefore(events, end);
  let later = events.length - firstLater;
  // An event cannot both end before the window and start after it (start ≤ end), except
  // when the window is empty or inverted: keep the counts apart as the scan did.
  if (end <= start) {
    for (let position = firstLater; position < events.length; position++) {
      if (events[position]!.date.end <= start) later--;
    }
    while (firstLater < events.length && events[firstLater]!.date.end <= start) firstLater++;
  }
  outside.later = later;
  if (later) outside.nearestLater = events[firstLater];
  return outside;
}
