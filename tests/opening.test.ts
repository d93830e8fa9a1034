/**
 * Opening on an event (`selected`, `selected="last"`, a `#event-<id>` link): whatever order the
 * width, the story and the code arrive in, and whatever widths the element passes through
 * before its last one (none, one pixel, a sliver), the reader sees that event whole, with a
 * neighbour beside it, in a window wider than a day that can still be zoomed into.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { parseDate } from '../src/model/edtf.js';
import type { StoryData } from '../src/model/types.js';
import { firstStory, nextFrame, settle } from './helpers/fixtures.js';
import { wheelOn } from './helpers/wheel.js';

const DAY = 86_400_000;

/** Each event of the first story with its time span, in date order (the fixture's order). */
const spans = firstStory.events.map((event) => {
  const parsed = parseDate(event.date);
  if (!parsed.ok) throw new Error(`fixture date ${event.date}`);
  return { id: event.id!, start: parsed.value.start, end: parsed.value.end };
});

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** A box of the given width, and an element made with `setup` (before it is connected) inside it. */
async function mount(
  width: number,
  setup: (element: StoryTimeline) => void,
): Promise<{ box: HTMLElement; element: StoryTimeline }> {
  const box = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}></div>`);
  const element = document.createElement('story-timeline');
  element.lang = 'en';
  setup(element);
  box.append(element);
  return { box, element };
}

async function resize(box: HTMLElement, element: StoryTimeline, width: number): Promise<void> {
  box.style.width = `${width}px`;
  await settle(element);
}

/** What a reader sees: the event drawn whole in the plot, a neighbour in the window, room to zoom in. */
async function expectOpenedOn(element: StoryTimeline, id: string, what: string): Promise<void> {
  const root = element.shadowRoot!;
  await waitUntil(() => root.querySelector(`[part~="event"][data-id="${id}"]`), `${what}: ${id} is not drawn`, {
    timeout: 5000,
  });
  await settle(element);
  const { start, end } = element.visibleRange;
  const [from, to] = [+start, +end];
  const range = `${start.toISOString()} – ${end.toISOString()}`;
  expect(to - from, `${what}: the window ${range} is not wider than a day`).to.be.greaterThan(1.5 * DAY);

  const at = spans.findIndex((span) => span.id === id);
  const event = spans[at]!;
  expect(event.start >= from && event.end <= to, `${what}: ${id} is not inside ${range}`).to.equal(true);
  const centre = (span: { start: number; end: number }) => (span.start + span.end) / 2;
  const neighbours = [spans[at - 1], spans[at + 1]].filter((span) => span !== undefined);
  expect(
    neighbours.some((span) => centre(span) >= from && centre(span) <= to),
    `${what}: no neighbour of ${id} in ${range}`,
  ).to.equal(true);

  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  const mark = root.querySelector(`[part~="event"][data-id="${id}"]`)!.getBoundingClientRect();
  expect(mark.width, `${what}: the event has no width`).to.be.greaterThan(0);
  expect(mark.left, `${what}: the event starts left of the plot`).to.be.at.least(plot.left - 1);
  expect(mark.right, `${what}: the event ends right of the plot`).to.be.at.most(plot.right + 1);
  const zoomIn = root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
  expect(zoomIn.disabled, `${what}: zoom-in is disabled`).to.equal(false);
}

/** The first story served by the test server after `delay` ms. */
function delayedSrc(delay: number, story: StoryData = firstStory): string {
  const body = encodeURIComponent(JSON.stringify(story));
  return `/test-server/text/story.json?type=application/json&delay=${delay}&body=${body}`;
}

describe('story-timeline: opening on a selected event', () => {
  afterEach(() => setHash(''));

  it('shows it with its neighbours when the width passes through one pixel after the opening', async () => {
    // What a full-page screenshot does to a page: the width collapses for a moment, then comes back.
    const { box, element } = await mount(900, (timeline) => (timeline.selected = 'nikkei-leak'));
    element.data = firstStory;
    await expectOpenedOn(element, 'nikkei-leak', 'opened at 900 px');
    const opened = element.visibleRange;
    await resize(box, element, 1);
    await resize(box, element, 900);
    await expectOpenedOn(element, 'nikkei-leak', 'back at 900 px');
    expect(+element.visibleRange.start).to.equal(+opened.start);
    expect(+element.visibleRange.end).to.equal(+opened.end);
  });

  it('shows it when it is selected before the data and the width grows from none through narrow ones', async () => {
    const { box, element } = await mount(0, (timeline) => timeline.setAttribute('selected', 'nikkei-leak'));
    await settle(element);
    element.data = firstStory;
    await settle(element);
    for (const width of [1, 40, 120]) await resize(box, element, width);
    await resize(box, element, 900);
    await expectOpenedOn(element, 'nikkei-leak', 'width 0, data, then 1, 40, 120 and 900 px');
  });

  it('shows it when the data comes before any width, and when it comes after the last one', async () => {
    const early = await mount(0, (timeline) => (timeline.selected = 'draft-proposal'));
    early.element.data = firstStory;
    await settle(early.element);
    await resize(early.box, early.element, 60);
    await resize(early.box, early.element, 900);
    await expectOpenedOn(early.element, 'draft-proposal', 'data before the width');

    const late = await mount(60, (timeline) => (timeline.selected = 'draft-proposal'));
    await settle(late.element);
    await resize(late.box, late.element, 900);
    late.element.data = firstStory;
    await expectOpenedOn(late.element, 'draft-proposal', 'data after the width');
  });

  it('shows it when src answers late, whether the width settles before or after the answer', async () => {
    const before = await mount(0, (timeline) => {
      timeline.setAttribute('selected', 'nikkei-leak');
      timeline.src = delayedSrc(400);
    });
    await resize(before.box, before.element, 1);
    await resize(before.box, before.element, 900);
    await expectOpenedOn(before.element, 'nikkei-leak', 'width settled before the answer');

    const after = await mount(900, (timeline) => {
      timeline.setAttribute('selected', 'nikkei-leak');
      timeline.src = delayedSrc(150);
    });
    await expectOpenedOn(after.element, 'nikkei-leak', 'answer at 900 px');
    await resize(after.box, after.element, 1);
    await resize(after.box, after.element, 100);
    await resize(after.box, after.element, 900);
    await expectOpenedOn(after.element, 'nikkei-leak', 'answer, then 1, 100 and 900 px');
  });

  it('shows the latest event for selected="last" and the linked one for #event-<id>, after a collapsed width', async () => {
    const last = await mount(900, (timeline) => timeline.setAttribute('selected', 'last'));
    last.element.data = firstStory;
    await expectOpenedOn(last.element, 'tokyo-office-opening', 'selected="last"');
    await resize(last.box, last.element, 1);
    await resize(last.box, last.element, 900);
    await expectOpenedOn(last.element, 'tokyo-office-opening', 'selected="last", after 1 px');

    setHash('#event-vilnius-summit');
    const linked = await mount(900, (timeline) => (timeline.hash = true));
    linked.element.data = firstStory;
    await waitUntil(() => linked.element.selected === 'vilnius-summit', 'the link did not select');
    await resize(linked.box, linked.element, 1);
    await resize(linked.box, linked.element, 900);
    await expectOpenedOn(linked.element, 'vilnius-summit', '#event-vilnius-summit, after 1 px');
  });

  it('leaves the view to the reader once they move it, even while it is still moving', async () => {
    const { box, element } = await mount(900, (timeline) => (timeline.selected = 'nikkei-leak'));
    element.data = firstStory;
    await expectOpenedOn(element, 'nikkei-leak', 'opened');
    const span = () => +element.visibleRange.end - +element.visibleRange.start;
    const opened = span();
    const zoomIn = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    // A new width while the zoom glides: the view is the reader's now, the opening is not shown again.
    zoomIn.click();
    await waitUntil(() => span() < opened * 0.9, 'the zoom did not start');
    await resize(box, element, 700);
    expect(span(), 'the new width undid the zoom').to.be.lessThan(opened * 0.9);

    // A new width after a zoom keeps its dates.
    const landed = oneEvent(element, 'story-rangechange');
    zoomIn.click();
    await landed;
    await settle(element);
    const zoomed = element.visibleRange;
    await resize(box, element, 600);
    expect(+element.visibleRange.start).to.be.closeTo(+zoomed.start, DAY);
    expect(+element.visibleRange.end).to.be.closeTo(+zoomed.end, DAY);
  });

  it('leaves the view to the reader from the first moment of a gesture', async () => {
    const { box, element } = await mount(900, (timeline) => (timeline.selected = 'nikkei-leak'));
    element.data = firstStory;
    await expectOpenedOn(element, 'nikkei-leak', 'opened');
    const span = () => +element.visibleRange.end - +element.visibleRange.start;
    const opened = span();
    const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    // Ctrl + wheel zooms; the gesture ends only once the wheel has been still for a while.
    wheelOn(plot, { deltaY: -300, ctrlKey: true, y: 40 });
    await waitUntil(() => span() < opened * 0.9, 'the wheel did not zoom');
    await nextFrame();
    box.style.width = '700px';
    await settle(element);
    expect(span(), 'the new width undid the wheel zoom').to.be.lessThan(opened * 0.9);
  });
});
