/**
 * The EDTF (ISO 8601-2) subset that SPEC.md allows, read as calendar dates in UTC
 * so that a day never shifts with the reader's time zone.
 *
 * Supported: `2024`, `2023-04`, `2023-05-03`; a suffix `~`, `?` or `%`;
 * intervals `a/b` with `..` for an open side; one-of sets `[a..b]`, `[..b]`, `[a..]`.
 * Years are numbered astronomically, as ISO 8601 and EDTF do (year 0 is 1 BC, -0043 is
 * 44 BC), four digits with an optional minus, or EDTF's `Y` form for longer ones
 * (`Y-170000`, `Y12345`), within what a JavaScript Date holds.
 *
 * A day may carry a time (`2023-05-03T14:05`, `…T14:05:30`), with an offset (`Z`,
 * `+09:00`) or without one: then it is a wall-clock time in the zone given to `parseDate`
 * (the element's `time-zone`), so the same text may stand for another instant in another
 * zone. Dates without a time stay calendar dates in UTC whatever the zone.
 */
import type { CalendarDate, EventKind, ParsedDate, Precision } from './types.js';
import { UTC_ZONE, type Zone } from './zone.js';

export type ParseDateResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

const EXPECTED_FORMS =
  'expected a form like 2023-05-03, 2023-04, 2024, 2023-05-03T14:05Z, 2023-07-11/2023-07-12 or [2023-01-21..2023-01-31]';

const TIME_FORMS = 'e.g. 2023-05-03T14:05';

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** An editor may paste a whole paragraph into the date field; quote only its start. */
const MAX_QUOTED_LENGTH = 80;

/**
 * The longest form, two times with offsets and marks (`2023-05-03T14:05:30+09:00%/…`), has 53 characters. Anything much longer
 * is refused before any pattern runs on it, so no input can make parsing slow.
 */
const MAX_DATE_LENGTH = 64;

type PartResult = { ok: true; value: CalendarDate } | { ok: false; reason: string };

/**
 * The whole years a JavaScript Date holds: its range is ±8.64e15 ms around 1970, from
 * 20 April 271821 BC to 13 September 275760.
 */
export const FIRST_YEAR = -271_820;
export const LAST_YEAR = 275_759;

/** One side of an interval or set: a written date, or open (`..` / empty in a set). */
type Side = CalendarDate | 'open';

/**
 * Reads `text`. A time without an offset is a wall-clock time in `zone`.
 */
export function parseDate(text: string, zone: Zone = UTC_ZONE): ParseDateResult {
  if (typeof text !== 'string') {
    return { ok: false, message: 'Unreadable date: the date must be text, ' + EXPECTED_FORMS };
  }
  const trimmed = text.trim();
  const fail = (reason: string): ParseDateResult => ({
    ok: false,
    message: `Unreadable date "${quote(trimmed)}": ${reason}`,
  });

  if (trimmed === '') return fail(`the date is empty; ${EXPECTED_FORMS}`);
  if (/\s/.test(trimmed)) {
    // Only blame the spaces when they are the sole slip ("2023-07-11 / 2023-07-12", not "May 3").
    const compact = trimmed.replace(/\s+/g, '');
    if (parseDate(compact, zone).ok) return fail(`remove the spaces inside the date: ${compact}`);
  }
  if (trimmed.length > MAX_DATE_LENGTH) {
    return fail(`it is ${trimmed.length} characters long, far longer than a date; ${EXPECTED_FORMS}`);
  }

  if (trimmed.startsWith('[')) return parseOneOfSet(trimmed, zone, fail);
  if (trimmed.includes('/')) return parseInterval(trimmed, zone, fail);
  if (trimmed.includes('..')) {
    return fail('a range of possible dates needs square brackets, e.g. [2023-01-21..2023-01-31]');
  }

  const single = parseCalendarDate(trimmed, zone);
  if (!single.ok) return fail(single.reason);
  const date = single.value;
  // A bare year or month does not mean its first day: the event happened somewhere inside it.
  const kind: EventKind = date.precision === 'year' || date.precision === 'month' ? 'window' : 'instant';
  return { ok: true, value: build(kind, date, date) };
}

function parseInterval(text: string, zone: Zone, fail: (reason: string) => ParseDateResult): ParseDateResult {
  const parts = text.split('/');
  if (parts.length !== 2) {
    return fail('an interval has exactly one "/" between its start and its end, e.g. 2023-07-11/2023-07-12');
  }
  const [startText, endText] = parts as [string, string];
  if (startText === '' || endText === '') {
    return fail('one side of the interval is empty; write .. for an open side, e.g. 2023-07-11/.. or ../2023-07-12');
  }
  if (startText === '..' && endText === '..') {
    return fail('an interval needs at least one date; both sides are open (..)');
  }
  const start = parseSide(startText, '..', zone);
  if (!start.ok) return fail(start.reason);
  const end = parseSide(endText, '..', zone);
  if (!end.ok) return fail(end.reason);
  return finish('duration', start.value, end.value, fail);
}

function parseOneOfSet(text: string, zone: Zone, fail: (reason: string) => ParseDateResult): ParseDateResult {
  if (!text.endsWith(']')) {
    return fail('a set of possible dates opened with [ must end with ], e.g. [2023-01-21..2023-01-31]');
  }
  const inner = text.slice(1, -1);
  if (inner.includes(',')) {
    return fail(
      'lists of separate dates like [a,b,c] are not supported; give the first and last possible dates, e.g. [2023-01-21..2023-01-31]',
    );
  }
  const parts = inner.split('..');
  if (parts.length !== 2) {
    return fail('a set of possible dates needs ".." between its first and last date, e.g. [2023-01-21..2023-01-31]');
  }
  const [firstText, lastText] = parts as [string, string];
  if (firstText === '' && lastText === '') {
    return fail('a set of possible dates needs at least one date, e.g. [..2023-07-10]');
  }
  const first = parseSide(firstText, '', zone);
  if (!first.ok) return fail(first.reason);
  const last = parseSide(lastText, '', zone);
  if (!last.ok) return fail(last.reason);
  return finish('window', first.value, last.value, fail);
}

function parseSide(
  text: string,
  openMarker: string,
  zone: Zone,
): { ok: true; value: Side } | { ok: false; reason: string } {
  if (text === openMarker) return { ok: true, value: 'open' };
  return parseCalendarDate(text, zone);
}

function finish(kind: EventKind, from: Side, to: Side, fail: (reason: string) => ParseDateResult): ParseDateResult {
  // Compare whole spans: 2023-05-03/2023-05 is fine (May has not ended by the 3rd).
  if (from !== 'open' && to !== 'open' && endOf(to) <= startOf(from)) {
    return fail(`it ends before it starts (${writeDate(to)} is before ${writeDate(from)})`);
  }
  return { ok: true, value: build(kind, from, to) };
}

/** Callers guarantee at least one side is a written date. */
function build(kind: EventKind, from: Side, to: Side): ParsedDate {
  const written = [from, to].filter((side): side is CalendarDate => side !== 'open');
  const known = written[0] as CalendarDate;
  const precision = written.reduce<Precision>(
    (finest, date) => (PRECISION_RANK[date.precision] > PRECISION_RANK[finest] ? date.precision : finest),
    known.precision,
  );
  const parsed: ParsedDate = {
    kind,
    start: startOf(from === 'open' ? known : from),
    end: endOf(to === 'open' ? known : to),
    precision,
    approximate: written.some((date) => date.approximate),
    uncertain: written.some((date) => date.uncertain),
    openStart: from === 'open',
    openEnd: to === 'open',
  };
  if (from !== 'open') parsed.from = from;
  if (to !== 'open') parsed.to = to;
  return parsed;
}

function parseCalendarDate(text: string, zone: Zone): PartResult {
  // Scanned by hand: the pattern /[~?%]+$/ backtracks quadratically on a long run of marks.
  let marksFrom = text.length;
  while (marksFrom > 0 && '~?%'.includes(text[marksFrom - 1]!)) marksFrom--;
  const qualifiers = text.slice(marksFrom);
  if (qualifiers.length > 1) {
    return {
      ok: false,
      reason: 'use only one mark at the end: ~ (approximate), ? (uncertain) or % (both)',
    };
  }
  const written = text.slice(0, text.length - qualifiers.length);
  const timeAt = written.indexOf('T');
  const body = timeAt < 0 ? written : written.slice(0, timeAt);
  const long = /^Y(-?\d{5,6})$/.exec(body);
  const match = long ? [body, long[1]] : /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(body);
  if (!match) return { ok: false, reason: explainMalformed(body) };

  const year = Number(match[1]);
  if (/^-0+$/.test(match[1]!)) return { ok: false, reason: 'there is no year -0000: year 0 (1 BC) is written 0000' };
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return {
      ok: false,
      reason: `year ${year} is outside what can be shown (years ${FIRST_YEAR} to ${LAST_YEAR}, the range of a JavaScript date)`,
    };
  }
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);

  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, reason: `month ${match[2]} does not exist (months go from 01 to 12)` };
  }
  if (month !== undefined && day !== undefined) {
    const length = daysInMonth(year, month);
    if (day < 1) return { ok: false, reason: `day ${match[3]} does not exist (days start at 01)` };
    if (day > length) {
      // The month's English name, as the problems are written.
      const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(utcMs(2000, month, 1));
      if (month === 2 && day === 29) {
        return { ok: false, reason: `${match[1]} is not a leap year, so February ${match[1]} has only 28 days` };
      }
      return { ok: false, reason: `${monthName} ${match[1]} has only ${length} days` };
    }
  }

  const date: CalendarDate = {
    year,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    approximate: qualifiers === '~' || qualifiers === '%',
    uncertain: qualifiers === '?' || qualifiers === '%',
  };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (timeAt < 0) return { ok: true, value: date };
  if (day === undefined) return { ok: false, reason: `a time needs the whole day before it, ${TIME_FORMS}` };
  // The time reader comes with the zone code (times.ts), loaded before data with times is read.
  if (!zone.readTime) return { ok: false, reason: 'times of day need the times chunk' };
  const time = zone.readTime(written.slice(timeAt + 1));
  if (!time.ok) return time;
  const { hour, minute, second, offset } = time;
  const wall = utcMs(year, month!, day) + ((hour * 60 + minute) * 60 + (second ?? 0)) * 1000;
  date.hour = hour;
  date.minute = minute;
  date.precision = 'minute';
  if (second !== undefined) {
    date.second = second;
    date.precision = 'second';
  }
  date.instant = offset === undefined ? zone.toUtc(wall) : wall - offset * 60_000;
  return { ok: true, value: date };
}

/** Guess the most likely slip so the editor knows what to fix, not just that it failed. */
function explainMalformed(body: string): string {
  if (/\d:/.test(body)) return `a time is written after a T, ${TIME_FORMS}`;
  if (/^Y-?\d{7,}$/.test(body)) {
    return `the year is outside what can be shown (years ${FIRST_YEAR} to ${LAST_YEAR}, the range of a JavaScript date)`;
  }
  if (/^Y-?\d{1,4}$/.test(body)) return 'the Y form is for years of five digits or more; write 2023 or -0043';
  if (/^-?\d{5,}(-|$)/.test(body)) return 'a year of five digits or more is written with a Y, e.g. Y12345 or Y-170000';
  if (/^-?\d{1,3}(-|$)/.test(body)) {
    return 'the year needs four digits, e.g. 2023-05-03 (or -0043 for 44 BC)';
  }
  if (/^\d{4}-\d(-|$)/.test(body) || /^\d{4}-\d{2}-\d$/.test(body)) {
    return 'months and days need two digits, e.g. 2023-05-03 rather than 2023-5-3';
  }
  if (/[~?%]/.test(body)) {
    return 'a mark ~, ? or % can only come at the end of a date, e.g. 2023-01~';
  }
  return EXPECTED_FORMS;
}

function daysInMonth(year: number, month: number): number {
  // Proleptic Gregorian, as Date counts: February by the leap rule, then 31 and 30 alternating,
  // shifted by one from August. Arithmetic, not a Date: it runs once per event read.
  if (month === 2) return year % 4 || (year % 100 === 0 && year % 400) ? 28 : 29;
  return 30 + ((month + (month >> 3)) & 1);
}

/**
 * Date.UTC maps years 0–99 to 1900–1999, so the year is set separately to keep
 * 0000–0099 literal. Month and day overflow (month 13, day 0) roll over as in Date.UTC.
 */
function utcMs(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999, so only those need the slower path.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function startOf(date: CalendarDate): number {
  if (date.instant !== undefined) return date.instant;
  return utcMs(date.year, date.month ?? 1, date.day ?? 1);
}

/** Exclusive: the first millisecond after the last day the date covers. */
function endOf(date: CalendarDate): number {
  if (date.instant !== undefined) return date.instant + (date.precision === 'second' ? 1000 : 60_000);
  if (date.precision === 'year') return utcMs(date.year + 1, 1, 1);
  if (date.precision === 'month') return utcMs(date.year, (date.month ?? 1) + 1, 1);
  return utcMs(date.year, date.month ?? 1, (date.day ?? 1) + 1);
}

function writeDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const { year } = date;
  let text = Math.abs(year) > 9999 ? `Y${year}` : (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
  if (date.month !== undefined) text += `-${pad(date.month, 2)}`;
  if (date.day !== undefined) text += `-${pad(date.day, 2)}`;
  if (date.hour !== undefined) text += `T${pad(date.hour, 2)}:${pad(date.minute ?? 0, 2)}`;
  if (date.second !== undefined) text += `:${pad(date.second, 2)}`;
  return text;
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}
