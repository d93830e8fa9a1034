/**
 * Dates worded from a language's own month names and patterns (`CalendarWords`), in the same
 * parts `Intl.DateTimeFormat.formatToParts` gives, for the forms the first drawing needs:
 * a day, a month or a year in UTC, and the axis's short months. Anything else (an era, a time
 * of day, another zone, a year before 1000) is left to `Intl`: `calendarParts` says so by
 * returning undefined. Pure.
 */
import type { CalendarSkeleton, CalendarWords } from './words.js';

type Part = Intl.DateTimeFormatPart;

const ALLOWED = new Set(['day', 'month', 'year', 'timeZone']);

/** The skeleton `options` ask for, when the words can give it. */
function skeletonOf(options: Intl.DateTimeFormatOptions): CalendarSkeleton | undefined {
  for (const [key, value] of Object.entries(options)) if (value !== undefined && !ALLOWED.has(key)) return undefined;
  const { day, month, year, timeZone } = options;
  if (timeZone !== undefined && timeZone !== 'UTC') return undefined;
  if ((day !== undefined && day !== 'numeric') || (year !== undefined && year !== 'numeric')) return undefined;
  if (month !== undefined && month !== 'long' && month !== 'short') return undefined;
  const skeleton = `${year ? 'y' : ''}${month === 'long' ? 'MMMM' : month === 'short' ? 'MMM' : ''}${day ? 'd' : ''}`;
  return skeleton as CalendarSkeleton;
}

const FIELD = /\{(MMMM|MMM|d|y)\}/g;
const TYPES: Record<string, Part['type']> = { MMMM: 'month', MMM: 'month', d: 'day', y: 'year' };

/**
 * `ms` in parts as `Intl` words it in UTC with `options`, or undefined when the language has
 * no words for it (no `calendar`, or a form or year they do not cover).
 */
export function calendarParts(
  ms: number,
  options: Intl.DateTimeFormatOptions,
  words: CalendarWords | undefined,
): Part[] | undefined {
  if (!words) return undefined;
  const skeleton = skeletonOf(options);
  const pattern = skeleton && words.patterns[skeleton];
  if (!pattern) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  // Years of one to three digits take an era in our wording; five digits are left to Intl too.
  if (year < 1000 || year > 9999) return undefined;
  const month = date.getUTCMonth();
  const own = words.monthsIn?.[skeleton];
  const digits = words.digits;
  const number = (n: number): string => (digits ? String(n).replace(/\d/g, (d) => digits[+d]!) : String(n));
  const values: Record<string, string> = {
    y: number(year),
    d: number(date.getUTCDate()),
    MMMM: (own ?? words.months)[month]!,
    MMM: (own ?? words.monthsShort)[month]!,
  };
  const parts: Part[] = [];
  let from = 0;
  for (const match of pattern.matchAll(FIELD)) {
    if (match.index > from) parts.push({ type: 'literal', value: pattern.slice(from, match.index) });
    parts.push({ type: TYPES[match[1]!]!, value: values[match[1]!]! });
    from = match.index + match[0].length;
  }
  if (from < pattern.length) parts.push({ type: 'literal', value: pattern.slice(from) });
  return parts;
}
