import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';

const shadow = (element: StoryTimeline) => element.shadowRoot!;

/** Drawn: in the layout, with a size, and not hidden by a style. */
function seen(element: Element | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

async function mountFirstStory(style = 'width:900px'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang="en" src="/demo/story.en.json" style=${style}></story-timeline>`,
  );
  await waitUntil(() => shadow(element).querySelectorAll('[part~="event"]').length > 0, 'the story was not drawn');
  await element.updateComplete;
  return element;
}

/** The story's marks' extent, left to right, in the plot. */
function marksSpan(element: StoryTimeline): { left: number; right: number } {
  const boxes = [...shadow(element).querySelectorAll('[part~="event"] .mark')].map((mark) =>
    mark.getBoundingClientRect(),
  );
  return { left: Math.min(...boxes.map((box) => box.left)), right: Math.max(...boxes.map((box) => box.right)) };
}

/** Has the page fetched printing's code (its chunk's modules, served one by one here)? */
const printingFetched = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/(parts\/print\.|parts\/print-list\.|controllers\/print-controller\.)/.test(entry.name));

describe('printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  // The first test of the file: nothing has fetched printing's code yet.
  it("fetches printing's code neither for the first view nor for the card, but when the page is printed", async () => {
    const element = await mountFirstStory();
    element.select('nikkei-leak');
    await waitUntil(() => seen(shadow(element).querySelector('[part="detail"]')), 'the card did not open');
    await element.updateComplete;
    expect(printingFetched(), "printing's code, with the first view and the card").to.equal(false);

    await emulateMedia({ media: 'print' });
    // Off paper at once, whether printing's code has come or not.
    expect(seen(shadow(element).querySelector('[part="controls"]')), 'the controls, printed').to.be.false;
    expect(seen(shadow(element).querySelector('[part="detail"]')), 'the card, printed').to.be.false;
    await waitUntil(() => shadow(element).querySelectorAll('.print-list li').length === 6, 'no printed list');
    expect(printingFetched(), "printing's code, once printed").to.equal(true);
    const first = shadow(element).querySelector<HTMLElement>('.print-list li')!;
    expect(seen(first)).to.be.true;
    expect(first.innerText.replace(/\s+/g, ' ')).to.match(/^late January 2023 Fumio Kishida and Jens Stoltenberg meet/);
  });

  it('lays the story out at the width the host has on paper, not a fixed one', async () => {
    await setViewport({ width: 1000, height: 700 });
    const element = await mountFirstStory('display:block');
    await emulateMedia({ media: 'print' });
    await waitUntil(() => shadow(element).querySelector('.print-list li'), 'no printed list');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
    const host = element.getBoundingClientRect();
    expect(host.width, 'the host spans the printed page').to.be.above(900);
    const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
    expect(plot.width).to.be.closeTo(host.width, 1);
    // Fitted at that width: the story runs from the plot's start to near its end.
    const span = marksSpan(element);
    expect(span.left).to.be.at.least(plot.left - 1);
    expect(span.right).to.be.at.most(plot.right + 1);
    expect(span.right - plot.left, 'the last event reaches the printed width').to.be.above(0.85 * plot.width);
  });

  it('fires no story-rangechange for the refit to paper or the way back', async () => {
    const element = await mountFirstStory();
    element.zoomBy(4, { animate: false });
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fired: unknown[] = [];
    element.addEventListener('story-rangechange', (event) => fired.push((event as CustomEvent).detail));
    await emulateMedia({ media: 'print' });
    await waitUntil(() => shadow(element).querySelector('.print-list li'), 'no printed list');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !shadow(element).querySelector('.print-list'), 'the list stayed');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fired).to.deep.equal([]);
    // A page's own move is still told.
    element.zoomBy(2);
    await element.updateComplete;
    await waitUntil(() => fired.length === 1, 'a zoom asked for by the page fired no story-rangechange');
  });

  it('prints the whole story fitted, without controls, then every event as a dated entry', async () => {
    const element = await mountFirstStory();
    element.select('nikkei-leak');
    element.zoomBy(8);
    await element.updateComplete;
    // The glide to the selected event ends.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const onScreen = element.visibleRange;
    expect(shadow(element).querySelector('.print-list'), 'no list on screen').to.equal(null);
    expect(seen(shadow(element).querySelector('[part="controls"]'))).to.be.true;

    await emulateMedia({ media: 'print' });
    await waitUntil(() => shadow(element).querySelector('.print-list li'), 'no printed list');
    await element.updateComplete;
    const root = shadow(element);
    // No control, hint, edge cue or detail card.
    for (const selector of ['[part="controls"]', '[part="earlier"]', '[part="later"]', '.hint', '[part="detail"]']) {
      expect(seen(root.querySelector(selector)), selector).to.be.false;
    }
    // The whole story at the printed width: all six events drawn, none selected.
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const events = [...root.querySelectorAll('[part~="event"]')];
    expect(events.length).to.equal(6);
    for (const event of events) {
      const box = event.querySelector('.mark')!.getBoundingClientRect();
      expect(box.left, event.getAttribute('data-id')!).to.be.at.least(plot.left - 1);
      expect(box.right).to.be.at.most(plot.right + 1);
    }
    const entries = [...root.querySelectorAll('.print-list li')] as HTMLElement[];
    expect(entries.length).to.equal(6);
    expect(entries.every(seen)).to.be.true;
    const words = entries.map((entry) => entry.innerText.replace(/\s+/g, ' '));
    expect(words[0]).to.match(/^late January 2023 Fumio Kishida and Jens Stoltenberg meet Japan's prime minister/);
    expect(words[1]).to.match(/^April 2023 · Reported A draft proposal goes to the 31 members/);
    expect(words[3]).to.contain('before 11 July 2023');
    expect(words[4]).to.contain('11–12 July 2023');
    expect(words[5]).to.match(/^2024 · Planned Planned opening/);
    for (const entry of words) expect(entry).to.match(/Source: Nikkei, as reported on 3 May 2023$/);
    for (const entry of entries) expect(getComputedStyle(entry).breakInside).to.equal('avoid');

    // Back on screen: the list goes, the reader's window and width come back.
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !shadow(element).querySelector('.print-list'), 'the list stayed');
    await element.updateComplete;
    expect(seen(shadow(element).querySelector('[part="controls"]'))).to.be.true;
    expect(+element.visibleRange.start).to.be.closeTo(+onScreen.start, 86_400_000);
    expect(+element.visibleRange.end).to.be.closeTo(+onScreen.end, 86_400_000);
    expect(element.selected).to.equal('nikkei-leak');
  });
});
