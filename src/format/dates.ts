/**
 * Dates worded at the precision they were written, in the reader's language.
 *
 * Calendar dates are formatted in UTC: they are calendar dates, and a day must never
 * shift with the reader's time zone. Dates with a time of day are instants, worded in
 * the element's `time-zone`, which is named when it is not the reader's ("14:05 UTC").
 * Years before 1 carry their era in the language's words ("44 BC", "44 av. J.-C."), and
 * so do years before 1000 (a bare "September 9" would read as a day) and the other end of
 * a range that has one. The month names and the order of parts come from the language
 * file's `calendar` where it has one (`./calendar-words.ts`: no `Intl` object for a first
 * drawing), else from `Intl.DateTimeFormat`; the language files (`./lang/*.ts`) supply
 * the grammar around them ("between … and …", "vers le …").
 *
 * English uses en-GB ("3 May 2023"): day-month order reads unambiguously for a
 * news audience anywhere.
 */
import type { CalendarDate, ParsedDate, Precision, TimelineEvent } from '../model/types.js';
import { uiStrings } from './strings.js';
import type { DatePhrase, DateWords } from './words.js';
import { calendarParts } from './calendar-words.js';
import { DAY_MS } from '../model/time-units.js';

// Building an Intl.DateTimeFormat costs far more than using one, and the axis
// formats dozens of labels per zoom frame.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** In UTC unless `options.timeZone` says otherwise (only a date with a time does). */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** Intl words a year before 1 as its era's year ("44" for -43): such a year needs its era. */
function withEra(ms: number, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  return options.year !== undefined && options.era === undefined && new Date(ms).getUTCFullYear() <= 0
    ? { ...options, era: 'short' }
    : options;
}

const inZone = (options: Intl.DateTimeFormatOptions): boolean =>
  options.timeZone !== undefined && options.timeZone !== 'UTC';

type Part = Intl.DateTimeFormatPart;

/** The language writes this day its own way: the 1st, where it has a word for it ("1er", "1º"). */
const ownFirst = (ms: number, words: DateWords, options: Intl.DateTimeFormatOptions): boolean =>
  words.firstOfMonth !== undefined && options.day !== undefined && (inZone(options) || new Date(ms).getUTCDate() === 1);

/** `ms` in parts: from the language's own words where it has them, else from `Intl`. */
const rawParts = (ms: number, locale: string, words: DateWords, options: Intl.DateTimeFormatOptions): Part[] =>
  calendarParts(ms, options, words.calendar) ?? formatter(locale, withEra(ms, options)).formatToParts(ms);

/** `ms` in parts, with the language's own day word on the 1st where it has one ("1er"). */
function partsOf(ms: number, locale: string, words: DateWords, options: Intl.DateTimeFormatOptions): Part[] {
  const parts = rawParts(ms, locale, words, options);
  const firstOfMonth = words.firstOfMonth;
  if (firstOfMonth === undefined || !ownFirst(ms, words, options)) return parts;
  // In another zone the day is the zone's: read from the parts.
  const isFirst = (part: Part) => part.type === 'day' && (!inZone(options) || /^0?1$/.test(part.value));
  return parts.map((part) => (isFirst(part) ? { type: 'day', value: firstOfMonth } : part));
}

const joined = (parts: Part[]): string => parts.map((part) => part.value).join('');

/** The start of a literal that still belongs to the field before it: German "3." or Japanese "3日". */
const attached = (part: Part | undefined): string => (part?.type === 'literal' ? /^\S*/.exec(part.value)![0] : '');

function formatWith(ms: number, locale: string, words: DateWords, options: Intl.DateTimeFormatOptions): string {
  if (options.day !== undefined && options.month === undefined && options.year === undefined) {
    return dayAlone(ms, locale, words, options.day);
  }
  return joined(partsOf(ms, locale, words, options));
}

/**
 * The day number as it reads in a full date. Intl formats `{ day }` alone as a bare
 * number, which loses German's ordinal dot ("11.–12. Juli", not "11–12. Juli") and the
 * Japanese, Chinese and Korean day sign ("3日", "3일").
 */
function dayAlone(ms: number, locale: string, words: DateWords, day: 'numeric' | '2-digit'): string {
  const parts = partsOf(ms, locale, words, { day, month: 'long' });
  const index = parts.findIndex((part) => part.type === 'day');
  if (index < 0) return String(new Date(ms).getUTCDate());
  return parts[index]!.value + attached(parts[index + 1]);
}

/**
 * `ms` formatted in UTC with `options` in `lang`'s locale, following the language's
 * own conventions Intl lacks (French "1er mai"), with the era for years before 1.
 * For axis labels and the like.
 */
export function formatUtc(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  const ui = uiStrings(lang);
  return formatWith(ms, ui.locale, ui.dates, options);
}

const FULL: Record<Precision, Intl.DateTimeFormatOptions> = {
  second: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  minute: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Start of a calendar date in UTC ms; `Date.UTC` would read years 0–99 as 1900–1999. */
function calendarMs(date: CalendarDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return d.getTime();
}

const isTime = (precision: Precision): boolean => precision === 'minute' || precision === 'second';

function calendarAt(ms: number, precision: Precision): CalendarDate {
  const d = new Date(ms);
  const date: CalendarDate = {
    year: d.getUTCFullYear(),
    month: precision === 'year' ? undefined : d.getUTCMonth() + 1,
    day: precision === 'year' || precision === 'month' ? undefined : d.getUTCDate(),
    precision,
    approximate: false,
    uncertain: false,
  };
  return date;
}

function sameCalendarDate(a: CalendarDate, b: CalendarDate): boolean {
  return (
    a.precision === b.precision &&
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.instant === b.instant
  );
}

/** Where times of day are shown: the element's `time-zone`, and the reader's own. */
export interface TimeZones {
  /** An IANA name the browser knows. */
  zone: string;
  /**
   * The reader's zone; when it is another, times say which zone they are in. Left out, it is
   * asked of `Intl` when a time is worded (a page's first `Intl` object loads the browser's
   * locale data: a first drawing without times makes none).
   */
  reader?: string;
}

const UTC_ZONES: TimeZones = { zone: 'UTC', reader: 'UTC' };

interface Formatter {
  locale: string;
  words: DateWords;
  /** Where a time of day is worded (read only for one: the reader's zone costs an `Intl` object). */
  zones: TimeZones;
  /** Every year carries its era (a range that crosses year 1). */
  era?: boolean;
}

function optionsFor(precision: Precision, f: Formatter): Intl.DateTimeFormatOptions {
  const options = isTime(precision) ? { ...FULL[precision], ...timeOptions(f.zones) } : FULL[precision];
  return f.era ? { ...options, era: 'short' } : options;
}

/** The grammar of the languages knows days, months and years: a time reads like its day ("le 3 mai à 14:05"). */
const grammatical = (precision: Precision): Precision => (isTime(precision) ? 'day' : precision);

function phrase(date: CalendarDate, f: Formatter): DatePhrase {
  const time = date.instant ?? calendarMs(date);
  return {
    text: formatWith(time, f.locale, f.words, optionsFor(date.precision, crossing(f, date))),
    precision: grammatical(date.precision),
    time,
  };
}

let readerZone: string | undefined;

/** Options a time of day is worded with: the zone, and its name when it is not the reader's. */
function timeOptions(zones: TimeZones): Intl.DateTimeFormatOptions {
  const time: Intl.DateTimeFormatOptions = { timeZone: zones.zone };
  readerZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  if (zones.zone !== (zones.reader ?? readerZone)) time.timeZoneName = 'short';
  return time;
}

function formatterFor(lang: string, zones: TimeZones = UTC_ZONES): Formatter {
  const ui = uiStrings(lang);
  return { locale: ui.locale, words: ui.dates, zones };
}

/**
 * Any end before year 1000: both ends carry their era ("44 BC – 14 AD"), and a year of
 * three digits or fewer is not taken for a day ("September 9 AD", not "September 9").
 */
function crossing(f: Formatter, ...dates: CalendarDate[]): Formatter {
  return dates.some((date) => date.year < 1000) ? { ...f, era: true } : f;
}

interface Ends {
  start: DatePhrase;
  end: DatePhrase;
  /** The ends are joined tightly ("11–12 July 2023"), not with spaces ("30 June – 2 July 2023"). */
  tight: boolean;
}

const hasSpace = (text: string): boolean => /\s/.test(text);

/**
 * Both ends of a range, the shared month or year written once, where the language
 * writes it: after the start in day-month-year languages ("21–31 January 2023", "21.–31.
 * Januar 2023"), before the end's own part in year-month-day ones ("2023年1月21日～31日",
 * "2023년 1월 21일~31일"). Intl supplies the parts and their order; we cut them, rather than
 * ask `formatRange`, whose results vary by engine and are not always in words (Chromium
 * gives "2023/07/11～2023/07/12" for Japanese with `month: 'long'`, and "02 luglio" in
 * Italian).
 */
function ends(from: CalendarDate, to: CalendarDate, given: Formatter): Ends {
  const f = crossing(given, from, to);
  const cut = (date: CalendarDate, parts: Part[]): DatePhrase => ({
    text: joined(parts),
    precision: grammatical(date.precision),
    time: date.instant ?? calendarMs(date),
  });
  const full = (date: CalendarDate): DatePhrase => phrase(date, f);
  const unchanged = (): Ends => {
    const start = full(from);
    const end = full(to);
    return { start, end, tight: !hasSpace(start.text) && !hasSpace(end.text) };
  };
  // Mixed precisions, or parts that do not line up, are written out in full.
  if (from.precision !== to.precision) return unchanged();
  const options = optionsFor(from.precision, f);
  const a = partsOf(from.instant ?? calendarMs(from), f.locale, f.words, options);
  const b = partsOf(to.instant ?? calendarMs(to), f.locale, f.words, options);
  if (a.length !== b.length || a.some((part, i) => part.type !== b[i]!.type)) return unchanged();
  const isField = (i: number): boolean => a[i]!.type !== 'literal';
  const differing = a.flatMap((part, i) => (isField(i) && part.value !== b[i]!.value ? [i] : []));
  const first = differing[0];
  const last = differing.at(-1);
  if (first === undefined || last === undefined) return unchanged();
  const sharedBefore = a.some((_, i) => i < first && isField(i));
  const sharedAfter = a.some((_, i) => i > last && isField(i));
  if (sharedAfter && !sharedBefore) {
    const start = cut(from, a.slice(0, last + 1));
    start.text += attached(a[last + 1]);
    return { start, end: full(to), tight: !hasSpace(start.text) };
  }
  if (sharedBefore && !sharedAfter) {
    const end = cut(to, b.slice(first));
    return { start: full(from), end, tight: !hasSpace(end.text) };
  }
  return unchanged();
}

function dashed({ start, end, tight }: Ends, words: DateWords): string {
  const dash = tight ? (words.rangeDash ?? '–') : (words.spacedRangeDash ?? ' – ');
  return `${start.text}${dash}${end.text}`;
}

/**
 * How an event's date reads, at the precision it was written:
 * - `displayDate`, when given, is the editor's wording and wins;
 * - a day "3 May 2023", a month "April 2023", a year "2024";
 * - a duration "11–12 July 2023", "30 June – 2 July 2023", open: "from …" / "until …";
 * - a one-of set "between 21 and 31 January 2023", open: "before …" / "after …"
 *   (the set's bound itself is included; "before" is the plain newsroom word);
 * - `~` "about April 2023", `?` "April 2023 (uncertain)"; on a range or an open date
 *   the marks become one note after it: "(approximate dates)".
 */
export function formatEventDate(
  date: ParsedDate,
  lang: string,
  displayDate?: string,
  zones: TimeZones = UTC_ZONES,
): string {
  const own = displayDate?.trim();
  if (own) return own;

  const f = formatterFor(lang, zones);
  const words = f.words;
  const duration = date.kind === 'duration';
  const { from, to } = date;
  const qualify = (text: string): string => words.qualifyRange(text, date.approximate, date.uncertain);

  if (date.openStart && to) {
    const g = crossing(f, to);
    return qualify(duration ? words.until(phrase(to, g)) : words.before(phrase(to, g)));
  }
  if (date.openEnd && from) {
    const g = crossing(f, from);
    return qualify(duration ? words.from(phrase(from, g)) : words.after(phrase(from, g)));
  }

  if (from && to && !sameCalendarDate(from, to)) {
    const both = ends(from, to, f);
    return qualify(duration ? dashed(both, words) : words.between(both.start, both.end));
  }

  // One written date; ParsedDate without `from` (both ends open) falls back to its start.
  const single = phrase(from ?? to ?? calendarAt(date.start, date.precision), f);
  const about = date.approximate ? words.about(single) : single.text;
  return date.uncertain ? words.uncertain(about) : about;
}

/** A plain day, e.g. for the "as of" marker: "3 May 2023", "3 mai 2023". */
export function formatDay(ms: number, lang: string): string {
  return formatUtc(ms, lang, FULL.day);
}

/**
 * The precision to announce a stretch of time at: days up to ~3 months,
 * months up to ~3 years, then years.
 */
function spanPrecision(spanMs: number): Precision {
  if (spanMs > 3 * 365.25 * DAY_MS) return 'year';
  if (spanMs > 90 * DAY_MS) return 'month';
  return 'day';
}

/** Both ends of [startMs, endMs) at a coarse precision, or one phrase when they word the same. */
function coarseEnds(startMs: number, endMs: number, f: Formatter): Ends | DatePhrase {
  const precision = spanPrecision(endMs - startMs);
  // The end is exclusive: a window ending at midnight shows the day before it.
  const last = endMs > startMs ? endMs - 1 : startMs;
  const from = calendarAt(startMs, precision);
  const to = calendarAt(last, precision);
  return sameCalendarDate(from, to) ? phrase(from, f) : ends(from, to, f);
}

/**
 * [startMs, endMs) compactly, at a precision that suits its length:
 * "3 May – 12 July 2023", "March–June 2023", "2019–2024". `endMs` is exclusive,
 * like `ParsedDate.end`.
 */
export function formatRangeShort(startMs: number, endMs: number, lang: string): string {
  const f = formatterFor(lang);
  const result = coarseEnds(startMs, endMs, f);
  return 'text' in result ? result.text : dashed(result, f.words);
}

/**
 * [startMs, endMs) as words to be read aloud, at the same precision as
 * `formatRangeShort`: "3 May to 12 July 2023", "du 3 mai au 12 juillet 2023".
 */
export function formatSpan(startMs: number, endMs: number, lang: string): string {
  // Every cluster is named at every frame of a zoom, mostly over the same events. Kept by
  // the locale in force: a language still loading words in English until it arrives.
  const f = formatterFor(lang);
  const key = `${f.locale} ${startMs} ${endMs}`;
  let text = spans.get(key);
  if (text === undefined) {
    const result = coarseEnds(startMs, endMs, f);
    text = 'text' in result ? result.text : f.words.span(result.start, result.end);
    if (spans.size >= 2048) spans.clear();
    spans.set(key, text);
  }
  return text;
}
const spans = new Map<string, string>();

/** The live-region announcement after a zoom or pan: "Showing 3 May to 12 July 2023". */
export function formatVisibleRange(startMs: number, endMs: number, lang: string): string {
  return uiStrings(lang).showingRange(formatSpan(startMs, endMs, lang));
}

/**
 * A cluster's accessible name: "3 events, 3 May to 12 July 2023. Activate to zoom in."
 * [startMs, endMs) is the extent of its events (`endMs` exclusive, like `ParsedDate.end`).
 */
export function formatClusterLabel(count: number, startMs: number, endMs: number, lang: string): string {
  return uiStrings(lang).cluster(count, formatSpan(startMs, endMs, lang));
}

/**
 * The span of a story for its title card, from its first event's start to its last one's
 * end, each at its own precision but no finer than a month ("January 2023 – 2024"), or a
 * day for times of day ("3 May 2023").
 * `events` sorted by start; '' when there are none.
 */
export function formatStorySpan(events: readonly TimelineEvent[], lang: string): string {
  const first = events[0];
  if (!first) return '';
  let last = first;
  for (const event of events) if (event.date.end > last.date.end) last = event;
  const coarse = (precision: Precision): Precision =>
    precision === 'day' ? 'month' : isTime(precision) ? 'day' : precision;
  const f = formatterFor(lang);
  const from = calendarAt(first.date.start, coarse(first.date.precision));
  const to = calendarAt(last.date.end - 1, coarse(last.date.precision));
  return sameCalendarDate(from, to) ? phrase(from, f).text : dashed(ends(from, to, f), f.words);
}
