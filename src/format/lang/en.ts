import type { UiStrings } from '../words.js';

// en-GB, not en-US: a news component writes "3 May 2023" (day before month),
// which readers everywhere parse without the 3/5 vs 5/3 ambiguity.
const LOCALE = 'en-GB';
// The counts and positions the element words are whole numbers, written here as Intl writes
// them in en-GB (tests/format.test.ts), without making an Intl object: a page's first one loads
// the engine's locale data, and a story's first drawing counts the events in its clusters.
const number = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
/** `n` and a noun, with an s but for one. */
const count = (n: number, noun: string): string => `${number(n)} ${noun}${n * n === 1 ? '' : 's'}`;

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomControls: 'Zoom controls',
  keyboardHelp: 'Plus and minus keys zoom, 0 shows everything, arrow keys move in time.',
  keyboardHelpGroups: 'Up and down arrows move between groups.',
  fit: 'Show all',
  close: 'Close',
  details: 'Details',
  defaultLabel: 'Timeline',

  legendTitle: 'Legend',
  legendDate: 'Date',
  legendStatus: 'Status',
  legendStatusOutline: 'Status (outline)',
  legendGroups: 'Groups',
  otherGroup: 'Other',
  legend: {
    exactDay: 'Exact day',
    duration: 'Duration',
    window: 'Sometime within (uncertain date)',
    fuzzyEdges: 'Approximate / uncertain edges',
  },
  status: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    planned: 'Planned',
  },

  asOf: (date) => `As of ${date}`,
  reportedOn: (date) => `as reported on ${date}`,
  sourceLabel: 'Source:',
  withPhoto: 'with photo',
  withVideo: 'with video',
  withLink: 'with link',
  playVideo: (title) => `Play video: ${title}`,
  periods: 'Periods',
  inPeriods: (n, titles) => `${n > 1 ? 'Periods' : 'Period'}: ${titles}`,

  wheelHint: 'Ctrl + scroll to zoom',
  wheelHintMac: '⌘ + scroll to zoom',
  touchHint: 'Use two fingers to zoom',

  loading: 'Loading…',
  loadError: 'Could not load the timeline',
  errors: {
    network: 'network error',
    httpStatus: (status) => `HTTP status ${status}`,
    invalidJson: 'not valid JSON',
    badShape: 'the data is not in the expected format',
    timeout: 'the request timed out',
    badUrl: (src) => `the address "${src}" is not an http, https or relative URL`,
    tooLarge: (limit) => `the document is larger than ${limit}`,
    tooManyEvents: (limit) => `the document has more than ${number(limit)} events`,
    notATable: (separator, cells) =>
      `it is neither JSON nor a table with “date” and “title” columns (its first line, read as ${{ ',': 'comma', ';': 'semicolon', '\t': 'tab' }[separator]}-separated: ${cells.map((cell) => `“${cell}”`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Could not load the timeline: ${reason}`,
  retry: 'Retry',
  noEvents: 'No event could be shown.',
  moreProblems: (n) => `…and ${count(n, 'more problem')}`,

  eventCount: (n) => count(n, 'event'),
  hiddenEvents: (n) => `${count(n, 'event')} could not be shown`,
  showingRange: (span) => `Showing ${span}`,
  selected: (title) => `Selected: ${title}`,
  selectionCleared: 'Selection cleared',
  previous: 'Previous',
  next: 'Next',
  position: (n, total) => `${number(n)} of ${number(total)}`,
  earlier: (n) => count(n, 'earlier event'),
  later: (n) => count(n, 'later event'),
  gapLater: (gap) => `${gap} later`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${count(n, 'event')}, ${span}. Activate to zoom in.`,

  dates: {
    calendar: {
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    },
    between: (a, b) => `between ${a.text} and ${b.text}`,
    before: (d) => `before ${d.text}`,
    after: (d) => `after ${d.text}`,
    from: (d) => `from ${d.text}`,
    until: (d) => `until ${d.text}`,
    span: (a, b) => `${a.text} to ${b.text}`,
    about: (d) => `about ${d.text}`,
    uncertain: (text) => `${text} (uncertain)`,
    qualifyRange: (text, approximate, uncertain) =>
      approximate && uncertain
        ? `${text} (approximate, uncertain dates)`
        : approximate
          ? `${text} (approximate dates)`
          : uncertain
            ? `${text} (uncertain dates)`
            : text,
  },
};
