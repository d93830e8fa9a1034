/** The data a newsroom gives us, as SPEC.md describes it. */

export type Precision = 'day' | 'month' | 'year';

/**
 * How an event occupies time:
 * - `instant`: one known day (or finer);
 * - `duration`: it lasted from start to end (an EDTF interval `a/b`);
 * - `window`: it happened at one moment somewhere inside [start, end)
 *   (a year or month date, or a one-of set `[a..b]`).
 */
export type EventKind = 'instant' | 'duration' | 'window';

export type EventStatus = 'confirmed' | 'reported' | 'planned';

/** `ctrl`: Ctrl/⌘ + wheel zooms and a plain wheel scrolls the page. `free`: the wheel zooms. */
export type WheelMode = 'ctrl' | 'free';

export interface StorySource {
  name: string;
  url?: string;
}

/** One event as written in the data (JSON, `.events`, light DOM). */
export interface StoryEvent {
  id?: string;
  date: string;
  title: string;
  displayDate?: string;
  description?: string;
  status?: EventStatus;
  source?: StorySource;
  tags?: string[];
  media?: StoryMedia;
  /** The id of the group (a track) it belongs to; see `StoryData.groups`. */
  group?: string;
}

/**
 * A picture, a video or a link shown in the event's card. Images need `alt`; YouTube and
 * Vimeo links are loaded only when the reader presses play.
 */
export interface StoryMedia {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  /** Where the picture leads when clicked (http(s) only). */
  link?: string;
  /** Else guessed from the URL: an image type, a YouTube or Vimeo address, else a link. */
  kind?: 'image' | 'video' | 'link';
}

/** A period drawn as a labelled band behind the events. */
export interface StoryEra {
  id?: string;
  /** An interval, a month or a year, in the events' date syntax. */
  date: string;
  title: string;
  /** `grey`, `blue`, `green`, `yellow`, `red`, `purple`, or any name read from `--story-era-<name>`; else the palette in turn. */
  color?: string;
}

/** A track of events (an actor, a desk, a place): drawn as its own band of lanes. */
export interface StoryGroup {
  id: string;
  title: string;
  /** A colour name of the eras' vocabulary, read from `--story-group-<name>`; its events are drawn in it. */
  color?: string;
}

/** The whole document. */
export interface StoryData {
  title?: string;
  /** One or two sentences for the title card. */
  summary?: string;
  lang?: string;
  events: StoryEvent[];
  eras?: StoryEra[];
  /** The groups in drawing order; else in the order the events first name them. */
  groups?: StoryGroup[];
}

/** One calendar date as written, before it becomes milliseconds. */
export interface CalendarDate {
  year: number;
  /** 1–12 when precision is month or day. */
  month?: number;
  /** 1–31 when precision is day. */
  day?: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/** A parsed EDTF-subset date, in UTC milliseconds. */
export interface ParsedDate {
  kind: EventKind;
  /** Inclusive start, UTC ms. For an open start, the start of the known end. */
  start: number;
  /** Exclusive end, UTC ms (the day after the last day). For an open end, the end of the known start. */
  end: number;
  /** The finest precision among the written parts. */
  precision: Precision;
  /** Any part marked `~` or `%`. */
  approximate: boolean;
  /** Any part marked `?` or `%`. */
  uncertain: boolean;
  /** The first written date; absent when the start is open (`..`). */
  from?: CalendarDate;
  /** The last written date; absent when the end is open (`..`). Same as `from` for a single date. */
  to?: CalendarDate;
  openStart: boolean;
  openEnd: boolean;
}

/** An event that passed validation, ready for layout. */
export interface TimelineEvent {
  id: string;
  /** Position in the input, for `.problems` and stable ordering. */
  index: number;
  title: string;
  /** The date exactly as written in the data. */
  dateText: string;
  date: ParsedDate;
  displayDate?: string;
  description?: string;
  status: EventStatus;
  /** `url` is kept only when it is http(s). */
  source?: StorySource;
  tags: string[];
  media?: EventMedia;
  /** The id of one of the story's `groups`; absent for an event drawn under "Other". */
  group?: string;
}

/** An event's media as it will be shown: its kind settled, its URLs checked. */
export interface EventMedia {
  /** `youtube` and `vimeo` are click-to-load players; `link` is a card with the URL's host. */
  kind: 'image' | 'youtube' | 'vimeo' | 'link';
  /** The address as written (http(s) or relative for an image, absolute otherwise). */
  url: string;
  /** The privacy-enhanced player's address, for `youtube` and `vimeo`. */
  player?: string;
  /** Always set for an image (`''` when the data gave none, which is a problem). */
  alt?: string;
  caption?: string;
  credit?: string;
  /** An http(s) link for the picture. */
  link?: string;
}

/** An era that passed validation. */
export interface TimelineEra {
  id: string;
  title: string;
  dateText: string;
  date: ParsedDate;
  /** A CSS-safe colour name: one of the palette's, or one read from `--story-era-<name>`. */
  color: string;
}

/** A group that passed validation. */
export interface TimelineGroup {
  id: string;
  title: string;
  /** A CSS-safe colour name, as an era's; absent when the events keep their status colours. */
  color?: string;
}

/** Something that could not be shown, and why. */
export interface Problem {
  index: number;
  id?: string;
  message: string;
  /** For a CSV or TSV document: the row it is about, counted as a spreadsheet does (the header is row 1). */
  row?: number;
}

/** What `normalizeStory` returns: sorted events plus what was rejected. */
export interface NormalizedStory {
  title?: string;
  summary?: string;
  lang?: string;
  events: TimelineEvent[];
  /** Sorted by start; absent when the document has none. */
  eras?: TimelineEra[];
  /** In drawing order; absent when no event has a group. */
  groups?: TimelineGroup[];
  problems: Problem[];
}
