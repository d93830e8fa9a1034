/** The element with a language loaded on demand: no flash of English, labels cut by words, right to left. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

const zoomInName = (element: StoryTimeline) =>
  element.shadowRoot!.querySelector('[part~="zoom-in"]')!.getAttribute('aria-label');

describe('languages loaded on demand, in the element', () => {
  it('draws in Japanese from its first render, without a page loading the language first', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="ko" style="width:800px"></story-timeline>`);
    // fixture() waits for the first update: the Korean strings are there already.
    expect(zoomInName(element)).to.equal('확대');
    expect(element.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('ko');
  });

  it('switches when the language changes, once the new one has arrived', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="de" style="width:800px"></story-timeline>`);
    element.data = firstStory;
    const german = zoomInName(element);
    element.lang = 'ja';
    await waitUntil(() => zoomInName(element) !== german, 'Japanese never came');
    expect(zoomInName(element)).to.equal('拡大');
    const name = element
      .shadowRoot!.querySelector('[part~="event"][data-id="nikkei-leak"]')!
      .getAttribute('aria-label')!;
    expect(name).to.contain('2023年5月3日');
  });

  it('in Arabic, runs time from right to left', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="ar" style="width:900px"></story-timeline>`);
    element.data = firstStory;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5);
    await nextFrame();
    const frame = element.shadowRoot!.firstElementChild!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    const mark = (id: string) =>
      element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .mark`)!.getBoundingClientRect();
    expect(mark('vilnius-summit').right).to.be.below(mark('nikkei-leak').left);
    // An explicit dir wins over the language's.
    element.setAttribute('dir', 'ltr');
    await element.updateComplete;
    await nextFrame();
    expect(mark('vilnius-summit').left).to.be.above(mark('nikkei-leak').right);
  });

  it('cuts a long Japanese label at a word end, never inside a character', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="ja" style="width:320px"></story-timeline>`);
    const title = '北大西洋条約機構が東京に連絡事務所を開設する計画を日本経済新聞が報道した';
    element.data = {
      events: [
        { id: 'a', date: '2023-05-03', title },
        { id: 'b', date: '2023-05-04', title: '次' },
      ],
    };
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"][data-id="a"]'));
    await nextFrame();
    const label = element.shadowRoot!.querySelector('[part~="event"][data-id="a"] [part~="event-label"]')!;
    const text = label.textContent!.trim();
    expect(text.length).to.be.greaterThan(0);
    expect(title.startsWith(text.replace(/…$/, ''))).to.equal(true);
  });
});
