import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { packLanes } from '../src/layout/lanes.js';
import fc from 'fast-check';
import {
  defaultLayoutOptions,
  layoutEvents,
  lowerBound,
  orderByLeft,
  type LayoutOptions,
} from '../src/layout/marks.js';
import { normalizeStory } from '../src/model/normalize.js';
import type { StoryEvent } from '../src/model/types.js';
import { generateEvents } from '../demo/generated.js';

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
    // Reference: the same greedy rule, one item at a time, no skipping.
    const right = [-Infinity, -Infinity, -Infinity];
    const slow = items.map((item) => {
      const lane = right.findIndex((r) => r + options.gap <= item.markLeft);
      if (lane >= 0) right[lane] = Math.max(item.markRight, item.labelLeft + 90);
      return lane;
    });
    const shortened = fast.some((p, i) => p.lane !== slow[i]);
    // Shortening can only add placements the reference misses, never drop one it makes.
    for (let i = 0; i < items.length; i++) if (slow[i]! >= 0 && !shortened) expect(fast[i]!.lane).to.equal(slow[i]);
    expect(fast.filter((p) => p.lane >= 0).length).to.be.at.least(slow.filter((lane) => lane >= 0).length);
    expect(measured).to.equal(fast.filter((p) => p.lane >= 0).length);
  });

  it('slides a label left at the right edge, without covering its neighbour', () => {
    const items = [{ markLeft: 780, markRight: 792, labelLeft: 780 }];
    const placed = pack(items, () => 150, { lanes: 1, gap: 8, minLabelWidth: 40, width: 800 });
    expect(placed[0]!.labelLeft).to.equal(650);
    expect(placed[0]!.labelMaxWidth).to.equal(150);
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

  it('lowerBound finds the first position at or above a value', () => {
    const values = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 2, 3, 4, 5, 6].map((v) => lowerBound(values, v))).to.deep.equal([0, 0, 1, 1, 3, 3, 4]);
  });
});
