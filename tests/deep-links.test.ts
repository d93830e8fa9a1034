import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

function mark(element: StoryTimeline, id: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`);
}

async function mount(template: ReturnType<typeof html>): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(template);
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length > 0);
  return element;
}

describe('story-timeline: deep links (hash)', () => {
  afterEach(() => setHash(''));

  it('selecting writes #event-<id>, clearing removes it', async () => {
    const element = await mount(html`<story-timeline hash style="width:800px"></story-timeline>`);
    mark(element, 'nikkei-leak')!.click();
    expect(location.hash).to.equal('#event-nikkei-leak');
    mark(element, 'nikkei-leak')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(location.hash).to.equal('');
    expect(location.href.endsWith('#')).to.equal(false);
  });

  it('does nothing to the URL without the hash attribute', async () => {
    const element = await mount(html`<story-timeline style="width:800px"></story-timeline>`);
    mark(element, 'nikkei-leak')!.click();
    expect(location.hash).to.equal('');
  });

  it('a page opened with #event-<id> selects that event and brings it into view', async () => {
    setHash('#event-tokyo-office-opening');
    const element = await mount(
      html`<story-timeline hash start="2023-01" end="2023-03" style="width:800px"></story-timeline>`,
    );
    await waitUntil(() => element.selected === 'tokyo-office-opening', 'the hash did not select');
    await waitUntil(() => mark(element, 'tokyo-office-opening') !== null, 'the event was not brought into view');
    const { start, end } = element.visibleRange;
    expect(+end).to.be.greaterThan(Date.UTC(2024, 0, 1));
    expect(+start).to.be.lessThan(Date.UTC(2025, 0, 1));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="detail"]')!.textContent).to.contain('Planned opening');
  });

  it('follows in-page links that change the hash', async () => {
    const element = await mount(html`<story-timeline hash style="width:800px"></story-timeline>`);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#event-vilnius-summit';
    await changed;
    await waitUntil(() => element.selected === 'vilnius-summit');
  });

  it('ignores a hash that names no event of its own', async () => {
    setHash('#event-somewhere-else');
    const element = await mount(html`<story-timeline hash style="width:800px"></story-timeline>`);
    await element.updateComplete;
    expect(element.selected).to.equal('');
  });
});
