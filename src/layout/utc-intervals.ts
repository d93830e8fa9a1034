/**
 * The few UTC calendar intervals the axis needs, as functions from a time range to the
 * tick times in it. They replace d3-time in the bundle (1.7 KB gzip for five intervals);
 * tests/utc-intervals.test.ts holds them to d3-time's own results.
 *
 * Each gives the times (UTC ms) in [start, stop) that its interval marks, ascending.
 */
import { DAY_MS } from '../model/time-units.js';

export type Ticker = (start: number, stop: number) => number[];

/** UTC midnight of a calendar day; years below 100 stay themselves (Date.UTC would add 1900). */
function utc(year: number, month: number, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** Each UTC midnight in the range that `keep` accepts. */
export function days(keep?: (time: number, date: Date) => boolean): Ticker {
  return (start, stop) => {
    const times: number[] = [];
    // `|| 0`: no -0 for the epoch.
    for (let time = (Math.ceil(start / DAY_MS) || 0) * DAY_MS; time < stop; time += DAY_MS) {
      if (!keep || keep(time, new Date(time))) times.push(time);
    }
    return times;
  };
}

/** Mondays at UTC midnight. */
export const mondays: Ticker = days((_, date) => date.getUTCDay() === 1);

/** The first of every `every`-th month (January, and each `every` months after it in the year). */
export function months(every: number): Ticker {
  return (start, stop) => {
    const first = new Date(start);
    let year = first.getUTCFullYear();
    let month = first.getUTCMonth();
    if (utc(year, month) < start) month++;
    month = Math.ceil(month / every) * every;
    const times: number[] = [];
    for (;;) {
      if (month >= 12) {
        year++;
        month = 0;
      }
      const time = utc(year, month);
      if (time >= stop) return times;
      times.push(time);
      month += every;
    }
  };
}

/** 1 January of each year that is a multiple of `every`. */
export function years(every: number): Ticker {
  return (start, stop) => {
    let year = new Date(start).getUTCFullYear();
    if (utc(year, 0) < start) year++;
    const times: number[] = [];
    for (year = Math.ceil(year / every) * every; ; year += every) {
      const time = utc(year, 0);
      // Past what a Date holds the time is NaN: stop there too.
      if (!(time < stop)) return times;
      times.push(time);
    }
  };
}

/**
 * Like `years(every)` for years after 0; before year 1, 1 January of each year whose
 * number before Christ is a multiple of `every` (astronomical year 1 − n·every), so that
 * an axis reads "200 BC, 100 BC" rather than "201 BC, 101 BC". Across year 1 the step
 * between the two sides is one year shorter.
 */
export function historicalYears(every: number): Ticker {
  const ad = years(every);
  return (start, stop) => {
    const firstAd = utc(1, 0);
    const after = stop > firstAd ? ad(Math.max(start, firstAd), stop) : [];
    if (start >= firstAd) return after;
    const before: number[] = [];
    let year = new Date(start).getUTCFullYear();
    if (utc(year, 0) < start) year++;
    // The first year at or after `year` whose BC number (1 − year) is a multiple of `every`.
    for (year = 1 - Math.floor((1 - year) / every) * every; year <= 0; year += every) {
      const time = utc(year, 0);
      if (time >= stop) break;
      before.push(time);
    }
    return [...before, ...after];
  };
}
