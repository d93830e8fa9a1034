import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

let keys = 0;
const unique = () => `k${Date.now()}-${keys++}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(lang = 'en'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang=${lang} style="width:700px"></story-timeline>`,
  );
  return element;
}

async function mountWithStory(lang = 'en'): Promise<StoryTimeline> {
  const element = await mount(lang);
  element.data = firstStory;
  await waitUntil(() => titles(element).length === 5, 'the first story was not drawn');
  return element;
}

function titles(element: StoryTimeline): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="event"] [part~="event-label"]')].map(
    (label) => label.textContent!,
  );
}

function errorPart(element: StoryTimeline): HTMLElement | null {
  return element.shadowRoot!.querySelector('[part="error"]');
}

function stateText(element: StoryTimeline): string {
  return element.shadowRoot!.querySelector('.state')!.textContent!.trim();
}

describe('story-timeline: loading src', () => {
  it('sends the request for src as it connects, before its first render', async () => {
    const asked: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input));
      return original(input, init);
    };
    const element = document.createElement('story-timeline') as StoryTimeline;
    try {
      element.setAttribute('src', `/test-server/story?title=Early&count=2&key=${unique()}`);
      document.body.append(element);
      // No microtask has run yet: the element has not rendered, and the request has left.
      expect(element.shadowRoot?.querySelector('[part~="plot"]') ?? null).to.equal(null);
      expect(asked.map((url) => new URL(url, location.href).pathname)).to.deep.equal(['/test-server/story']);
      await waitUntil(() => titles(element).length === 2, 'the story was not drawn');
    } finally {
      window.fetch = original;
      element.remove();
    }
  });

  it('shows a loading state, then the story, and fires story-load with the count', async () => {
    const element = await mount();
    const loaded = oneEvent(element, 'story-load');
    element.src = `/test-server/story?title=Slow&count=4&delay=400&key=${unique()}`;
    await waitUntil(() => stateText(element) === 'Loading…', 'no loading state');
    const { detail } = await loaded;
    expect(detail.count).to.equal(4);
    expect(detail.problems).to.deep.equal([]);
    expect(stateText(element)).to.equal('');
    expect(titles(element)).to.include('Slow 1');
  });

  for (const [name, path, words] of [
    ['an HTTP 404', '/test-server/status/404', /404/],
    ['an HTTP 500', '/test-server/status/500', /500/],
    ['invalid JSON', '/test-server/invalid-json', /not valid JSON/],
    ['a wrong shape', '/test-server/wrong-shape', /expected format/],
    ['a refused connection', 'http://127.0.0.1:1/story.json', /network error/],
  ] as const) {
    it(`${name}: a visible message, story-error, and the earlier story stays`, async () => {
      const element = await mountWithStory();
      const failed = oneEvent(element, 'story-error');
      element.src = path;
      const { detail } = await failed;
      expect(detail.message).to.match(words);
      await element.updateComplete;
      const error = errorPart(element)!;
      expect(error.textContent).to.match(words);
      expect(error.textContent).to.contain('Could not load the timeline');
      expect(error.querySelector('button')!.textContent).to.equal('Retry');
      expect(titles(element)).to.have.length(5);
      // Retry asks again (the fault is still there, so it fails again, visibly).
      const again = oneEvent(element, 'story-error');
      error.querySelector('button')!.click();
      expect((await again).detail.message).to.match(words);
      expect(titles(element)).to.have.length(5);
    });
  }

  it('words the error in the element language', async () => {
    const element = await mountWithStory('fr');
    const failed = oneEvent(element, 'story-error');
    element.src = '/test-server/status/404';
    expect((await failed).detail.message).to.contain('Impossible de charger la chronologie');
    await element.updateComplete;
    expect(errorPart(element)!.querySelector('button')!.textContent).to.equal('Réessayer');
  });

  it('gives up after the timeout', async () => {
    const element = await mountWithStory();
    element.timeout = 300;
    const failed = oneEvent(element, 'story-error');
    element.src = `/test-server/never?key=${unique()}`;
    expect((await failed).detail.message).to.contain('timed out');
    expect(titles(element)).to.have.length(5);
  });

  it('retry loads again and clears the error', async () => {
    const element = await mount();
    const failed = oneEvent(element, 'story-error');
    element.src = `/test-server/flaky?key=${unique()}`;
    expect((await failed).detail.message).to.contain('503');
    await element.updateComplete;
    const loaded = oneEvent(element, 'story-load');
    errorPart(element)!.querySelector('button')!.click();
    await loaded;
    await element.updateComplete;
    expect(errorPart(element)).to.equal(null);
    expect(titles(element)).to.include('Recovered 1');
  });

  it('the last src set wins over a slower one still in flight', async () => {
    const element = await mount();
    const loads: string[] = [];
    element.addEventListener('story-load', () => loads.push(titles(element)[0] ?? ''));
    element.src = `/test-server/story?title=Slow&delay=700&key=${unique()}`;
    await sleep(50);
    element.src = `/test-server/story?title=Fast&key=${unique()}`;
    await waitUntil(() => loads.length === 1, 'the fast story never loaded');
    await sleep(1000);
    expect(loads).to.deep.equal(['Fast 1']);
    expect(titles(element).every((title) => title.startsWith('Fast'))).to.equal(true);
  });

  it('removing src while it loads cancels it and keeps what is shown', async () => {
    const element = await mountWithStory();
    let errors = 0;
    element.addEventListener('story-error', () => errors++);
    element.setAttribute('src', `/test-server/story?title=Late&delay=500&key=${unique()}`);
    await element.updateComplete;
    expect(stateText(element)).to.equal('Loading…');
    element.removeAttribute('src');
    await sleep(900);
    expect(errors).to.equal(0);
    expect(stateText(element)).to.equal('');
    // Without src the element shows its other input again (here .data), never the late answer.
    expect(titles(element)).to.have.length(5);
    expect(titles(element).some((title) => title.startsWith('Late'))).to.equal(false);
  });

  it('refuses a document over the size limit without freezing the page', async () => {
    const element = await mountWithStory();
    const failed = oneEvent(element, 'story-error');
    element.src = `/test-server/large?mb=21&key=${unique()}`;
    expect((await failed).detail.message).to.contain('larger than 20 MB');
    expect(titles(element)).to.have.length(5);
  });

  it('refuses more events than the limit, from any input', async () => {
    const element = await mountWithStory();
    const failed = oneEvent(element, 'story-error');
    element.events = Array.from({ length: 200_001 }, () => ({ date: '2023-05-03', title: 'x' }));
    expect((await failed).detail.message).to.contain('more than 200,000 events');
    await element.updateComplete;
    expect(errorPart(element)).to.not.equal(null);
    expect(titles(element)).to.have.length(5);
  });
});
