/**
 * The words of the vertical rail: a tick of its axis ("2024", "May") and a folded stretch of
 * empty time ("14 months later"), the numbers, units and months worded by `Intl` in the
 * language's locale, the sentence around them by the language.
 */
import { gapInUnits } from '../layout/vertical.js';
import type { UiStrings } from './words.js';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

export function formatGap(ms: number, strings: UiStrings): string {
  const { value, unit } = gapInUnits(ms);
  const { locale } = strings;
  const number = kept(
    `${locale} ${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  );
  return strings.gapLater(number.format(value));
}

/** A tick's form in a language with no patterns of its own (day, month, year). */
const PLAIN = { y: '{y}', MMM: '{MMM}' };

/**
 * A year's first day by its year, a month's by its short name: from the language's own month
 * names and patterns where it has them (no `Intl` object for a first drawing, as on the axis
 * across), else from `Intl`.
 */
export function formatTick(time: number, unit: 'year' | 'month', strings: UiStrings): string {
  const { locale } = strings;
  const calendar = strings.dates.calendar;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const skeleton = unit === 'year' ? 'y' : 'MMM';
  const pattern = calendar && year >= 1000 ? (calendar.patterns ?? PLAIN)[skeleton] : undefined;
  if (pattern) {
    const month = (calendar!.monthsIn?.MMM ?? calendar!.monthsShort)[date.getUTCMonth()]!;
    return pattern.replace('{y}', String(year)).replace('{MMM}', month);
  }
  const options: Intl.DateTimeFormatOptions =
    unit === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return kept(`${locale} ${unit} date`, () => new Intl.DateTimeFormat(locale, options)).format(time);
}
