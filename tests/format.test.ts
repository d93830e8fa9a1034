import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import type { ParsedDate } from '../src/model/types.js';
import { parseDate } from '../src/model/edtf.js';
import {
  formatClusterLabel,
  formatDay,
  formatEventDate,
  formatRangeShort,
  formatSpan,
  formatVisibleRange,
} from '../src/format/dates.js';
import { directionOf, languages, loadStrings, resolveLang, uiStrings, type Lang } from '../src/format/strings.js';
import { axisTicks, tickUnit } from '../src/layout/ticks.js';
import { cases } from './helpers/engine.js';

const DAY = 86_400_000;
const NBSP = '\u00a0';

function pd(text: string): ParsedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

// The languages loaded on demand are loaded once for the whole file: from here on,
// `uiStrings(lang)` gives each language its own strings, not the English stand-in.
before(async () => {
  await Promise.all(languages.map((lang) => loadStrings(lang)));
});

describe('formatEventDate', () => {
  // [EDTF, displayDate, en, fr]
  const table: [string, string | undefined, string, string][] = [
    // The editor's wording wins (the story's first event).
    ['[2023-01-21..2023-01-31]', 'late January 2023', 'late January 2023', 'late January 2023'],
    ['[2023-01-21..2023-01-31]', 'fin janvier 2023', 'fin janvier 2023', 'fin janvier 2023'],
    // Precisions, as the issue words them.
    ['2023-04', undefined, 'April 2023', 'avril 2023'],
    ['2023-05-03', undefined, '3 May 2023', '3 mai 2023'],
    ['2023-07-11/2023-07-12', undefined, '11–12 July 2023', '11-12 juillet 2023'],
    ['2024', undefined, '2024', '2024'],
    ['2023-05-01', undefined, '1 May 2023', '1er mai 2023'],
    // Durations across months and years.
    ['2023-06-30/2023-07-02', undefined, '30 June – 2 July 2023', '30 juin – 2 juillet 2023'],
    ['2022-12-30/2023-01-02', undefined, '30 December 2022 – 2 January 2023', '30 décembre 2022 – 2 janvier 2023'],
    ['2023-01/2023-03', undefined, 'January–March 2023', 'janvier-mars 2023'],
    ['2020/2023', undefined, '2020–2023', '2020-2023'],
    ['2023-05-03/2023-05-03', undefined, '3 May 2023', '3 mai 2023'],
    // One-of sets: a moment somewhere inside.
    ['[2023-01-21..2023-01-31]', undefined, 'between 21 and 31 January 2023', 'entre le 21 et le 31 janvier 2023'],
    ['[2023-06-28..2023-07-03]', undefined, 'between 28 June and 3 July 2023', 'entre le 28 juin et le 3 juillet 2023'],
    ['[2023-01..2023-03]', undefined, 'between January and March 2023', 'entre janvier et mars 2023'],
    ['[..2023-07-10]', undefined, 'before 10 July 2023', 'avant le 10 juillet 2023'],
    ['[2023-01..]', undefined, 'after January 2023', 'après janvier 2023'],
    ['[2023-01-05..]', undefined, 'after 5 January 2023', 'après le 5 janvier 2023'],
    // Open durations.
    ['2023-07-11/..', undefined, 'from 11 July 2023', 'à partir du 11 juillet 2023'],
    ['2023-04/..', undefined, 'from April 2023', 'à partir d’avril 2023'],
    ['2023-03/..', undefined, 'from March 2023', 'à partir de mars 2023'],
    ['../2023-07-12', undefined, 'until 12 July 2023', 'jusqu’au 12 juillet 2023'],
    ['../2024', undefined, 'until 2024', 'jusqu’en 2024'],
    // Approximate and uncertain.
    ['2023-01~', undefined, 'about January 2023', 'vers janvier 2023'],
    ['2023-05-03~', undefined, 'about 3 May 2023', 'vers le 3 mai 2023'],
    ['2024?', undefined, '2024 (uncertain)', '2024 (date incertaine)'],
    ['2023-01%', undefined, 'about January 2023 (uncertain)', 'vers janvier 2023 (date incertaine)'],
    [
      '2023-07-11~/2023-07-12',
      undefined,
      '11–12 July 2023 (approximate dates)',
      '11-12 juillet 2023 (dates approximatives)',
    ],
    [
      '[..2023-07-10?]',
      undefined,
      'before 10 July 2023 (uncertain dates)',
      'avant le 10 juillet 2023 (dates incertaines)',
    ],
  ];

  for (const [edtf, displayDate, en, fr] of table) {
    it(`${edtf}${displayDate ? ` "${displayDate}"` : ''} → en "${en}", fr "${fr}"`, () => {
      const date = pd(edtf);
      expect(formatEventDate(date, 'en', displayDate)).to.equal(en);
      expect(formatEventDate(date, 'fr', displayDate)).to.equal(fr);
    });
  }

  it('ignores a blank displayDate', () => {
    expect(formatEventDate(pd('2023-04'), 'en', '  ')).to.equal('April 2023');
  });

  it('follows the region-less language for regional tags', () => {
    expect(formatEventDate(pd('2023-05-03'), 'fr-CA', undefined)).to.equal('3 mai 2023');
    expect(formatEventDate(pd('2023-05-03'), 'en-US', undefined)).to.equal('3 May 2023');
    expect(formatEventDate(pd('2023-05-03'), 'xx', undefined)).to.equal('3 May 2023');
  });

  it('words German dates', () => {
    expect(formatEventDate(pd('2023-05-03'), 'de')).to.equal('3. Mai 2023');
    expect(formatEventDate(pd('2023-04'), 'de')).to.equal('April 2023');
    expect(formatEventDate(pd('2023-07-11/2023-07-12'), 'de')).to.equal('11.–12. Juli 2023');
    expect(formatEventDate(pd('[2023-01-21..2023-01-31]'), 'de')).to.equal('zwischen dem 21. und dem 31. Januar 2023');
    expect(formatEventDate(pd('[..2023-07-10]'), 'de')).to.equal('vor dem 10. Juli 2023');
    expect(formatEventDate(pd('2023-07-11/..'), 'de')).to.equal('ab dem 11. Juli 2023');
    expect(formatEventDate(pd('../2023-07-12'), 'de')).to.equal('bis zum 12. Juli 2023');
    expect(formatEventDate(pd('2023-01~'), 'de')).to.equal('etwa Januar 2023');
  });

  it('words Spanish dates', () => {
    expect(formatEventDate(pd('2023-05-03'), 'es')).to.equal('3 de mayo de 2023');
    expect(formatEventDate(pd('2023-04'), 'es')).to.equal('abril de 2023');
    expect(formatEventDate(pd('2023-07-11/2023-07-12'), 'es')).to.equal('11–12 de julio de 2023');
    expect(formatEventDate(pd('[2023-01-21..2023-01-31]'), 'es')).to.equal('entre el 21 y el 31 de enero de 2023');
    expect(formatEventDate(pd('[..2023-07-10]'), 'es')).to.equal('antes del 10 de julio de 2023');
    expect(formatEventDate(pd('[2023-01..]'), 'es')).to.equal('después de enero de 2023');
    expect(formatEventDate(pd('../2023-07-12'), 'es')).to.equal('hasta el 12 de julio de 2023');
    expect(formatEventDate(pd('2023-01~'), 'es')).to.equal('hacia enero de 2023');
  });

  it('never shifts a day with the reader’s time zone', () => {
    // Midnight UTC is still the previous evening west of Greenwich.
    expect(formatEventDate(pd('2023-01-01'), 'en')).to.equal('1 January 2023');
    expect(formatDay(utc(2023, 1, 1), 'en')).to.equal('1 January 2023');
  });

  it('formats years before 100 literally', () => {
    const d = new Date(0);
    d.setUTCFullYear(79, 7, 24);
    expect(formatDay(d.getTime(), 'en')).to.equal('24 August 79');
  });
});

describe('formatDay and ranges', () => {
  it('formats a plain day', () => {
    expect(formatDay(utc(2023, 5, 3), 'en')).to.equal('3 May 2023');
    expect(formatDay(utc(2023, 5, 3), 'fr')).to.equal('3 mai 2023');
    expect(formatDay(utc(2023, 5, 3) + 13 * 3_600_000, 'fr')).to.equal('3 mai 2023');
  });

  it('shortens a range at a precision that suits its length (end exclusive)', () => {
    expect(formatRangeShort(utc(2023, 5, 3), utc(2023, 7, 13), 'en')).to.equal('3 May – 12 July 2023');
    expect(formatRangeShort(utc(2023, 5, 3), utc(2023, 5, 13), 'fr')).to.equal('3-12 mai 2023');
    expect(formatRangeShort(utc(2023, 3, 15), utc(2023, 6, 23), 'en')).to.equal('March–June 2023');
    expect(formatRangeShort(utc(2022, 11, 15), utc(2023, 6, 23), 'en')).to.equal('November 2022 – June 2023');
    expect(formatRangeShort(utc(2019, 3, 1), utc(2024, 6, 1), 'en')).to.equal('2019–2024');
  });

  it('words the visible range and clusters for screen readers', () => {
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'en')).to.equal('3 May to 12 July 2023');
    expect(formatVisibleRange(utc(2023, 5, 3), utc(2023, 7, 13), 'en')).to.equal('Showing 3 May to 12 July 2023');
    expect(formatVisibleRange(utc(2023, 5, 3), utc(2023, 7, 13), 'fr')).to.equal(
      `Affichage${NBSP}: du 3 mai au 12 juillet 2023`,
    );
    expect(formatSpan(utc(2023, 4, 1), utc(2023, 7, 1), 'fr')).to.equal('d’avril à juin 2023');
    expect(formatSpan(utc(2019, 1, 1), utc(2024, 1, 1), 'fr')).to.equal('de 2019 à 2023');
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'es')).to.equal('del 3 de mayo al 12 de julio de 2023');
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'de')).to.equal('3. Mai bis 12. Juli 2023');
    // Named again (clusters are, at every frame), in each language its own words.
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'fr')).to.equal('du 3 mai au 12 juillet 2023');
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'en')).to.equal('3 May to 12 July 2023');
    expect(formatClusterLabel(3, utc(2023, 5, 3), utc(2023, 7, 13), 'en')).to.equal(
      '3 events, 3 May to 12 July 2023. Activate to zoom in.',
    );
    expect(formatClusterLabel(2, utc(2023, 5, 3), utc(2023, 5, 4), 'fr')).to.equal(
      '2 événements, 3 mai 2023. Activez pour zoomer.',
    );
  });
});

type Tree = { [key: string]: unknown };

/** Sample arguments for each template, by where it sits and what it counts. */
function sampleArgs(path: string, arity: number): unknown[] {
  if (path.includes('.dates.')) {
    if (path.endsWith('qualifyRange')) return ['SAMPLE', true, true];
    if (path.endsWith('uncertain')) return ['SAMPLE'];
    return [
      { text: 'SAMPLE', precision: 'day', time: utc(2023, 5, 3) },
      { text: 'SAMPLE', precision: 'month', time: utc(2023, 7, 1) },
    ];
  }
  if (path.endsWith('position')) return [2, 5];
  if (path.endsWith('notATable')) return [';', ['SAMPLE', 'SAMPLE']];
  if (arity === 2) return [2, 'SAMPLE'];
  if (path.endsWith('eventName')) return ['SAMPLE', 'SAMPLE', 'SAMPLE'];
  return /(eventCount|hiddenEvents|httpStatus|tooManyEvents|earlier|later|moreProblems)$/.test(path) ? [2] : ['SAMPLE'];
}

/** Every leaf of a strings object as [path, text], templates called with sample arguments. */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const template = value as (...args: unknown[]) => unknown;
    return [[path, String(template(...sampleArgs(path, template.length)))]];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Tree).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return [[path, '']];
}

function keyPaths(value: unknown, path: string): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value as Tree).flatMap(([key, child]) => [
      `${path}.${key}`,
      ...keyPaths(child, `${path}.${key}`),
    ]);
  }
  return [];
}

describe('uiStrings', () => {
  it('resolves languages by primary subtag, falling back to English', () => {
    expect(resolveLang('fr-CA')).to.equal('fr');
    expect(resolveLang('FR')).to.equal('fr');
    expect(resolveLang('de_AT')).to.equal('de');
    expect(resolveLang('es-419')).to.equal('es');
    expect(resolveLang('xx')).to.equal('en');
    expect(resolveLang('')).to.equal('en');
    expect(resolveLang(null)).to.equal('en');
    expect(resolveLang(undefined)).to.equal('en');
    expect(resolveLang('constructor')).to.equal('en');
    expect(uiStrings('fr-CA')).to.equal(uiStrings('fr'));
    expect(uiStrings('xx')).to.equal(uiStrings('en'));
  });

  it('gives every language every key, none empty, and no key English lacks', () => {
    // The only keys a language may add or leave out: its own range dashes and day word on the 1st,
    // and its calendar's own month names by form and forms left to Intl (held to Intl in
    // calendar-words.test.ts).
    const optional = new Set(['.dates.firstOfMonth', '.dates.rangeDash', '.dates.spacedRangeDash']);
    const isOptional = (p: string): boolean =>
      optional.has(p) || /^\.dates\.calendar\.(monthsIn|patterns)(\.|$)/.test(p);
    const english = keyPaths(uiStrings('en'), '').filter((p) => !isOptional(p));
    for (const lang of languages) {
      const strings = uiStrings(lang);
      expect(strings.locale.split('-')[0], `${lang} is itself, not the English stand-in`).to.equal(lang);
      const paths = new Set(keyPaths(strings, ''));
      for (const path of english) expect(paths.has(path), `${lang}${path} missing`).to.equal(true);
      for (const path of paths) {
        expect(english.includes(path) || isOptional(path), `${lang}${path} unknown`).to.equal(true);
      }
      for (const [path, text] of leaves(strings, '')) {
        expect(text.trim(), `${lang}${path}`).not.to.equal('');
        expect(text, `${lang}${path}`).not.to.match(/undefined|NaN|\[object/);
      }
    }
  });

  it('words English counts and positions as Intl does', () => {
    const en = uiStrings('en');
    const numbers = new Intl.NumberFormat('en-GB');
    const plural = new Intl.PluralRules('en-GB');
    const wholeNumbers = [0, 1, 2, 9, 10, 999, 1000, 1001, 9999, 12_345, 100_000, 1_234_567, 987_654_321, 2 ** 53 - 1];
    for (let n = 0; n < 3000; n += 7) wholeNumbers.push(n);
    for (const n of [...wholeNumbers, 1.5, -1, -3, -1234, 0.25, NaN]) {
      const word = plural.select(n) === 'one' ? 'event' : 'events';
      expect(en.eventCount(n), String(n)).to.equal(`${numbers.format(n)} ${word}`);
      expect(en.position(n, n + 1), String(n)).to.equal(`${numbers.format(n)} of ${numbers.format(n + 1)}`);
    }
  });

  it('handles plurals in each language', () => {
    expect(uiStrings('en').eventCount(1)).to.equal('1 event');
    expect(uiStrings('en').eventCount(5)).to.equal('5 events');
    expect(uiStrings('en').eventCount(0)).to.equal('0 events');
    expect(uiStrings('fr').eventCount(0)).to.equal('0 événement');
    expect(uiStrings('fr').eventCount(1)).to.equal('1 événement');
    expect(uiStrings('fr').eventCount(2)).to.equal('2 événements');
    expect(uiStrings('de').eventCount(1)).to.equal('1 Ereignis');
    expect(uiStrings('es').eventCount(3)).to.equal('3 eventos');
    expect(uiStrings('en').hiddenEvents(1)).to.equal('1 event could not be shown');
    expect(uiStrings('en').moreProblems(1)).to.equal('…and 1 more problem');
    expect(uiStrings('en').moreProblems(4)).to.equal('…and 4 more problems');
    expect(uiStrings('fr').hiddenEvents(1)).to.equal('1 événement n’a pas pu être affiché');
    expect(uiStrings('fr').hiddenEvents(3)).to.equal('3 événements n’ont pas pu être affichés');
    expect(uiStrings('en').eventCount(1200)).to.equal('1,200 events');
  });

  it('uses French typography', () => {
    const fr = uiStrings('fr');
    expect(fr.sourceLabel).to.equal(`Source${NBSP}:`);
    expect(fr.asOf(formatDay(utc(2023, 5, 3), 'fr'))).to.equal('Au 3 mai 2023');
    expect(fr.loadErrorBecause(fr.errors.httpStatus(404))).to.equal(
      `Impossible de charger la chronologie${NBSP}: statut HTTP 404`,
    );
    // A straight apostrophe or a space before ':' without NBSP would be a typo in French.
    for (const [path, text] of leaves(fr, '')) {
      expect(text, path).not.to.match(/'| :/);
    }
  });
});

/** The first story's dates, one per precision, as each language words them. */
const FIRST_STORY_DATES: Record<
  Lang,
  [window: string, month: string, day: string, interval: string, year: string, before: string]
> = {
  en: ['between 21 and 31 January 2023', 'April 2023', '3 May 2023', '11–12 July 2023', '2024', 'before 10 July 2023'],
  fr: [
    'entre le 21 et le 31 janvier 2023',
    'avril 2023',
    '3 mai 2023',
    '11-12 juillet 2023',
    '2024',
    'avant le 10 juillet 2023',
  ],
  de: [
    'zwischen dem 21. und dem 31. Januar 2023',
    'April 2023',
    '3. Mai 2023',
    '11.–12. Juli 2023',
    '2024',
    'vor dem 10. Juli 2023',
  ],
  es: [
    'entre el 21 y el 31 de enero de 2023',
    'abril de 2023',
    '3 de mayo de 2023',
    '11–12 de julio de 2023',
    '2024',
    'antes del 10 de julio de 2023',
  ],
  it: [
    'tra il 21 e il 31 gennaio 2023',
    'aprile 2023',
    '3 maggio 2023',
    '11–12 luglio 2023',
    '2024',
    'prima del 10 luglio 2023',
  ],
  pt: [
    'entre 21 e 31 de janeiro de 2023',
    'abril de 2023',
    '3 de maio de 2023',
    '11–12 de julho de 2023',
    '2024',
    'antes de 10 de julho de 2023',
  ],
  nl: ['tussen 21 en 31 januari 2023', 'april 2023', '3 mei 2023', '11–12 juli 2023', '2024', 'vóór 10 juli 2023'],
  pl: [
    'między 21 a 31 stycznia 2023',
    'kwiecień 2023',
    '3 maja 2023',
    '11–12 lipca 2023',
    '2024',
    'przed 10 lipca 2023',
  ],
  uk: [
    'між 21 і 31 січня 2023 р.',
    'квітень 2023 р.',
    '3 травня 2023 р.',
    '11–12 липня 2023 р.',
    '2024',
    'не пізніше 10 липня 2023 р.',
  ],
  ja: ['2023年1月21日から31日の間', '2023年4月', '2023年5月3日', '2023年7月11日～12日', '2024年', '2023年7月10日以前'],
  ko: [
    '2023년 1월 21일부터 31일 사이',
    '2023년 4월',
    '2023년 5월 3일',
    '2023년 7월 11일~12일',
    '2024년',
    '2023년 7월 10일 이전',
  ],
  zh: ['2023年1月21日至31日之间', '2023年4月', '2023年5月3日', '2023年7月11日至12日', '2024年', '2023年7月10日之前'],
  ar: ['بين 21 و31 يناير 2023', 'أبريل 2023', '3 مايو 2023', '11–12 يوليو 2023', '2024', 'قبل 10 يوليو 2023'],
  he: ['בין 21 ל־31 בינואר 2023', 'אפריל 2023', '3 במאי 2023', '11–12 ביולי 2023', '2024', 'לפני 10 ביולי 2023'],
};
const FIRST_STORY_EDTF = [
  '[2023-01-21..2023-01-31]',
  '2023-04',
  '2023-05-03',
  '2023-07-11/2023-07-12',
  '2024',
  '[..2023-07-10]',
];

describe('every language', () => {
  it('has a table here for each language there is', () => {
    expect(Object.keys(FIRST_STORY_DATES)).to.have.members(languages);
    expect(languages).to.have.length(14);
  });

  for (const lang of languages) {
    it(`words the first story's dates at each precision in ${lang}`, () => {
      const worded = FIRST_STORY_EDTF.map((edtf) => formatEventDate(pd(edtf), lang));
      expect(worded).to.deep.equal(FIRST_STORY_DATES[lang]);
    });

    it(`names events, clusters and the range shown in ${lang}`, () => {
      const t = uiStrings(lang);
      const title = 'Draft proposal sent to the 31 members';
      const when = formatEventDate(pd('2023-04'), lang);
      const name = t.eventName(t.status.reported, title, when);
      for (const part of [t.status.reported, title, when]) expect(name).to.contain(part);
      const cluster = formatClusterLabel(3, utc(2023, 5, 3), utc(2023, 7, 13), lang);
      expect(cluster).to.contain(t.eventCount(3));
      expect(cluster).not.to.contain('..');
      const shown = formatVisibleRange(utc(2023, 5, 3), utc(2023, 7, 13), lang);
      expect(shown).to.equal(t.showingRange(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), lang)));
      // The span names both ends: the 3rd and the 12th, in the language's own digits.
      const digits = new Intl.NumberFormat(t.locale);
      expect(shown).to.contain(digits.format(12));
    });

    it(`labels the axis by year, month and day in ${lang}, each label its own`, () => {
      for (const [from, to] of [
        [utc(1950, 1, 1), utc(2030, 1, 1)],
        [utc(2023, 1, 1), utc(2023, 12, 31)],
        [utc(2023, 4, 28), utc(2023, 5, 3)],
      ] as const) {
        const scale = scaleUtc()
          .domain([new Date(from), new Date(to)])
          .range([0, 1200]);
        const labels = axisTicks(scale, 1200, lang).map((tick) => tick.label);
        expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
        for (const label of labels) expect(label.trim(), labels.join(' | ')).not.to.equal('');
      }
    });

    it(`words numbers as Intl does in ${lang}, small ones without it`, () => {
      const t = uiStrings(lang);
      const digits = new Intl.NumberFormat(t.locale);
      // The card's "2 of 6" (no Intl object below 1,000) and counts on both sides of that line.
      for (const [n, total] of [
        [1, 6],
        [7, 10],
        [99, 999],
        [999, 1000],
        [1000, 12345],
      ] as const) {
        expect(t.position(n, total)).to.contain(digits.format(n)).and.to.contain(digits.format(total));
      }
      for (const n of [0, 5, 42, 999, 1000, 25000]) expect(t.eventCount(n)).to.contain(digits.format(n));
    });

    it(`declares its writing direction in ${lang}`, () => {
      const rtl = lang === 'ar' || lang === 'he';
      expect(uiStrings(lang).dir).to.equal(rtl ? 'rtl' : 'ltr');
      expect(directionOf(lang)).to.equal(rtl ? 'rtl' : 'ltr');
    });
  }

  it('resolves regional and script tags to the language', () => {
    const cases: [string, Lang][] = [
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['it-CH', 'it'],
      ['nl-BE', 'nl'],
      ['pl-PL', 'pl'],
      ['uk-UA', 'uk'],
      ['ja-JP', 'ja'],
      ['ko-KR', 'ko'],
      ['zh', 'zh'],
      ['zh-CN', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-Hans-CN', 'zh'],
      ['zh-SG', 'zh'],
      ['ar-EG', 'ar'],
      ['he-IL', 'he'],
      // Traditional characters are not what the Chinese file has.
      ['zh-TW', 'en'],
      ['zh-Hant', 'en'],
      ['zh-Hant-HK', 'en'],
    ];
    for (const [tag, lang] of cases) expect(resolveLang(tag), tag).to.equal(lang);
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('xx')).to.equal('ltr');
  });

  it('writes Japanese, Chinese and Korean dates in their own order, ranges sharing the front', () => {
    expect(formatEventDate(pd('2023-06-30/2023-07-02'), 'ja')).to.equal('2023年6月30日～7月2日');
    expect(formatEventDate(pd('2022-12-30/2023-01-02'), 'ja')).to.equal('2022年12月30日～2023年1月2日');
    expect(formatEventDate(pd('[2023-01..2023-03]'), 'ja')).to.equal('2023年1月から3月の間');
    expect(formatEventDate(pd('2023-01~'), 'ja')).to.equal('2023年1月頃');
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'ja')).to.equal('2023年5月3日から7月12日まで');
    expect(formatRangeShort(utc(2023, 3, 15), utc(2023, 6, 23), 'zh')).to.equal('2023年3月至6月');
    expect(formatEventDate(pd('2023-04/..'), 'zh')).to.equal('自2023年4月起');
    expect(formatEventDate(pd('2020/2023'), 'ko')).to.equal('2020년~2023년');
    expect(formatSpan(utc(2023, 5, 3), utc(2023, 7, 13), 'ko')).to.equal('2023년 5월 3일부터 7월 12일까지');
    expect(formatDay(utc(2023, 5, 3), 'ja')).to.equal('2023年5月3日');
  });

  it('labels Japanese, Chinese and Korean axes with their year, month and day signs', () => {
    const months = scaleUtc()
      .domain([new Date(utc(2023, 1, 1)), new Date(utc(2023, 12, 31))])
      .range([0, 1200]);
    expect(
      axisTicks(months, 1200, 'ja')
        .map((t) => t.label)
        .slice(0, 4),
    ).to.deep.equal(['2023年', '2月', '3月', '4月']);
    const days = scaleUtc()
      .domain([new Date(utc(2023, 4, 28)), new Date(utc(2023, 5, 3))])
      .range([0, 1200]);
    expect(axisTicks(days, 1200, 'zh').map((t) => t.label)).to.deep.equal([
      '2023年4月28日',
      '29日',
      '30日',
      '5月1日',
      '2日',
      '3日',
    ]);
    expect(axisTicks(days, 1200, 'ko').map((t) => t.label)).to.deep.equal([
      '2023년 4월 28일',
      '29일',
      '30일',
      '5월 1일',
      '2일',
      '3일',
    ]);
  });

  it('puts Polish and Ukrainian months in the genitive after a preposition', () => {
    expect(formatEventDate(pd('2023-04/..'), 'pl')).to.equal('od kwietnia 2023');
    expect(formatSpan(utc(2023, 4, 1), utc(2023, 7, 1), 'pl')).to.equal('od kwietnia do czerwca 2023');
    expect(formatEventDate(pd('2023-01~'), 'uk')).to.equal('близько січня 2023 р.');
    expect(formatEventDate(pd('[2023-01..]'), 'uk')).to.equal('не раніше січня 2023 р.');
  });

  it('merges the Italian article with its preposition, and elides it', () => {
    expect(formatEventDate(pd('2023-07-11/..'), 'it')).to.equal('a partire dall’11 luglio 2023');
    expect(formatEventDate(pd('../2024'), 'it')).to.equal('fino al 2024');
    expect(formatEventDate(pd('2023-05-01'), 'it')).to.equal('1º maggio 2023');
    expect(formatSpan(utc(2023, 4, 1), utc(2023, 7, 1), 'it')).to.equal('da aprile a giugno 2023');
  });

  it('joins Hebrew one-letter prepositions to words directly and to numbers with a maqaf', () => {
    expect(formatEventDate(pd('2023-04/..'), 'he')).to.equal('החל מאפריל 2023');
    expect(formatEventDate(pd('2023-07-11/..'), 'he')).to.equal('החל מ־11 ביולי 2023');
  });

  it('counts in every plural form: Polish, Ukrainian, Arabic, Hebrew', () => {
    const counts = (lang: Lang) => [0, 1, 2, 5, 11, 22, 100].map((n) => uiStrings(lang).eventCount(n));
    expect(counts('pl')).to.deep.equal([
      '0 wydarzeń',
      '1 wydarzenie',
      '2 wydarzenia',
      '5 wydarzeń',
      '11 wydarzeń',
      '22 wydarzenia',
      '100 wydarzeń',
    ]);
    expect(counts('uk')).to.deep.equal([
      '0 подій',
      '1 подія',
      '2 події',
      '5 подій',
      '11 подій',
      '22 події',
      '100 подій',
    ]);
    expect(counts('ar')).to.deep.equal(['0 حدث', 'حدث واحد', 'حدثان', '5 أحداث', '11 حدثًا', '22 حدثًا', '100 حدث']);
    expect(counts('he').slice(0, 3)).to.deep.equal(['0 אירועים', 'אירוע אחד', '2 אירועים']);
    expect(uiStrings('ja').eventCount(3)).to.equal('3件の出来事');
    expect(uiStrings('zh').eventCount(3)).to.equal('3个事件');
    expect(uiStrings('ko').eventCount(3)).to.equal('사건 3건');
  });
});

describe('axisTicks', () => {
  const starts = [utc(2023, 5, 3) + 7 * 3_600_000, utc(1999, 12, 30), utc(2024, 2, 27) + 1]; // incl. leap day
  const spans: number[] = [];
  for (let span = 2 * DAY; span <= 80 * 365.25 * DAY; span *= 1.17) spans.push(span);
  spans.push(80 * 365.25 * DAY);

  // Every language in Chromium; a sample of scripts and directions in Firefox and WebKit.
  for (const width of [320, 1200]) {
    for (const lang of cases<Lang>(languages, ['fr', 'ar', 'ja', 'uk'])) {
      it(`sweeps 2 days to 80 years at ${width}px in ${lang}`, () => {
        for (const start of starts) {
          for (const span of spans) {
            const scale = scaleUtc()
              .domain([new Date(start), new Date(start + span)])
              .range([0, width]);
            const ticks = axisTicks(scale, width, lang);
            const where = `${new Date(start).toISOString()} + ${(span / DAY).toFixed(1)} days`;
            expect(ticks.length, `${where}: at least one tick`).to.be.greaterThan(0);
            expect(ticks.length, `${where}: ${ticks.length} ticks`).to.be.at.most(width / 60 + 1);
            for (let i = 0; i < ticks.length; i++) {
              const tick = ticks[i]!;
              expect(tick.x, where).to.be.within(0, width);
              expect(tick.time % DAY, `${where}: sub-day tick`).to.equal(0);
              expect(tick.label, where).not.to.equal('');
              if (i > 0) {
                expect(tick.time, where).to.be.greaterThan(ticks[i - 1]!.time);
                expect(tick.label, `${where}: neighbours`).not.to.equal(ticks[i - 1]!.label);
                // Labels must fit the space between ticks (~7 px per character at 12 px).
                expect(tick.x - ticks[i - 1]!.x, `${where}: spacing`).to.be.at.least(40);
              }
            }
          }
        }
      });
    }
  }

  it('labels months in French', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(2023, 1, 1)), new Date(utc(2023, 12, 31))])
      .range([0, 1200]);
    const labels = axisTicks(scale, 1200, 'fr').map((t) => t.label);
    expect(labels).to.deep.equal([
      '2023',
      'févr.',
      'mars',
      'avr.',
      'mai',
      'juin',
      'juil.',
      'août',
      'sept.',
      'oct.',
      'nov.',
      'déc.',
    ]);
    const en = axisTicks(scale, 1200, 'en').map((t) => t.label);
    expect(en.slice(0, 4)).to.deep.equal(['2023', 'Feb', 'Mar', 'Apr']);
  });

  it('puts the year on the first tick and on each new year', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(2023, 4, 10)), new Date(utc(2024, 3, 10))])
      .range([0, 1200]);
    const ticks = axisTicks(scale, 1200, 'en');
    expect(ticks[0]!.label).to.equal('May 2023');
    expect(ticks[0]!.major).to.equal(true);
    const january = ticks.find((t) => t.time === utc(2024, 1, 1));
    expect(january?.label).to.equal('2024');
    expect(january?.major).to.equal(true);
    expect(ticks.find((t) => t.time === utc(2023, 6, 1))?.major).to.equal(false);
  });

  it('uses day ticks with the month where it changes', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(2023, 4, 28)), new Date(utc(2023, 5, 3))])
      .range([0, 1200]);
    const ticks = axisTicks(scale, 1200, 'fr');
    expect(ticks.map((t) => t.label)).to.deep.equal(['28 avr. 2023', '29', '30', '1er mai', '2', '3']);
    expect(ticks.map((t) => t.major)).to.deep.equal([true, false, false, true, false, false]);
  });

  it('uses decades for long spans', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(1950, 1, 1)), new Date(utc(2030, 1, 1))])
      .range([0, 320]);
    const labels = axisTicks(scale, 320, 'en').map((t) => t.label);
    expect(labels).to.deep.equal(['1960', '1980', '2000', '2020']);
  });

  it('returns nothing for a zero width', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(2023, 1, 1)), new Date(utc(2024, 1, 1))])
      .range([0, 0]);
    expect(axisTicks(scale, 0, 'en')).to.deep.equal([]);
  });

  it('detects the tick unit', () => {
    expect(tickUnit([utc(2023, 1, 1), utc(2023, 1, 2), utc(2023, 1, 3)])).to.equal('day');
    expect(tickUnit([utc(2023, 1, 2), utc(2023, 1, 9), utc(2023, 1, 16)])).to.equal('week');
    expect(tickUnit([utc(2023, 1, 1), utc(2023, 2, 1), utc(2023, 3, 1)])).to.equal('month');
    expect(tickUnit([utc(2020, 1, 1), utc(2030, 1, 1)])).to.equal('year');
  });
});

describe('axisTicks in German', () => {
  it('keeps the ordinal dot on day labels', () => {
    const scale = scaleUtc()
      .domain([new Date(utc(2023, 4, 29)), new Date(utc(2023, 5, 2))])
      .range([0, 1200]);
    expect(axisTicks(scale, 1200, 'de').map((t) => t.label)).to.deep.equal(['29. Apr. 2023', '30.', '1. Mai', '2.']);
  });
});
