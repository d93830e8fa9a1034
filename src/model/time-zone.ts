/**
 * IANA time zones through `Intl`, without a time-zone database of our own: a zone's offset
 * from UTC at an instant, and the instant a wall-clock time in a zone stands for. Pure.
 * Loaded on demand by the zone controller, when a page asks for a zone other than UTC.
 */
import type { Zone } from './zone.js';
import { readTime } from './time-of-day.js';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Is `zone` an IANA time zone name this browser knows (`UTC`, `Asia/Tokyo`…)? */
export function isTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone !== '' && formatterFor(zone) !== null;
}

/** Minutes to add to UTC to get the wall-clock time in `zone` at the instant `utcMs`. */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  // formatToParts is the slow part, and reading 10,000 wall-clock times asks three offsets
  // each: an hour whose first and last minutes have one offset has it throughout (clocks
  // change at most once an hour), so most answers come from two lookups per hour.
  const hour = Math.floor(utcMs / 3_600_000) * 3_600_000;
  const first = offsetAtMinute(zone, hour);
  if (first === offsetAtMinute(zone, hour + 3_540_000)) return first;
  return offsetAtMinute(zone, Math.floor(utcMs / 60_000) * 60_000);
}

const offsets = new Map<string, number>();
const MAX_KEPT_OFFSETS = 50_000;

/** The offset at the start of a minute, kept per zone and minute. */
function offsetAtMinute(zone: string, minuteMs: number): number {
  const key = `${zone}|${minuteMs}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = measureOffset(zone, minuteMs);
    if (offsets.size >= MAX_KEPT_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function measureOffset(zone: string, utcMs: number): number {
  const formatter = formatterFor(zone);
  if (!formatter || zone === 'UTC') return 0;
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(utcMs)) fields[part.type] = part.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), 0);
  const seconds = Math.floor(utcMs / 1000) * 1000;
  return Math.round((wall.getTime() - seconds) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` shows `wallMs` (a wall-clock time written
 * as if it were UTC). In a gap (clocks going forward) it is the instant just after; in an
 * overlap (clocks going back), the earlier of the two.
 */
export function wallTimeToUtc(zone: string, wallMs: number): number {
  // The offsets in force a day either side: around one instant they change at most once.
  const before = wallMs - zoneOffsetMinutes(zone, wallMs - 86_400_000) * 60_000;
  const after = wallMs - zoneOffsetMinutes(zone, wallMs + 86_400_000) * 60_000;
  const shows = (instant: number) => instant + zoneOffsetMinutes(zone, instant) * 60_000 === wallMs;
  const valid = [before, after].filter(shows);
  // Both valid: an overlap, the earlier one. Neither: a gap, read with the offset before it.
  return valid.length ? Math.min(...valid) : before;
}

/** The zone of that IANA name; UTC, with the problem in `unknown`, when the browser knows none. */
export function zoneNamed(name: string): Zone {
  // UTC_ZONE's value is not imported: the main file would then share it with this chunk.
  const known = isTimeZone(name);
  const zone: Zone = {
    name: known ? name : 'UTC',
    offsetMinutes: (utcMs) => (known ? zoneOffsetMinutes(name, utcMs) : 0),
    toUtc: (wallMs) => (known ? wallTimeToUtc(name, wallMs) : wallMs),
    readTime,
  };
  if (!known) {
    const quoted = name.length > 40 ? `${name.slice(0, 39)}…` : name;
    zone.unknown = `Unknown time zone "${quoted}": times are shown in UTC (give an IANA name, e.g. Asia/Tokyo)`;
  }
  return zone;
}
