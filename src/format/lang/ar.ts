import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

/** January to December, as written with a day and on the axis alike. */
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

// Western digits, as most Arabic news sites write dates; said outright so every engine agrees.
const LOCALE = 'ar-u-nu-latn';
const { plural, number } = counting(LOCALE);
// Arabic counts in six forms: one and two without the number ("حدث واحد", "حدثان"),
// 3–10 with the plural, 11–99 with the accusative singular, 100 and 0 with the singular.
const events = (n: number): string => {
  const count = number(n);
  switch (plural(n)) {
    case 'one':
      return 'حدث واحد';
    case 'two':
      return 'حدثان';
    case 'few':
      return `${count} أحداث`;
    case 'many':
      return `${count} حدثًا`;
    default:
      return `${count} حدث`;
  }
};

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'rtl',

  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomControls: 'أزرار التكبير',
  keyboardHelp: 'يكبّر مفتاح الجمع ويصغّر مفتاح الطرح، ويعرض 0 كل شيء، وتتنقل مفاتيح الأسهم عبر الزمن.',
  keyboardHelpGroups: 'ينتقل السهمان لأعلى ولأسفل بين المجموعات.',
  fit: 'عرض الكل',
  close: 'إغلاق',
  details: 'التفاصيل',
  defaultLabel: 'خط زمني',

  legendTitle: 'دليل الرموز',
  legendDate: 'التاريخ',
  legendStatus: 'الحالة',
  legendStatusOutline: 'الحالة (الإطار)',
  legendGroups: 'المجموعات',
  otherGroup: 'أخرى',
  legend: {
    exactDay: 'يوم محدد',
    duration: 'مدة',
    window: 'في وقت ما خلال الفترة (تاريخ غير مؤكد)',
    fuzzyEdges: 'بداية أو نهاية تقريبية أو غير مؤكدة',
  },
  status: {
    confirmed: 'مؤكد',
    reported: 'حسب التقارير',
    planned: 'مخطط له',
  },

  asOf: (date) => `حتى ${date}`,
  reportedOn: (date) => `وفق ما نُشر في ${date}`,
  sourceLabel: 'المصدر:',

  withPhoto: 'مع صورة',
  withVideo: 'مع فيديو',
  withLink: 'مع رابط',
  playVideo: (title) => `تشغيل الفيديو: ${title}`,
  periods: 'الفترات',
  inPeriods: (n, titles) => `${n > 1 ? 'الفترات' : 'الفترة'}: ${titles}`,

  wheelHint: 'Ctrl + التمرير للتكبير',
  wheelHintMac: '⌘ + التمرير للتكبير',
  touchHint: 'استخدم إصبعين للتكبير',

  loading: 'جارٍ التحميل…',
  loadError: 'تعذّر تحميل الخط الزمني',
  errors: {
    network: 'خطأ في الشبكة',
    httpStatus: (status) => `حالة HTTP ${status}`,
    invalidJson: 'ليس JSON صالحًا',
    badShape: 'البيانات ليست بالتنسيق المتوقع',
    timeout: 'انتهت مهلة الطلب',
    badUrl: (src) => `العنوان «${src}» ليس رابط http أو https ولا رابطًا نسبيًا`,
    tooLarge: (limit) => `المستند أكبر من ${limit}`,
    tooManyEvents: (limit) => `يضم المستند أكثر من ${number(limit)} حدث`,
    notATable: (separator, cells) =>
      `ليس JSON ولا جدولًا فيه العمودان "date" و"title" (السطر الأول، مقروءًا بفاصل هو ${{ ',': 'الفاصلة', ';': 'الفاصلة المنقوطة', '\t': 'علامة الجدولة' }[separator]}: ${cells.map((cell) => `«${cell}»`).join('، ')})`,
  },
  loadErrorBecause: (reason) => `تعذّر تحميل الخط الزمني: ${reason}`,
  retry: 'إعادة المحاولة',
  noEvents: 'تعذّر عرض أي حدث.',
  moreProblems: (n) => `…ومشكلات أخرى: ${number(n)}`,

  eventCount: events,
  hiddenEvents: (n) => `تعذّر عرض ${events(n)}`,
  showingRange: (span) => `المعروض: ${span}`,
  selected: (title) => `المحدد: ${title}`,
  selectionCleared: 'أُلغي التحديد',
  previous: 'السابق',
  next: 'التالي',
  position: (n, total) => `${number(n)} من ${number(total)}`,
  earlier: (n) => `${events(n)} قبل ذلك`,
  later: (n) => `${events(n)} بعد ذلك`,
  gapLater: (gap) => `بعد ${gap}`,
  eventName: (status, title, date) => `${status}: ${title}، ${date}`,
  cluster: (n, span) => `${events(n)}، ${span}. فعّله للتكبير.`,

  dates: {
    calendar: {
      months: MONTHS,
      // Arabic writes the same names on the axis.
      monthsShort: MONTHS,
    },
    between: (start, end) => `بين ${start.text} و${end.text}`,
    before: (d) => `قبل ${d.text}`,
    after: (d) => `بعد ${d.text}`,
    from: (d) => `ابتداءً من ${d.text}`,
    until: (d) => `حتى ${d.text}`,
    span: (start, end) => `من ${start.text} إلى ${end.text}`,
    about: (d) => `نحو ${d.text}`,
    uncertain: (text) => `${text} (غير مؤكد)`,
    qualifyRange: rangeNotes(' (تواريخ تقريبية وغير مؤكدة)', ' (تواريخ تقريبية)', ' (تواريخ غير مؤكدة)'),
  },
};
