import type { DatePhrase, UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'de';
const { number, pick, count } = counting(LOCALE);

// A day takes the dative article ("vor dem 10. Juli"), a month or a year does not.
const isDay = (d: DatePhrase): boolean => d.precision === 'day';
const dem = (d: DatePhrase): string => (isDay(d) ? `dem ${d.text}` : d.text);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomControls: 'Zoomsteuerung',
  keyboardHelp: 'Plus- und Minustaste zoomen, 0 zeigt alles, die Pfeiltasten bewegen sich in der Zeit.',
  keyboardHelpGroups: 'Die Pfeiltasten nach oben und unten wechseln zwischen den Gruppen.',
  fit: 'Alles anzeigen',
  close: 'Schließen',
  details: 'Details',
  defaultLabel: 'Zeitleiste',

  legendTitle: 'Legende',
  legendDate: 'Datum',
  legendStatus: 'Status',
  legendStatusOutline: 'Status (Umriss)',
  legendGroups: 'Gruppen',
  otherGroup: 'Sonstige',
  legend: {
    exactDay: 'Genauer Tag',
    duration: 'Dauer',
    window: 'Irgendwann im Zeitraum (unsicheres Datum)',
    fuzzyEdges: 'Ungefähre oder unsichere Grenzen',
  },
  status: {
    confirmed: 'Bestätigt',
    reported: 'Gemeldet',
    planned: 'Geplant',
  },

  asOf: (date) => `Stand: ${date}`,
  reportedOn: (date) => `laut Bericht vom ${date}`,
  sourceLabel: 'Quelle:',
  withPhoto: 'mit Foto',
  withVideo: 'mit Video',
  withLink: 'mit Link',
  playVideo: (title) => `Video abspielen: ${title}`,
  periods: 'Zeiträume',
  inPeriods: (n, titles) => `${n > 1 ? 'Zeiträume' : 'Zeitraum'}: ${titles}`,

  wheelHint: 'Strg + Scrollen zum Zoomen',
  wheelHintMac: '⌘ + Scrollen zum Zoomen',
  touchHint: 'Zum Zoomen zwei Finger verwenden',

  loading: 'Wird geladen…',
  loadError: 'Die Zeitleiste konnte nicht geladen werden',
  errors: {
    network: 'Netzwerkfehler',
    httpStatus: (status) => `HTTP-Status ${status}`,
    invalidJson: 'kein gültiges JSON',
    badShape: 'die Daten haben nicht das erwartete Format',
    timeout: 'Zeitüberschreitung der Anfrage',
    badUrl: (src) => `die Adresse „${src}“ ist keine http-, https- oder relative URL`,
    tooLarge: (limit) => `das Dokument ist größer als ${limit}`,
    tooManyEvents: (limit) => `das Dokument enthält mehr als ${number(limit)} Ereignisse`,
    notATable: (separator, cells) =>
      `es ist weder JSON noch eine Tabelle mit den Spalten „date“ und „title“ (die erste Zeile, mit ${{ ',': 'Komma', ';': 'Semikolon', '\t': 'Tabulator' }[separator]} als Trennzeichen gelesen: ${cells.map((cell) => `„${cell}“`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Die Zeitleiste konnte nicht geladen werden: ${reason}`,
  retry: 'Erneut versuchen',
  noEvents: 'Kein Ereignis konnte angezeigt werden.',
  moreProblems: (n) => `…und ${count(n, 'weiteres Problem', 'weitere Probleme')}`,

  eventCount: (n) => count(n, 'Ereignis', 'Ereignisse'),
  hiddenEvents: (n) => `${count(n, 'Ereignis', 'Ereignisse')} ${pick(n, 'konnte', 'konnten')} nicht angezeigt werden`,
  showingRange: (span) => `Angezeigt: ${span}`,
  selected: (title) => `Ausgewählt: ${title}`,
  selectionCleared: 'Auswahl aufgehoben',
  previous: 'Zurück',
  next: 'Weiter',
  position: (n, total) => `${number(n)} von ${number(total)}`,
  earlier: (n) => count(n, 'früheres Ereignis', 'frühere Ereignisse'),
  later: (n) => count(n, 'späteres Ereignis', 'spätere Ereignisse'),
  gapLater: (gap) => `${gap} später`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${count(n, 'Ereignis', 'Ereignisse')}, ${span}. Zum Vergrößern aktivieren.`,

  dates: {
    calendar: {
      months: [
        'Januar',
        'Februar',
        'März',
        'April',
        'Mai',
        'Juni',
        'Juli',
        'August',
        'September',
        'Oktober',
        'November',
        'Dezember',
      ],
      monthsShort: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
      monthsIn: {
        MMM: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
      },
      patterns: {
        y: '{y}',
        yMMMM: '{MMMM} {y}',
        yMMMMd: '{d}. {MMMM} {y}',
        MMMMd: '{d}. {MMMM}',
        MMM: '{MMM}',
        yMMM: '{MMM} {y}',
        yMMMd: '{d}. {MMM} {y}',
        MMMd: '{d}. {MMM}',
      },
    },
    between: (start, end) => `zwischen ${dem(start)} und ${dem(end)}`,
    before: (d) => `vor ${dem(d)}`,
    after: (d) => `nach ${dem(d)}`,
    from: (d) => `ab ${dem(d)}`,
    until: (d) => (isDay(d) ? `bis zum ${d.text}` : `bis ${d.text}`),
    span: (start, end) => `${start.text} bis ${end.text}`,
    // "um den 3. Mai" is the idiom for a day; "etwa" for a month or a year.
    about: (d) => (isDay(d) ? `um den ${d.text}` : `etwa ${d.text}`),
    uncertain: (text) => `${text} (unsicher)`,
    qualifyRange: rangeNotes(' (Daten ungefähr und unsicher)', ' (Daten ungefähr)', ' (Daten unsicher)'),
  },
};
