/**
 * Reads the time of day written after a date's `T`: `14:05`, `14:05:30`, each with an
 * optional `Z` or offset (`±hh:mm`, `±hhmm`, `±hh`). Comes with the zone code (a named
 * zone's `readTime`, see `time-zone.ts`), in the chunk loaded for data with times of day.
 */
import type { TimeResult } from './zone.js';

const TIME_FORMS = 'e.g. 2023-05-03T14:05, 2023-05-03T14:05:30Z or 2023-05-03T14:05+09:00';

/** Offsets in use on Earth run from UTC−12:00 to UTC+14:00. */
const MAX_OFFSET_MINUTES = { west: 12 * 60, east: 14 * 60 };

/** The time's fields and offset (minutes east of UTC; none: a wall-clock time), or why it cannot be. */
export function readTime(text: string): TimeResult {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!match)
    return { ok: false, reason: `a time is written as hours and minutes (two digits each) after the T, ${TIME_FORMS}` };
  const [, hh, mm, ss, zone] = match as unknown as [string, string, string, string | undefined, string | undefined];
  for (const [value, name, last] of [
    [hh, 'hour', 23],
    [mm, 'minute', 59],
    [ss, 'second', 59],
  ] as const) {
    if (Number(value) > last) return { ok: false, reason: `${name} ${value} does not exist (00 to ${last})` };
  }
  const result: TimeResult = { ok: true, hour: Number(hh), minute: Number(mm) };
  if (ss !== undefined) result.second = Number(ss);
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const minutesPart = Number(digits.slice(2) || 0);
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + minutesPart;
    const east = zone[0] === '+';
    // ISO 8601 has no -00:00: zero is Z or +00:00.
    const most = east ? MAX_OFFSET_MINUTES.east : offsetMinutes ? MAX_OFFSET_MINUTES.west : -1;
    if (minutesPart > 59 || offsetMinutes > most) {
      return { ok: false, reason: `the offset ${zone} does not exist (offsets go from -12:00 to +14:00; zero is Z)` };
    }
    result.offset = east ? offsetMinutes : -offsetMinutes;
  } else if (zone === 'Z') {
    result.offset = 0;
  }
  return result;
}
