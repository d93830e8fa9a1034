import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'nl';
const { number, pick, count } = counting(LOCALE);
const events = (n: number): string => count(n, 'gebeurtenis', 'gebeurtenissen');

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  zoomControls: 'Zoomknoppen',
  keyboardHelp: 'Met plus en min zoomt u, 0 toont alles, met de pijltoetsen gaat u door de tijd.',
  keyboardHelpGroups: 'Met de pijltoetsen omhoog en omlaag gaat u naar een andere groep.',
  fit: 'Alles tonen',
  close: 'Sluiten',
  details: 'Details',
  defaultLabel: 'Tijdlijn',

  legendTitle: 'Legenda',
  legendDate: 'Datum',
  legendStatus: 'Status',
  legendStatusOutline: 'Status (omtrek)',
  legendGroups: 'Groepen',
  otherGroup: 'Overig',
  legend: {
    exactDay: 'Precieze dag',
    duration: 'Duur',
    window: 'Ergens binnen de periode (datum onzeker)',
    fuzzyEdges: 'Begin of eind bij benadering of onzeker',
  },
  status: {
    confirmed: 'Bevestigd',
    reported: 'Volgens berichten',
    planned: 'Gepland',
  },

  asOf: (date) => `Stand van ${date}`,
  reportedOn: (date) => `volgens een bericht van ${date}`,
  sourceLabel: 'Bron:',

  withPhoto: 'met foto',
  withVideo: 'met video',
  withLink: 'met link',
  playVideo: (title) => `Video afspelen: ${title}`,
  periods: 'Perioden',
  inPeriods: (n, titles) => `${n > 1 ? 'Perioden' : 'Periode'}: ${titles}`,

  wheelHint: 'Ctrl + scrollen om te zoomen',
  wheelHintMac: '⌘ + scrollen om te zoomen',
  touchHint: 'Zoom met twee vingers',

  loading: 'Bezig met laden…',
  loadError: 'De tijdlijn kon niet worden geladen',
  errors: {
    network: 'netwerkfout',
    httpStatus: (status) => `HTTP-status ${status}`,
    invalidJson: 'geen geldige JSON',
    badShape: 'de gegevens hebben niet de verwachte vorm',
    timeout: 'het verzoek duurde te lang',
    badUrl: (src) => `het adres ‘${src}’ is geen http-, https- of relatieve URL`,
    tooLarge: (limit) => `het document is groter dan ${limit}`,
    tooManyEvents: (limit) => `het document bevat meer dan ${number(limit)} gebeurtenissen`,
    notATable: (separator, cells) =>
      `het is geen JSON en geen tabel met de kolommen ‘date’ en ‘title’ (de eerste regel, gelezen met ${{ ',': 'een komma', ';': 'een puntkomma', '\t': 'een tab' }[separator]} als scheidingsteken: ${cells.map((cell) => `‘${cell}’`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `De tijdlijn kon niet worden geladen: ${reason}`,
  retry: 'Opnieuw proberen',
  noEvents: 'Er kon geen enkele gebeurtenis worden getoond.',
  moreProblems: (n) => `…en nog ${count(n, 'probleem', 'problemen')}`,

  eventCount: events,
  hiddenEvents: (n) => `${events(n)} ${pick(n, 'kon', 'konden')} niet worden getoond`,
  showingRange: (span) => `Zichtbaar: ${span}`,
  selected: (title) => `Geselecteerd: ${title}`,
  selectionCleared: 'Selectie opgeheven',
  previous: 'Vorige',
  next: 'Volgende',
  position: (n, total) => `${number(n)} van ${number(total)}`,
  earlier: (n) => `${events(n)} eerder`,
  later: (n) => `${events(n)} later`,
  gapLater: (gap) => `${gap} later`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. Activeer om in te zoomen.`,

  dates: {
    calendar: {
      months: [
        'januari',
        'februari',
        'maart',
        'april',
        'mei',
        'juni',
        'juli',
        'augustus',
        'september',
        'oktober',
        'november',
        'december',
      ],
      monthsShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    },
    between: (start, end) => `tussen ${start.text} en ${end.text}`,
    before: (d) => `vóór ${d.text}`,
    after: (d) => `na ${d.text}`,
    from: (d) => `vanaf ${d.text}`,
    // The last day counts: "tot en met", not the ambiguous "tot".
    until: (d) => `tot en met ${d.text}`,
    span: (start, end) => `${start.text} tot en met ${end.text}`,
    about: (d) => `rond ${d.text}`,
    uncertain: (text) => `${text} (onzeker)`,
    qualifyRange: rangeNotes(' (data bij benadering en onzeker)', ' (data bij benadering)', ' (data onzeker)'),
  },
};
