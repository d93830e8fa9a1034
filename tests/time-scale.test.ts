/**
 * Our linear UTC time scale (src/layout/time-scale.ts) against d3-scale's `scaleUtc`, the
 * library it replaces in the bundle: same pixels, same dates back, and the same window
 * after d3-zoom rescales it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc as d3ScaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { scaleUtc } from '../src/layout/time-scale.js';

const YEAR_MS = 365.25 * 86_400_000;
// From 3000 BC to AD 3000, in ms, fractional values included (d3 rounds them).
const time = fc.double({ min: -157e12, max: 32e12, noNaN: true });
const pixel = fc.double({ min: -5000, max: 5000, noNaN: true });

/** Same number, NaN included (both give NaN for a date beyond what a Date can hold). */
function expectSame(ours: number, theirs: number, what: string): void {
  expect(Object.is(ours, theirs), `${what}: ${ours} (ours) vs ${theirs} (d3)`).to.be.true;
}

describe('time scale: against d3-scale', () => {
  it('maps times to the same pixels for any domain and range, reversed ones included', () => {
    fc.assert(
      fc.property(time, time, pixel, pixel, fc.array(time, { minLength: 1, maxLength: 8 }), (d0, d1, r0, r1, times) => {
        const ours = scaleUtc().domain([d0, d1]).range([r0, r1]);
        const theirs = d3ScaleUtc().domain([d0, d1]).range([r0, r1]);
        for (const t of [...times, d0, d1]) {
          expectSame(ours(t), theirs(t), `at ${t}`);
          expectSame(ours(new Date(Math.round(t))), theirs(new Date(Math.round(t))), `at Date ${t}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('inverts pixels to the same whole-millisecond dates', () => {
    fc.assert(
      fc.property(
        time,
        time,
        pixel,
        pixel,
        fc.array(pixel, { minLength: 1, maxLength: 8 }),
        (d0, d1, r0, r1, pixels) => {
          const ours = scaleUtc().domain([d0, d1]).range([r0, r1]);
          const theirs = d3ScaleUtc().domain([d0, d1]).range([r0, r1]);
          for (const p of pixels) expectSame(+ours.invert(p), +theirs.invert(p), `at ${p} px`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives back the date it placed, to the millisecond', () => {
    fc.assert(
      fc.property(
        time,
        fc.double({ min: 1, max: 1000 * YEAR_MS, noNaN: true }),
        fc.integer({ min: 1, max: 4000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, span, width, at) => {
          const scale = scaleUtc()
            .domain([start, start + span])
            .range([0, width]);
          const t = Math.round(start + at * span);
          // A pixel holds span/width ms; the round trip may land anywhere in it, and no further.
          const slack = Math.max(1, span / width / 1e6);
          expect(Math.abs(+scale.invert(scale(t)) - t)).to.be.at.most(slack);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back its domain as Dates and its range as numbers, like d3', () => {
    const ours = scaleUtc()
      .domain([new Date(Date.UTC(2023, 4, 3)), 1.6e12 + 0.4])
      .range([0, 800]);
    const theirs = d3ScaleUtc()
      .domain([new Date(Date.UTC(2023, 4, 3)), 1.6e12 + 0.4])
      .range([0, 800]);
    expect(ours.domain().every((d) => d instanceof Date)).to.be.true;
    expect(ours.domain().map(Number)).to.deep.equal(theirs.domain().map(Number));
    expect(ours.range()).to.deep.equal(theirs.range());
    // The defaults match too: an unset scale is the unit line on both.
    expect(scaleUtc().domain().map(Number)).to.deep.equal(d3ScaleUtc().domain().map(Number));
    expect(scaleUtc().range()).to.deep.equal(d3ScaleUtc().range());
  });

  it('puts an empty domain in the middle of the range, as d3 does', () => {
    const ours = scaleUtc().domain([5e11, 5e11]).range([100, 300]);
    const theirs = d3ScaleUtc().domain([5e11, 5e11]).range([100, 300]);
    expect(ours(5e11)).to.equal(200);
    expect(ours(0)).to.equal(theirs(0));
  });

  it('copies independently of the original', () => {
    const original = scaleUtc().domain([0, 1000]).range([0, 100]);
    const copy = original.copy();
    copy.domain([0, 2000]).range([0, 400]);
    expect(original(500)).to.equal(50);
    expect(copy(500)).to.equal(100);
  });

  it('is rescaled by a d3-zoom transform to the same window as d3-scale', () => {
    fc.assert(
      fc.property(
        time,
        fc.double({ min: 86_400_000, max: 500 * YEAR_MS, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        (start, span, width, k, x) => {
          const transform = zoomIdentity.translate(x, 0).scale(k);
          const ours = transform.rescaleX(
            scaleUtc()
              .domain([start, start + span])
              .range([0, width]),
          );
          const theirs = transform.rescaleX(
            d3ScaleUtc()
              .domain([start, start + span])
              .range([0, width]),
          );
          ours.domain().forEach((d, i) => expectSame(+d, +theirs.domain()[i]!, `domain[${i}]`));
          expectSame(ours(start), theirs(start), 'start');
        },
      ),
      { numRuns: 500 },
    );
  });
});
