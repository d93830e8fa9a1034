/**
 * A time zone as parsing, the axis and wording need it: its name for `Intl`, its offset at
 * an instant, and the instant a wall-clock time stands for. UTC is built in; a named zone
 * comes from `time-zone.ts`, which is loaded on demand (only a page that asks for another
 * zone needs it). Pure.
 */
export interface Zone {
  /** The IANA name, handed to `Intl` to word times. */
  name: string;
  /** Minutes to add to UTC to get the wall-clock time at the instant `utcMs`. */
  offsetMinutes(utcMs: number): number;
  /** The instant (UTC ms) at which the wall clock shows `wallMs` (a wall-clock time written as if it were UTC). */
  toUtc(wallMs: number): number;
  /** When the browser knows no zone of the name asked for (this one is then UTC): the problem, in words. */
  unknown?: string;
  /**
   * Reads a time of day (`time-of-day.ts`). Only the zones of the on-demand chunk have it:
   * without it, a date with a time is refused, so the element loads the chunk first.
   */
  readTime?: (text: string) => TimeResult;
}

export type TimeResult =
  { ok: true; hour: number; minute: number; second?: number; offset?: number } | { ok: false; reason: string };

/** Does a document (ours, or one read into ours) write a time of day in any date? */
export function hasTimeOfDay(input: unknown): boolean {
  const lists = Array.isArray(input)
    ? [input]
    : [(input as { events?: unknown })?.events, (input as { eras?: unknown })?.eras];
  return lists.some(
    (list) =>
      Array.isArray(list) &&
      list.some(
        (item) =>
          typeof (item as { date?: unknown })?.date === 'string' && /\dT\d/.test((item as { date: string }).date),
      ),
  );
}

export const UTC_ZONE: Zone = { name: 'UTC', offsetMinutes: () => 0, toUtc: (wallMs) => wallMs };
