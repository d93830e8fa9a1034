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
import { parseDate } from './edtf.js';
import { readMedia } from './media.js';
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
  event: Omit<TimelineEvent, 'id'>;
  explicitId?: string;
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
 */
export function normalizeStory(input: unknown): NormalizedStory {
  const story: NormalizedStory = { events: [], problems: [] };
  if (!isStoryShape(input)) {
    story.problems.push({ index: -1, message: describeBadShape(input) });
    return story;
  }
  const rawEvents = (Array.isArray(input) ? input : (input as Fields).events) as unknown[];
  let listedGroups: ReturnType<typeof readGroups>;
  if (isObject(input)) {
    const title = nonEmptyText(input.title);
    if (title !== undefined) story.title = title;
    const summary = nonEmptyText(input.summary);
    if (summary !== undefined) story.summary = summary;
    const lang = nonEmptyText(input.lang);
    if (lang !== undefined) story.lang = lang;
    const eras = readEras(input.eras, story.problems);
    if (eras.length) story.eras = eras;
    listedGroups = readGroups(input.groups, story.problems);
  }

  const candidates: Candidate[] = [];
  const explicitIdOwners = new Map<string, number>();
  rawEvents.forEach((raw, index) => {
    let candidate: Candidate | undefined;
    try {
      candidate = readEvent(raw, index, explicitIdOwners, story.problems);
    } catch {
      // Only exotic inputs (throwing getters, proxies) get here; JSON never does.
      story.problems.push({ index, message: `Event ${index + 1} could not be read` });
    }
    if (candidate) candidates.push(candidate);
  });

  // Derived ids must avoid every explicit id, including ones that appear later in the input.
  const usedIds = new Set(explicitIdOwners.keys());
  const keptProblems: Problem[] = [];
  for (const candidate of candidates) {
    const id = candidate.explicitId ?? uniqueId(deriveId(candidate.event), usedIds);
    usedIds.add(id);
    story.events.push({ id, ...candidate.event });
    for (const problem of candidate.problems) keptProblems.push({ ...problem, id });
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
  story.events.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end || a.index - b.index);
  return story;
}

/** Returns undefined (after recording why) when the event cannot be shown. */
function readEvent(
  raw: unknown,
  index: number,
  explicitIdOwners: Map<string, number>,
  problems: Problem[],
): Candidate | undefined {
  const position = `Event ${index + 1}`;
  if (!isObject(raw)) {
    problems.push({
      index,
      message: `${position} is ${describeType(raw)}, not an object with a "date" and a "title"`,
    });
    return undefined;
  }

  const title = nonEmptyText(raw.title);
  const label = title === undefined ? position : `${position} ("${shorten(title)}")`;
  const givenId = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id.trim() : undefined;
  const reject = (message: string) => {
    const problem: Problem = { index, message };
    if (givenId !== undefined) problem.id = givenId;
    problems.push(problem);
  };

  let fatal = false;
  if (title === undefined) {
    reject(`${position} has no title`);
    fatal = true;
  }

  let date: ParsedDate | undefined;
  if (raw.date === undefined || raw.date === null || raw.date === '') {
    reject(`${label} has no date`);
  } else if (typeof raw.date !== 'string') {
    reject(`${label} has a date that is not text: write it in quotes, e.g. "2023-05-03"`);
  } else {
    const parsed = parseDate(raw.date);
    if (parsed.ok) date = parsed.value;
    else reject(`${label}: ${parsed.message}`);
  }
  if (fatal || date === undefined || title === undefined) return undefined;

  const kept: Problem[] = [];
  let explicitId: string | undefined;
  if (raw.id !== undefined && raw.id !== null) {
    if (givenId === undefined) {
      kept.push({ index, message: `${label} has an empty or non-text id; an id was made from its date and title` });
    } else if (!URL_SAFE_ID.test(givenId)) {
      kept.push({
        index,
        message: `${label}: id "${givenId}" is not URL-safe: use letters, digits, - and _; an id was made from its date and title`,
      });
    } else {
      const owner = explicitIdOwners.get(givenId);
      if (owner !== undefined) {
        reject(`${label}: duplicate id "${givenId}": already used by event ${owner + 1}`);
        return undefined;
      }
      explicitIdOwners.set(givenId, index);
      explicitId = givenId;
    }
  }

  const event: Omit<TimelineEvent, 'id'> = {
    index,
    title,
    dateText: raw.date as string,
    date,
    status: readStatus(raw.status, label, index, kept),
    tags: readTags(raw.tags),
  };
  const displayDate = nonEmptyText(raw.displayDate);
  if (displayDate !== undefined) event.displayDate = displayDate;
  const description = nonEmptyText(raw.description);
  if (description !== undefined) event.description = description;
  const source = readSource(raw.source, label, index, kept);
  if (source) event.source = source;
  const media = readMedia(raw.media, label, index, kept);
  if (media) event.media = media;
  const group = nonEmptyText(raw.group);
  if (group !== undefined) event.group = group;
  else if (raw.group !== undefined && raw.group !== null && raw.group !== '') {
    kept.push({
      index,
      message: `${label} has a group that is not text (${describeType(raw.group)}); it is drawn under Other`,
    });
  }

  const candidate: Candidate = { event, problems: kept };
  if (explicitId !== undefined) candidate.explicitId = explicitId;
  return candidate;
}

/** An unknown status is shown as `confirmed` (the SPEC's default) and reported. */
function readStatus(value: unknown, label: string, index: number, problems: Problem[]): EventStatus {
  if (value === undefined || value === null || value === '') return 'confirmed';
  // Editors type "Reported" or " planned"; those are clear enough to accept silently.
  const normalized = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const known = STATUSES.find((status) => status === normalized);
  if (known) return known;
  const written = typeof value === 'string' ? `"${shorten(value)}"` : describeType(value);
  problems.push({
    index,
    message: `${label} has an unknown status ${written}; it is shown as confirmed (use confirmed, reported or planned)`,
  });
  return 'confirmed';
}

/**
 * Only absolute http(s) links survive: anything else (javascript:, data:, relative
 * paths that would resolve against the embedding page) is dropped, the name kept.
 */
function readSource(value: unknown, label: string, index: number, problems: Problem[]): StorySource | undefined {
  if (typeof value === 'string') {
    const name = value.trim();
    return name === '' ? undefined : { name };
  }
  if (!isObject(value)) return undefined;

  let url: URL | undefined;
  const urlText = nonEmptyText(value.url);
  if (urlText !== undefined) {
    url = parseHttpUrl(urlText);
    if (!url) {
      problems.push({
        index,
        message: `${label}: the source link "${shorten(urlText)}" is not a full http or https address, so it is not shown as a link`,
      });
    }
  }
  const name = nonEmptyText(value.name) ?? url?.hostname;
  if (name === undefined) return undefined;
  const source: StorySource = { name };
  if (url) source.url = url.href;
  return source;
}

function parseHttpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function readTags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((tag): tag is string => typeof tag === 'string')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

function deriveId(event: Omit<TimelineEvent, 'id'>): string {
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
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function shorten(text: string): string {
  return text.length > MAX_TITLE_IN_MESSAGE ? `${text.slice(0, MAX_TITLE_IN_MESSAGE - 1)}…` : text;
}
