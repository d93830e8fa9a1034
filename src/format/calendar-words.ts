/**
 * Dates worded from a language's own month names and patterns (`CalendarWords`), in the same
 * parts `Intl.DateTimeFormat.formatToParts` gives, for the forms the first drawing needs:
 * a day, a month or a year in UTC, and the axis's short months. Anything else (an era, a time
 * of day, another zone, a year before 1000) is left to `Intl`: `calendarParts` says so by
 * returning undefined. Pure.
 */
import type { CalendarSkeleton, CalendarWords } from './words.js';

type Part = Intl.DateTimeFormatPart;

/** The patterns of a language that writes "3 May 2023", "May 2023", "3 May" and their short forms. */
export const DAY_MONTH_YEAR: Readonly<Record<CalendarSkeleton, string>> = {
  y: '{y}',
  yMMMM: '{MMMM} {y}',
  yMMMMd: '{d} {MMMM} {y}',
  MMMMd: '{d} {MMMM}',
  MMM: '{MMM}',
  yMMM: '{MMM} {y}',
  yMMMd: '{d} {MMM} {y}',
  MMMd: '{d} {MMM}',
};

/** A language's patterns: its own, else day, month, year. */
export const patternsOf = (words: CalendarWords): Readonly<Partial<Record<CalendarSkeleton, string>>> =>
  words.patterns ?? DAY_MONTH_YEAR;

/** Splits a pattern into its literals and (at odd places) its fields' names. */
const FIELD = /\{(MMMM|MMM|d|y)\}/;

/**
 * `ms` in parts as `Intl` words it in UTC with `options`, or undefined when the language has
 * no words for it (no `calendar`, or a form or year they do not cover).
 */
export function calendarParts(
  ms: number,
  options: Intl.DateTimeFormatOptions,
  words: CalendarWords | undefined,
): Part[] | undefined {
  const { day, month, year, timeZone = 'UTC', ...others } = options;
  if (!words || timeZone !== 'UTC' || Object.keys(others).length) return undefined;
  if ((day ?? 'numeric') !== 'numeric' || (year ?? 'numeric') !== 'numeric') return undefined;
  const skeleton = `${year ? 'y' : ''}${month === 'long' ? 'MMMM' : month === 'short' ? 'MMM' : (month ?? '')}${day ? 'd' : ''}`;
  const pattern = patternsOf(words)[skeleton as CalendarSkeleton];
  const date = new Date(ms);
  const fullYear = date.getUTCFullYear();
  // Years of one to three digits take an era in our wording: left to Intl.
  if (!pattern || fullYear < 1000) return undefined;
  const names = words.monthsIn?.[skeleton as CalendarSkeleton];
  const values: Record<string, string> = {
    y: String(fullYear),
    d: String(date.getUTCDate()),
    MMMM: (names ?? words.months)[date.getUTCMonth()]!,
    MMM: (names ?? words.monthsShort)[date.getUTCMonth()]!,
  };
  return pattern.split(FIELD).flatMap((text, i): Part[] => {
    if (i % 2) return [{ type: text === 'd' ? 'day' : text === 'y' ? 'year' : 'month', value: values[text]! }];
    return text ? [{ type: 'literal', value: text }] : [];
  });
}
