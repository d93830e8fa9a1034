/**
 * Reads a document's `eras`: periods drawn as labelled bands behind the events. Pure; an
 * era that cannot be drawn is a problem (index -1, named "Era n"), never an exception.
 */
import { parseDate } from './edtf.js';
import { URL_SAFE_ID, slugify, uniqueId } from './slug.js';
import type { Problem, TimelineEra } from './types.js';
import { UTC_ZONE, type Zone } from './zone.js';
import { text } from './text.js';

/** A colour is a palette name (see the styles) or a name for `--story-era-<name>`. */
export const COLOR_NAME = /^[a-z][a-z\d-]{0,30}$/;
/** Eras without a colour take these in turn, as TimelineJS does, so neighbours differ. */
const PALETTE = ['grey', 'blue', 'green', 'yellow', 'red', 'purple'];

/** `zone`: where a time without an offset is read (see `parseDate`). */
export function readEras(value: unknown, problems: Problem[], zone: Zone = UTC_ZONE): TimelineEra[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ index: -1, message: '"eras" is not a list, so no period is drawn' });
    return [];
  }
  const eras: TimelineEra[] = [];
  const used = new Set<string>();
  value.forEach((raw: unknown, n) => {
    const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const title = text(fields.title);
    const label = title === undefined ? `Era ${n + 1}` : `Era ${n + 1} ("${title.slice(0, 40)}")`;
    const problem = (message: string) => problems.push({ index: -1, message: `${label} ${message}` });
    const dateText = text(fields.date);
    const parsed = dateText === undefined ? undefined : parseDate(dateText, zone);
    if (title === undefined) return problem('has no title, so it is not drawn');
    if (!parsed) return problem('has no date, so it is not drawn');
    if (!parsed.ok) return problem(`is not drawn: ${parsed.message}`);

    let color = text(fields.color)?.toLowerCase() ?? PALETTE[n % PALETTE.length]!;
    if (!COLOR_NAME.test(color)) {
      problem(`has a colour "${color.slice(0, 30)}" that is not a name (e.g. blue); it is drawn in grey`);
      color = 'grey';
    }
    const given = text(fields.id);
    const id = uniqueId(
      given !== undefined && URL_SAFE_ID.test(given) ? given : slugify(`${dateText}-${title}`) || 'era',
      used,
    );
    used.add(id);
    eras.push({ id, title, dateText: dateText!, date: parsed.value, color: color === 'gray' ? 'grey' : color });
  });
  return eras.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end);
}

/** The titles of the eras that overlap a date, for the detail card. */
export function erasDuring(eras: readonly TimelineEra[], { start, end }: { start: number; end: number }): string[] {
  return eras.filter(({ date }) => date.start < end && start < date.end).map((era) => era.title);
}
