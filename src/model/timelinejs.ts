/**
 * Reads a TimelineJS JSON document (`{ title?, events: [{ start_date: { year, … }, text:
 * { headline, text }, … }], eras? }`) into our format. Dates keep the precision they were
 * written at (a `year` alone is that year, not its 1 January); `unique_id` becomes the
 * event's `id`, so `#event-<id>` links made for TimelineJS keep working. What our format
 * cannot say yet (backgrounds, times of day, thumbnails…) is listed, never dropped silently.
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
  /** Any time of day (hour, minute, second, millisecond, or a Time cell) written with it. */
  time?: boolean;
}

export type DateResult = { ok: true; date: string; time: boolean } | { ok: false; reason: string };

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
  const year = Number(yearText);
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
  return { ok: true, date, time: Boolean(parts.time) };
}

function dateParts(value: unknown): TimelineJsDateParts {
  if (!isObject(value)) return {};
  const time = ['hour', 'minute', 'second', 'millisecond'].some((key) => text(value[key]) !== undefined);
  return { year: value.year, month: value.month, day: value.day, time };
}

/** A start and an optional end as one EDTF date (`a` or `a/b`), with the reasons it could not be. */
export function timelineJsRange(
  start: TimelineJsDateParts,
  end: TimelineJsDateParts | undefined,
): { date?: string; time: boolean; reason?: string } {
  const from = timelineJsDate(start);
  if (!from.ok) return { time: false, reason: `start date: ${from.reason}` };
  if (!end || text(end.year) === undefined) {
    if (end && (text(end.month) !== undefined || text(end.day) !== undefined))
      return { date: from.date, time: from.time, reason: 'the end date has no year, so only the start is kept' };
    return { date: from.date, time: from.time };
  }
  const to = timelineJsDate(end);
  if (!to.ok) return { date: from.date, time: from.time, reason: `end date: ${to.reason}, so only the start is kept` };
  return { date: from.date === to.date ? from.date : `${from.date}/${to.date}`, time: from.time || to.time };
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
    if (range.time) notes.push('its time of day is not carried over yet; the date is kept at the day');
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
