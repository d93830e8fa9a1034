import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'he';
const { plural, number } = counting(LOCALE);
const events = (n: number): string => (plural(n) === 'one' ? 'אירוע אחד' : `${number(n)} אירועים`);

/** A one-letter preposition joins a word directly ("ממאי"), and a number with a maqaf ("מ־3 במאי"). */
const prefixed = (letter: string, text: string): string => (/^\d/.test(text) ? `${letter}־${text}` : letter + text);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'rtl',

  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  zoomControls: 'פקדי זום',
  keyboardHelp: 'מקשי הפלוס והמינוס משנים את הזום, 0 מציג הכול, מקשי החיצים נעים בזמן.',
  keyboardHelpGroups: 'החיצים למעלה ולמטה עוברים בין הקבוצות.',
  fit: 'הצגת הכול',
  close: 'סגירה',
  details: 'פרטים',
  defaultLabel: 'ציר זמן',

  legendTitle: 'מקרא',
  legendDate: 'תאריך',
  legendStatus: 'מצב',
  legendStatusOutline: 'מצב (קו מתאר)',
  legendGroups: 'קבוצות',
  otherGroup: 'אחר',
  legend: {
    exactDay: 'יום מדויק',
    duration: 'משך',
    window: 'בזמן כלשהו בתוך התקופה (תאריך לא ודאי)',
    fuzzyEdges: 'התחלה או סוף משוערים או לא ודאיים',
  },
  status: {
    confirmed: 'מאומת',
    reported: 'לפי דיווחים',
    planned: 'מתוכנן',
  },

  asOf: (date) => `נכון ל־${date}`,
  reportedOn: (date) => `לפי דיווח מ־${date}`,
  sourceLabel: 'מקור:',

  withPhoto: 'עם תמונה',
  withVideo: 'עם סרטון',
  withLink: 'עם קישור',
  playVideo: (title) => `הפעלת הסרטון: ${title}`,
  periods: 'תקופות',
  inPeriods: (n, titles) => `${n > 1 ? 'תקופות' : 'תקופה'}: ${titles}`,

  wheelHint: 'Ctrl + גלילה לזום',
  wheelHintMac: '⌘ + גלילה לזום',
  touchHint: 'זום בשתי אצבעות',

  loading: 'בטעינה…',
  loadError: 'לא ניתן לטעון את ציר הזמן',
  errors: {
    network: 'שגיאת רשת',
    httpStatus: (status) => `סטטוס HTTP ${status}`,
    invalidJson: 'JSON לא תקין',
    badShape: 'הנתונים אינם במבנה הצפוי',
    timeout: 'תם הזמן שהוקצב לבקשה',
    badUrl: (src) => `הכתובת "${src}" אינה כתובת http, https או יחסית`,
    tooLarge: (limit) => `המסמך גדול מ־${limit}`,
    tooManyEvents: (limit) => `המסמך מכיל יותר מ־${number(limit)} אירועים`,
    notATable: (separator, cells) =>
      `זה אינו JSON ואינו טבלה עם העמודות "date" ו־"title" (השורה הראשונה, כשהמפריד הוא ${{ ',': 'פסיק', ';': 'נקודה־פסיק', '\t': 'טאב' }[separator]}: ${cells.map((cell) => `"${cell}"`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `לא ניתן לטעון את ציר הזמן: ${reason}`,
  retry: 'ניסיון נוסף',
  noEvents: 'לא ניתן להציג אף אירוע.',
  moreProblems: (n) => (plural(n) === 'one' ? '…ועוד בעיה אחת' : `…ועוד ${number(n)} בעיות`),

  eventCount: events,
  hiddenEvents: (n) => `לא ניתן להציג ${events(n)}`,
  showingRange: (span) => `מוצג: ${span}`,
  selected: (title) => `נבחר: ${title}`,
  selectionCleared: 'הבחירה בוטלה',
  previous: 'הקודם',
  next: 'הבא',
  position: (n, total) => `${number(n)} מתוך ${number(total)}`,
  earlier: (n) => `${events(n)} קודם לכן`,
  later: (n) => `${events(n)} אחר כך`,
  gapLater: (gap) => `כעבור ${gap}`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. יש להפעיל כדי להגדיל.`,

  dates: {
    calendar: {
      months: [
        'ינואר',
        'פברואר',
        'מרץ',
        'אפריל',
        'מאי',
        'יוני',
        'יולי',
        'אוגוסט',
        'ספטמבר',
        'אוקטובר',
        'נובמבר',
        'דצמבר',
      ],
      monthsShort: ['ינו׳', 'פבר׳', 'מרץ', 'אפר׳', 'מאי', 'יוני', 'יולי', 'אוג׳', 'ספט׳', 'אוק׳', 'נוב׳', 'דצמ׳'],
      patterns: {
        y: '{y}',
        yMMMM: '{MMMM} {y}',
        yMMMMd: '{d} ב{MMMM} {y}',
        MMMMd: '{d} ב{MMMM}',
        MMM: '{MMM}',
        yMMM: '{MMM} {y}',
        yMMMd: '{d} ב{MMM} {y}',
        MMMd: '{d} ב{MMM}',
      },
    },
    between: (start, end) => `בין ${start.text} ${prefixed('ל', end.text)}`,
    before: (d) => `לפני ${d.text}`,
    after: (d) => `אחרי ${d.text}`,
    from: (d) => `החל ${prefixed('מ', d.text)}`,
    until: (d) => `עד ${d.text}`,
    span: (start, end) => `${prefixed('מ', start.text)} עד ${end.text}`,
    about: (d) => `בסביבות ${d.text}`,
    uncertain: (text) => `${text} (לא ודאי)`,
    qualifyRange: rangeNotes(' (תאריכים משוערים ולא ודאיים)', ' (תאריכים משוערים)', ' (תאריכים לא ודאיים)'),
  },
};
