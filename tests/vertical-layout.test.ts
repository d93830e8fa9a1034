/** The vertical reading's layout (`src/layout/vertical.ts`): pure, over plain numbers. */
import { expect } from '@open-wc/testing';
import {
  columnPlaces,
  defaultMsPerPx,
  gapInUnits,
  layoutVertical,
  type VerticalEntry,
} from '../src/layout/vertical.js';
import { formatGap } from '../src/format/rail.js';
import { strings as en } from '../src/format/lang/en.js';
import { strings as fr } from '../src/format/lang/fr.js';
import { strings as ar } from '../src/format/lang/ar.js';

const DAY = 86_400_000;
const HOUR = DAY / 24;
const day = (iso: string): VerticalEntry => {
  const start = Date.parse(`${iso}T00:00Z`);
  return { start, end: start + DAY, kind: 'instant' };
};
const span = (from: string, to: string, kind: 'duration' | 'window'): VerticalEntry => ({
  start: Date.parse(`${from}T00:00Z`),
  end: Date.parse(`${to}T00:00Z`),
  kind,
});
/** A day drawn 4 px tall, 12 px points, gaps over 200 px folded. */
const options = { msPerPx: DAY / 4, point: 12, foldAbove: 200, breakHeight: 40 };

describe('vertical layout', () => {
  it('spaces rows by their time, and stacks a crowded day instead of overlapping', () => {
    const entries = [day('2023-05-01'), day('2023-05-11'), day('2023-05-11'), day('2023-05-12')];
    const { rows } = layoutVertical(entries, { ...options, heights: [30, 30, 30, 30], gap: 6 });
    expect(rows.map((row) => row.room)).to.deep.equal([40, 0, 4, 0]);
    // Estimated tops: 40 px for ten days, then each crowded row its own height and gap.
    expect(rows.map((row) => row.top)).to.deep.equal([0, 40, 76, 112]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).to.be.above(rows[i - 1]!.top);
  });

  it('folds a gap that would be drawn longer than the limit, and says how long it was', () => {
    const entries = [day('2023-05-01'), day('2023-05-20'), day('2024-07-20')];
    const { rows, height } = layoutVertical(entries, { ...options, heights: [20, 20, 20] });
    expect(rows[0]!.folded).to.equal(undefined);
    expect(rows[1]!.folded).to.equal(Date.parse('2024-07-20') - Date.parse('2023-05-20'));
    expect(rows[1]!.room).to.equal(0);
    expect(rows[1]!.ticks).to.deep.equal([]);
    // The second row takes its content and the break, not 14 months drawn to scale.
    expect(rows[2]!.top - rows[1]!.top).to.equal(20 + 8 + 40);
    expect(height).to.be.below(300);
    expect(formatGap(rows[1]!.folded!, en)).to.equal('14 months later');
    expect(formatGap(rows[1]!.folded!, fr).replace(/\s/g, ' ')).to.equal('14 mois plus tard');
    expect(formatGap(rows[1]!.folded!, ar)).to.match(/^بعد /);
  });

  it('draws a day as a point, a bar for its time, and a window never shorter than three points', () => {
    const entries = [
      day('2023-01-01'),
      span('2023-01-10', '2023-01-20', 'duration'),
      span('2023-02-01', '2023-02-02', 'window'),
      day('2023-03-01'),
      span('2023-04-01', '2024-04-01', 'window'),
    ];
    const { rows } = layoutVertical(entries, options);
    expect(rows[0]!.markLength).to.equal(12);
    expect(rows[1]!.markLength).to.equal(40);
    expect(rows[2]!.markLength).to.equal(36);
    expect(rows[2]!.markLength).to.be.above(rows[0]!.markLength);
    // The last window is drawn a few points long, and its row is as long as it.
    expect(rows[4]!.markLength).to.equal(48);
    expect(rows[4]!.room).to.equal(48);
    // No mark runs past its row into the next.
    rows.slice(0, -1).forEach((row) => expect(row.markLength).to.be.at.most(Math.max(row.room, 36)));
  });

  it('puts the months (or the years) that fall in a row on the axis, at their offset', () => {
    const { rows } = layoutVertical([day('2023-01-21'), day('2023-04-01')], { ...options, msPerPx: DAY });
    expect(rows[0]!.ticks.map((tick) => [new Date(tick.time).toISOString().slice(0, 7), tick.offset])).to.deep.equal([
      ['2023-02', 11],
      ['2023-03', 39],
    ]);
    // A month too short to tell apart: years only.
    const years = layoutVertical([day('2020-06-01'), day('2023-06-01')], {
      ...options,
      msPerPx: DAY * 10,
      foldAbove: 1e4,
    });
    expect(years.rows[0]!.ticks.map((tick) => tick.unit)).to.deep.equal(['year', 'year', 'year']);
    expect(years.rows[0]!.ticks[0]!.time).to.equal(Date.parse('2021-01-01'));
    // The last entry's own date carries its mark when it falls on one: "2024" beside a plan for 2024.
    const last = layoutVertical([day('2023-07-11'), span('2024-01-01', '2025-01-01', 'window')], {
      ...options,
      msPerPx: DAY,
      foldAbove: 1e4,
    }).rows.at(-1)!;
    expect(last.ticks.map((tick) => [tick.time, tick.offset, tick.unit])).to.deep.equal([
      [Date.parse('2024-01-01'), 0, 'year'],
    ]);
    expect(
      layoutVertical([day('2023-07-11'), day('2023-07-12')], { ...options, msPerPx: DAY }).rows[1]!.ticks,
    ).to.deep.equal([]);
  });

  it('fits the first view to the usual step between events', () => {
    const starts = [0, 10, 20, 40, 1000].map((n) => n * DAY);
    expect(defaultMsPerPx(starts, 50)).to.equal((20 * DAY) / 50);
    expect(defaultMsPerPx([5, 5, 5])).to.be.above(0);
  });

  it('places groups side by side: each entry holds its column until its next entry there, or a row across', () => {
    // Columns 0 1 1 0, "as of" across, then 1; the third entry has a card (a row across).
    const { places, rows } = columnPlaces([0, 1, 1, 0, -1, 1], [0, 0, 1, 0, 0, 0]);
    expect(rows).to.equal(7);
    expect(places).to.deep.equal([
      { row: 0, rows: 3 }, // beside the next two, until the card (row 3) across, before its column's next entry
      { row: 1, rows: 1 }, // its column's next entry is on the next row
      { row: 2, rows: 2, across: 3 }, // its own row and its card's
      { row: 4, rows: 1 }, // until "as of"
      { row: 5, rows: 1 }, // "as of", across
      { row: 6, rows: 1 }, // the last: to the end
    ]);
  });

  it('words a gap in its longest unit', () => {
    expect(gapInUnits(3 * DAY)).to.deep.equal({ value: 3, unit: 'day' });
    expect(gapInUnits(2 * DAY)).to.deep.equal({ value: 2, unit: 'day' });
    // Hours of a story with times of day: never "1 day later".
    expect(gapInUnits(DAY + 10 * HOUR)).to.deep.equal({ value: 34, unit: 'hour' });
    expect(gapInUnits(5 * HOUR)).to.deep.equal({ value: 5, unit: 'hour' });
    expect(gapInUnits(40 * 60_000)).to.deep.equal({ value: 40, unit: 'minute' });
    expect(gapInUnits(20_000)).to.deep.equal({ value: 1, unit: 'minute' });
    expect(formatGap(5 * HOUR, en)).to.equal('5 hours later');
    expect(formatGap(5 * HOUR, fr).replace(/\s/g, ' ')).to.equal('5 heures plus tard');
    expect(gapInUnits(21 * DAY)).to.deep.equal({ value: 3, unit: 'week' });
    expect(gapInUnits(400 * DAY)).to.deep.equal({ value: 13, unit: 'month' });
    expect(gapInUnits(3 * 365 * DAY)).to.deep.equal({ value: 3, unit: 'year' });
  });
});
