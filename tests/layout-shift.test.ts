/**
 * No layout shift (issue #12): an element over its <ol> list, waiting for `src`, or waiting for
 * a language loaded on demand reserves its final height, so the page does not jump when it
 * draws. Chromium only: the Layout Instability API (layout-shift entries) exists nowhere else;
 * tests/reading.test.ts checks the same reservation by geometry in every engine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

/** Sum of the layout shifts (without recent input) recorded from now on, until `done` resolves. */
async function shiftsDuring(done: () => Promise<unknown>): Promise<number> {
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift' });
  await done();
  // Entries are queued after the frame that shifted is painted.
  await nextFrame();
  await nextFrame();
  observer.disconnect();
  return shifts.reduce((sum, value) => sum + value, 0);
}

/** The rule of docs/embedding.md, "No layout shift": the page reserves the timeline's height, in em, before and after it is defined. */
export const reserve = (height: string) =>
  `story-timeline { display: block; min-height: ${height} } story-timeline:not(:defined) { height: ${height}; overflow: auto }`;

/** Heights the first story takes at these widths (docs/embedding.md: measure yours), with a little to spare. */
export const reserved = (width: number) => (width < 600 ? '44em' : '34em');

/** A page with the timeline, text after it, and that rule; `setUp` runs in the same task. */
async function page(
  width: number,
  inner: string,
  setUp: (element: StoryTimeline) => void = () => {},
  height = reserved(width),
): Promise<StoryTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  holder.innerHTML = `<style>${reserve(height)}</style>${inner}<p>Text after the timeline, which must not move.</p>`;
  const element = holder.querySelector('story-timeline')!;
  setUp(element);
  return element;
}

const drawn = (element: StoryTimeline, count: number) => () =>
  waitUntil(() => element.shadowRoot?.querySelectorAll('[part~="event"]').length === count, 'never drawn', {
    timeout: 5000,
  });

describe('layout shift: the page does not jump when the timeline draws (Chromium)', () => {
  for (const width of [1280, 390]) {
    it(`src answered after 600 ms, at ${width} px: CLS 0`, async () => {
      const cls = await shiftsDuring(async () => {
        const element = await page(
          width,
          '<story-timeline lang="en" src="/test-server/story?title=Late&count=5&delay=600"></story-timeline>',
        );
        await drawn(element, 5)();
        await element.updateComplete;
      });
      expect(cls).to.equal(0);
    });

    it(`a language loaded on demand (German), at ${width} px: CLS 0`, async () => {
      const cls = await shiftsDuring(async () => {
        const element = await page(width, '<story-timeline lang="de"></story-timeline>', (timeline) => {
          timeline.data = firstStory;
        });
        await drawn(element, 5)();
        await element.updateComplete;
      });
      expect(cls).to.equal(0);
    });
  }

  it('opened on an event (its card is code fetched beside the first drawing): CLS 0', async () => {
    const cls = await shiftsDuring(async () => {
      const element = await page(
        800,
        '<story-timeline lang="en" selected="nikkei-leak"></story-timeline>',
        (timeline) => {
          timeline.data = firstStory;
        },
        '60em',
      );
      await drawn(element, 5)();
      await element.updateComplete;
      await waitUntil(() => element.shadowRoot!.querySelector('[part="detail"]'), 'no card');
    });
    expect(cls).to.equal(0);
  });

  it('an <ol> list shown before the element is defined, then drawn: CLS 0 with the reserved height of docs/embedding.md', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:1200px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/tests/pages/layout-shift.html?reserve=${encodeURIComponent(reserve(reserved(800)))}`;
    document.body.append(frame);
    await loaded;
    const view = frame.contentWindow as Window & { __shifts: number[]; __defined?: boolean };
    await waitUntil(() => view.__defined, 'never defined', { timeout: 5000 });
    const element = frame.contentDocument!.querySelector('story-timeline') as StoryTimeline;
    await waitUntil(() => element.shadowRoot?.querySelectorAll('[part~="event"]').length === 5, 'never drawn');
    await element.updateComplete;
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    const cls = view.__shifts.reduce((sum, value) => sum + value, 0);
    frame.remove();
    expect(cls).to.equal(0);
  });
});
