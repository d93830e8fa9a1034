import type { UiStrings } from '../words.js';
import { counting, genitiveMonth, rangeNotes } from './common.js';

const LOCALE = 'pl';
const { plural, number } = counting(LOCALE);
// one: 1; few: 2–4, 22–24…; many: 0, 5–21…; other: fractions.
const FORMS: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń' };
const events = (n: number): string => `${number(n)} ${FORMS[plural(n)] ?? 'wydarzenia'}`;

// Intl writes a month with its year in the nominative ("kwiecień 2023"); after "od",
// "do" and "około" it takes the genitive, the form Intl uses in a full date ("3 kwietnia").
const genitive = genitiveMonth(LOCALE);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Powiększ',
  zoomOut: 'Pomniejsz',
  zoomControls: 'Powiększenie',
  keyboardHelp: 'Klawisze plus i minus zmieniają powiększenie, 0 pokazuje całość, strzałki przesuwają w czasie.',
  keyboardHelpGroups: 'Strzałki w górę i w dół przechodzą między grupami.',
  fit: 'Pokaż wszystko',
  close: 'Zamknij',
  details: 'Szczegóły',
  defaultLabel: 'Oś czasu',

  legendTitle: 'Legenda',
  legendDate: 'Data',
  legendStatus: 'Status',
  legendStatusOutline: 'Status (obrys)',
  legendGroups: 'Grupy',
  otherGroup: 'Inne',
  legend: {
    exactDay: 'Dokładny dzień',
    duration: 'Czas trwania',
    window: 'W pewnym momencie okresu (data niepewna)',
    fuzzyEdges: 'Przybliżony lub niepewny początek i koniec',
  },
  status: {
    confirmed: 'Potwierdzone',
    reported: 'Według doniesień',
    planned: 'Planowane',
  },

  asOf: (date) => `Stan na ${date}`,
  reportedOn: (date) => `według doniesień z ${date}`,
  sourceLabel: 'Źródło:',

  withPhoto: 'ze zdjęciem',
  withVideo: 'z filmem',
  withLink: 'z odnośnikiem',
  playVideo: (title) => `Odtwórz film: ${title}`,
  periods: 'Okresy',
  inPeriods: (n, titles) => `${n > 1 ? 'Okresy' : 'Okres'}: ${titles}`,

  wheelHint: 'Ctrl + kółko myszy, aby powiększyć',
  wheelHintMac: '⌘ + przewijanie, aby powiększyć',
  touchHint: 'Powiększaj dwoma palcami',

  loading: 'Wczytywanie…',
  loadError: 'Nie udało się wczytać osi czasu',
  errors: {
    network: 'błąd sieci',
    httpStatus: (status) => `status HTTP ${status}`,
    invalidJson: 'nieprawidłowy JSON',
    badShape: 'dane mają nieoczekiwany format',
    timeout: 'przekroczono czas oczekiwania',
    badUrl: (src) => `adres „${src}” nie jest adresem http, https ani względnym`,
    tooLarge: (limit) => `dokument przekracza ${limit}`,
    tooManyEvents: (limit) => `dokument zawiera ponad ${number(limit)} wydarzeń`,
    notATable: (separator, cells) =>
      `to nie jest ani JSON, ani tabela z kolumnami „date” i „title” (pierwszy wiersz odczytany z separatorem: ${{ ',': 'przecinek', ';': 'średnik', '\t': 'tabulator' }[separator]}: ${cells.map((cell) => `„${cell}”`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Nie udało się wczytać osi czasu: ${reason}`,
  retry: 'Spróbuj ponownie',
  noEvents: 'Nie udało się pokazać żadnego wydarzenia.',
  moreProblems: (n) =>
    `…i jeszcze ${number(n)} ${({ one: 'problem', few: 'problemy' } as Partial<Record<Intl.LDMLPluralRule, string>>)[plural(n)] ?? 'problemów'}`,

  eventCount: events,
  // A count after a colon needs no agreement with the verb.
  hiddenEvents: (n) => `Niepokazane wydarzenia: ${number(n)}`,
  showingRange: (span) => `Widoczny okres: ${span}`,
  selected: (title) => `Wybrano: ${title}`,
  selectionCleared: 'Wybór wyczyszczony',
  previous: 'Poprzednie',
  next: 'Następne',
  position: (n, total) => `${number(n)} z ${number(total)}`,
  earlier: (n) => `Wcześniej: ${events(n)}`,
  later: (n) => `Później: ${events(n)}`,
  gapLater: (gap) => `${gap} później`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. Aktywuj, aby powiększyć.`,

  dates: {
    calendar: {
      months: [
        'stycznia',
        'lutego',
        'marca',
        'kwietnia',
        'maja',
        'czerwca',
        'lipca',
        'sierpnia',
        'września',
        'października',
        'listopada',
        'grudnia',
      ],
      monthsShort: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
      monthsIn: {
        yMMMM: [
          'styczeń',
          'luty',
          'marzec',
          'kwiecień',
          'maj',
          'czerwiec',
          'lipiec',
          'sierpień',
          'wrzesień',
          'październik',
          'listopad',
          'grudzień',
        ],
      },
    },
    // "między" wants the instrumental, which Intl does not give for months and years.
    between: (start, end) =>
      start.precision === 'day' ? `między ${start.text} a ${end.text}` : `w okresie ${start.text}–${end.text}`,
    before: (d) => (d.precision === 'month' ? `przed końcem ${genitive(d)}` : `przed ${d.text}`),
    after: (d) => (d.precision === 'month' ? `od ${genitive(d)}` : `po ${d.text}`),
    from: (d) => `od ${genitive(d)}`,
    until: (d) => `do ${genitive(d)}`,
    span: (start, end) => `od ${genitive(start)} do ${genitive(end)}`,
    about: (d) => `około ${genitive(d)}`,
    uncertain: (text) => `${text} (niepewne)`,
    qualifyRange: rangeNotes(' (daty przybliżone i niepewne)', ' (daty przybliżone)', ' (daty niepewne)'),
  },
};
