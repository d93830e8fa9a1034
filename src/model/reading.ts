/**
 * What the element needs to know about documents written for other tools (CSV, TSV,
 * TimelineJS) before their readers are loaded: how to recognise them, and how to merge a
 * reader's problems into the story's. The readers themselves (`authoring.ts`) are loaded
 * on demand, so pages that give our JSON never download them.
 */
import type { NormalizedStory, Problem, StorySource } from './types.js';
import type { Separator } from './dsv.js';

export interface AuthoredMedia {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  link?: string;
}

/** An event in our JSON format (SPEC "Data"), as a reader writes it. */
export interface AuthoredEvent {
  id?: string;
  date: string;
  title: string;
  displayDate?: string;
  description?: string;
  status?: string;
  source?: StorySource;
  tags?: string[];
  group?: string;
  media?: AuthoredMedia;
}

export interface AuthoredEra {
  id?: string;
  date: string;
  title: string;
}

/** A document in our JSON format, made from another one. */
export interface AuthoredDocument {
  title?: string;
  summary?: string;
  events: AuthoredEvent[];
  eras?: AuthoredEra[];
  groups?: { id: string; title: string }[];
}

/** A reader's result: our document, what it could not carry over, and where each event came from. */
export interface Reading {
  document: AuthoredDocument;
  problems: Problem[];
  /** For a table: the row (counted as a spreadsheet does, the header is row 1) of each event. */
  rows?: number[];
  /** For a table: where each of its rows, the header first, starts in the text. */
  starts?: number[];
  /** A table whose header names neither date and title columns nor TimelineJS's: it is no story at all. */
  notATable?: UnknownHeader;
  /** The story made from `document`, with these problems merged into its own. */
  finish(story: NormalizedStory): NormalizedStory;
}

/** A header row that was not understood: how it was split, and its first cells (each cut short). */
export interface UnknownHeader {
  separator: Separator;
  cells: string[];
}

/** What a reader gives: the document in our format and its problems, before `finish`. */
export type ReaderResult = Omit<Reading, 'finish'>;

/** A document the on-demand readers take. */
export type Authored = { kind: 'csv' | 'tsv'; text: string } | { kind: 'timelinejs'; value: unknown };

export type TextKind = 'json' | 'csv' | 'tsv';

/** A TimelineJS document: its first event's `start_date` is an object (`{ year, month?, … }`). */
export function isTimelineJs(value: unknown): boolean {
  const events = (value as { events?: { start_date?: unknown }[] } | null)?.events;
  return Array.isArray(events) && typeof events[0]?.start_date === 'object' && events[0].start_date !== null;
}

/** By the response's content type, else the URL's extension, else the text's first characters. */
export function textKind(contentType: string | null, path: string, text: string): TextKind {
  const named = (/(csv|tab-sep|json)/i.exec(contentType ?? '') ?? /\.(csv|tsv|json)$/i.exec(path))?.[1]!.toLowerCase();
  if (named) return named === 'tab-sep' ? 'tsv' : (named as TextKind);
  const line = /^\uFEFF?\s*(.*)/.exec(text)![1]!;
  return !line || /^[[{]/.test(line) ? 'json' : line.includes('\t') ? 'tsv' : 'csv';
}
