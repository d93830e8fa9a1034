/**
 * A pan moves the list of events as a whole (the events are placed from an origin kept while
 * the zoom factor stays): after any pan, zoom or jump, each event is still drawn at its date,
 * left to right and right to left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryEvent } from '../src/model/types.js';
import { nextFrame } from './helpers/fixtures.js';

const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 2);
const day = (n: number) => new Date(FIRST + n * DAY).toISOString().slice(0, 10);
// One short event every 9 days through 2023: at a two-month window a few are drawn, apart.
const events: StoryEvent[] = Array.from({ length: 40 }, (_, n) => ({
  id: `e${n}`,
  date: day(n * 9),
  title: `E${n}`,
}));

async function mount(dir: 'ltr' | 'rtl'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline dir=${dir} no-title style="width:800px"></story-timeline>`,
  );
  element.events = events;
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'events not drawn');
  await element.updateComplete;
  return element;
}

/** Each drawn event's dot is centred in its day, as the visible range and the plot place it. */
async function expectEventsAtTheirDates(element: StoryTimeline, dir: 'ltr' | 'rtl'): Promise<number> {
  await element.updateComplete;
  await nextFrame();
  const root = element.shadowRoot!;
  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  const { start, end } = element.visibleRange;
  const perMs = plot.width / (+end - +start);
  const at = (time: number) =>
    dir === 'ltr' ? plot.left + (time - +start) * perMs : plot.right - (time - +start) * perMs;
  let checked = 0;
  for (const button of root.querySelectorAll<HTMLElement>('[part~="event"]')) {
    const n = Number(button.dataset.id!.slice(1));
    const middle = at(FIRST + n * 9 * DAY + DAY / 2);
    const dot = button.querySelector('.mark')!.getBoundingClientRect();
    if (dot.right < plot.left || dot.left > plot.right) continue;
    expect((dot.left + dot.right) / 2, `${button.dataset.id} is drawn at its date`).to.be.closeTo(middle, 1.5);
    checked++;
  }
  return checked;
}

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`events stay at their dates through pans and zooms (${dir})`, () => {
    it('after pans at one zoom, a zoom, pans again and a far jump', async () => {
      const element = await mount(dir);
      let from = Date.UTC(2023, 2, 1);
      const span = 60 * DAY;
      let checked = 0;
      for (const shift of [0, 7, 7, -20, 33, 5]) {
        from += shift * DAY;
        element.zoomTo(new Date(from), new Date(from + span));
        checked += await expectEventsAtTheirDates(element, dir);
      }
      element.zoomTo(new Date(from), new Date(from + span / 2));
      checked += await expectEventsAtTheirDates(element, dir);
      element.zoomTo(new Date(from + 3 * DAY), new Date(from + 3 * DAY + span / 2));
      checked += await expectEventsAtTheirDates(element, dir);
      element.zoomTo(new Date(Date.UTC(2023, 10, 1)), new Date(Date.UTC(2023, 10, 1) + span / 2));
      checked += await expectEventsAtTheirDates(element, dir);
      expect(checked, 'events were checked').to.be.above(20);
    });
  });
}

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`the axis through a pan (${dir})`, () => {
    const ticks = (element: StoryTimeline) =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="axis"] .tick')].map((node) => ({
        node,
        label: node.textContent!.trim(),
        x: node.getBoundingClientRect().left,
      }));

    it('keeps each tick still in view, with its words, moved by the pan; grid lines stay on the ticks', async () => {
      const element = await mount(dir);
      const from = Date.UTC(2023, 2, 1);
      const span = 60 * DAY;
      element.zoomTo(new Date(from), new Date(from + span));
      await element.updateComplete;
      await nextFrame();
      const before = ticks(element);
      const perMs = element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().width / span;
      element.zoomTo(new Date(from + 7 * DAY), new Date(from + 7 * DAY + span));
      await element.updateComplete;
      await nextFrame();
      const after = ticks(element);
      const moved = (dir === 'ltr' ? -7 : 7) * DAY * perMs;
      const kept = before.filter((tick) => after.some((later) => later.node === tick.node));
      expect(kept.length, 'ticks kept through the pan').to.be.at.least(3);
      for (const tick of kept.slice(1)) {
        const later = after.find((other) => other.node === tick.node)!;
        expect(later.label, 'a kept tick keeps its words').to.equal(tick.label);
        expect(later.x - tick.x, `${tick.label} moved with the pan`).to.be.closeTo(moved, 1);
      }
      const grid = [...element.shadowRoot!.querySelectorAll('.grid')].map((line) => line.getBoundingClientRect().left);
      expect(grid.length).to.equal(after.length);
      grid.forEach((x, i) => expect(x, `grid line ${i} on its tick`).to.be.closeTo(after[i]!.x, 1));
    });
  });
}
