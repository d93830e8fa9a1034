import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';
import { canEmulate, prefer, resetPreferences } from './helpers/preferences.js';
import { luminance, mount } from './helpers/scheme-page.js';
import { languages, loadStrings, type Lang } from '../src/format/strings.js';
import { cases } from './helpers/engine.js';

// The reader's preferences: colour scheme, reduced motion, forced colours. In Firefox and
// WebKit each test runs in the launch that has the preferences it asks for (tests/helpers/preferences.ts).

const root = (element: StoryTimeline) => element.shadowRoot!;
const mark = (element: StoryTimeline, id: string) =>
  root(element).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
const span = (element: StoryTimeline) => +element.visibleRange.end - +element.visibleRange.start;

describe('story-timeline: accessibility checks (axe-core) per colour scheme', () => {
  afterEach(resetPreferences);

  // Every language in Chromium; in Firefox and WebKit one left-to-right Latin, one right-to-left
  // and one Han script, whose text the engines lay out differently.
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of cases<Lang>(languages, ['fr', 'ar', 'ja'])) {
      it(`has no violations in ${lang}, ${colorScheme}, with the detail card open`, async function () {
        await prefer(this, { colorScheme });
        // Ready before the element picks its language, so it shows this one, not English.
        const strings = await loadStrings(lang);
        const element = await mount(lang);
        expect(root(element).querySelector('[part="zoom-in"]')!.getAttribute('aria-label')).to.equal(strings.zoomIn);
        element.select('nikkei-leak');
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }
  }

  it('has no violations in forced-colors mode, and the marks stay visible', async function () {
    await prefer(this, { forcedColors: 'active' });
    const element = await mount();
    await expect(element).to.be.accessible();
    const style = getComputedStyle(mark(element, 'nikkei-leak')!.querySelector('.mark')!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});

describe('story-timeline: motion, colour schemes, themes', () => {
  afterEach(resetPreferences);

  it('animates zoom buttons', async function () {
    await prefer(this, { reducedMotion: 'no-preference' });
    const element = await mount();
    const before = span(element);
    const button = root(element).querySelector<HTMLButtonElement>('[part="zoom-in"]')!;
    // A mouse comes over the button before it clicks: that fetches the gestures, which glide.
    button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    const fetched = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('zoom-gestures'));
    await waitUntil(fetched, 'a pointer over the zoom buttons did not fetch the gestures');
    await element.updateComplete;
    button.click();
    expect(span(element), 'animated: not there yet').to.equal(before);
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.closeTo(before / 2, before * 0.01);
  });

  it('zooms at once with prefers-reduced-motion', async function () {
    await prefer(this, { reducedMotion: 'reduce' });
    const element = await mount();
    const before = span(element);
    root(element).querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
    expect(span(element), 'reduced motion: at once').to.be.closeTo(before / 2, before * 0.01);
  });

  it('follows a dark colour scheme', async function () {
    await prefer(this, { colorScheme: 'dark' });
    const element = await mount();
    const label = mark(element, 'nikkei-leak')!.querySelector('[part~="event-label"]')!;
    expect(luminance(getComputedStyle(label).color)).to.be.greaterThan(0.5);
    if (!canEmulate) return;
    // Where the scheme can change while the page runs, the colours follow it.
    await prefer(this, { colorScheme: 'light' });
    await nextFrame();
    expect(luminance(getComputedStyle(label).color)).to.be.lessThan(0.1);
  });

  it('follows a light colour scheme', async function () {
    await prefer(this, { colorScheme: 'light' });
    const element = await mount();
    const label = mark(element, 'nikkei-leak')!.querySelector('[part~="event-label"]')!;
    expect(luminance(getComputedStyle(label).color)).to.be.lessThan(0.1);
  });

  it('the selected event stands out in dark mode: 3:1 against the background, and unlike the marks', async function () {
    await prefer(this, { colorScheme: 'dark' });
    const element = await mount();
    element.select('nikkei-leak');
    await element.updateComplete;
    const button = mark(element, 'nikkei-leak')!;
    const page = getComputedStyle(element.parentElement!).backgroundColor;
    const ratio = (a: string, b: string) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    // The colours that draw the selection: the fill, and a ring or outline if there is one.
    const style = getComputedStyle(button);
    const colours = [
      style.backgroundColor,
      ...(style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []),
      ...(style.outlineStyle === 'none' ? [] : [style.outlineColor]),
    ].filter((colour) => !/rgba\([^)]*,\s*0\)/.test(colour));
    const strongest = colours.sort((a, b) => ratio(b, page) - ratio(a, page))[0]!;
    expect(ratio(strongest, page), `${strongest} on ${page}`).to.be.at.least(3);
    // It differs clearly from every unselected mark's colour.
    for (const other of root(element).querySelectorAll<HTMLElement>('[part~="event"][aria-pressed="false"] .mark')) {
      const colour = getComputedStyle(other).borderTopColor;
      expect(ratio(strongest, colour), `${strongest} against ${colour}`).to.be.at.least(1.5);
    }
    // Text on the fill stays readable.
    const label = button.querySelector('[part~="event-label"]')!;
    expect(ratio(getComputedStyle(label).color, style.backgroundColor)).to.be.at.least(4.5);
  });

  it('stays light on a page that only supports light, even when the reader prefers dark', async function () {
    await prefer(this, { colorScheme: 'dark' });
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:600px"></story-timeline>`);
    element.data = firstStory;
    await waitUntil(() => mark(element, 'nikkei-leak'));
    const label = mark(element, 'nikkei-leak')!.querySelector('[part~="event-label"]')!;
    expect(luminance(getComputedStyle(label).color)).to.be.lessThan(0.1);
    await expect(element).to.be.accessible();
  });

  // Issue #12 changed this: the chart has its own sans-serif font; the cards keep the page's.
  it('lets the page set colours; the chart is in system sans-serif, the cards in the page font', async () => {
    const element = await mount();
    element.style.setProperty('--story-confirmed', 'rgb(255, 0, 0)');
    element.style.fontFamily = 'serif';
    element.select('nikkei-leak');
    // The card's code may still be on its way: wait for the card, not for a frame.
    await waitUntil(() => root(element).querySelector('[part~="detail"]'), 'the card did not open');
    await nextFrame();
    const dot = getComputedStyle(mark(element, 'nikkei-leak')!.querySelector('.mark')!);
    expect(dot.borderTopColor).to.equal('rgb(255, 0, 0)');
    const label = mark(element, 'nikkei-leak')!.querySelector('[part~="event-label"]')!;
    const card = root(element).querySelector('[part~="detail"]')!;
    expect(getComputedStyle(label).fontFamily).to.equal('system-ui, sans-serif');
    expect(getComputedStyle(card).fontFamily).to.equal('serif');
    element.style.setProperty('--story-font', 'monospace');
    expect(getComputedStyle(label).fontFamily).to.equal('monospace');
    expect(getComputedStyle(card).fontFamily).to.equal('monospace');
  });
});

describe('story-timeline: narrow and wide', () => {
  for (const width of [320, 1200]) {
    it(`at ${width} px: 44 px controls, the detail card fits, nothing scrolls sideways`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style=${`width:${width}px`}><story-timeline></story-timeline></div>`,
      );
      const element = wrapper.querySelector('story-timeline')!;
      element.data = firstStory;
      await waitUntil(() => root(element).querySelectorAll('[part~="event"]').length > 0);
      for (const name of ['zoom-in', 'zoom-out', 'fit']) {
        const box = root(element).querySelector(`[part="${name}"]`)!.getBoundingClientRect();
        expect(box.width, name).to.be.at.least(44);
        expect(box.height, name).to.be.at.least(44);
      }
      element.select('kishida-stoltenberg');
      await element.updateComplete;
      const host = element.getBoundingClientRect();
      const card = root(element).querySelector('[part="detail"]')!.getBoundingClientRect();
      expect(card.left).to.be.at.least(host.left - 0.5);
      expect(card.right).to.be.at.most(host.right + 0.5);
      expect(host.width).to.equal(width);
      for (const node of root(element).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        // The plot clips what it holds (the list of events is translated to its origin while panning).
        if (node.parentElement?.closest('.plot')) continue;
        expect(box.right, `${node.className || node.tagName} overflows`).to.be.at.most(host.right + 1);
      }
      expect(element.scrollWidth).to.be.at.most(width);
    });
  }
});
