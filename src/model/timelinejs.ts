/**
 * Reads a TimelineJS JSON document (`{ title?, events: [{ start_date: { year, … }, text:
 * { headline, text }, … }], eras? }`) into our format. Dates keep the precision they were
 * written at (a `year` alone is that year, not its 1 January); `unique_id` becomes the
 * event's `id`, so `#event-<id>` links made for TimelineJS keep working. What our format
 * cannot say yet (backgrounds, thumbnails…) is listed, never dropped silently.
 *
 * Times of day (`hour`, `minute`, `second`, or a template's Time cell) come across as a
 * time without offset: TimelineJS shows them as written, and so do we, in the element's
 * `time-zone`. A negative year is the year before Christ TimelineJS labels it ("-300" is
 * "300 BCE"), so it is read as 300 BC, astronomical -0299; beyond what a Date holds the
 * year is passed on as written, for the story's check to name it.
 */
import { htmlToNotation } from './html-to-notation.js';
import type { AuthoredDocument, AuthoredEra, AuthoredEvent, AuthoredMedia } from './reading.js';
import type { ReaderResult } from './reading.js';
import type { Problem } from './types.js';

type Fields = Record<string, unknown>;

/** TimelineJS's date parts, from a JSON `start_date` or a template's Year/Month/Day/Time cells. */
export interface TimelineJsDateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  /** A template's Time cell: `14:05`, `14:05:30`, `2:05 PM`. */
  time?: string;
}

/** `note`: what could not come across (milliseconds). */
export type DateResult = { ok: true; date: string; note?: string } | { ok: false; reason: string };

/** The whole years a JavaScript Date holds (see edtf.ts). */
const HOLDABLE_YEARS = 271_820;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Writes TimelineJS's date parts as our EDTF subset, at the precision they were given. */
export function timelineJsDate(parts: TimelineJsDateParts): DateResult {
  const yearText = text(parts.year);
  if (yearText === undefined) return { ok: false, reason: 'no year' };
  if (!/^-?\d+$/.test(yearText)) return { ok: false, reason: `the year "${yearText}" is not a whole number` };
  // TimelineJS labels year -N "N BCE": astronomically (year 0 is 1 BC) that is 1 - N.
  const written = Number(yearText);
  const year = written < 0 && written >= -HOLDABLE_YEARS ? written + 1 : written;
  // EDTF: four digits from 0 to 9999 (year 0 is 1 BC), a minus sign before, `Y` beyond.
  const yearPart = Math.abs(year) > 9999 ? `Y${year}` : year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  let date = yearPart;
  const monthText = text(parts.month);
  const dayText = text(parts.day);
  if (monthText !== undefined) {
    if (!/^\d{1,2}$/.test(monthText))
      return { ok: false, reason: `the month "${monthText}" is not a number from 1 to 12` };
    date += `-${pad(Number(monthText), 2)}`;
    if (dayText !== undefined) {
      if (!/^\d{1,2}$/.test(dayText)) return { ok: false, reason: `the day "${dayText}" is not a number from 1 to 31` };
      date += `-${pad(Number(dayText), 2)}`;
    }
  } else if (dayText !== undefined) {
    return { ok: false, reason: 'a day is given without a month' };
  }
  const time = timeOfDay(parts);
  if (time === undefined) return { ok: true, date };
  if (typeof time !== 'string') return time;
  if (dayText === undefined) return { ok: false, reason: 'a time of day is given without a day' };
  const millisecond = text(parts.millisecond);
  const result: DateResult = { ok: true, date: `${date}T${time}` };
  if (millisecond !== undefined && Number(millisecond) !== 0) result.note = 'its milliseconds are not kept';
  return result;
}

/** `hh:mm` or `hh:mm:ss` from the parts (an hour alone is on the hour), undefined without any. */
function timeOfDay(parts: TimelineJsDateParts): string | { ok: false; reason: string } | undefined {
  let [hour, minute, second] = [text(parts.hour), text(parts.minute), text(parts.second)];
  const cell = parts.time?.trim();
  if (cell) {
    const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?$/.exec(cell);
    if (!match) return { ok: false, reason: `the time "${cell}" is not a time like 14:05 or 2:05 PM` };
    const twelve = match[4]?.toLowerCase();
    const h = Number(match[1]);
    hour = String(twelve ? (h % 12) + (twelve === 'p' ? 12 : 0) : h);
    [minute, second] = [match[2], match[3]];
  }
  if (hour === undefined && minute === undefined && second === undefined) {
    return text(parts.millisecond) === undefined ? undefined : { ok: false, reason: 'milliseconds without an hour' };
  }
  const field = (value: string | undefined, name: string) =>
    value === undefined || /^\d{1,2}$/.test(value) ? pad(Number(value ?? 0), 2) : `bad ${name} "${value}"`;
  const written = [field(hour, 'hour'), field(minute, 'minute')];
  if (second !== undefined) written.push(field(second, 'second'));
  const bad = written.find((value) => value.startsWith('bad'));
  // Out-of-range numbers (hour 25) go through: the date's own check names them.
  return bad ? { ok: false, reason: `the time has a ${bad.slice(4)}` } : written.join(':');
}

function dateParts(value: unknown): TimelineJsDateParts {
  if (!isObject(value)) return {};
  const { year, month, day, hour, minute, second, millisecond } = value;
  return { year, month, day, hour, minute, second, millisecond };
}

/** A start and an optional end as one EDTF date (`a` or `a/b`), with the reasons it could not be. */
export function timelineJsRange(
  start: TimelineJsDateParts,
  end: TimelineJsDateParts | undefined,
): { date?: string; reason?: string } {
  const from = timelineJsDate(start);
  if (!from.ok) return { reason: `start date: ${from.reason}` };
  const kept = (reason?: string) => {
    const reasons = [from.note, reason].filter(Boolean).join('; ');
    return reasons ? { date: from.date, reason: reasons } : { date: from.date };
  };
  if (!end || text(end.year) === undefined) {
    if (end && (text(end.month) !== undefined || text(end.day) !== undefined))
      return kept('the end date has no year, so only the start is kept');
    return kept();
  }
  const to = timelineJsDate(end);
  if (!to.ok) return kept(`end date: ${to.reason}, so only the start is kept`);
  const reason = [from.note, to.note && `end date: ${to.note}`].filter(Boolean).join('; ');
  const date = from.date === to.date ? from.date : `${from.date}/${to.date}`;
  return reason ? { date, reason } : { date };
}

/** Makes an id for a group name: our groups are ids with a title. */
export function groupId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'group';
}

/** Collects group names in the order first seen, each with a distinct id. */
export class Groups {
  readonly list: { id: string; title: string }[] = [];
  private readonly byTitle = new Map<string, string>();
  idFor(title: string): string {
    let id = this.byTitle.get(title);
    if (id === undefined) {
      const base = groupId(title);
      id = base;
      for (let n = 2; this.list.some((group) => group.id === id); n++) id = `${base}-${n}`;
      this.byTitle.set(title, id);
      this.list.push({ id, title });
    }
    return id;
  }
}

/** HTML from TimelineJS as our notation, noting what formatting could not come along. */
export function richText(html: string, notes: string[]): string {
  const { text: converted, dropped } = htmlToNotation(html);
  const formatting = dropped.filter((name) => name !== 'link');
  if (formatting.length)
    notes.push(
      `its text's ${formatting.map((name) => `<${name}>`).join(', ')} formatting was dropped (the words are kept)`,
    );
  if (dropped.includes('link')) notes.push('a link that is not http or https was dropped (its words are kept)');
  return converted;
}

export const plainText = (html: string): string => htmlToNotation(html, { withMarks: false }).text;

export const HTML_MEDIA = 'its media is HTML (a quote or an embed code), not an address, and was not carried over';

function readMedia(value: unknown, notes: string[]): AuthoredMedia | undefined {
  if (!isObject(value)) return undefined;
  const url = text(value.url);
  const thumbnail = text(value.thumbnail);
  if (thumbnail !== undefined) notes.push('its media thumbnail is not used (the media itself is)');
  if (url === undefined) return undefined;
  if (url.startsWith('<')) {
    notes.push(HTML_MEDIA);
    return undefined;
  }
  const media: AuthoredMedia = { url };
  const alt = text(value.alt);
  if (alt !== undefined) media.alt = plainText(alt);
  const caption = text(value.caption);
  if (caption !== undefined) media.caption = plainText(caption);
  const credit = text(value.credit);
  if (credit !== undefined) media.credit = plainText(credit);
  const link = text(value.link);
  if (link !== undefined) media.link = link;
  if (text(value.link_target) !== undefined)
    notes.push("its media link's target is not carried over (links open as the page decides)");
  return media;
}

/** Fields TimelineJS has and we read (the rest are named in a problem). */
const READ_EVENT_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id']);

export function readTimelineJs(input: unknown): ReaderResult {
  const problems: Problem[] = [];
  const document: AuthoredDocument = { events: [] };
  const source = isObject(input) ? input : {};
  const groups = new Groups();

  if (isObject(source.title)) {
    const title = source.title;
    const words = isObject(title.text) ? title.text : {};
    const headline = text(words.headline);
    if (headline !== undefined) document.title = plainText(headline);
    const summary = text(words.text);
    if (summary !== undefined) document.summary = plainText(summary);
    const lost = ['media', 'background'].filter((key) => title[key] !== undefined);
    if (lost.length)
      problems.push({
        index: -1,
        message: `The title slide's ${lost.join(' and ')} cannot be shown here and were not carried over`,
      });
  }
  for (const key of ['scale', 'font', 'options']) {
    if (source[key] !== undefined)
      problems.push({
        index: -1,
        message: `The document's "${key}" setting is TimelineJS's own and was not carried over`,
      });
  }

  const events = Array.isArray(source.events) ? source.events : [];
  events.forEach((raw: unknown, index) => {
    const fields = isObject(raw) ? raw : {};
    const words = isObject(fields.text) ? fields.text : {};
    const headline = text(words.headline);
    const title = headline === undefined ? '' : plainText(headline);
    const label = `Event ${index + 1}${title ? ` ("${title.length > 40 ? title.slice(0, 39) + '…' : title}")` : ''}`;
    const notes: string[] = [];
    const range = timelineJsRange(
      dateParts(fields.start_date),
      isObject(fields.end_date) ? dateParts(fields.end_date) : undefined,
    );
    if (range.reason) notes.push(range.reason);
    // The date goes through as written when unreadable, so the story's own check names it.
    const event: AuthoredEvent = { date: range.date ?? '', title };
    const id = text(fields.unique_id);
    if (id !== undefined) event.id = id;
    const displayDate =
      text(fields.display_date) ?? (isObject(fields.start_date) ? text(fields.start_date.display_date) : undefined);
    if (displayDate !== undefined) event.displayDate = plainText(displayDate);
    const body = text(words.text);
    if (body !== undefined) {
      const description = richText(body, notes);
      if (description) event.description = description;
    }
    const media = readMedia(fields.media, notes);
    if (media) event.media = media;
    const group = text(fields.group);
    if (group !== undefined) event.group = groups.idFor(group);
    const unread = Object.keys(fields).filter(
      (key) => !READ_EVENT_FIELDS.has(key) && fields[key] !== undefined && fields[key] !== '',
    );
    if (unread.length)
      notes.push(
        `its ${unread.map((key) => `"${key}"`).join(', ')} ${unread.length > 1 ? 'are' : 'is'} not carried over`,
      );
    document.events.push(event);
    for (const note of notes) {
      const problem: Problem = { index, message: `${label}: ${note}` };
      if (id !== undefined) problem.id = id;
      problems.push(problem);
    }
  });

  if (Array.isArray(source.eras)) {
    const eras: AuthoredEra[] = [];
    source.eras.forEach((raw: unknown, index) => {
      const fields = isObject(raw) ? raw : {};
      const words = isObject(fields.text) ? fields.text : {};
      const title = plainText(text(words.headline) ?? '');
      const range = timelineJsRange(
        dateParts(fields.start_date),
        isObject(fields.end_date) ? dateParts(fields.end_date) : undefined,
      );
      const label = `Era ${index + 1}${title ? ` ("${title}")` : ''}`;
      if (!range.date || !title) {
        problems.push({ index: -1, message: `${label} is left out: ${!title ? 'it has no headline' : range.reason}` });
        return;
      }
      if (range.reason) problems.push({ index: -1, message: `${label}: ${range.reason}` });
      const era: AuthoredEra = { date: range.date, title };
      const id = text(fields.unique_id);
      if (id !== undefined) era.id = id;
      eras.push(era);
    });
    if (eras.length) document.eras = eras;
  }
  if (groups.list.length) document.groups = groups.list;
  return { document, problems };
}
