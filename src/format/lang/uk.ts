import type { UiStrings } from '../words.js';
import { counting, genitiveMonth, rangeNotes } from './common.js';

const LOCALE = 'uk';
const { plural, number } = counting(LOCALE);
// one: 1, 21…; few: 2–4, 22–24…; many: 0, 5–20…; other: fractions.
const FORMS: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'подія', few: 'події', many: 'подій' };
const events = (n: number): string => `${number(n)} ${FORMS[plural(n)] ?? 'події'}`;

// Intl writes a month with its year in the nominative ("квітень 2023 р."); after "з",
// "до", "близько" it takes the genitive, the form Intl uses in a full date ("3 квітня").
const genitive = genitiveMonth(LOCALE);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  zoomControls: 'Масштаб',
  keyboardHelp: 'Клавіші плюс і мінус змінюють масштаб, 0 показує все, стрілки переміщують у часі.',
  keyboardHelpGroups: 'Стрілки вгору та вниз переходять між групами.',
  fit: 'Показати все',
  close: 'Закрити',
  details: 'Докладніше',
  defaultLabel: 'Хронологія',

  legendTitle: 'Умовні позначення',
  legendDate: 'Дата',
  legendStatus: 'Статус',
  legendStatusOutline: 'Статус (контур)',
  legendGroups: 'Групи',
  otherGroup: 'Інше',
  legend: {
    exactDay: 'Точний день',
    duration: 'Тривалість',
    window: 'У певний момент періоду (дата непевна)',
    fuzzyEdges: 'Приблизні або непевні межі',
  },
  status: {
    confirmed: 'Підтверджено',
    reported: 'За повідомленнями',
    planned: 'Заплановано',
  },

  asOf: (date) => `Станом на ${date}`,
  reportedOn: (date) => `за повідомленням від ${date}`,
  sourceLabel: 'Джерело:',

  withPhoto: 'з фото',
  withVideo: 'з відео',
  withLink: 'з посиланням',
  playVideo: (title) => `Відтворити відео: ${title}`,
  periods: 'Періоди',
  inPeriods: (n, titles) => `${n > 1 ? 'Періоди' : 'Період'}: ${titles}`,

  wheelHint: 'Ctrl + коліщатко миші для масштабу',
  wheelHintMac: '⌘ + прокручування для масштабу',
  touchHint: 'Масштабуйте двома пальцями',

  loading: 'Завантаження…',
  loadError: 'Не вдалося завантажити хронологію',
  errors: {
    network: 'помилка мережі',
    httpStatus: (status) => `статус HTTP ${status}`,
    invalidJson: 'недійсний JSON',
    badShape: 'дані мають неочікуваний формат',
    timeout: 'час очікування запиту минув',
    badUrl: (src) => `адреса «${src}» не є адресою http, https чи відносною`,
    tooLarge: (limit) => `документ більший за ${limit}`,
    tooManyEvents: (limit) => `документ містить понад ${number(limit)} подій`,
    notATable: (separator, cells) =>
      `це не JSON і не таблиця зі стовпцями «date» і «title» (перший рядок, прочитаний з роздільником: ${{ ',': 'кома', ';': 'крапка з комою', '\t': 'табуляція' }[separator]}: ${cells.map((cell) => `«${cell}»`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Не вдалося завантажити хронологію: ${reason}`,
  retry: 'Спробувати ще раз',
  noEvents: 'Не вдалося показати жодної події.',
  moreProblems: (n) =>
    `…і ще ${number(n)} ${({ one: 'проблема', few: 'проблеми' } as Partial<Record<Intl.LDMLPluralRule, string>>)[plural(n)] ?? 'проблем'}`,

  eventCount: events,
  // A count after a colon needs no agreement with the verb.
  hiddenEvents: (n) => `Не показано подій: ${number(n)}`,
  showingRange: (span) => `Показано: ${span}`,
  selected: (title) => `Вибрано: ${title}`,
  selectionCleared: 'Вибір скасовано',
  previous: 'Попередня',
  next: 'Наступна',
  position: (n, total) => `${number(n)} з ${number(total)}`,
  earlier: (n) => `Раніше: ${events(n)}`,
  later: (n) => `Пізніше: ${events(n)}`,
  gapLater: (gap) => `Через ${gap}`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  // A span may end with the year's own abbreviation ("2023 р."): one full stop, not two.
  cluster: (n, span) => `${events(n)}, ${span.replace(/\.$/, '')}. Активуйте, щоб збільшити.`,

  dates: {
    calendar: {
      months: [
        'січня',
        'лютого',
        'березня',
        'квітня',
        'травня',
        'червня',
        'липня',
        'серпня',
        'вересня',
        'жовтня',
        'листопада',
        'грудня',
      ],
      monthsShort: [
        'січ.',
        'лют.',
        'бер.',
        'квіт.',
        'трав.',
        'черв.',
        'лип.',
        'серп.',
        'вер.',
        'жовт.',
        'лист.',
        'груд.',
      ],
      monthsIn: {
        yMMMM: [
          'січень',
          'лютий',
          'березень',
          'квітень',
          'травень',
          'червень',
          'липень',
          'серпень',
          'вересень',
          'жовтень',
          'листопад',
          'грудень',
        ],
      },
      patterns: {
        y: '{y}',
        yMMMM: '{MMMM} {y} р.',
        yMMMMd: '{d} {MMMM} {y} р.',
        MMMMd: '{d} {MMMM}',
        // Short months are left to Intl: engines differ ("січ." or "січ").
      },
    },
    // "між" wants the instrumental, which Intl does not give for months and years.
    between: (start, end) =>
      start.precision === 'day' ? `між ${start.text} і ${end.text}` : `у період ${start.text}–${end.text}`,
    before: (d) => `не пізніше ${genitive(d)}`,
    after: (d) => `не раніше ${genitive(d)}`,
    from: (d) => `з ${genitive(d)}`,
    until: (d) => `до ${genitive(d)}`,
    span: (start, end) => `з ${genitive(start)} до ${genitive(end)}`,
    about: (d) => `близько ${genitive(d)}`,
    uncertain: (text) => `${text} (непевно)`,
    qualifyRange: rangeNotes(' (дати приблизні й непевні)', ' (дати приблизні)', ' (дати непевні)'),
  },
};
