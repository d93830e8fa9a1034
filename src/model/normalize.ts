/**
 * Turns whatever a newsroom hands us (parsed JSON, JS objects, light-DOM extracts)
 * into sorted, validated events plus a list of problems an editor can act on.
 *
 * Policy: an event is dropped only when it cannot be placed or named (not an object,
 * no title, no readable date) or when its explicit id is already taken. Flaws that
 * still leave something truthful to show — an unknown status, an unsafe link, a
 * malformed id — are reported as problems but the event stays, because hiding a
 * real event from readers is worse than showing it with a default.
 */
import { parseDate, type ParseDateResult } from './edtf.js';
import { UTC_ZONE, type Zone } from './zone.js';
import { readMedia } from './media.js';
import { text } from './text.js';
import { httpUrl } from './url.js';
import { readEras } from './eras.js';
import { readGroups, settleGroups } from './groups.js';
import { URL_SAFE_ID, slugify, uniqueId } from './slug.js';

export { slugify };
import type { EventStatus, NormalizedStory, ParsedDate, Problem, StorySource, TimelineEvent } from './types.js';

const STATUSES: readonly EventStatus[] = ['confirmed', 'reported', 'planned'];
const MAX_TITLE_IN_MESSAGE = 40;

type Fields = Record<string, unknown>;

/** An event that passed pass 1; its id is settled in pass 2 once all explicit ids are known. */
interface Candidate {
  /** Its id is `''` until then (the first property all the same, as in the events given back). */
  event: TimelineEvent;
  /** The event's date, read here by sorting: candidates have one shape, events a dozen. */
  date: ParsedDate;
  explicitId: string | undefined;
  /** Non-fatal problems, given the final id once it is known. */
  problems: Problem[];
}

/** True when `input` is a bare array or an object with an `events` array. */
export function isStoryShape(input: unknown): boolean {
  return Array.isArray(input) || (isObject(input) && Array.isArray(input.events));
}

/**
 * Validates and sorts a story.
 *
 * Never throws. Each problem's `index` is the event's 0-based position in the input
 * (-1 when the document itself has the wrong shape); the message counts from 1
 * ("Event 3") because that is how an editor counts.
 *
 * Events are sorted by start, then end, then input position.
 *
 * `zone` (the element's `time-zone`) is where a time written without an offset is read;
 * an unknown zone (UTC standing in for it) is a problem, worded by the zone.
 *
 * Events whose dates are written alike share one `date` object (read-only, as all of it).
 */
export function normalizeStory(input: unknown, { zone = UTC_ZONE }: { zone?: Zone } = {}): NormalizedStory {
  const story: NormalizedStory = { events: [], problems: [] };
  if (zone.unknown !== undefined) story.problems.push({ index: -1, message: zone.unknown });
  if (!isStoryShape(input)) {
    story.problems.push({ index: -1, message: describeBadShape(input) });
    return story;
  }
  const rawEvents = (Array.isArray(input) ? input : (input as Fields).events) as unknown[];
  let listedGroups: ReturnType<typeof readGroups>;
  if (isObject(input)) {
    const title = text(input.title);
    if (title !== undefined) story.title = title;
    const summary = text(input.summary);
    if (summary !== undefined) story.summary = summary;
    const lang = text(input.lang);
    if (lang !== undefined) story.lang = lang;
    const eras = readEras(input.eras, story.problems, zone);
    if (eras.length) story.eras = eras;
    listedGroups = readGroups(input.groups, story.problems);
  }

  const candidates: Candidate[] = [];
  const explicitIdOwners = new Map<string, number>();
  // Each date text is read once: events of the same day share its parsed date.
  const dates = new Map<string, ParseDateResult>();
  rawEvents.forEach((raw, index) => {
    let candidate: Candidate | undefined;
    try {
      candidate = readEvent(raw, index, explicitIdOwners, story.problems, zone, dates);
    } catch {
      // Only exotic inputs (throwing getters, proxies) get here; JSON never does.
      story.problems.push({ index, message: `Event ${index + 1} could not be read` });
    }
    if (candidate) candidates.push(candidate);
  });

  // Derived ids must avoid every explicit id, including ones that appear later in the input.
  const usedIds = new Set(explicitIdOwners.keys());
  const keptProblems: Problem[] = [];
  for (const { event, explicitId, problems } of candidates) {
    const id = explicitId ?? uniqueId(deriveId(event), usedIds);
    usedIds.add(id);
    event.id = id;
    story.events.push(event);
    for (const problem of problems) keptProblems.push({ ...problem, id });
  }

  const groups = settleGroups(story.events, listedGroups, (event, group) =>
    keptProblems.push({
      index: event.index,
      id: event.id,
      message: `Event ${event.index + 1} ("${shorten(event.title)}"): group "${shorten(group)}" is not in "groups"; it is drawn under Other`,
    }),
  );
  if (groups) story.groups = groups;

  story.problems = [...story.problems, ...keptProblems].sort((a, b) => a.index - b.index);
  // Candidates are in input order, and the sort keeps the order of equals.
  story.events = candidates
    .sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end)
    .map(({ event }) => event);
  return story;
}

/** Returns undefined (after recording why) when the event cannot be shown. */
function readEvent(
  raw: unknown,
  index: number,
  explicitIdOwners: Map<string, number>,
  problems: Problem[],
  zone: Zone,
  dates: Map<string, ParseDateResult>,
): Candidate | undefined {
  // Worded only for a problem: most events have none.
  const position = (): string => `Event ${index + 1}`;
  if (!isObject(raw)) {
    problems.push({
      index,
      message: `${position()} is ${describeType(raw)}, not an object with a "date" and a "title"`,
    });
    return undefined;
  }

  const title = text(raw.title);
  const label = (): string => (title === undefined ? position() : `${position()} ("${shorten(title)}")`);
  const givenId = text(raw.id);
  const reject = (message: string) => {
    const problem: Problem = { index, message };
    if (givenId !== undefined) problem.id = givenId;
    problems.push(problem);
  };

  let fatal = false;
  if (title === undefined) {
    reject(`${position()} has no title`);
    fatal = true;
  }

  let date: ParsedDate | undefined;
  if (raw.date === undefined || raw.date === null || raw.date === '') {
    reject(`${label()} has no date`);
  } else if (typeof raw.date !== 'string') {
    reject(`${label()} has a date that is not text: write it in quotes, e.g. "2023-05-03"`);
  } else {
    let parsed = dates.get(raw.date);
    if (!parsed) dates.set(raw.date, (parsed = parseDate(raw.date, zone)));
    if (parsed.ok) date = parsed.value;
    else reject(`${label()}: ${parsed.message}`);
  }
  if (fatal || date === undefined || title === undefined) return undefined;

  const kept: Problem[] = [];
  let explicitId: string | undefined;
  if (raw.id !== undefined && raw.id !== null) {
    if (givenId === undefined) {
      kept.push({ index, message: `${label()} has an empty or non-text id; an id was made from its date and title` });
    } else if (!URL_SAFE_ID.test(givenId)) {
      kept.push({
        index,
        message: `${label()}: id "${givenId}" is not URL-safe: use letters, digits, - and _; an id was made from its date and title`,
      });
    } else {
      const owner = explicitIdOwners.get(givenId);
      if (owner !== undefined) {
        reject(`${label()}: duplicate id "${givenId}": already used by event ${owner + 1}`);
        return undefined;
      }
      explicitIdOwners.set(givenId, index);
      explicitId = givenId;
    }
  }

  const event: TimelineEvent = {
    id: '',
    index,
    title,
    dateText: raw.date as string,
    date,
    status: readStatus(raw.status, label, index, kept),
    tags: readTags(raw.tags),
  };
  const displayDate = text(raw.displayDate);
  if (displayDate !== undefined) event.displayDate = displayDate;
  const description = text(raw.description);
  if (description !== undefined) event.description = description;
  const source = readSource(raw.source, label, index, kept);
  if (source) event.source = source;
  const media = readMedia(raw.media, label, index, kept);
  if (media) event.media = media;
  const group = text(raw.group);
  if (group !== undefined) event.group = group;
  else if (raw.group !== undefined && raw.group !== null && raw.group !== '') {
    kept.push({
      index,
      message: `${label()} has a group that is not text (${describeType(raw.group)}); it is drawn under Other`,
    });
  }

  return { event, date, problems: kept, explicitId };
}

/** An unknown status is shown as `confirmed` (the SPEC's default) and reported. */
function readStatus(value: unknown, label: () => string, index: number, problems: Problem[]): EventStatus {
  if (value === undefined || value === null || value === '') return 'confirmed';
  // Editors type "Reported" or " planned"; those are clear enough to accept silently.
  const normalized = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (STATUSES.includes(normalized as EventStatus)) return normalized as EventStatus;
  const written = typeof value === 'string' ? `"${shorten(value)}"` : describeType(value);
  problems.push({
    index,
    message: `${label()} has an unknown status ${written}; it is shown as confirmed (use confirmed, reported or planned)`,
  });
  return 'confirmed';
}

/**
 * Only absolute http(s) links survive: anything else (javascript:, data:, relative
 * paths that would resolve against the embedding page) is dropped, the name kept.
 */
function readSource(value: unknown, label: () => string, index: number, problems: Problem[]): StorySource | undefined {
  if (typeof value === 'string') {
    const name = value.trim();
    return name === '' ? undefined : { name };
  }
  if (!isObject(value)) return undefined;

  let url: URL | undefined;
  const urlText = text(value.url);
  if (urlText !== undefined) {
    url = httpUrl(urlText);
    if (!url) {
      problems.push({
        index,
        message: `${label()}: the source link "${shorten(urlText)}" is not a full http or https address, so it is not shown as a link`,
      });
    }
  }
  const name = text(value.name) ?? url?.hostname;
  if (name === undefined) return undefined;
  const source: StorySource = { name };
  if (url) source.url = url.href;
  return source;
}

function readTags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return (
    value
      .filter((tag): tag is string => typeof tag === 'string')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '')
      // A copy at its length: filter's array grows, and keeps room for 16 more (2 MB at 100,000).
      .slice()
  );
}

function deriveId(event: TimelineEvent): string {
  return slugify(`${event.dateText}-${event.title}`) || 'event';
}

function describeBadShape(input: unknown): string {
  const expected = 'Expected an array of events or an object with an "events" array';
  if (isObject(input)) {
    return 'events' in input
      ? `${expected}, but "events" is ${describeType(input.events)}`
      : `${expected}, but the object has no "events"`;
  }
  return `${expected}, but got ${describeType(input)}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return TYPE_WORDS[type] ?? `a ${type}`;
}

const TYPE_WORDS: Partial<Record<string, string>> = {
  undefined: 'nothing',
  string: 'text',
  number: 'a number',
  bigint: 'a number',
  boolean: 'true/false',
  object: 'an object',
};

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string): string {
  return text.length > MAX_TITLE_IN_MESSAGE ? `${text.slice(0, MAX_TITLE_IN_MESSAGE - 1)}…` : text;
}
