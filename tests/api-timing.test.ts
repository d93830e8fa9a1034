/**
 * What a developer who depends on the element gets from its API, whatever the order of the
 * calls: a view asked for wins over the default view of data set before it, and `lang`
 * set as a property leaves the language on the host.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

async function shown(element: StoryTimeline): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'events were never drawn');
  await nextFrame();
  await element.updateComplete;
}

function expectWindow(element: StoryTimeline, start: string, end: string): void {
  const range = element.visibleRange;
  expect(+range.start, `start ${range.start.toISOString()}`).to.be.closeTo(utc(start), 60_000);
  expect(+range.end, `end ${range.end.toISOString()}`).to.be.closeTo(utc(end), 60_000);
}

describe('view calls and data, in any order', () => {
  it('zoomTo right after setting data shows that window, not the fitted view', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    await nextFrame();
    element.data = firstStory;
    element.zoomTo('2023-03', '2023-06');
    await shown(element);
    expectWindow(element, '2023-03-01', '2023-07-01');
  });

  it('zoomTo before the first render shows that window once the data is drawn', async () => {
    const element = document.createElement('story-timeline');
    element.style.width = '800px';
    element.data = firstStory;
    element.zoomTo('2023-03', '2023-06');
    const parent = await fixture(html`<div></div>`);
    parent.append(element);
    await shown(element);
    expectWindow(element, '2023-03-01', '2023-07-01');
  });

  it('a second data set after zoomTo keeps the window while it still shows some events', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    element.data = firstStory;
    await shown(element);
    element.zoomTo('2023-03', '2023-06');
    await element.updateComplete;
    element.data = { ...firstStory, events: firstStory.events.slice(1) };
    await element.updateComplete;
    await nextFrame();
    expectWindow(element, '2023-03-01', '2023-07-01');
    // Data far from the window: the window means nothing there, the new data is fitted.
    element.data = { events: [{ date: '1990-01-01', title: 'Long ago' }] };
    await element.updateComplete;
    await nextFrame();
    const { start, end } = element.visibleRange;
    expect(+start).to.be.below(utc('1990-01-01'));
    expect(+end).to.be.above(utc('1990-01-01'));
  });

  it('data loaded from src after a zoomTo keeps the window', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    await nextFrame();
    element.zoomTo('2023-04-15', '2023-05-15');
    const loaded = oneEvent(element, 'story-load');
    element.src = '/demo/story.en.json';
    await loaded;
    await nextFrame();
    expectWindow(element, '2023-04-15', '2023-05-16');
  });

  it('zoomBy right after setting data zooms the default view', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    element.data = firstStory;
    await shown(element);
    const fitted = +element.visibleRange.end - +element.visibleRange.start;
    element.data = { ...firstStory };
    element.zoomBy(4);
    await element.updateComplete;
    await nextFrame();
    const span = +element.visibleRange.end - +element.visibleRange.start;
    expect(span / fitted).to.be.closeTo(0.25, 0.01);
  });

  it('fit right after a zoomTo and new data shows everything', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    element.data = firstStory;
    element.zoomTo('2023-03', '2023-06');
    element.fit();
    await shown(element);
    const { start, end } = element.visibleRange;
    expect(+start).to.be.below(utc('2023-01-21'));
    expect(+end).to.be.above(utc('2025-01-01'));
  });

  it('select right after setting data opens the story on that event, in view', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    await nextFrame();
    element.data = firstStory;
    element.zoomTo('2023-01-01', '2023-02-15');
    element.select('vilnius-summit');
    await shown(element);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"][data-id="vilnius-summit"]'));
    expect(element.shadowRoot!.querySelector('[part~="detail"]')?.textContent).to.contain('Vilnius');
  });
});

describe('lang set as a property', () => {
  it('stays on the host, so :lang() and the names agree', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr"><story-timeline style="width:800px"></story-timeline></div>`,
    );
    const element = page.querySelector('story-timeline')!;
    element.data = { ...firstStory, lang: undefined };
    await shown(element);
    expect(element.matches(':lang(fr)')).to.equal(true);

    element.lang = 'en';
    await element.updateComplete;
    expect(element.getAttribute('lang')).to.equal('en');
    expect(element.matches(':lang(en)')).to.equal(true);
    expect(element.matches(':lang(fr)')).to.equal(false);
    const button = element.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!;
    expect(button.matches(':lang(en)')).to.equal(true);
    expect(element.shadowRoot!.querySelector('[part~="zoom-in"]')!.getAttribute('aria-label')).to.equal('Zoom in');

    element.setAttribute('lang', 'fr');
    await element.updateComplete;
    expect(element.lang).to.equal('fr');
    expect(element.shadowRoot!.querySelector('[part~="zoom-in"]')!.getAttribute('aria-label')).to.not.equal('Zoom in');
  });

  it('puts the language it uses on its shadow root when it comes from the data', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    element.data = { ...firstStory, lang: 'fr' };
    await shown(element);
    const frame = element.shadowRoot!.firstElementChild as HTMLElement;
    expect(frame.getAttribute('lang')).to.equal('fr');
    expect(element.shadowRoot!.querySelector('[part~="event"]')!.matches(':lang(fr)')).to.equal(true);
  });
});
