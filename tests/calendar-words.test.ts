import { expect } from '@open-wc/testing';
import { calendarParts, patternsOf } from '../src/format/calendar-words.js';
import { formatEventDate, formatUtc } from '../src/format/dates.js';
import { languages, loadStrings, uiStrings } from '../src/format/strings.js';
import { parseDate } from '../src/model/edtf.js';
import type { CalendarSkeleton } from '../src/format/words.js';

// Every form the first drawing words (event dates, the title's span, the axis), as Intl options.
const FORMS: Record<CalendarSkeleton, Intl.DateTimeFormatOptions> = {
  y: { year: 'numeric' },
  yMMMM: { month: 'long', year: 'numeric' },
  yMMMMd: { day: 'numeric', month: 'long', year: 'numeric' },
  MMMMd: { day: 'numeric', month: 'long' },
  MMM: { month: 'short' },
  yMMM: { month: 'short', year: 'numeric' },
  yMMMd: { day: 'numeric', month: 'short', year: 'numeric' },
  MMMd: { day: 'numeric', month: 'short' },
};

/** Every month, days at both ends and between, years from 1000 on. */
function sampleDates(): number[] {
  const out: number[] = [];
  const years = [1000, 1066, 1789, 1900, 1999, 2000, 2023, 2024, 2100, 9999, 12345];
  years.forEach((year, i) => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 2, 9, 10, 21, 28 + ((i + month) % 4)]) {
        const d = new Date(0);
        d.setUTCFullYear(year, month, day);
        if (d.getUTCMonth() === month) out.push(d.getTime());
      }
    }
  });
  return out;
}

before(async () => {
  await Promise.all(languages.map((lang) => loadStrings(lang)));
});

describe('dates worded from the language files, held to Intl', () => {
  const dates = sampleDates();
  for (const lang of languages) {
    it(`words every form as Intl does in ${lang}`, () => {
      const { locale, dates: words } = uiStrings(lang);
      const calendar = words.calendar;
      expect(calendar, `${lang} has calendar words`).to.not.equal(undefined);
      if (!calendar) return;
      for (const [skeleton, options] of Object.entries(FORMS)) {
        // A form a language leaves out is worded by Intl itself.
        if (!patternsOf(calendar)[skeleton as CalendarSkeleton]) continue;
        const intl = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
        for (const ms of dates) {
          const own = calendarParts(ms, { ...options, timeZone: 'UTC' }, calendar);
          const where = `${lang} ${skeleton} ${new Date(ms).toISOString().slice(0, 10)}`;
          expect(own, where).to.deep.equal(intl.formatToParts(ms));
        }
      }
    });
  }

  it('leaves to Intl what the words do not cover', () => {
    const calendar = uiStrings('en').dates.calendar;
    const may = Date.UTC(2023, 4, 3, 14, 5);
    expect(calendarParts(may, { year: 'numeric', era: 'short' }, calendar)).to.equal(undefined);
    expect(calendarParts(may, { hour: '2-digit', minute: '2-digit' }, calendar)).to.equal(undefined);
    expect(calendarParts(may, { day: 'numeric', month: 'long', timeZone: 'Asia/Tokyo' }, calendar)).to.equal(undefined);
    expect(calendarParts(may, { weekday: 'long', day: 'numeric' }, calendar)).to.equal(undefined);
    const year900 = new Date(0).setUTCFullYear(900, 0, 1);
    expect(calendarParts(year900, { year: 'numeric' }, calendar)).to.equal(undefined);
    // …and still words them.
    expect(formatUtc(year900, 'en', { year: 'numeric' })).to.equal(
      new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }).format(year900),
    );
  });

  it('words the first story without making any Intl object in English', () => {
    const made: string[] = [];
    const original = Intl.DateTimeFormat;
    // Counts the formatters made while wording; the English words need none.
    const counting = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(JSON.stringify(args));
        return new target(...args);
      },
    });
    Intl.DateTimeFormat = counting;
    try {
      for (const edtf of ['2023-05-03', '2023-04', '2024', '[2023-01-21..2023-01-31]', '2023-07-11/2023-07-12']) {
        const parsed = parseDate(edtf);
        if (!parsed.ok) throw new Error(parsed.message);
        // A fresh time for each, so no formatter made earlier in the file is reused.
        formatEventDate(parsed.value, 'en');
      }
      formatUtc(Date.UTC(2023, 8, 1), 'en', { month: 'short', year: 'numeric' });
      formatUtc(Date.UTC(2023, 8, 1), 'en', { day: 'numeric' });
    } finally {
      Intl.DateTimeFormat = original;
    }
    expect(made).to.deep.equal([]);
  });
});
