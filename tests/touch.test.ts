import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame, storyIds } from './helpers/fixtures.js';

interface TouchPoint {
  x: number;
  y: number;
  id?: number;
}
type Step =
  { type: 'touchStart' | 'touchMove' | 'touchEnd'; touchPoints: TouchPoint[] } | { wait: number } | { until: string };

function touch(steps: Step[]): Promise<unknown> {
  return executeServerCommand('touch', { steps });
}

/** A finger (or several) moving from `from` to `to` in `moves` steps. */
function gesture(from: TouchPoint[], to: TouchPoint[], moves = 8): Step[] {
  const steps: Step[] = [{ type: 'touchStart', touchPoints: from }];
  for (let i = 1; i <= moves; i++) {
    steps.push({ wait: 16 });
    steps.push({
      type: 'touchMove',
      touchPoints: from.map((point, index) => ({
        id: point.id,
        x: Math.round(point.x + ((to[index]!.x - point.x) * i) / moves),
        y: Math.round(point.y + ((to[index]!.y - point.y) * i) / moves),
      })),
    });
  }
  steps.push({ type: 'touchEnd', touchPoints: [] });
  return steps;
}

async function mountTall(): Promise<StoryTimeline> {
  // A page taller than the window, so a vertical swipe has somewhere to scroll.
  const page = await fixture(
    html`<div style="padding-top:40px;height:3000px">
      <story-timeline style="width:360px"></story-timeline>
    </div>`,
  );
  const element = page.querySelector('story-timeline')!;
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length > 0);
  element.zoomBy(2);
  await element.updateComplete;
  window.scrollTo(0, 0);
  await nextFrame();
  return element;
}

function plotBox(element: StoryTimeline): DOMRect {
  return element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
}

/** Where a finger lands on an event's button (its start, where a short label still is), checked by a hit test. */
function eventPoint(element: StoryTimeline, id: string): TouchPoint {
  const root = element.shadowRoot!;
  const button = root.querySelector(`[part~="event"][data-id="${id}"]`)!;
  const box = button.getBoundingClientRect();
  const point = { x: Math.round(box.left + Math.min(box.width / 2, 12)), y: Math.round(box.top + box.height / 2) };
  expect(button.contains(root.elementFromPoint(point.x, point.y)), `${id} is under the finger`).to.equal(true);
  return point;
}

/** The whole story on a phone's width, every event drawn; the gestures' code not asked for yet. */
async function mountWhole(): Promise<StoryTimeline> {
  const page = await fixture(html`<div><story-timeline style="width:380px"></story-timeline></div>`);
  const element = page.querySelector('story-timeline')!;
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === storyIds.length);
  await nextFrame();
  return element;
}

/** Has the page fetched the zoom gestures' code? */
const gesturesFetched = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('zoom-gestures'));

/** A step that holds the fingers still until the gestures listen on the plot (they set its touch-action). */
const untilGestures: Step = {
  until: `document.querySelector('story-timeline').shadowRoot.querySelector('.plot').style.touchAction === 'pan-y'`,
};

const tap = (point: TouchPoint): Step[] => [
  { type: 'touchStart', touchPoints: [{ ...point, id: 1 }] },
  { type: 'touchEnd', touchPoints: [] },
];

describe('story-timeline: touch', () => {
  // First in this file: the zoom gestures' code is not in the page yet, and a tap does not
  // fetch it (a phone reader who only taps never downloads it).
  it('every tap on an event opens its card, from the first one on, without fetching the gestures', async () => {
    const element = await mountWhole();
    const moves: unknown[] = [];
    element.addEventListener('story-rangechange', (event) => moves.push((event as CustomEvent).detail));
    const title = () => element.shadowRoot!.querySelector('[part~="detail"] .detail-title')?.textContent;
    for (const [index, id] of [...storyIds, ...storyIds].entries()) {
      await touch(tap(eventPoint(element, id)));
      await waitUntil(() => element.selected === id, `tap ${index + 1}, on ${id}, selected nothing`);
      await waitUntil(
        () => title() === firstStory.events.find((event) => event.id === id)!.title,
        `tap ${index + 1}: no card`,
      );
      element.select(null);
      await nextFrame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gesturesFetched(), "the gestures' code, after taps only").to.equal(false);
    expect(moves, 'the taps moved the view').to.deep.equal([]);
  });

  // Second: the gestures' code is still not in the page; the second finger asks for it, and the
  // pinch begun before it came zooms once it is here.
  it('a pinch begun before the gestures came zooms once they are here', async () => {
    const element = await mountWhole();
    const before = +element.visibleRange.end - +element.visibleRange.start;
    const box = plotBox(element);
    const y = Math.round(box.top + box.height / 2);
    const centre = Math.round(box.left + box.width / 2);
    expect(gesturesFetched(), 'the gestures, before the pinch').to.equal(false);
    const [start, ...rest] = gesture(
      [
        { x: centre - 30, y, id: 1 },
        { x: centre + 30, y, id: 2 },
      ],
      [
        { x: centre - 90, y, id: 1 },
        { x: centre + 90, y, id: 2 },
      ],
    );
    await touch([start!, untilGestures, ...rest]);
    await waitUntil(
      () => +element.visibleRange.end - +element.visibleRange.start < before * 0.6,
      'the pinch did not zoom',
    );
  });

  it('a finger that does not move asks for no gestures; a drag begun before they came pans', async () => {
    const element = await mountWhole();
    element.zoomBy(2);
    await nextFrame();
    const before = element.visibleRange;
    const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plotBox(element);
    const y = Math.round(box.bottom - 12);
    const x = Math.round(box.left + 100);
    // Were the gestures listening on the plot when the finger first moved (after a still 150 ms)?
    let listening: boolean | undefined;
    plot.addEventListener('pointermove', () => (listening ??= plot.style.touchAction === 'pan-y'), { capture: true });
    const [start, ...moves] = gesture([{ x, y, id: 1 }], [{ x: x + 120, y, id: 1 }]);
    // Past the slop, the gestures come while the finger is held still; the moves after that pan.
    // The finger rests before it lifts: a lift in motion would fling, and Chromium would take
    // the next test's tap for the touch that stops the fling.
    const lift = moves.pop()!;
    await touch([start!, { wait: 150 }, ...moves.slice(0, 4), untilGestures, ...moves.slice(4), { wait: 200 }, lift]);
    expect(listening, 'the gestures, asked for by a finger that had not moved').to.equal(false);
    await waitUntil(() => +element.visibleRange.start !== +before.start, 'the drag did not pan');
    const msPerPixel = (+before.end - +before.start) / box.width;
    expect(+element.visibleRange.start).to.be.closeTo(+before.start - 120 * msPerPixel, 5 * msPerPixel);
  });

  it("a finger's tap selects as it lifts and cancels the click that would follow; a second tap clears", async () => {
    const element = await mountWhole();
    const clicks: EventTarget[] = [];
    const selects: (string | null)[] = [];
    element.shadowRoot!.addEventListener('click', (event) => clicks.push(event.target!), { capture: true });
    element.addEventListener('story-select', (event) => selects.push((event as CustomEvent).detail.id));
    const id = storyIds[1]!;
    const point = eventPoint(element, id);
    await touch(tap(point));
    await waitUntil(() => element.selected === id, 'the tap selected nothing');
    // Long enough for the click a tap brings (a frame or two after the lift) to have come.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(clicks, 'clicks after the tap').to.deep.equal([]);
    expect(selects, 'story-select').to.deep.equal([id]);
    expect(element.selected, 'selected after the tap').to.equal(id);
    await touch(tap(eventPoint(element, id)));
    await waitUntil(() => element.selected === '', 'the second tap did not clear');
    expect(selects, 'story-select after the second tap').to.deep.equal([id, null]);
  });

  it('a tap on an event moves nothing: no story-rangechange', async () => {
    const element = await mountWhole();
    await element.updateComplete;
    const moves: unknown[] = [];
    element.addEventListener('story-rangechange', (event) => moves.push((event as CustomEvent).detail));
    const id = storyIds[2]!;
    await touch(tap(eventPoint(element, id)));
    await waitUntil(() => element.selected === id, 'the tap selected nothing');
    await element.updateComplete;
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(moves).to.deep.equal([]);
  });

  it('a one-finger horizontal drag pans the timeline and leaves the page where it was', async () => {
    const element = await mountTall();
    const before = element.visibleRange;
    const box = plotBox(element);
    const y = Math.round(box.bottom - 12);
    const x = Math.round(box.left + 100);
    await touch(gesture([{ x, y, id: 1 }], [{ x: x + 120, y, id: 1 }]));
    await waitUntil(() => +element.visibleRange.start !== +before.start, 'the drag did not pan');
    expect(+element.visibleRange.start).to.be.lessThan(+before.start);
    const span = +element.visibleRange.end - +element.visibleRange.start;
    expect(span).to.be.closeTo(+before.end - +before.start, span * 0.01);
    expect(window.scrollY).to.equal(0);
  });

  it('a vertical swipe scrolls the page and does not move the timeline', async () => {
    const element = await mountTall();
    const before = element.visibleRange;
    const box = plotBox(element);
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height - 20);
    await touch(gesture([{ x, y, id: 1 }], [{ x, y: y - 150, id: 1 }], 10));
    await waitUntil(() => window.scrollY > 20, 'the page did not scroll');
    expect(+element.visibleRange.start).to.equal(+before.start);
    expect(+element.visibleRange.end).to.equal(+before.end);
  });

  it('two fingers pinch-zoom', async () => {
    const element = await mountTall();
    const before = +element.visibleRange.end - +element.visibleRange.start;
    const box = plotBox(element);
    const y = Math.round(box.top + box.height / 2);
    const centre = Math.round(box.left + box.width / 2);
    await touch(
      gesture(
        [
          { x: centre - 30, y, id: 1 },
          { x: centre + 30, y, id: 2 },
        ],
        [
          { x: centre - 90, y, id: 1 },
          { x: centre + 90, y, id: 2 },
        ],
      ),
    );
    await waitUntil(
      () => +element.visibleRange.end - +element.visibleRange.start < before * 0.6,
      'the pinch did not zoom',
    );
  });
});
