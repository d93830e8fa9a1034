/**
 * What a template can give <story-timeline>, shared by the React, Preact and Vue typings
 * beside this file (the package's `story-timeline/react`, `/preact` and `/vue` entry
 * points). Type-only: nothing here ends up in a bundle.
 */
import type {
  StoryData,
  StoryErrorDetail,
  StoryEvent,
  StoryLoadDetail,
  StoryRangeDetail,
  StorySelectDetail,
  WheelMode,
  Orientation,
} from '../index.js';

/** The element's attributes (as written in HTML) and its two object properties. */
export interface StoryTimelineAttributes {
  /** URL of the JSON to load: http, https or relative. */
  src?: string;
  /** Language of the interface and the dates (BCP 47). */
  lang?: string;
  /** Accessible name; else the data's title. */
  label?: string;
  /** Start of the first window shown (a date as in the data). */
  start?: string;
  /** End of the first window shown (inclusive). */
  end?: string;
  /** Id of the selected event (`last` for the latest). */
  selected?: string;
  /** Date of the "as of" line, e.g. the article's date. */
  'as-of'?: string;
  /** The "as of" line's own wording. */
  'as-of-label'?: string;
  /** `ctrl` (default): Ctrl/⌘ + wheel zooms. `free`: the wheel zooms. */
  wheel?: WheelMode;
  /** Deep links: `#event-<id>` in the page's address. */
  hash?: boolean;
  /** How long to wait for `src`, in milliseconds. */
  timeout?: number;
  /** Hides the title card. */
  'no-title'?: boolean;
  /** IANA zone in which times of day are shown (default `UTC`). */
  'time-zone'?: string;
  /** Comma-separated group ids: only these groups are drawn. */
  'show-groups'?: string;
  /** `horizontal` (default), `vertical` (down the page beside a rail) or `auto` (vertical when narrow). */
  orientation?: Orientation;
  /** Else from the language; in `rtl`, time runs from right to left. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Events, set as a property. */
  events?: StoryEvent[];
  /** The whole document, set as a property. */
  data?: StoryData;
}

/** The element's events, by name, as the listener receives them. */
export interface StoryTimelineEventMap {
  'story-load': CustomEvent<StoryLoadDetail>;
  'story-error': CustomEvent<StoryErrorDetail>;
  'story-select': CustomEvent<StorySelectDetail>;
  'story-rangechange': CustomEvent<StoryRangeDetail>;
}

/**
 * Listeners as React 19 and Preact take them on a custom element: `on` and the event's
 * exact name (`onstory-select`).
 */
export type StoryTimelineHandlers = {
  [Name in keyof StoryTimelineEventMap as `on${Name}`]?: (event: StoryTimelineEventMap[Name]) => void;
};
