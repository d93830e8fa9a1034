import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

// Every engine here is launched with classic scrollbars, which take space (scripts/engines.js):
// a scrollbar that appears because we drew changes our own width.

describe('story-timeline: classic scrollbars', () => {
  let errors: string[] = [];
  const listen = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', listen);
  });
  afterEach(() => window.removeEventListener('error', listen));

  it('never reaches window.onerror when a new width makes a scrollbar come or go (ResizeObserver loop)', async () => {
    // The page watches something of its own that a scrollbar narrows too.
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px; overflow-y: auto">
        <div class="page-widget" style="height: 1px"></div>
        <story-timeline lang="en"></story-timeline>
      </div>`,
    );
    const pageObserver = new ResizeObserver(() => {});
    pageObserver.observe(box.querySelector('.page-widget')!);
    const element = box.querySelector<StoryTimeline>('story-timeline')!;
    element.data = firstStory;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5, 'not drawn');
    const settle = async () => {
      for (let i = 0; i < 4; i++) await nextFrame();
    };
    await settle();
    const wide = element.offsetHeight;
    box.style.width = '300px';
    await settle();
    const narrow = element.offsetHeight;
    expect(narrow, 'a narrow timeline needs more lanes').to.be.greaterThan(wide + 20);
    // A box between the two heights: drawing at the narrow width brings a scrollbar, and at
    // the wide width takes it away, each time within the frame that measured the new width.
    box.style.height = `${Math.round((wide + narrow) / 2)}px`;
    await settle();
    expect(box.offsetWidth - box.clientWidth, 'this engine was launched with overlay scrollbars').to.be.greaterThan(0);
    errors = [];
    for (const width of ['1000px', '300px', '1000px', '300px']) {
      box.style.width = width;
      await settle();
    }
    pageObserver.disconnect();
    expect(errors).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.width-probe')!.offsetWidth).to.equal(box.clientWidth);
  });
});
