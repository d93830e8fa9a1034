/**
 * The shape of one language: the words of the interface and the grammar of dates.
 * Types only, so the language files (`./lang/*.ts`) depend on nothing at run time and
 * can be loaded on their own (see `./strings.ts`).
 */
import type { EventStatus, Precision } from '../model/types.js';

/** Writing direction of a language, as in the HTML `dir` attribute. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * A date already worded in the language, with the precision it was worded at:
 * French, Spanish and German choose their preposition by it ("du 3 mai" but
 * "de janvier", "ab dem 3. Mai" but "ab Januar").
 * `text` may be a shortened end of a range: "21" in "21–31 January 2023", "31日" in
 * "2023年1月21日～31日".
 */
export interface DatePhrase {
  text: string;
  precision: Precision;
  /** The date itself (UTC ms), for a language that words it again in another case (Polish "od kwietnia"). */
  time: number;
}

/**
 * The forms of a date the first drawing words, by the fields they hold: `d` the day, `MMMM`
 * the month's name, `MMM` its short name, `y` the year.
 */
export type CalendarSkeleton = 'y' | 'yMMMM' | 'yMMMMd' | 'MMMMd' | 'MMM' | 'yMMM' | 'yMMMd' | 'MMMd';

/**
 * A language's own month names and date patterns, as `Intl.DateTimeFormat` words them in UTC
 * (tests hold the two together): with them the common dates are worded without `Intl`,
 * whose first use on a page loads the browser's locale data (tens of milliseconds on a phone).
 * A pattern holds the fields `{d}`, `{MMMM}`, `{MMM}` and `{y}`; the rest is written as it is.
 */
export interface CalendarWords {
  /** January to December, as written with a day ("3 May 2023"). */
  months: readonly string[];
  /** Their short forms, on the axis. */
  monthsShort: readonly string[];
  /** A form's own month names, where they are not those above (Polish "maj 2023" but "3 maja 2023"). */
  monthsIn?: Readonly<Partial<Record<CalendarSkeleton, readonly string[]>>>;
  /**
   * A form left out is worded by `Intl` (where engines disagree, so that each keeps its own).
   * Without patterns, a language writes the day, the month, then the year, with spaces
   * (`DAY_MONTH_YEAR` in `calendar-words.ts`).
   */
  patterns?: Readonly<Partial<Record<CalendarSkeleton, string>>>;
}

/** The grammar of dates in one language; `src/format/dates.ts` does the calendar work. */
export interface DateWords {
  /** Month names and patterns to word dates without `Intl`, where the language has them. */
  calendar?: CalendarWords;
  /**
   * Between the two ends of a range when the shortened end is one word: "11–12 July 2023",
   * "2020–2023". `–` when left out.
   */
  rangeDash?: string;
  /** Between two ends that both carry more than one word: "30 June – 2 July 2023". ` – ` when left out. */
  spacedRangeDash?: string;
  /** Replaces the day number on the 1st of a month, where the language writes it apart ("1er mai"). */
  firstOfMonth?: string;
  /** One moment somewhere in a closed set: "between 21 and 31 January 2023". */
  between(start: DatePhrase, end: DatePhrase): string;
  /** One moment in a set open at the start: "before 10 July 2023". */
  before(end: DatePhrase): string;
  /** One moment in a set open at the end: "after January 2023". */
  after(start: DatePhrase): string;
  /** A duration with an open end: "from 11 July 2023". */
  from(start: DatePhrase): string;
  /** A duration with an open start: "until 12 July 2023". */
  until(end: DatePhrase): string;
  /** A stretch of time read aloud (visible range, cluster): "3 May to 12 July 2023". */
  span(start: DatePhrase, end: DatePhrase): string;
  /** A single approximate date (EDTF `~`): "about January 2023". */
  about(date: DatePhrase): string;
  /** A single uncertain date (EDTF `?`), `text` possibly already "about …". */
  uncertain(text: string): string;
  /** Marks a range or open date whose ends are approximate and/or uncertain. */
  qualifyRange(text: string, approximate: boolean, uncertain: boolean): string;
}

export interface UiStrings {
  /** BCP 47 locale handed to `Intl` for this language's dates and numbers. */
  locale: string;
  /** Writing direction: `rtl` for Arabic and Hebrew. */
  dir: TextDirection;

  zoomIn: string;
  zoomOut: string;
  /** Name of the group of zoom buttons. */
  zoomControls: string;
  /** How to use the keyboard on the timeline, read with its name. */
  keyboardHelp: string;
  /** Added to `keyboardHelp` when the events are in groups. */
  keyboardHelpGroups: string;
  /** The "fit" control: show every event. */
  fit: string;
  close: string;
  details: string;
  /** Accessible name when neither `label` nor the data's title is given. */
  defaultLabel: string;

  legendTitle: string;
  /** Headings of the legend's two groups: the shapes of the dates, and the statuses. */
  legendDate: string;
  legendStatus: string;
  /** The statuses' heading when groups have colours: status is then the mark's outline alone. */
  legendStatusOutline: string;
  /** Heading of the groups' colours in the legend. */
  legendGroups: string;
  /** The last band: events without a group. */
  otherGroup: string;
  legend: {
    exactDay: string;
    duration: string;
    /** A year, month or one-of set: it happened at one moment inside. */
    window: string;
    fuzzyEdges: string;
  };
  /** Used by the legend and on each event. */
  status: Record<EventStatus, string>;

  /** The "as of" marker; `date` comes from `formatDay`. */
  asOf(date: string): string;
  /** After a source name: "Nikkei, as reported on 3 May 2023". */
  reportedOn(date: string): string;
  /** Followed by the source's name. */
  sourceLabel: string;

  /** Added to the accessible name of an event with a picture, a video or a link card. */
  withPhoto: string;
  withVideo: string;
  withLink: string;
  /** The video poster's button: "Play video: <title>". */
  playVideo(title: string): string;
  /** Name of the list of eras (periods). */
  periods: string;
  /** In the card: the `n` eras the event falls in, their titles joined ("Period: The Cold War"). */
  inPeriods(n: number, titles: string): string;

  wheelHint: string;
  wheelHintMac: string;
  touchHint: string;

  loading: string;
  loadError: string;
  errors: {
    network: string;
    httpStatus(status: number): string;
    invalidJson: string;
    badShape: string;
    timeout: string;
    /** `src` is not an http(s) or relative URL. */
    badUrl(src: string): string;
    /** The document is bigger than the limit, e.g. "20 MB". */
    tooLarge(limit: string): string;
    /** The document holds more events than the limit. */
    tooManyEvents(limit: number): string;
    /**
     * Neither a story nor a table with date and title columns: the separator its first line
     * was split at, and that line's first cells (the column names are said as they must be written).
     */
    notATable(separator: ',' | ';' | '\t', cells: string[]): string;
  };
  /** `loadError` with one of `errors` as the reason. */
  loadErrorBecause(reason: string): string;
  retry: string;
  /** Shown, with the first problems, instead of a bare axis when no event of the data could be shown. */
  noEvents: string;
  /** After those problems: how many more there are ("…and 4 more problems"). */
  moreProblems(n: number): string;

  eventCount(n: number): string;
  /** Summary of `.problems`. */
  hiddenEvents(n: number): string;
  /** Live-region text after a zoom or pan; `span` comes from `formatSpan`. */
  showingRange(span: string): string;
  selected(title: string): string;
  selectionCleared: string;
  /** The detail card's steps through the story. */
  previous: string;
  next: string;
  /** Where the reader is in the story: "3 of 6". */
  position(n: number, total: number): string;
  /** Edge cues: events wholly before or after the window ("5 earlier events"). */
  earlier(n: number): string;
  later(n: number): string;
  /** A long empty stretch folded in the vertical timeline: "14 months later"; `gap` is worded by `Intl`. */
  gapLater(gap: string): string;
  /** An event's accessible name: "Planned: Opening of the office, 2024". */
  eventName(status: string, title: string, date: string): string;
  /** Accessible name of a cluster; `span` comes from `formatSpan`. */
  cluster(n: number, span: string): string;

  dates: DateWords;
}
