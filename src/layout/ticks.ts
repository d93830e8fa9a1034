/**
 * Axis ticks for the timeline's UTC time scale, labelled in the reader's language.
 *
 * We choose the tick interval ourselves instead of calling `scale.ticks(count)`:
 * d3 picks the interval nearest to the target step, which can give up to twice
 * `count` ticks (e.g. 8 at 320 px for a 55-day window) and sub-day ticks for
 * windows of a few days. Here the finest interval that fits the label budget wins.
 * The finest interval is a day for data of calendar dates (hours would mean nothing);
 * when the data has times of day, hours and minutes of the element's time zone come
 * first (`FineTicks`, from `time-ticks.ts`, loaded on demand). Days and coarser stay in
 * UTC, where calendar dates are drawn.
 *
 * Years before 1 are labelled with their era in the language's words ("44 BC"); when the
 * window crosses year 1, years after it too ("14 AD"); an axis all after year 1 has none.
 * Before year 1 the ticks fall on round years before Christ ("100 BC", not "101 BC").
 */
import type { TimeToPixels } from './time-scale.js';
import { days, historicalYears, mondays, months, type Ticker } from './utc-intervals.js';
import { formatUtc as formatInUtc } from '../format/dates.js';
import { DAY_MS } from '../model/time-units.js';

export interface AxisTick {
  /** UTC ms of the tick. */
  time: number;
  /** Position on the axis, in px. */
  x: number;
  label: string;
  /**
   * The label carries a coarser unit than the ticks' own (the year on a month
   * axis, the month on a day axis): draw it stronger.
   */
  major: boolean;
}

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** Roughly one label per this many px at the default text size. */
export const LABEL_SPACING = 80;

interface TickStep {
  unit: TickUnit;
  /** Average length of one step, to skip intervals that clearly give too many ticks. */
  ms: number;
  interval: Ticker;
  /** For years: label ticks whose year is a multiple of this as major. */
  majorEvery?: number;
}

// Every other day counted from the epoch, so the spacing stays even across
// month ends (a day-of-month step restarts on each 1st: … 29, 31, 1, 3).
const everyOtherDay = days((time) => Math.round(time / DAY_MS) % 2 === 0);
// The 1st and the 16th: a news-friendly half-month step that always shows month starts.
const halfMonth = days((_, date) => date.getUTCDate() === 1 || date.getUTCDate() === 16);

function yearSteps(): TickStep[] {
  const steps: TickStep[] = [];
  // Up to 500,000 years: the whole range of a JavaScript Date fits a phone's width.
  for (let power = 1; power <= 1e5; power *= 10) {
    for (const k of [1, 2, 5]) {
      const every = k * power;
      steps.push({
        unit: 'year',
        ms: every * 365.25 * DAY_MS,
        interval: historicalYears(every),
        majorEvery: power * 10,
      });
    }
  }
  return steps;
}

function monthStep(every: number): TickStep {
  return { unit: 'month', ms: every * 30.44 * DAY_MS, interval: months(every) };
}

/** Finest first. Weeks start on Monday, as in every language we support. */
const STEPS: TickStep[] = [
  { unit: 'day', ms: DAY_MS, interval: days() },
  { unit: 'day', ms: 2 * DAY_MS, interval: everyOtherDay },
  { unit: 'week', ms: 7 * DAY_MS, interval: mondays },
  { unit: 'week', ms: 15.2 * DAY_MS, interval: halfMonth },
  monthStep(1),
  monthStep(3),
  monthStep(6),
  ...yearSteps(),
];

function chooseTicks(start: number, stop: number, maxTicks: number): { step: TickStep; times: number[] } {
  const span = stop - start;
  let last: { step: TickStep; times: number[] } | undefined;
  for (const step of STEPS) {
    // An interval that would clearly overflow is skipped before generating
    // thousands of dates (a day interval over 80 years).
    if (span / step.ms > maxTicks * 2 + 2) continue;
    // `range` excludes its stop; +1 keeps a tick that falls exactly on the end.
    const times = step.interval(start, stop + 1);
    last = { step, times };
    if (times.length <= maxTicks) return last;
  }
  return last ?? { step: STEPS[STEPS.length - 1]!, times: [] };
}

export interface TickLabel {
  label: string;
  major: boolean;
}

/** Hour and minute ticks for data with times of day (`time-ticks.ts`, loaded on demand). */
export interface FineTicks {
  /**
   * The finest hour or minute ticks in [start, stop] (UTC ms) that number at most
   * `maxTicks`, labelled with `format` (a time in ms and Intl options, worded in UTC);
   * undefined when even the coarsest gives more.
   */
  choose(
    start: number,
    stop: number,
    maxTicks: number,
    format: (ms: number, options: Intl.DateTimeFormatOptions) => string,
  ): { times: number[]; labels: TickLabel[] } | undefined;
}

/**
 * The unit of a list of tick times (UTC ms), from their typical gap. Useful to a
 * renderer that was handed ticks from elsewhere.
 */
export function tickUnit(ticks: number[]): TickUnit {
  const gaps: number[] = [];
  for (let i = 1; i < ticks.length; i++) gaps.push(ticks[i]! - ticks[i - 1]!);
  if (gaps.length === 0) return 'day';
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  if (median >= 300 * DAY_MS) return 'year';
  if (median >= 25 * DAY_MS) return 'month';
  if (median >= 5 * DAY_MS) return 'week';
  if (median >= DAY_MS) return 'day';
  return median >= 3_600_000 ? 'hour' : 'minute';
}

/**
 * The shortest label that tells a tick apart from its neighbours: each label
 * carries the coarser units that changed since the previous tick, and the first
 * tick carries them all so the reader knows where they are.
 */
function labelFor(time: number, previous: number | undefined, step: TickStep, lang: string, era: boolean): TickLabel {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const prev = previous === undefined ? undefined : new Date(previous);
  const newYear = !prev || prev.getUTCFullYear() !== year;
  const newMonth = newYear || !prev || prev.getUTCMonth() !== month;
  const formatUtc = (ms: number, language: string, options: Intl.DateTimeFormatOptions) =>
    formatInUtc(ms, language, era && options.year ? { ...options, era: 'short' } : options);

  if (step.unit === 'year') {
    // Before year 1, round numbers are those before Christ: year -99 is 100 BC.
    const counted = year <= 0 ? 1 - year : year;
    return {
      label: formatUtc(time, lang, { year: 'numeric' }),
      major: step.majorEvery !== undefined && counted % step.majorEvery === 0,
    };
  }
  if (step.unit === 'month') {
    // January stands for its year ("2023", then "Apr", "Jul"…), as on d3's axes.
    if (month === 0) return { label: formatUtc(time, lang, { year: 'numeric' }), major: true };
    if (newYear) return { label: formatUtc(time, lang, { month: 'short', year: 'numeric' }), major: true };
    return { label: formatUtc(time, lang, { month: 'short' }), major: false };
  }
  if (month === 0 && d.getUTCDate() === 1) {
    return { label: formatUtc(time, lang, { year: 'numeric' }), major: true };
  }
  if (newYear) {
    return { label: formatUtc(time, lang, { day: 'numeric', month: 'short', year: 'numeric' }), major: true };
  }
  if (newMonth) return { label: formatUtc(time, lang, { day: 'numeric', month: 'short' }), major: true };
  return { label: formatUtc(time, lang, { day: 'numeric' }), major: false };
}

/**
 * Ticks for the part of `scale`'s domain drawn in [0, width] px: about one label
 * per `spacing` px (never more than `max(2, floor(width / spacing)) + 1`), labelled in `lang`:
 * at whole days or coarser in UTC, or, given `fine` (for data with times of day), at whole
 * hours and minutes of the element's zone, labelled with its wall clock. Larger text asks
 * for a larger spacing.
 */
export function axisTicks(
  scale: TimeToPixels,
  width: number,
  lang: string,
  spacing = LABEL_SPACING,
  fine?: FineTicks,
): AxisTick[] {
  if (!(width > 0)) return [];
  const a = scale.invert(0).getTime();
  const b = scale.invert(width).getTime();
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return [];
  const start = Math.min(a, b);
  const stop = Math.max(a, b);

  const era = new Date(start).getUTCFullYear() <= 0 && new Date(stop).getUTCFullYear() >= 1;
  // Labels with an era ("40 av. J.-C.") are about half as long again.
  const room = new Date(start).getUTCFullYear() <= 0 ? spacing * 1.5 : spacing;
  const count = Math.max(2, Math.floor(width / room));
  const finer = fine?.choose(start, stop, count + 1, (ms, options) => formatInUtc(ms, lang, options));
  const { step, times } = finer ? { step: STEPS[0]!, times: finer.times } : chooseTicks(start, stop, count + 1);

  const ticks: AxisTick[] = [];
  let previous: number | undefined;
  times.forEach((time, i) => {
    const x = scale(new Date(time));
    // Rounding in invert can put a tick a hair outside the axis.
    if (!(x >= -0.5 && x <= width + 0.5)) return;
    const { label, major } = finer ? finer.labels[i]! : labelFor(time, previous, step, lang, era);
    ticks.push({ time, x: Math.min(width, Math.max(0, x)), label, major });
    previous = time;
  });
  return ticks;
}
