/**
 * fast-check generators shared by tests/any-input.test.ts and tests/edtf-oracle.test.ts:
 * valid dates of the SPEC's EDTF subset (with what was written, so a test can check the
 * parse against an independent reader), valid events, and inputs that must be rejected.
 */
import fc from 'fast-check';
import type { StoryEvent, StoryMedia } from '../../src/model/types.js';

export type Qualifier = '' | '~' | '?' | '%';

/** One calendar date as written in a generated value. */
export interface WrittenDate {
  year: number;
  month?: number;
  day?: number;
  qualifier: Qualifier;
  text: string;
}

export type DateForm = 'single' | 'interval' | 'set';

/** A generated valid date; an absent `from`/`to` is an open side (`..`). */
export interface GeneratedDate {
  text: string;
  form: DateForm;
  from?: WrittenDate;
  to?: WrittenDate;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Written out from the calendar rules, so the generator does not lean on the parser under test. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Mostly the dates newsrooms write, sometimes any four-digit year (0000 and 0099 included). */
const yearArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1900, max: 2100 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 9999 }), weight: 1 },
  { arbitrary: fc.constantFrom(0, 99, 100, 1900, 2000, 9999), weight: 1 },
);

export const qualifierArb: fc.Arbitrary<Qualifier> = fc.oneof(
  { arbitrary: fc.constant<Qualifier>(''), weight: 3 },
  { arbitrary: fc.constantFrom<Qualifier>('~', '?', '%'), weight: 1 },
);

export function writtenDateArb(qualifiers: fc.Arbitrary<Qualifier> = qualifierArb): fc.Arbitrary<WrittenDate> {
  return fc
    .record({
      year: yearArb,
      precision: fc.constantFrom('year', 'month', 'day'),
      month: fc.integer({ min: 1, max: 12 }),
      // Month ends (and 29 February) are where calendars go wrong, so they come up often.
      day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)),
      qualifier: qualifiers,
    })
    .map(({ year, precision, month, day, qualifier }) => {
      let text = pad(year, 4);
      const written: WrittenDate = { year, qualifier, text };
      if (precision !== 'year') {
        written.month = month;
        text += `-${pad(month, 2)}`;
      }
      if (precision === 'day') {
        written.day = Math.min(day, daysInMonth(year, month));
        text += `-${pad(written.day, 2)}`;
      }
      written.text = text + qualifier;
      return written;
    });
}

/** Orders by first day, which is all the SPEC needs for a valid interval or set. */
function byStart(a: WrittenDate, b: WrittenDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

function ordered(qualifiers?: fc.Arbitrary<Qualifier>): fc.Arbitrary<[WrittenDate, WrittenDate]> {
  return fc
    .tuple(writtenDateArb(qualifiers), writtenDateArb(qualifiers))
    .map(([a, b]) => (byStart(a, b) <= 0 ? [a, b] : [b, a]));
}

/** Every form the SPEC allows: single dates, intervals `a/b` with `..` ends, one-of sets. */
export function validDateArb(qualifiers?: fc.Arbitrary<Qualifier>): fc.Arbitrary<GeneratedDate> {
  const date = writtenDateArb(qualifiers);
  return fc.oneof(
    date.map((d): GeneratedDate => ({ text: d.text, form: 'single', from: d, to: d })),
    ordered(qualifiers).map(([a, b]): GeneratedDate => ({
      text: `${a.text}/${b.text}`,
      form: 'interval',
      from: a,
      to: b,
    })),
    date.map((d): GeneratedDate => ({ text: `${d.text}/..`, form: 'interval', from: d })),
    date.map((d): GeneratedDate => ({ text: `../${d.text}`, form: 'interval', to: d })),
    ordered(qualifiers).map(([a, b]): GeneratedDate => ({
      text: `[${a.text}..${b.text}]`,
      form: 'set',
      from: a,
      to: b,
    })),
    date.map((d): GeneratedDate => ({ text: `[${d.text}..]`, form: 'set', from: d })),
    date.map((d): GeneratedDate => ({ text: `[..${d.text}]`, form: 'set', to: d })),
  );
}

const nonBlankText = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '');

/** Pieces of the description's notation and of what attackers try, in any order. */
export const notationArb: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '*',
      '**',
      '[',
      ']',
      '(',
      ')',
      '](',
      '\n',
      '\n\n',
      ' ',
      'word',
      '<b>',
      '<script>window.__pwned=1</script>',
      '<img src=x onerror=window.__pwned=1>',
      'javascript:window.__pwned=1',
      'https://example.com/a',
      'http://x.example/(b)',
      '[a](https://example.com/p)',
      '[x](javascript:window.__pwned=1)',
      '[y](data:text/html,<script>1</script>)',
      '[z]( https://example.com)',
    ),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

/** Any media a document may hold, good or hostile. */
export const mediaArb = fc.record(
  {
    url: fc.oneof(
      fc.webUrl({ validSchemes: ['https', 'http'] }),
      fc.constantFrom(
        'photo.png',
        '../p.jpg?x=1',
        'javascript:alert(1)//.png',
        'data:image/png;base64,AA',
        'https://youtu.be/pi2v1m6gmD8',
        'https://www.youtube.com/watch?v=pi2v1m6gmD8',
        'http://vimeo.com/20839673',
        '<img src=x onerror=window.__pwned=1>.png',
      ),
      fc.string(),
    ),
    alt: fc.string({ maxLength: 20 }),
    caption: notationArb,
    credit: fc.string({ maxLength: 20 }),
    link: fc.oneof(fc.webUrl(), fc.string({ maxLength: 10 })),
    kind: fc.oneof(fc.constantFrom('image', 'video', 'link'), fc.string({ maxLength: 5 })),
  },
  { requiredKeys: [] },
);

/** Any era a document may hold, good or not. */
export const eraArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'a', 'b c'), fc.string({ maxLength: 6 })),
    date: fc.oneof(
      validDateArb().map((d) => d.text),
      fc.string({ maxLength: 10 }),
    ),
    title: fc.oneof(nonBlankText, fc.constant('')),
    color: fc.oneof(fc.constantFrom('grey', 'Blue', 'harbour', 'url(x)', '--x'), fc.string({ maxLength: 8 })),
  },
  { requiredKeys: ['date'] },
);

/** An event the SPEC says must be shown (no id: ids are handed out by the caller). */
export const validEventArb: fc.Arbitrary<StoryEvent> = fc.record(
  {
    date: validDateArb().map((d) => d.text),
    title: nonBlankText,
    displayDate: nonBlankText,
    description: fc.string({ maxLength: 80 }),
    status: fc.constantFrom('confirmed', 'reported', 'planned') as fc.Arbitrary<StoryEvent['status']>,
    source: fc.record(
      { name: nonBlankText, url: fc.webUrl({ validSchemes: ['https', 'http'] }) },
      { requiredKeys: ['name'] },
    ),
    tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    media: mediaArb as fc.Arbitrary<StoryMedia>,
  },
  { requiredKeys: ['date', 'title'] },
);

/** Dates that can never be read: a leading letter rules out every form of the subset. */
const unreadableDate = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => `x${text}`),
  fc.constantFrom('2023-13', '2023-02-30', '2023-07-12/2023-07-11', '../..', '[..]', '2023-05-03T25:00', '23-05-03'),
);

/** Inputs that normalizeStory must reject, each for a reason an editor can be told. */
export const rejectedEventArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 3 })),
  fc.record(
    {
      date: validDateArb().map((d) => d.text),
      title: fc.oneof(fc.constant(''), fc.constant('  \n'), fc.integer(), fc.constant(null)),
    },
    { requiredKeys: ['date'] },
  ),
  fc.record(
    { date: fc.oneof(unreadableDate, fc.integer(), fc.constant(''), fc.constant(null)), title: nonBlankText },
    { requiredKeys: ['title'] },
  ),
);

/** A list mixing valid and rejected events, with unique ids on some of the valid ones. */
export function mixedEventsArb(maxLength: number, minLength = 0) {
  return fc
    .array(
      fc.oneof(
        { arbitrary: validEventArb.map((event) => ({ valid: true as const, value: event as unknown })), weight: 3 },
        { arbitrary: rejectedEventArb.map((value) => ({ valid: false as const, value })), weight: 1 },
      ),
      // Sizes up to the maximum, not just small ones: crowded lists are where clusters appear.
      { minLength, maxLength, size: 'max' },
    )
    .chain((entries) =>
      fc
        .array(fc.boolean(), { minLength: entries.length, maxLength: entries.length })
        .map((withId) =>
          entries.map((entry, index) =>
            entry.valid && withId[index]
              ? { ...entry, value: { ...(entry.value as StoryEvent), id: `e${index}` } }
              : entry,
          ),
        ),
    );
}
