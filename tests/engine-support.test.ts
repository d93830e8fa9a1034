import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';
import { luminance } from './helpers/scheme-page.js';

// What one engine, or an older version of one, does differently. The floor: Safari 16.4,
// Firefox ESR 115, Chrome and Edge 111 (docs/testing.md, Browser support).

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

async function mount(): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5, 'not drawn');
  return element;
}

const markOf = (element: StoryTimeline, id: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"] .mark`)!;

/** The element's styles as an engine without `name()` reads them: every use of it unknown. */
function withoutFunction(element: StoryTimeline, name: string): void {
  const root = element.shadowRoot!;
  expect(root.adoptedStyleSheets.length, 'the styles are adopted sheets').to.be.greaterThan(0);
  expect(CSS.supports('color', 'no-such-fn(#000, #fff)')).to.equal(false);
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    const old = new CSSStyleSheet();
    old.replaceSync(text.replaceAll(`${name}(`, 'no-such-fn('));
    return old;
  });
}

describe('the browser floor', () => {
  it('loads src where AbortSignal.any is missing (Safari before 17.4)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    delete (AbortSignal as { any?: unknown }).any;
    try {
      const element = await fixture<StoryTimeline>(html`<story-timeline style="width:600px"></story-timeline>`);
      const loaded = oneEvent(element, 'story-load');
      const failed = new Promise((resolve) => element.addEventListener('story-error', resolve));
      element.src = '/test-server/story?count=3';
      const first = await Promise.race([loaded, failed]);
      expect((first as CustomEvent).type).to.equal('story-load');
      expect((first as CustomEvent<{ count: number }>).detail.count).to.equal(3);
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any);
    }
  });

  it('draws marks with fill and outline, and readable labels, where light-dark() is unknown (Safari before 17.5, Firefox before 120)', async () => {
    const element = await mount();
    withoutFunction(element, 'light-dark');
    for (const id of ['nikkei-leak', 'vilnius-summit', 'draft-proposal', 'tokyo-office-opening']) {
      const style = getComputedStyle(markOf(element, id));
      expect(style.borderTopStyle, `${id} outline`).to.not.equal('none');
      expect(parseFloat(style.borderTopWidth), `${id} outline`).to.be.greaterThan(0);
      expect(style.borderTopColor, `${id} outline`).to.not.equal(TRANSPARENT);
    }
    expect(getComputedStyle(markOf(element, 'nikkei-leak')).backgroundColor, 'nikkei-leak fill').to.not.equal(
      TRANSPARENT,
    );
    // A bar's fill is a layer under its outline, so that a fade thins the fill only.
    const bar = getComputedStyle(markOf(element, 'vilnius-summit'), '::before').backgroundColor;
    expect(bar, 'vilnius-summit fill').to.not.equal(TRANSPARENT);
    const hatching = getComputedStyle(markOf(element, 'draft-proposal'), '::before').backgroundImage;
    expect(hatching, 'window hatching').to.contain('gradient');
    const label = element.shadowRoot!.querySelector('[data-id="nikkei-leak"] [part~="event-label"]')!;
    expect(luminance(getComputedStyle(label).color), 'dark text on a light page').to.be.lessThan(0.1);
  });
});

describe('hatched uncertainty windows', () => {
  it('draw their stripes in the plain colour of the mark, at full strength for 3:1 (Firefox drops color-mix() stripes)', async () => {
    const element = await mount();
    const mark = markOf(element, 'draft-proposal');
    const colour = getComputedStyle(mark).borderTopColor;
    const stripes = getComputedStyle(mark, '::before');
    expect(stripes.backgroundImage).to.match(/^repeating-linear-gradient\(/);
    expect(stripes.backgroundImage).to.contain(colour);
    expect(stripes.backgroundImage).to.not.contain('color-mix');
    expect(Number(stripes.opacity)).to.equal(1);
    const box = mark.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
  });
});
