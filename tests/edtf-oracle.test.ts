/**
 * The `edtf` package (a full ISO 8601-2 reader) as an independent oracle for our
 * parser of the SPEC's subset: for generated dates, both must agree on the first and
 * last millisecond, the precision, the qualifiers and which sides are open.
 *
 * Mapping: edtf's `min`/`max` are inclusive UTC milliseconds, our `end` is exclusive,
 * so our end is edtf's max + 1. Where edtf reads something the SPEC reads otherwise on
 * purpose, the comparison falls back to reading each written date on its own.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
// @ts-expect-error: edtf ships no type declarations; the part used here is typed below.
import edtfUntyped from 'edtf';
import { parseDate } from '../src/model/edtf.js';
import { zoneNamed } from '../src/model/time-zone.js';
import type { Zone } from '../src/model/zone.js';
import type { EventKind, ParsedDate, Precision } from '../src/model/types.js';
import { validDateArb, type GeneratedDate } from './helpers/arbitraries.js';

interface EdtfDate {
  type: 'Date';
  min: number;
  max: number;
  /** 1 year, 2 month, 3 day. */
  precision: number;
  approximate: { value: number };
  uncertain: { value: number };
}
interface EdtfInterval {
  type: 'Interval';
  /** `Infinity` stands for an open side (`..`). */
  lower: EdtfDate | number | null;
  upper: EdtfDate | number | null;
}
interface EdtfSet {
  type: 'Set';
  values: (EdtfDate | [EdtfDate, EdtfDate])[];
  /** `[..b]` */
  earlier: boolean;
  /** `[a..]` */
  later: boolean;
}
type EdtfValue = EdtfDate | EdtfInterval | EdtfSet | { type: string };

const edtf = edtfUntyped as (text: string) => EdtfValue;

const RUNS = 300;
const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

type Reading = Pick<
  ParsedDate,
  'kind' | 'start' | 'end' | 'precision' | 'approximate' | 'uncertain' | 'openStart' | 'openEnd'
>;

function isDate(value: unknown): value is EdtfDate {
  return typeof value === 'object' && value !== null && (value as EdtfDate).type === 'Date';
}

/** What the SPEC makes of written dates, with every number taken from edtf. */
function combine(kind: EventKind, from: EdtfDate | undefined, to: EdtfDate | undefined): Reading {
  const written = [from, to].filter(isDate);
  const known = written[0]!;
  const precision = written
    .map((date) => PRECISIONS[date.precision]!)
    .reduce((finest, p) => (RANK[p] > RANK[finest] ? p : finest));
  return {
    kind,
    // An open side takes the known date's own bounds (types.ts, ParsedDate).
    start: (from ?? known).min,
    end: (to ?? known).max + 1,
    precision,
    approximate: written.some((date) => date.approximate.value !== 0),
    uncertain: written.some((date) => date.uncertain.value !== 0),
    openStart: from === undefined,
    openEnd: to === undefined,
  };
}

/** edtf's reading of a whole string in our terms; undefined when it refuses or reads a form outside the subset. */
function readWithEdtf(text: string): Reading | undefined {
  let value: EdtfValue;
  try {
    value = edtf(text);
  } catch {
    return undefined;
  }
  if (isDate(value)) return combine(value.precision === 3 ? 'instant' : 'window', value, value);
  if (value.type === 'Interval') {
    const { lower, upper } = value as EdtfInterval;
    if (!isDate(lower) && !isDate(upper)) return undefined;
    if ((!isDate(lower) && lower !== Infinity) || (!isDate(upper) && upper !== Infinity)) return undefined;
    return combine('duration', isDate(lower) ? lower : undefined, isDate(upper) ? upper : undefined);
  }
  if (value.type === 'Set') {
    const set = value as EdtfSet;
    if (set.values.length !== 1) return undefined;
    const only = set.values[0]!;
    // Not set.max: edtf's List#last takes a range's first date, so max of [a..b] is a's end.
    if (Array.isArray(only)) return combine('window', only[0], only[1]);
    if (set.earlier === set.later) return undefined;
    return combine('window', set.earlier ? undefined : only, set.later ? undefined : only);
  }
  return undefined;
}

/** A written side of a date, as far as edtf's refusals care. */
interface Bound {
  year: number;
  month?: number;
  day?: number;
  qualified: boolean;
}

function precisionOf(date: Bound): number {
  return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;
}

/** Compares first days only, as edtf does for an interval's bounds. */
function firstDayOrder(a: Bound, b: Bound): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

/**
 * Forms the SPEC accepts and edtf refuses, on purpose:
 * - an interval whose end starts no later than its start (`2023-05/2023-05`,
 *   `2023-05-03/2023-05`, `2024-02/2024`): edtf compares first days, the SPEC asks only
 *   that the end's span finishes after the start's begins;
 * - a set range with a qualified bound (`[2023-01-21~..2023-01-31]`) or bounds of
 *   different precisions (`[2023-05..2023-05-03]`), or a set with a qualified bare year
 *   (`[..2023~]`): edtf's grammar has none of these.
 */
function edtfRefusesOnPurpose(form: GeneratedDate['form'], from: Bound | undefined, to: Bound | undefined): boolean {
  if (form === 'set' && [from, to].some((bound) => bound?.qualified && precisionOf(bound) === 1)) return true;
  if (!from || !to) return false;
  if (form === 'interval') return firstDayOrder(to, from) <= 0;
  if (form === 'set') return from.qualified || to.qualified || precisionOf(from) !== precisionOf(to);
  return false;
}

function fromGenerated(date: GeneratedDate['from']): Bound | undefined {
  return date && { ...date, qualified: date.qualifier !== '' };
}

function fromParsed(date: ParsedDate['from']): Bound | undefined {
  return date && { ...date, qualified: date.approximate || date.uncertain };
}

/**
 * edtf 4.11 mishandles the leap day of year 0 (a leap year in ISO 8601's proleptic
 * calendar): it reads 0000-02-29 as 1 March and ends 0000-02-28 at the end of 29
 * February, as if it stepped through the days in 1900, a common year. Checked by hand below.
 */
const EDTF_YEAR_ZERO_SLIP = /0000-02-2[89]/;

function ours(text: string, zone?: Zone): Reading {
  const result = parseDate(text, zone);
  if (!result.ok) throw new Error(`parseDate refused ${text}: ${result.message}`);
  const { kind, start, end, precision, approximate, uncertain, openStart, openEnd } = result.value;
  return { kind, start, end, precision, approximate, uncertain, openStart, openEnd };
}

describe('edtf as an oracle for parseDate', () => {
  it('reads every generated date of the subset as edtf does', () => {
    fc.assert(
      fc.property(
        validDateArb().filter((generated) => !EDTF_YEAR_ZERO_SLIP.test(generated.text)),
        (generated) => {
          let expected = readWithEdtf(generated.text);
          if (!expected) {
            const onPurpose = edtfRefusesOnPurpose(
              generated.form,
              fromGenerated(generated.from),
              fromGenerated(generated.to),
            );
            expect(onPurpose, `edtf refuses ${generated.text}`).to.equal(true);
            const part = (date: GeneratedDate['from']) => (date ? (edtf(date.text) as EdtfDate) : undefined);
            const kind: EventKind = generated.form === 'interval' ? 'duration' : 'window';
            expected = combine(kind, part(generated.from), part(generated.to));
          }
          expect(ours(generated.text), generated.text).to.deep.equal(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('agrees with edtf on near misses that it accepts', () => {
    // One character changed, added or removed: if we still read it, so should edtf, the same way.
    const edit = fc.record({
      at: fc.nat(),
      action: fc.constantFrom('replace', 'insert', 'delete'),
      char: fc.constantFrom(...'0123456789-/.~?%[]X '),
    });
    fc.assert(
      fc.property(validDateArb(), edit, (generated, { at, action, char }) => {
        const position = at % (generated.text.length + 1);
        const text =
          generated.text.slice(0, position) +
          (action === 'delete' ? '' : char) +
          generated.text.slice(action === 'insert' ? position : position + 1);
        const result = parseDate(text);
        if (!result.ok || EDTF_YEAR_ZERO_SLIP.test(text)) return;
        // We forgive spaces around a date; edtf does not.
        const expected = readWithEdtf(text.trim());
        if (!expected) {
          const { from, to, kind } = result.value;
          const form = text.trim().startsWith('[') ? 'set' : kind === 'duration' ? 'interval' : 'single';
          const onPurpose = edtfRefusesOnPurpose(form, fromParsed(from), fromParsed(to));
          expect(onPurpose, `we read "${text}", edtf does not`).to.equal(true);
          return;
        }
        expect(ours(text), text).to.deep.equal(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads times of day (UTC, with an offset, or without one in UTC) at the instant edtf gives', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    const time = fc.record({
      year: fc.integer({ min: 1000, max: 2999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      offset: fc.oneof(
        fc.constantFrom('', 'Z'),
        fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 12 }), fc.constantFrom(0, 30, 45))
          // Offsets in use run from -12:00 to +14:00, and ISO 8601 has no -00:00; both refuse the others.
          .filter(
            ([sign, hours, minutes]) =>
              sign === '+' || (hours < 12 && hours + minutes > 0) || (hours === 12 && minutes === 0),
          )
          .map(([sign, hours, minutes]) => `${sign}${two(hours)}:${two(minutes)}`),
      ),
    });
    fc.assert(
      fc.property(time, ({ year, month, day, hour, minute, second, offset }) => {
        const text =
          `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}` +
          (second === undefined ? '' : `:${two(second)}`) +
          offset;
        const expected = edtf(text) as EdtfDate;
        const result = ours(text, zoneNamed('UTC'));
        expect(result.start, text).to.equal(expected.min);
        expect(result.end, text).to.equal(expected.min + (second === undefined ? 60_000 : 1000));
        expect(result.precision, text).to.equal(second === undefined ? 'minute' : 'second');
        expect(result.kind, text).to.equal('instant');
      }),
      { numRuns: RUNS },
    );
  });

  it('documents where the SPEC departs from edtf on purpose', () => {
    const refusedByEdtf = [
      '2023-05/2023-05',
      '2023-05-03/2023-05',
      '2024-02/2024',
      '[2023-05..2023-05-03]',
      '[2023-01-21~..2023-01-31]',
      '[..2023~]',
    ];
    for (const text of refusedByEdtf) {
      expect(readWithEdtf(text), `edtf reads ${text}`).to.equal(undefined);
      expect(parseDate(text).ok, `we refuse ${text}`).to.equal(true);
    }
    // edtf reads a fully open interval and rolls 29 February of a common year over to
    // 1 March; the SPEC needs one known date, and an editor must hear about the slip.
    expect(() => edtf('../..')).not.to.throw();
    expect(parseDate('../..').ok).to.equal(false);
    expect((edtf('1900-02-29') as EdtfDate).min).to.equal(Date.UTC(1900, 2, 1));
    expect(parseDate('1900-02-29').ok).to.equal(false);

    const leapDayOfYearZero = new Date(0);
    leapDayOfYearZero.setUTCFullYear(0, 1, 29);
    leapDayOfYearZero.setUTCHours(0, 0, 0, 0);
    expect((edtf('[..0000-02-28]') as EdtfSet).values.length).to.equal(1);
    expect(edtf('0000/0000-02-28') as EdtfInterval).to.have.nested.property(
      'upper.max',
      +leapDayOfYearZero + 86_400_000 - 1,
    );
    expect(ours('0000-02-28').end).to.equal(+leapDayOfYearZero);
    expect((edtf('0000-02-29') as EdtfDate).min).to.equal(+leapDayOfYearZero + 86_400_000);
    expect(ours('0000-02-29').start).to.equal(+leapDayOfYearZero);
  });
});
