import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { pressAndWait } from './helpers/keys.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';
import { wheelOn } from './helpers/wheel.js';

const drawn = (element: StoryTimeline) => element.shadowRoot!.querySelectorAll('[part~="event"]').length;
const span = (element: StoryTimeline) => +element.visibleRange.end - +element.visibleRange.start;

describe('story-timeline: lifecycle', () => {
  it('keeps its zoom and selection when moved in the DOM, and keeps working', async () => {
    const page = await fixture(
      html`<div>
        <div id="one"></div>
        <div id="two" lang="fr"></div>
      </div>`,
    );
    const element = document.createElement('story-timeline');
    element.style.width = '700px';
    page.querySelector('#one')!.append(element);
    element.data = firstStory;
    await waitUntil(() => drawn(element) === 5);
    element.zoomTo('2023-04-01', '2023-08-01');
    element.select('vilnius-summit');
    await element.updateComplete;
    const range = element.visibleRange;

    page.querySelector('#two')!.append(element);
    await element.updateComplete;
    await nextFrame();
    expect(+element.visibleRange.start).to.equal(+range.start);
    expect(+element.visibleRange.end).to.equal(+range.end);
    expect(element.selected).to.equal('vilnius-summit');
    expect(element.shadowRoot!.querySelector('[part="detail"]')).to.not.equal(null);
    // Moved under lang="fr": the interface follows once French (loaded on demand) has arrived.
    await waitUntil(
      () => element.shadowRoot!.querySelector('[part="zoom-in"]')!.getAttribute('aria-label') === 'Zoom avant',
      'French strings',
    );
    expect(element.shadowRoot!.querySelector('[part="zoom-in"]')!.getAttribute('aria-label')).to.equal('Zoom avant');

    // Gestures still arrive after the move.
    const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const before = span(element);
    const fired = oneEvent(element, 'story-rangechange');
    wheelOn(plot, { deltaY: -200, ctrlKey: true, x: 100, y: 40 });
    await fired;
    expect(span(element)).to.be.lessThan(before);
    plot.focus();
    await pressAndWait(element, '0');
  });

  it('disconnecting while loading and reconnecting loads again', async () => {
    const page = await fixture(html`<div></div>`);
    const element = document.createElement('story-timeline');
    element.src = '/test-server/story?title=Back&delay=300';
    page.append(element);
    await element.updateComplete;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const loaded = oneEvent(element, 'story-load');
    page.append(element);
    expect((await loaded).detail.count).to.equal(3);
  });
});
