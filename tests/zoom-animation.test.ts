/**
 * Animated zooms (buttons, keys, zoomTo with animate) run on the zoom controller's own
 * tween rather than d3-transition: they must land where asked with one
 * story-rangechange, give way at once to the reader's own gesture, and leave the
 * double-click zoom immediate. The zoom path they follow is our stand-in for
 * d3-interpolate's, checked here against the library.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import fc from 'fast-check';
// Test files get the real d3-interpolate; the element gets the stand-in (see web-test-runner.config.js).
import { interpolateZoom as d3InterpolateZoom } from 'd3-interpolate';
import { interpolateZoom, type ZoomView } from '../src/shims/d3-interpolate.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';
import { wheelOn } from './helpers/wheel.js';

const DAY = 86_400_000;
/** Longer than an animated zoom (250 ms) plus d3-zoom's wheel idle time (150 ms). */
const SETTLE_MS = 600;

async function mount(): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(html`<story-timeline lang="en" style="width:800px"></story-timeline>`);
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'events were never drawn');
  return element;
}

const plot = (element: StoryTimeline) => element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
const span = (element: StoryTimeline) => +element.visibleRange.end - +element.visibleRange.start;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every story-rangechange the element fires from now on. */
function rangeChanges(element: StoryTimeline): { start: Date; end: Date }[] {
  const seen: { start: Date; end: Date }[] = [];
  element.addEventListener('story-rangechange', (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

/** Back to the fitted view, settled, the changes heard so far forgotten: a glide is taken again. */
async function refit(element: StoryTimeline, changes: unknown[]): Promise<void> {
  element.fit();
  await element.updateComplete;
  await sleep(SETTLE_MS);
  changes.length = 0;
}

describe('story-timeline: animated zooms', () => {
  it('an animated zoomTo moves through the frames, lands on the window and fires once', async () => {
    const element = await mount();
    const changes = rangeChanges(element);
    const fitted = span(element);
    // A glide is timed: a machine too busy to give it four frames lands it in fewer, rightly, and
    // shows nothing in between; the glide is then taken again from the fitted view (three times at most).
    let spans: number[] = [];
    for (let attempt = 0; attempt < 3 && spans.length < 4; attempt++) {
      if (attempt) await refit(element, changes);
      element.zoomTo('2023-05-01', '2023-06-01', { animate: true });
      expect(span(element), 'nothing moves before the first frame').to.equal(fitted);

      spans = [];
      const landed = oneEvent(element, 'story-rangechange');
      let done = false;
      void landed.then(() => (done = true));
      while (!done) {
        spans.push(span(element));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await sleep(SETTLE_MS);
    }

    expect(element.visibleRange.start.toISOString()).to.equal('2023-05-01T00:00:00.000Z');
    expect(element.visibleRange.end.toISOString()).to.equal('2023-06-02T00:00:00.000Z');
    const target = 32 * DAY;
    expect(
      spans.some((s) => s < fitted * 0.95 && s > target * 1.05),
      `an in-between window was shown (${spans.length} frames)`,
    ).to.be.true;
    expect(changes).to.have.length(1);
    expect(+changes[0]!.start).to.equal(+element.visibleRange.start);
    expect(+changes[0]!.end).to.equal(+element.visibleRange.end);
  });

  it('the zoom-in button fires one story-rangechange, once the zoom has landed', async () => {
    const element = await mount();
    const changes = rangeChanges(element);
    const fitted = span(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.closeTo(fitted / 2, fitted * 0.001);
    await sleep(SETTLE_MS);
    expect(changes).to.have.length(1);
  });

  it('a wheel zoom during an animation stops it where it is: no later jump to its target', async () => {
    const element = await mount();
    const changes = rangeChanges(element);
    const fitted = span(element);
    // One frame, not more: on a busy machine running three engines, frames come far apart, and
    // one can outlast most of the glide; it is then taken again from the fitted view (three times at most).
    let midway = 0;
    for (let attempt = 0; attempt < 3 && midway <= 20 * DAY; attempt++) {
      if (attempt) await refit(element, changes);
      element.zoomTo('2023-05-01', '2023-05-11', { animate: true });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await waitUntil(() => span(element) < fitted, 'the animation did not start', { interval: 1 });
      midway = span(element);
    }
    expect(midway, 'and is not over').to.be.greaterThan(20 * DAY);

    wheelOn(plot(element), { deltaY: -10, ctrlKey: true });
    const afterWheel = span(element);
    // d3-zoom's Ctrl + wheel step for deltaY -10 px: 2^(10 × 0.002 × 10).
    expect(afterWheel).to.be.closeTo(midway / 2 ** 0.2, midway * 0.01);

    await sleep(SETTLE_MS);
    expect(span(element), 'the view stayed where the wheel left it').to.equal(afterWheel);
    expect(span(element)).to.be.greaterThan(20 * DAY);
    expect(changes, 'one change: the wheel gesture, not the stopped animation').to.have.length(1);
    expect(+changes[0]!.end - +changes[0]!.start).to.equal(afterWheel);
  });

  it('a newer zoom takes over from a running one', async () => {
    const element = await mount();
    const changes = rangeChanges(element);
    element.zoomTo('2023-05-01', '2023-05-11', { animate: true });
    await nextFrame();
    // On a loaded machine one frame can outlast the whole first animation: it then ended on its own.
    const endedBefore = changes.length;
    element.zoomTo('2023-03-01', '2023-09-01', { animate: true });
    await oneEvent(element, 'story-rangechange');
    await sleep(SETTLE_MS);
    expect(element.visibleRange.start.toISOString()).to.equal('2023-03-01T00:00:00.000Z');
    expect(element.visibleRange.end.toISOString()).to.equal('2023-09-02T00:00:00.000Z');
    expect(changes, 'the interrupted zoom reports no end of its own').to.have.length(endedBefore + 1);
  });

  it('a double-click on the plot background zooms in ×2 at once, around the pointer', async () => {
    const element = await mount();
    const changes = rangeChanges(element);
    const box = plot(element).getBoundingClientRect();
    const x = box.left + box.width * 0.3;
    const y = box.bottom - 10;
    const hit = element.shadowRoot!.elementFromPoint(x, y);
    expect(hit?.closest('[part~="event"], [part~="cluster"]'), 'the point is background').to.equal(null);

    const before = element.visibleRange;
    const timeAt = (range: { start: Date; end: Date }) =>
      +range.start + ((x - box.left) / box.width) * (+range.end - +range.start);
    plot(element).dispatchEvent(
      new MouseEvent('dblclick', { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }),
    );
    const fitted = +before.end - +before.start;
    expect(span(element), 'zoomed before any frame').to.be.closeTo(fitted / 2, fitted * 0.001);
    expect(timeAt(element.visibleRange), 'the date under the pointer stays under it').to.be.closeTo(
      timeAt(before),
      DAY,
    );
    expect(changes).to.have.length(1);

    await sleep(SETTLE_MS);
    expect(span(element), 'and nothing moves afterwards').to.be.closeTo(fitted / 2, fitted * 0.001);
    expect(changes).to.have.length(1);
  });
});

describe('zoom path: against d3-interpolate', () => {
  const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true });
  const size = fc.double({ min: 1e-3, max: 1e7, noNaN: true });
  const view = fc.tuple(coordinate, coordinate, size);

  it('gives the same views along the way, and the same duration, as interpolateZoom', () => {
    const same = (a: ZoomView, b: number[], what: string) =>
      a.forEach((value, i) => expect(Object.is(value, b[i]), `${what}[${i}]: ${value} vs ${b[i]}`).to.be.true);
    fc.assert(
      fc.property(
        view,
        view,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (from, to, ts) => {
          const ours = interpolateZoom(from, to);
          const theirs = d3InterpolateZoom(from, to);
          for (const t of [0, 0.25, 0.5, 1, ...ts]) same(ours(t), theirs(t), `t=${t}`);
          // Object.is: views far beyond any zoom give NaN on both sides.
          expect(Object.is(ours.duration, theirs.duration), `duration ${ours.duration} vs ${theirs.duration}`).to.be
            .true;
        },
      ),
      { numRuns: 500 },
    );
    // A pure zoom about the same centre takes the other branch of the formula.
    for (const [from, to] of [
      [
        [100, 20, 800],
        [100, 20, 50],
      ],
      [
        [0, 0, 1],
        [0, 0, 1e6],
      ],
    ] as [ZoomView, ZoomView][]) {
      for (const t of [0, 0.3, 0.7, 1]) same(interpolateZoom(from, to)(t), d3InterpolateZoom(from, to)(t), `t=${t}`);
    }
  });

  it('starts at the first view and ends at the second', () => {
    const path = interpolateZoom([10, 0, 800], [4000, 0, 100]);
    const [x0, y0, w0] = path(0);
    expect(x0).to.be.closeTo(10, 1e-9);
    expect(y0).to.equal(0);
    expect(w0).to.be.closeTo(800, 1e-9);
    const [x1, , w1] = path(1);
    expect(x1).to.be.closeTo(4000, 1e-6);
    expect(w1).to.be.closeTo(100, 1e-9);
  });
});
