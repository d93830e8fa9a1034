/**
 * Right to left: in Arabic and Hebrew (or with `dir="rtl"`) the interface is mirrored and
 * time runs from right to left; the keys follow the direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

async function mount(attributes: { dir?: string; lang?: string }): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline
      dir=${attributes.dir ?? ''}
      lang=${attributes.lang ?? 'en'}
      as-of="2023-05-03"
      style="width:900px"
    ></story-timeline>`,
  );
  if (!attributes.dir) element.removeAttribute('dir');
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5, 'events not drawn');
  await nextFrame();
  return element;
}

const box = (element: StoryTimeline, selector: string) =>
  element.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
const markBox = (element: StoryTimeline, id: string) => box(element, `[part~="event"][data-id="${id}"] .mark`);

describe('right to left', () => {
  it('draws later events to the left of earlier ones', async () => {
    const element = await mount({ dir: 'rtl' });
    const leak = markBox(element, 'nikkei-leak');
    const summit = markBox(element, 'vilnius-summit');
    const opening = markBox(element, 'tokyo-office-opening');
    expect(summit.right).to.be.below(leak.left);
    expect(opening.right).to.be.below(summit.left);
    // Each label sits on the reading side of its mark: it starts at the mark and runs left.
    const label = box(element, '[part~="event"][data-id="nikkei-leak"] [part~="event-label"]');
    expect(label.right).to.be.at.most(leak.right + 1);
    // The "as of" line is between the leak and the summit, as in left-to-right.
    const asOf = box(element, '[part~="as-of"]');
    expect(asOf.left).to.be.within(summit.right, leak.right);
  });

  it("reads in its own direction whatever the page's: an English timeline on a right-to-left page, a Hebrew one on a left-to-right page", async () => {
    const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" style="direction: rtl"></div>`);
    const english = document.createElement('story-timeline');
    english.lang = 'en';
    english.data = firstStory;
    holder.append(english);
    const hebrew = await mount({ lang: 'he' });
    await waitUntil(() => english.shadowRoot?.querySelectorAll('[part~="event"]').length === 5, 'not drawn');
    const frameDirection = (element: StoryTimeline) =>
      getComputedStyle(element.shadowRoot!.querySelector('.frame')!).direction;
    expect(frameDirection(english)).to.equal('ltr');
    expect(frameDirection(hebrew)).to.equal('rtl');
    // The marks follow: later events to the right in English, to the left in Hebrew.
    expect(markBox(english, 'vilnius-summit').left).to.be.above(markBox(english, 'nikkei-leak').right);
    expect(markBox(hebrew, 'vilnius-summit').right).to.be.below(markBox(hebrew, 'nikkei-leak').left);
    english.remove();
  });

  it('lays out the same events as left to right, mirrored', async () => {
    const rtl = await mount({ dir: 'rtl' });
    const ltr = await mount({ dir: 'ltr' });
    const host = (element: StoryTimeline) => element.getBoundingClientRect();
    for (const id of ['nikkei-leak', 'vilnius-summit']) {
      const fromLeft = markBox(ltr, id).left - host(ltr).left;
      const fromRight = host(rtl).right - markBox(rtl, id).right;
      expect(fromRight, id).to.be.closeTo(fromLeft, 1.5);
    }
  });

  it('runs the axis from right to left', async () => {
    const element = await mount({ dir: 'rtl' });
    const ticks = [...element.shadowRoot!.querySelectorAll('[part~="axis"] .tick')];
    const xs = ticks.map((tick) => tick.getBoundingClientRect().left);
    expect(xs.length).to.be.greaterThan(2);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).to.be.below(xs[i - 1]!);
  });

  it('keys follow the direction: ArrowRight goes to the previous event', async () => {
    const element = await mount({ dir: 'rtl' });
    const button = element.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-id="nikkei-leak"]')!;
    button.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === 'draft-proposal');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === 'vilnius-summit');
  });

  it('mirrors the interface: the card closes from its left corner', async () => {
    const element = await mount({ dir: 'rtl' });
    element.select('nikkei-leak');
    await element.updateComplete;
    const card = box(element, '[part~="detail"]');
    const close = box(element, '[part~="detail"] .close');
    expect(close.left - card.left).to.be.below(card.right - close.right);
    const zoomIn = box(element, '[part~="zoom-in"]');
    const fit = box(element, '[part~="fit"]');
    expect(fit.left).to.be.below(zoomIn.left);
  });

  it('zooms and pans the same way under the fingers', async () => {
    const element = await mount({ dir: 'rtl' });
    element.zoomTo('2023-04-01', '2023-06-01');
    await element.updateComplete;
    await nextFrame();
    const { start, end } = element.visibleRange;
    expect(start.toISOString().slice(0, 10)).to.equal('2023-04-01');
    expect(end.toISOString().slice(0, 10)).to.equal('2023-06-02');
    const leak = markBox(element, 'nikkei-leak');
    const host = element.getBoundingClientRect();
    // 3 May is a little past the middle of April–May: a little left of the centre.
    expect(leak.left + leak.width / 2).to.be.below(host.left + host.width / 2);
  });
});
