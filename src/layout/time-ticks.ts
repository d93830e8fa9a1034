/**
 * Axis ticks finer than a day, for data with times of day: at whole hours and minutes of
 * the element's time zone, labelled with its wall clock. In a zone whose offset is not a
 * whole number of hours (Asia/Kolkata, UTC+05:30) an hour tick falls at 10:00 there, 04:30
 * UTC: the reader reads the zone's clock. An hour repeated when clocks go back is ticked
 * once; an hour skipped when they go forward is not ticked.
 *
 * Loaded on demand with the time-zone code (`src/times.ts`), so it imports no module of
 * the main file but types: the label wording is handed in.
 */
import type { Zone } from '../model/zone.js';
import type { FineTicks, TickLabel } from './ticks.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Finest first: 1, 2, 5, 10, 15 and 30 minutes, 1, 3, 6 and 12 hours. Each divides an
 * hour or a day, so multiples from the epoch are d3's `utcMinute.every(n)` and
 * `utcHour.every(n)` on the wall clock (tests/utc-intervals.test.ts).
 */
export const FINE_STEPS: readonly number[] = [
  ...[1, 2, 5, 10, 15, 30].map((n) => n * MINUTE_MS),
  ...[1, 3, 6, 12].map((n) => n * HOUR_MS),
];

/** Whole multiples of `step` ms in [start, stop), ascending. */
export function multiples(step: number, start: number, stop: number): number[] {
  const times: number[] = [];
  for (let time = (Math.ceil(start / step) || 0) * step; time < stop; time += step) times.push(time);
  return times;
}

/** Hour and minute ticks in `zone`. */
export function fineTicks(zone: Zone): FineTicks {
  const wall = (time: number) => time + zone.offsetMinutes(time) * MINUTE_MS;
  return {
    choose(start, stop, maxTicks, format) {
      for (const step of FINE_STEPS) {
        if ((stop - start) / step > maxTicks * 2 + 2) continue;
        const times: number[] = [];
        const walls: number[] = [];
        // An hour either side: the offset at the ends may differ from the one at a tick.
        for (const w of multiples(step, wall(start) - HOUR_MS, wall(stop) + HOUR_MS + 1)) {
          const time = zone.toUtc(w);
          if (time < start || time > stop || time === times.at(-1)) continue;
          times.push(time);
          walls.push(wall(time));
        }
        if (times.length > maxTicks) continue;
        return { times, labels: walls.map((w, i) => label(w, walls[i - 1], format)) };
      }
      return undefined;
    },
  };
}

/** Midnight says its day; the first tick says its day and time; the others their time. */
function label(
  wall: number,
  previous: number | undefined,
  format: (ms: number, options: Intl.DateTimeFormatOptions) => string,
): TickLabel {
  const midnight = wall % DAY_MS === 0;
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (!midnight && previous !== undefined) return { label: format(wall, time), major: false };
  const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  const newYear = previous !== undefined && new Date(previous).getUTCFullYear() !== new Date(wall).getUTCFullYear();
  if (newYear) day.year = 'numeric';
  return { label: format(wall, midnight ? day : { ...day, ...time }), major: true };
}
