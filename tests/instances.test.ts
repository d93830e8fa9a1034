import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { pressAndWait } from './helpers/keys.js';
import { firstStory } from './helpers/fixtures.js';

async function twoTimelines(): Promise<[StoryTimeline, StoryTimeline]> {
  const page = await fixture(
    html`<div>
      <story-timeline id="a" style="width:600px"></story-timeline>
      <story-timeline id="b" style="width:600px"></story-timeline>
    </div>`,
  );
  const [a, b] = [...page.querySelectorAll('story-timeline')] as [StoryTimeline, StoryTimeline];
  a.data = firstStory;
  b.data = firstStory;
  await waitUntil(() =>
    [a, b].every((element) => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5),
  );
  return [a, b];
}

const span = (element: StoryTimeline) => +element.visibleRange.end - +element.visibleRange.start;

describe('story-timeline: two instances on one page', () => {
  it('keys zoom only the focused timeline', async () => {
    const [a, b] = await twoTimelines();
    const before = span(b);
    let bChanged = 0;
    b.addEventListener('story-rangechange', () => bChanged++);
    a.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await pressAndWait(a, '+');
    expect(span(a)).to.be.closeTo(before / 2, before * 0.01);
    expect(span(b)).to.equal(before);
    expect(bChanged).to.equal(0);
  });

  it('selection and Escape stay in their own timeline', async () => {
    const [a, b] = await twoTimelines();
    b.select('draft-proposal');
    let bSelects = 0;
    b.addEventListener('story-select', () => bSelects++);
    const leak = a.shadowRoot!.querySelector<HTMLElement>('[data-id="nikkei-leak"]')!;
    leak.focus();
    leak.click();
    expect(a.selected).to.equal('nikkei-leak');
    expect(b.selected).to.equal('draft-proposal');
    await sendKeys({ press: 'Escape' });
    expect(a.selected).to.equal('');
    expect(b.selected).to.equal('draft-proposal');
    expect(bSelects).to.equal(0);
  });

  it('zooming one from code leaves the other alone', async () => {
    const [a, b] = await twoTimelines();
    const before = b.visibleRange;
    a.zoomTo('2023-05-01', '2023-05-31');
    expect(+b.visibleRange.start).to.equal(+before.start);
    expect(+b.visibleRange.end).to.equal(+before.end);
  });
});
