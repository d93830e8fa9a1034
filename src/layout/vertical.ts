/**
 * The vertical reading of the story: time runs down the page beside a rail. Pure, over plain
 * numbers: given the entries in time order (events, and the "as of" moment) and the time one
 * pixel stands for, it says how much room each entry's row takes at least (the time to the
 * next entry), where each gap too long to draw is folded into a break, how long each mark is
 * along the rail, which ticks of the axis fall in each row, and an estimate of each row's top.
 *
 * The rows are drawn in the page's flow, each at least as tall as its time to the next entry:
 * space follows time, and a crowded day (rows taller than their time) stacks instead of
 * overlapping. `top` is what the layout expects from the estimated heights it was given; the
 * drawing itself needs only `room`.
 */
import type { EventKind } from '../model/types.js';

/** A day, as `DAY_MS` in model/time-units.ts: written here so the vertical chunk shares no module with the main file. */
const DAY = 86_400_000;
const HOUR = DAY / 24;
const MINUTE = HOUR / 60;
const MONTH = DAY * 30.436875;
const YEAR = DAY * 365.2425;

export interface VerticalEntry {
  start: number;
  /** Exclusive end; `start` for a moment. */
  end: number;
  kind: EventKind;
}

export interface VerticalOptions {
  /** Time one pixel stands for, in milliseconds. */
  msPerPx: number;
  /** The length of a day's point along the rail: no mark is shorter. */
  point: number;
  /** A gap that would be drawn longer than this, in pixels, is folded into a break. */
  foldAbove: number;
  /** The height a break takes. */
  breakHeight: number;
  /** Estimated height of each entry's row (label lines and date line); 0 when unknown. */
  heights?: readonly number[];
  /** Least room between two rows' tops beyond their contents. */
  gap?: number;
  /** Least distance between two ticks of the axis, in pixels. */
  tickSpacing?: number;
}

export interface AxisMark {
  time: number;
  /** Pixels from the top of the row it falls in. */
  offset: number;
  /** A year's first day, or a month's. */
  unit: 'year' | 'month';
}

export interface VerticalRow {
  /**
   * Least height of the row: the time to the next entry drawn to scale (0 when folded, or
   * last), and never less than its mark.
   */
  room: number;
  /** The mark's length along the rail. */
  markLength: number;
  /** The gap after this row is folded: its length in milliseconds. */
  folded?: number;
  /** The axis's ticks inside this row (none in a folded gap). */
  ticks: AxisMark[];
  /** Estimated top of the row, in pixels from the top of the list. */
  top: number;
}

export interface VerticalLayout {
  rows: VerticalRow[];
  /** Estimated height of the whole list. */
  height: number;
}

/**
 * The time one pixel stands for in the first view: the usual step between events (the
 * median of the gaps) takes `stepPx`, within a minute and a month per pixel.
 */
export function defaultMsPerPx(starts: readonly number[], stepPx = 72): number {
  const gaps: number[] = [];
  for (let i = 1; i < starts.length; i++) {
    const gap = starts[i]! - starts[i - 1]!;
    if (gap > 0) gaps.push(gap);
  }
  if (!gaps.length) return DAY / stepPx;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  return Math.min(MONTH, Math.max(60_000, median / stepPx));
}

export function layoutVertical(entries: readonly VerticalEntry[], options: VerticalOptions): VerticalLayout {
  const { msPerPx, point, foldAbove, breakHeight, heights = [], gap = 8 } = options;
  const tickUnit = chooseTickUnit(msPerPx, options.tickSpacing ?? 28);
  const rows: VerticalRow[] = [];
  let top = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = entries[i + 1];
    const timeToNext = next ? Math.max(0, next.start - entry.start) : 0;
    const drawn = timeToNext / msPerPx;
    const folded = drawn > foldAbove ? timeToNext : undefined;
    // A mark runs along the rail within its row: to the next entry when drawn to scale; after
    // a fold or at the end a band is drawn a few points long, its row as long as it.
    const length = markLength(entry, msPerPx, point, folded === undefined && next ? drawn : point * 4);
    const room = Math.max(folded === undefined ? drawn : 0, entry.kind === 'instant' ? 0 : length);
    const row: VerticalRow = {
      room,
      markLength: length,
      // The last row holds a mark at its own date only (a story planned for a year reads "2024" there).
      ticks:
        folded === undefined && tickUnit
          ? ticksBetween(entry.start, next ? next.start : entry.start + 1, tickUnit, msPerPx)
          : [],
      top,
    };
    if (folded !== undefined) row.folded = folded;
    rows.push(row);
    top += Math.max(room, (heights[i] ?? 0) + gap) + (folded === undefined ? 0 : breakHeight);
  }
  return { rows, height: top };
}

/**
 * A day is a point; a bar or a window runs along the rail for its time, within the room to
 * the next entry (or the fold's length). A window is never shorter than three points, so it
 * always reads as a band rather than a day.
 */
function markLength({ kind, start, end }: VerticalEntry, msPerPx: number, point: number, room: number): number {
  if (kind === 'instant') return point;
  const least = kind === 'window' ? point * 3 : point;
  return Math.max(least, Math.min((end - start) / msPerPx, Math.max(room, least)));
}

/** Months when a month takes enough room, else years when a year does, else none. */
function chooseTickUnit(msPerPx: number, spacing: number): 'year' | 'month' | undefined {
  if (MONTH / msPerPx >= spacing) return 'month';
  if (YEAR / msPerPx >= spacing) return 'year';
  return undefined;
}

/** The first days of the months (or years) from `from` (included) to `to` (excluded), UTC. */
function ticksBetween(from: number, to: number, unit: 'year' | 'month', msPerPx: number): AxisMark[] {
  const ticks: AxisMark[] = [];
  const date = new Date(from);
  let year = date.getUTCFullYear();
  let month = unit === 'year' ? 0 : date.getUTCMonth();
  for (;;) {
    // setUTCFullYear, not Date.UTC: it reads years 0 to 99 as themselves.
    const time = new Date(0).setUTCFullYear(year, month, 1);
    if (time >= to) break;
    if (time >= from) ticks.push({ time, offset: (time - from) / msPerPx, unit: month === 0 ? 'year' : 'month' });
    if (unit === 'year') year++;
    else if (++month > 11) [month, year] = [0, year + 1];
  }
  return ticks;
}

/**
 * The longest unit that words a folded gap with a number of at least two, else one: "14 months",
 * "3 hours" (a story with times of day can fold a few hours: never worded "1 day").
 */
export function gapInUnits(ms: number): { value: number; unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' } {
  if (ms >= 2 * YEAR) return { value: Math.round(ms / YEAR), unit: 'year' };
  if (ms >= 2 * MONTH) return { value: Math.round(ms / MONTH), unit: 'month' };
  if (ms >= 14 * DAY) return { value: Math.round(ms / (7 * DAY)), unit: 'week' };
  if (ms >= 2 * DAY - HOUR / 2) return { value: Math.round(ms / DAY), unit: 'day' };
  if (ms >= 2 * HOUR - MINUTE / 2) return { value: Math.round(ms / HOUR), unit: 'hour' };
  return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
}

/** Where an entry sits when the groups are side by side: grid rows, counted from 0. */
export interface ColumnPlace {
  /** The row of its date: its own. */
  row: number;
  /** The rows it holds: its own, the rows of later entries beside it, and its rows across. */
  rows: number;
  /** The first of its rows across every column (its card, its fold), or none. */
  across?: number;
}

/**
 * Groups as columns along one time rail, on a grid with one row per entry in date order: an
 * entry starts on its own row, in its column, and holds the rows below it until its
 * column's next entry, so the entries of other columns sit beside it at their dates and its
 * words take the height they need without overlapping anything. `column` is each entry's
 * column, or -1 for one drawn across every column (the "as of" line); `across` is how many
 * rows across every column follow each entry (its card, a folded stretch). Nothing holds a
 * row past the next one drawn across. Pure.
 */
export function columnPlaces(
  column: readonly number[],
  across: readonly number[],
): { places: ColumnPlace[]; rows: number } {
  const starts: number[] = [];
  let rows = 0;
  for (let i = 0; i < column.length; i++) {
    starts.push(rows);
    rows += 1 + (across[i] ?? 0);
  }
  const places: ColumnPlace[] = [];
  // From the end: the next row of each column, and the next row across (an entry drawn across, or rows across).
  const nextInColumn = new Map<number, number>();
  let nextAcross = rows;
  for (let i = column.length - 1; i >= 0; i--) {
    const row = starts[i]!;
    const own = across[i] ?? 0;
    const end = column[i]! < 0 || own ? row + 1 + own : Math.min(nextInColumn.get(column[i]!) ?? rows, nextAcross);
    const place: ColumnPlace = { row, rows: end - row };
    if (own) place.across = row + 1;
    places[i] = place;
    if (column[i]! < 0 || own) nextAcross = column[i]! < 0 ? row : row + 1;
    if (column[i]! >= 0) nextInColumn.set(column[i]!, row);
  }
  return { places, rows };
}
