/**
 * What the language files have in common: counting in a locale, the genitive month of the
 * Slavic languages, and the note on a range's dates. Not a language itself.
 *
 * A language file imports nothing at run time (see ../strings.ts): the builds copy what it
 * uses from here into its own file (vite.config.ts, `inlineLangCommon`), so each language is
 * still one request. Only type imports may stand here, and every name is a `const`.
 */
import type { DatePhrase } from '../words.js';

/**
 * Counting in `locale`. Its Intl objects are made when first used, not when the file runs:
 * each loads the engine's locale data, and a first drawing counts nothing. A whole number
 * under 1,000 is written in plain digits with no Intl object at all (see en.ts).
 */
export const counting = (locale: string) => {
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const plural = (n: number): Intl.LDMLPluralRule => (plurals ??= new Intl.PluralRules(locale)).select(n);
  const number = (n: number): string =>
    Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(locale)).format(n);
  /** The form for `n` of a word with a singular and a plural. */
  const pick = (n: number, one: string, other: string): string => (plural(n) === 'one' ? one : other);
  return {
    plural,
    number,
    pick,
    /** `n` and the noun in its form for `n`. */
    count: (n: number, one: string, other: string): string => `${number(n)} ${pick(n, one, other)}`,
  };
};

/**
 * A month-precise date with its month in the genitive, for Polish and Ukrainian. Intl writes
 * a month with its year in the nominative ("kwiecień 2023"); after "from", "to" and "about"
 * these languages take the genitive, the form Intl writes in a full date ("3 kwietnia").
 */
export const genitiveMonth = (locale: string) => {
  const monthOf = (options: Intl.DateTimeFormatOptions, time: number): string =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
      .formatToParts(time)
      .find((part) => part.type === 'month')?.value ?? '';
  return (d: DatePhrase): string =>
    d.precision === 'month'
      ? d.text.replace(
          monthOf({ month: 'long', year: 'numeric' }, d.time),
          monthOf({ day: 'numeric', month: 'long' }, d.time),
        )
      : d.text;
};

/**
 * `qualifyRange` for a language: the range's text with the note that fits, each note written
 * with the space (or none) that goes before it.
 */
export const rangeNotes =
  (both: string, approximate: string, uncertain: string) =>
  (text: string, isApproximate: boolean, isUncertain: boolean): string =>
    text + (isApproximate ? (isUncertain ? both : approximate) : isUncertain ? uncertain : '');
