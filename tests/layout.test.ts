import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { packLanes } from '../src/layout/lanes.js';
import fc from 'fast-check';
import { defaultLayoutOptions, layoutEvents, type LayoutOptions } from '../src/layout/marks.js';
import { orderByLeft } from '../src/layout/counting-sort.js';
import { lowerBound } from '../src/layout/time-index.js';
import { normalizeStory } from '../src/model/normalize.js';
import type { StoryEvent } from '../src/model/types.js';
import { generateEvents } from '../demo/generated.js';
import { firstStory } from './helpers/fixtures.js';

const options = (width: number, lanes = 6): LayoutOptions => ({
  ...defaultLayoutOptions,
  lanes,
  width,
  measureLabel: (text) => text.length * 7,
});

function overlaps(a: { left: number; right: number; lane: number }, b: { left: number; right: number; lane: number }) {
  return a.lane === b.lane && a.left < b.right && b.left < a.right;
}

interface Item {
  markLeft: number;
  markRight: number;
  labelLeft: number;
}

/** Runs packLanes on plain items and gives one placement object per item back. */
function pack(items: Item[], measure: (index: number) => number, options: Parameters<typeof packLanes>[2]) {
  const placed = packLanes(
    {
      count: items.length,
      markLeft: items.map((item) => item.markLeft),
      markRight: items.map((item) => item.markRight),
      labelLeft: items.map((item) => item.labelLeft),
    },
    measure,
    options,
  );
  return items.map((_, i) => ({
    lane: placed.lane[i]!,
    labelLeft: placed.labelLeft[i]!,
    labelMaxWidth: placed.labelMaxWidth[i]!,
  }));
}

describe('layout: lanes', () => {
  it('places neighbours in different lanes when their labels would collide', () => {
    const items = [0, 10, 20].map((x) => ({ markLeft: x, markRight: x + 12, labelLeft: x }));
    const placed = pack(items, () => 100, { lanes: 3, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed.map((p) => p.lane)).to.deep.equal([0, 1, 2]);
  });

  it('shortens a label rather than dropping the next event', () => {
    const items = [
      { markLeft: 0, markRight: 12, labelLeft: 0 },
      { markLeft: 80, markRight: 92, labelLeft: 80 },
    ];
    const placed = pack(items, () => 200, { lanes: 1, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed.map((p) => p.lane)).to.deep.equal([0, 0]);
    expect(placed[0]!.labelMaxWidth).to.equal(72);
    expect(placed[1]!.labelMaxWidth).to.equal(200);
  });

  it('measures only the labels that are drawn', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      markLeft: i / 10,
      markRight: i / 10 + 4,
      labelLeft: i / 10,
    }));
    let measured = 0;
    const placed = pack(items, () => (measured++, 60), { lanes: 4, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed.filter((p) => p.lane >= 0)).to.have.length(measured);
    expect(measured).to.be.lessThan(50);
  });

  it('skips ahead past items no lane can take, and places the same ones as trying each', () => {
    const items = Array.from({ length: 5000 }, (_, i) => {
      const x = (i * 7919) % 4000;
      return { markLeft: x / 5, markRight: x / 5 + 6, labelLeft: x / 5 };
    }).sort((a, b) => a.markLeft - b.markLeft);
    const options = { lanes: 3, gap: 8, minLabelWidth: 40, width: 800 };
    let measured = 0;
    const fast = pack(items, () => (measured++, 90), options);
    // Reference: the same greedy rule, one item at a time, no skipping: the topmost free lane
    // from the last placed item's lane down, else the topmost free lane.
    const right = [-Infinity, -Infinity, -Infinity];
    let from = 0;
    const slow = items.map((item) => {
      const free = (r: number, lane: number) => lane >= from && r + options.gap <= item.markLeft;
      let lane = right.findIndex(free);
      if (lane < 0) lane = right.findIndex((r) => r + options.gap <= item.markLeft);
      if (lane >= 0) [right[lane], from] = [Math.max(item.markRight, item.labelLeft + 90), lane];
      return lane;
    });
    const shortened = fast.some((p, i) => p.lane !== slow[i]);
    // Shortening can only add placements the reference misses, never drop one it makes.
    for (let i = 0; i < items.length; i++) if (slow[i]! >= 0 && !shortened) expect(fast[i]!.lane).to.equal(slow[i]);
    expect(fast.filter((p) => p.lane >= 0).length).to.be.at.least(slow.filter((lane) => lane >= 0).length);
    expect(measured).to.equal(fast.filter((p) => p.lane >= 0).length);
  });

  it('keeps date order from top to bottom: a later item takes the lane of the one before it, or one below', () => {
    // Item 2 would fit in lane 0 again; it goes in lane 1, under item 1, which is as free.
    const items = [0, 10, 300].map((x) => ({ markLeft: x, markRight: x + 12, labelLeft: x }));
    const placed = pack(items, () => 100, { lanes: 3, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed.map((p) => p.lane)).to.deep.equal([0, 1, 1]);
    // Far apart, they all share the top lane: order never asks for more lanes.
    const apart = [0, 200, 400].map((x) => ({ markLeft: x, markRight: x + 12, labelLeft: x }));
    expect(
      pack(apart, () => 100, { lanes: 3, gap: 8, minLabelWidth: 40, width: 800 }).map((p) => p.lane),
    ).to.deep.equal([0, 0, 0]);
  });

  it('goes above the item before it only when no lane below is free', () => {
    const items = [
      { markLeft: 0, markRight: 12, labelLeft: 0 },
      { markLeft: 10, markRight: 22, labelLeft: 10 },
      { markLeft: 20, markRight: 32, labelLeft: 20 },
      { markLeft: 80, markRight: 92, labelLeft: 80 },
    ];
    const widths = [300, 50, 100, 50];
    const placed = pack(items, (i) => widths[i]!, { lanes: 3, gap: 8, minLabelWidth: 40, width: 800 });
    // Lane 2 is taken up to 128 px by item 2's label; lane 1 is free from 68 px.
    expect(placed.map((p) => p.lane)).to.deep.equal([0, 1, 2, 1]);
  });

  it('slides a label left at the right edge, without covering its neighbour', () => {
    const items = [{ markLeft: 780, markRight: 792, labelLeft: 780 }];
    const placed = pack(items, () => 150, { lanes: 1, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed[0]!.labelLeft).to.equal(650);
    expect(placed[0]!.labelMaxWidth).to.equal(150);
  });
});

describe('layout: lanes kept from the last frame', () => {
  const options = { lanes: 2, gap: 8, minLabelWidth: 40, width: 800 };

  it('an item keeps its lane, and the others fill the room around it', () => {
    const items = [
      { markLeft: 0, markRight: 12, labelLeft: 0 },
      { markLeft: 300, markRight: 312, labelLeft: 300 },
    ];
    const fresh = packLanes(
      {
        count: 2,
        markLeft: items.map((i) => i.markLeft),
        markRight: items.map((i) => i.markRight),
        labelLeft: items.map((i) => i.labelLeft),
      },
      () => 100,
      options,
    );
    expect([...fresh.lane]).to.deep.equal([0, 0]);
    const held = packLanes(
      {
        count: 2,
        markLeft: items.map((i) => i.markLeft),
        markRight: items.map((i) => i.markRight),
        labelLeft: items.map((i) => i.labelLeft),
        keep: { count: 1, item: [1], lane: [1] },
      },
      () => 100,
      options,
    );
    expect([...held.lane]).to.deep.equal([0, 1]);
  });

  it('a label before a kept item is cut short of it, and an item with no readable room goes elsewhere', () => {
    const input = {
      count: 3,
      markLeft: [0, 60, 100],
      markRight: [12, 72, 112],
      labelLeft: [0, 60, 100],
      keep: { count: 1, item: [2], lane: [0] },
    };
    const placed = packLanes(input, () => 150, options);
    expect(placed.lane[2]).to.equal(0);
    // Item 0 fits before the kept item with a label cut at 100 - gap; item 1 (room 32 px < 40) does not.
    expect(placed.lane[0]).to.equal(0);
    expect(placed.labelMaxWidth[0]).to.equal(92);
    expect(placed.lane[1]).to.equal(1);
  });
});

describe('layout: events', () => {
  const story = normalizeStory(generateEvents(3000, 7));
  const domain: [Date, Date] = [new Date(Date.UTC(1950, 0, 1)), new Date(Date.UTC(2026, 0, 1))];

  it('no two drawn events overlap, and every event is drawn or counted in a cluster', () => {
    for (const width of [320, 1200]) {
      const x = scaleUtc().domain(domain).range([0, width]);
      const layout = layoutEvents(story.events, x, options(width));
      const boxes = layout.marks.map((mark) => ({
        lane: mark.lane,
        left: Math.min(mark.left, mark.labelLeft),
        right: Math.max(mark.left + mark.width, mark.labelLeft + mark.labelMaxWidth),
      }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).to.equal(false);
      // Every label stays attached to its mark: it starts at or before the mark's right end
      // and ends at or after its left end (or at the view's edge).
      for (const mark of layout.marks) {
        expect(mark.labelLeft, mark.event.id).to.be.at.most(Math.max(0, mark.left + mark.width) + 0.5);
        expect(mark.labelLeft + mark.labelMaxWidth, mark.event.id).to.be.at.least(Math.min(mark.left, width) - 0.5);
        expect(mark.labelLeft + mark.labelMaxWidth, mark.event.id).to.be.at.most(width + 0.5);
      }
      const clustered = layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
      expect(layout.marks.length + clustered).to.equal(story.events.length);
      for (let i = 1; i < layout.clusters.length; i++)
        expect(layout.clusters[i]!.left).to.be.at.least(
          layout.clusters[i - 1]!.left + layout.clusters[i - 1]!.width - 1e-6,
        );
    }
  });

  it('finds the same events near a zoomed view as a full scan does', () => {
    const width = 800;
    for (const [from, to] of [
      [Date.UTC(1960, 0, 1), Date.UTC(1961, 0, 1)],
      [Date.UTC(2001, 3, 1), Date.UTC(2001, 3, 9)],
      [Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1)],
    ] as const) {
      const scale = scaleUtc().domain([from, to]).range([0, width]);
      const withoutIndex = Object.assign((time: number | Date) => scale(time), {});
      const indexed = layoutEvents(story.events, scale, options(width, 40));
      const scanned = layoutEvents(story.events, withoutIndex, options(width, 40));
      const drawn = (layout: typeof indexed) => layout.marks.map((mark) => mark.event.id).sort();
      const clustered = (layout: typeof indexed) => layout.clusters.map((cluster) => [cluster.left, cluster.count]);
      expect(drawn(indexed)).to.deep.equal(drawn(scanned));
      expect(clustered(indexed)).to.deep.equal(clustered(scanned));
    }
  });

  it('keeps a long event that started long before the view', () => {
    const events: StoryEvent[] = [
      { id: 'long', date: '1950-01-01/2020-12-31', title: 'Long' },
      ...Array.from({ length: 200 }, (_, i) => ({
        date: `19${String(50 + (i % 50)).padStart(2, '0')}-06-01`,
        title: `E${i}`,
      })),
    ];
    const { events: normalized } = normalizeStory(events);
    const scale = scaleUtc()
      .domain([Date.UTC(2010, 0, 1), Date.UTC(2010, 1, 1)])
      .range([0, 600]);
    const layout = layoutEvents(normalized, scale, options(600));
    expect(layout.marks.map((mark) => mark.event.id)).to.deep.equal(['long']);
  });

  it('orders marks by left edge as a comparison sort does, ties in date order, far-left ones together', () => {
    const floor = -53;
    const ceiling = 1240;
    const left = fc.integer({ min: (floor - 400) * 16, max: ceiling * 16 }).map((steps) => steps / 16);
    fc.assert(
      fc.property(fc.array(left, { maxLength: 300 }), (lefts) => {
        const order = new Int32Array(lefts.length);
        orderByLeft(Float64Array.from(lefts), lefts.length, floor, ceiling, order);
        const expected = lefts
          .map((value, index) => ({ key: Math.max(floor, value), index }))
          .sort((a, b) => a.key - b.key || a.index - b.index)
          .map(({ index }) => index);
        expect([...order]).to.deep.equal(expected);
      }),
    );
  });

  it('keeps the events of the last frame in their lanes when the view zooms or pans a little', () => {
    const views: [number, number, number, number][] = [
      [1950, 2026, 1960, 2016],
      [1990, 2000, 1991, 2001],
      [1950, 2026, 1955, 2021],
    ];
    for (const [from, to, nextFrom, nextTo] of views) {
      const first = scaleUtc()
        .domain([Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)])
        .range([0, 1200]);
      const next = scaleUtc()
        .domain([Date.UTC(nextFrom, 0, 1), Date.UTC(nextTo, 0, 1)])
        .range([0, 1200]);
      const previous = layoutEvents(story.events, first, options(1200));
      const layout = layoutEvents(story.events, next, { ...options(1200), previous });
      const lanes = new Map(layout.marks.map((mark) => [mark.event.id, mark.lane]));
      // Those still well inside the view (not pushed against its right edge).
      const stay = previous.marks.filter(
        (mark) => next(mark.event.date.start) > 0 && next(mark.event.date.start) < 1100,
      );
      const kept = stay.filter((mark) => lanes.get(mark.event.id) === mark.lane);
      expect(kept.length, `${from}–${to} to ${nextFrom}–${nextTo}`).to.equal(stay.length);
    }
  });

  it('holds its invariants through any run of zooms and pans', () => {
    const width = 900;
    const step = fc.record({
      zoom: fc.double({ min: 0.6, max: 1.6, noNaN: true }),
      pan: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let [start, end] = [Date.UTC(1950, 0, 1), Date.UTC(2026, 0, 1)];
        let previous = layoutEvents(story.events, scaleUtc().domain([start, end]).range([0, width]), options(width, 4));
        for (const { zoom, pan } of steps) {
          const span = Math.max((end - start) / zoom, 7 * 86_400_000);
          const centre = (start + end) / 2 + (end - start) * pan;
          [start, end] = [centre - span / 2, centre + span / 2];
          const x = scaleUtc().domain([start, end]).range([0, width]);
          const layout = layoutEvents(story.events, x, { ...options(width, 4), previous });
          const boxes = layout.marks.map((mark) => ({
            lane: mark.lane,
            left: Math.min(mark.left, mark.labelLeft),
            right: Math.max(mark.left + mark.width, mark.labelLeft + mark.labelMaxWidth),
          }));
          for (let i = 0; i < boxes.length; i++) {
            expect(boxes[i]!.lane).to.be.within(0, 3);
            for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).to.equal(false);
          }
          for (const mark of layout.marks) {
            expect(mark.labelLeft).to.be.at.most(Math.max(0, mark.left + mark.width) + 0.5);
            // A mark in the margin past the right edge has no label room at all.
            if (mark.labelMaxWidth > 0) expect(mark.labelLeft + mark.labelMaxWidth).to.be.at.most(width + 0.5);
          }
          const ids = new Set(layout.marks.map((mark) => mark.event.id));
          expect(ids.size).to.equal(layout.marks.length);
          const clustered = layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
          expect(layout.marks.length + clustered).to.be.at.most(story.events.length);
          previous = layout;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('lowerBound finds the first position at or above a value', () => {
    const values = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 2, 3, 4, 5, 6].map((v) => lowerBound(values, v))).to.deep.equal([0, 0, 1, 1, 3, 3, 4]);
  });
});

describe('layout: labels stay with their marks (issue #12)', () => {
  // The demo's first story, as the demo shows it: its widths and dates are the ones readers saw.
  const story = normalizeStory({
    events: [
      { id: 'meet', date: '[2023-01-21..2023-01-31]', title: 'Fumio Kishida and Jens Stoltenberg meet' },
      { id: 'draft', date: '2023-04', title: 'A draft proposal goes to the 31 members' },
      { id: 'leak', date: '2023-05-03', title: 'Nikkei reveals the plan for a Tokyo office' },
      { id: 'itpp', date: '[..2023-07-10]', title: 'Tokyo aims to sign a NATO partnership programme (ITPP)' },
      { id: 'vilnius', date: '2023-07-11/2023-07-12', title: 'NATO summit in Vilnius' },
      { id: 'opening', date: '2024', title: 'Planned opening of the Tokyo liaison office' },
    ],
  });
  const { gap, minLabelWidth } = defaultLayoutOptions;
  // The tests' first story: shorter titles, so the latest event fits high up, above the others.
  const fixtureStory = normalizeStory(firstStory);

  for (const width of [1280, 390, 320]) {
    it(`at ${width} px rows keep date order from top to bottom`, () => {
      for (const { events } of [story, fixtureStory]) {
        const x = scaleUtc()
          .domain([Date.UTC(2022, 11, 1), Date.UTC(2025, 1, 1)])
          .range([0, width]);
        // Two lines under 600 px: a label needs about 0.6 of its one-line width (as the element measures).
        const measure = (text: string) => text.length * 7 * (width < 600 ? 0.6 : 1);
        const layout = layoutEvents(events, x, { ...options(width), measureLabel: measure });
        expect(layout.marks).to.have.length(events.length);
        const lanes = layout.marks.map((mark) => mark.lane);
        for (let i = 1; i < lanes.length; i++)
          expect(lanes[i], `${layout.marks[i]!.event.id} at ${width}: ${lanes.join(',')}`).to.be.at.least(
            lanes[i - 1]!,
          );
      }
    });
  }

  for (const width of [1280, 390, 320]) {
    it(`at ${width} px a label starts at its mark, or ends at a narrow one, never a gap away`, () => {
      const extent = [Date.UTC(2022, 11, 1), Date.UTC(2025, 1, 1)];
      const x = scaleUtc().domain(extent).range([0, width]);
      const layout = layoutEvents(story.events, x, options(width));
      expect(layout.marks).to.have.length(6);
      for (const mark of layout.marks) {
        const markLeft = Math.max(0, mark.left);
        const markRight = mark.left + mark.width;
        const startsAt = Math.abs(mark.labelLeft - markLeft);
        const endsAt = Math.abs(mark.labelLeft + mark.labelMaxWidth - markRight);
        const id = mark.event.id;
        if (mark.width >= minLabelWidth) {
          // A bar's label starts on the visible bar.
          expect(startsAt, `${id} at ${width}`).to.be.at.most(0.5);
        } else {
          expect(Math.min(startsAt, endsAt), `${id} at ${width}: ${startsAt} / ${endsAt}`).to.be.at.most(gap);
        }
      }
    });
  }
});
