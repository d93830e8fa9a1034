/**
 * The view's pure helpers, out of the view controller: each band's frame at the fitted view and
 * frame by frame, the origin the events are placed from, the view new events open on, and a
 * zoom about a pixel.
 */
import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { defaultLayoutOptions, type LayoutOptions } from '../src/layout/marks.js';
import { arrangeBands } from '../src/layout/bands.js';
import { fitBandFrames, nextBandFrames } from '../src/layout/band-frames.js';
import { emptyFrame } from '../src/layout/frame.js';
import { originAnchor } from '../src/layout/origin.js';
import { openingView, windowToReveal, type TimeWindow } from '../src/layout/view.js';
import { DAY_MS } from '../src/model/time-units.js';
import { Transform, scaleAbout } from '../src/layout/transform.js';
import { normalizeStory } from '../src/model/normalize.js';
import { firstStory } from './helpers/fixtures.js';

const WIDTH = 900;
const options = (lanes: number): LayoutOptions => ({
  ...defaultLayoutOptions,
  lanes,
  width: WIDTH,
  measureLabel: (text) => text.length * 7,
});

describe('view state: band frames', () => {
  const story = normalizeStory({
    ...firstStory,
    groups: [{ id: 'a', title: 'A' }],
    events: firstStory.events.map((event, n) => (n % 2 ? { ...event, group: 'a' } : event)),
  });
  const { bands } = arrangeBands(story.events, story.groups);
  const times = story.events.flatMap((event) => [event.date.start, event.date.end]);
  const fit = scaleUtc()
    .domain([Math.min(...times), Math.max(...times)])
    .range([0, WIDTH]);

  it('gives each band the lanes it needs at the fitted view, and lays every band out frame by frame', () => {
    const fitted = fitBandFrames(bands, [], fit, options);
    expect(fitted.bandFrames.map((band) => band.band)).to.deep.equal(bands);
    expect(fitted.bandFrames.every((band) => band.lanes >= 1 && band.frame === emptyFrame)).to.equal(true);
    expect(fitted.lanes).to.equal(fitted.bandFrames.reduce((sum, band) => sum + band.lanes, 0));

    const marks = nextBandFrames(fitted.bandFrames, fit, options, [], undefined);
    const drawn = fitted.bandFrames.flatMap((band) => band.frame.layout.marks);
    expect(marks).to.deep.equal(drawn);
    expect(
      marks.length + fitted.bandFrames.reduce((sum, band) => sum + band.frame.layout.clusters.length, 0),
    ).to.be.greaterThan(0);

    // The same bands fitted again keep their frames; new bands start from none.
    const again = fitBandFrames(bands, fitted.bandFrames, fit, options);
    expect(again.bandFrames.map((band) => band.frame)).to.deep.equal(fitted.bandFrames.map((band) => band.frame));
    const fresh = fitBandFrames(arrangeBands(story.events, story.groups).bands, fitted.bandFrames, fit, options);
    expect(fresh.bandFrames.every((band) => band.frame === emptyFrame)).to.equal(true);
  });
});

describe('view state: origin, opening view, zoom about a pixel', () => {
  const scale = scaleUtc().domain([0, 1000]).range([0, 100]);

  it('keeps the origin while the zoom factor and width stay and it is near, else takes the start edge', () => {
    const first = originAnchor(undefined, scale, 2, 100);
    expect(first).to.deep.equal({ time: 0, k: 2, width: 100 });
    expect(originAnchor(first, scale.copy().domain([500, 1500]), 2, 100)).to.equal(first);
    expect(originAnchor(first, scale.copy().domain([500, 1500]), 3, 100)).to.deep.equal({
      time: 500,
      k: 3,
      width: 100,
    });
    expect(originAnchor(first, scale, 2, 120).width).to.equal(120);
    const far = scale.copy().domain([10_000, 11_000]);
    expect(originAnchor(first, far, 2, 100).time).to.equal(10_000);
  });

  it('opens on the window asked for while it overlaps the events, and a later call wins', () => {
    const extent: TimeWindow = [0, 100];
    expect(openingView('fit', [50, 150], extent, [])).to.deep.equal([[50, 150], 1]);
    expect(openingView('fit', [200, 300], extent, [])).to.deep.equal(['fit', 1]);
    expect(openingView([10, 20], undefined, extent, [2, 3])).to.deep.equal([[10, 20], 6]);
    expect(openingView([10, 20], [50, 150], extent, [2, 'fit'])).to.deep.equal(['fit', 1]);
  });

  it('reveals an event by narrowing only to a window that draws it, else keeps the context', () => {
    const event = normalizeStory(firstStory).events.find(({ id }) => id === 'nikkei-leak');
    const centre = (event!.date.start + event!.date.end) / 2;
    const current: TimeWindow = [centre - 400 * DAY_MS, centre + 400 * DAY_MS];
    const span = ([start, end]: TimeWindow) => end - start;
    const tried: number[] = [];
    // Drawn once the window is 100 days or less: the first halving that gets there is taken.
    const narrowed = windowToReveal(event!, current, 2000 * DAY_MS, (window) => {
      tried.push(span(window));
      return span(window) <= 100 * DAY_MS;
    });
    expect(span(narrowed)).to.equal(100 * DAY_MS);
    expect(tried).to.deep.equal([800, 400, 200, 100].map((days) => days * DAY_MS));
    expect((narrowed[0] + narrowed[1]) / 2).to.equal(centre);
    // Drawn only at the finest window (a day): that one.
    expect(span(windowToReveal(event!, current, 2000 * DAY_MS, (window) => span(window) <= DAY_MS))).to.equal(DAY_MS);
    // Drawn nowhere (a width too small for any mark): no one-day window, the context stays.
    expect(windowToReveal(event!, current, 2000 * DAY_MS, () => false)).to.deep.equal(current);
  });

  it('zooms about a pixel: the time there stays there', () => {
    const before = new Transform(2, -30, 0);
    const after = scaleAbout(before, 4, 70);
    expect(after.k).to.equal(8);
    expect(after.invertX(70)).to.be.closeTo(before.invertX(70), 1e-9);
  });
});
