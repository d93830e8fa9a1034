import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear } from 'd3-time';
import { days, historicalYears, mondays, months, years, type Ticker } from '../src/layout/utc-intervals.js';
import { FINE_STEPS, multiples } from '../src/layout/time-ticks.js';

const DAY_MS = 86_400_000;

/** The library's answer for the same interval, as UTC ms. */
const oracle =
  (interval: { range(start: Date, stop: Date): Date[] }): Ticker =>
  (start, stop) =>
    interval.range(new Date(start), new Date(stop)).map((date) => date.getTime());

const pairs: [string, Ticker, Ticker][] = [
  ['days', days(), oracle(utcDay)],
  ['mondays', mondays, oracle(utcMonday)],
  [
    'every other day',
    days((time) => Math.round(time / DAY_MS) % 2 === 0),
    oracle(utcDay.filter((d) => Math.round(d.getTime() / DAY_MS) % 2 === 0)),
  ],
  ...[1, 3, 6].map((k): [string, Ticker, Ticker] => [`months(${k})`, months(k), oracle(utcMonth.every(k)!)]),
  ...[1, 2, 5, 10, 50, 100, 1000].map((k): [string, Ticker, Ticker] => [
    `years(${k})`,
    years(k),
    oracle(utcYear.every(k)!),
  ]),
];

describe('axis intervals (small UTC intervals, held to d3-time)', () => {
  it('give the same ticks as d3-time on ranges from antiquity to the far future', () => {
    // Years 1 to 9999, at any millisecond; spans from an hour to a few centuries, sized per interval.
    const time = fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 });
    for (const [name, small, library] of pairs) {
      const unit = name.startsWith('years')
        ? 365 * DAY_MS * Number(name.match(/\d+/)![0])
        : name.startsWith('months')
          ? 31 * DAY_MS
          : DAY_MS;
      fc.assert(
        fc.property(time, fc.double({ min: 0, max: 40, noNaN: true }), (start, spans) => {
          const stop = start + Math.round(spans * unit);
          expect(small(start, stop), name).to.deep.equal(library(start, stop));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('include a tick on the start and leave out one on the stop', () => {
    const start = Date.UTC(2023, 0, 1);
    const stop = Date.UTC(2025, 0, 1);
    expect(years(1)(start, stop)).to.deep.equal([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
    expect(months(6)(start, Date.UTC(2024, 0, 1))).to.deep.equal([Date.UTC(2023, 0, 1), Date.UTC(2023, 6, 1)]);
  });

  it('keep years below 100 as themselves (Date.UTC would read 50 as 1950)', () => {
    const start = -60_000_000_000_000; // in the year 68
    const ticks = years(10)(start, start + 40 * 365 * DAY_MS);
    expect(ticks.map((time) => new Date(time).getUTCFullYear())).to.deep.equal([70, 80, 90, 100]);
  });
});

describe('axis intervals finer than a day (held to d3-time)', () => {
  it('tick every 1 to 30 minutes and 1 to 12 hours as utcMinute.every and utcHour.every do', () => {
    const time = fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 });
    for (const step of FINE_STEPS) {
      const minutes = step / 60_000;
      const library = minutes < 60 ? utcMinute.every(minutes)! : utcHour.every(minutes / 60)!;
      fc.assert(
        fc.property(time, fc.double({ min: 0, max: 40, noNaN: true }), (start, steps) => {
          const stop = start + Math.round(steps * step);
          expect(multiples(step, start, stop), `${minutes} min`).to.deep.equal(oracle(library)(start, stop));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe("years on a historian's axis", () => {
  const yearOf = (time: number) => new Date(time).getUTCFullYear();
  const at = (year: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, 0, 1);
    return date.getTime();
  };

  it("after year 1, are d3-time's utcYear.every(n)", () => {
    const time = fc.integer({ min: at(1), max: 253_402_300_799_000 });
    for (const k of [1, 2, 5, 10, 100, 1000]) {
      fc.assert(
        fc.property(time, fc.double({ min: 0, max: 40, noNaN: true }), (start, spans) => {
          const stop = start + Math.round(spans * k * 365 * DAY_MS);
          expect(historicalYears(k)(start, stop)).to.deep.equal(oracle(utcYear.every(k)!)(start, stop));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("before year 1, fall on round years before Christ (d3's years whose BC number is a multiple)", () => {
    // Astronomical year y is 1 − y BC: year -99 is 100 BC.
    const time = fc.integer({ min: at(-271_000), max: at(200) });
    for (const k of [1, 2, 5, 10, 100, 1000, 10_000]) {
      const roundBc = (start: number, stop: number) =>
        oracle(utcYear)(start, stop).filter((t) => (yearOf(t) <= 0 ? (1 - yearOf(t)) % k === 0 : yearOf(t) % k === 0));
      fc.assert(
        // The oracle walks every year: a few thousand at most per run.
        fc.property(time, fc.double({ min: 0, max: Math.min(30, 5000 / k), noNaN: true }), (start, spans) => {
          const stop = start + Math.round(spans * k * 365 * DAY_MS);
          expect(historicalYears(k)(start, stop)).to.deep.equal(roundBc(start, stop));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('read 200 BC, 100 BC, AD 100, AD 200 around year 1', () => {
    const ticks = historicalYears(100)(at(-250), at(250));
    expect(ticks.map(yearOf)).to.deep.equal([-199, -99, 100, 200]);
  });
});
