import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';
import { mount } from './helpers/scheme-page.js';
import { wheelOn } from './helpers/wheel.js';

const root = (element: StoryTimeline) => element.shadowRoot!;
const mark = (element: StoryTimeline, id: string) =>
  root(element).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
const focused = (element: StoryTimeline) => (root(element).activeElement as HTMLElement | null)?.dataset.id;

describe('story-timeline: accessibility checks (axe-core)', () => {
  it('has no violations while showing a load error', async () => {
    const element = await mount();
    const failed = oneEvent(element, 'story-error');
    element.src = '/test-server/status/500';
    await failed;
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

describe('story-timeline: keyboard', () => {
  it('Tab reaches the controls, the timeline, then the events at a single stop', async () => {
    const page = await fixture(
      html`<div>
        <button id="before">before</button>
        <story-timeline style="width:800px"></story-timeline>
        <button id="after">after</button>
      </div>`,
    );
    const element = page.querySelector('story-timeline')!;
    element.data = firstStory;
    await waitUntil(() => root(element).querySelectorAll('[part~="event"]').length === 5);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(element).activeElement as HTMLElement | null;
      stops.push(active?.getAttribute('part') ?? active?.className ?? document.activeElement!.id);
    }
    expect(stops).to.deep.equal(['zoom-in', 'zoom-out', 'fit', 'plot', 'event', 'after']);
  });

  it('shows a visible focus ring on keyboard focus, on buttons and on events', async () => {
    const element = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const zoomIn = root(element).activeElement as HTMLElement;
    expect(zoomIn.getAttribute('part')).to.equal('zoom-in');
    expect(getComputedStyle(zoomIn).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(zoomIn).outlineWidth)).to.be.at.least(2);
    mark(element, 'nikkei-leak')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const event = root(element).activeElement as HTMLElement;
    expect(getComputedStyle(event).outlineStyle).to.equal('solid');
  });

  it('arrows walk the events in date order, Home and End go to the ends', async () => {
    const element = await mount();
    mark(element, 'kishida-stoltenberg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal('draft-proposal');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)).to.equal('nikkei-leak');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal('draft-proposal');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused(element) === 'tokyo-office-opening');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused(element) === 'kishida-stoltenberg');
  });

  it('Space selects and Escape clears', async () => {
    const element = await mount();
    mark(element, 'vilnius-summit')!.focus();
    const selected = oneEvent(element, 'story-select');
    await sendKeys({ press: ' ' });
    expect((await selected).detail.id).to.equal('vilnius-summit');
    await sendKeys({ press: 'Escape' });
    expect(element.selected).to.equal('');
  });

  it('the view follows the focus to an event outside it', async () => {
    const element = await mount();
    element.zoomTo('2023-05-01', '2023-05-20');
    await element.updateComplete;
    expect(mark(element, 'vilnius-summit')).to.equal(null);
    mark(element, 'nikkei-leak')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(element) === 'vilnius-summit', 'focus did not follow');
    const box = mark(element, 'vilnius-summit')!.querySelector('.mark')!.getBoundingClientRect();
    const host = element.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left);
    expect(box.right).to.be.at.most(host.right);
  });

  it('the view zooms in until a clustered event can take the focus', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:320px"></story-timeline>`);
    element.events = Array.from({ length: 60 }, (_, i) => ({
      id: `e${i}`,
      date: `2023-05-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `A rather long event title number ${i}`,
    }));
    await waitUntil(() => root(element).querySelector('[part~="event"]'));
    const first = root(element).querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused(element) !== first.dataset.id && focused(element) !== undefined, 'focus was lost');
  });
});

describe('story-timeline: names and announcements', () => {
  it('names each event with its status, title and date at its precision (en)', async () => {
    const element = await mount('en');
    expect(mark(element, 'tokyo-office-opening')!.getAttribute('aria-label')).to.equal(
      'Planned: Planned opening of the Tokyo office, 2024',
    );
    expect(mark(element, 'draft-proposal')!.getAttribute('aria-label')).to.equal(
      'Reported: Draft proposal sent to the 31 members, April 2023',
    );
    expect(mark(element, 'vilnius-summit')!.getAttribute('aria-label')).to.equal(
      'Confirmed: NATO summit in Vilnius, 11–12 July 2023',
    );
  });

  it('names each event in French', async () => {
    const element = await mount('fr');
    expect(mark(element, 'draft-proposal')!.getAttribute('aria-label')).to.equal(
      'Rapporté\u00a0: Draft proposal sent to the 31 members, avril 2023',
    );
    expect(root(element).querySelector('[part="zoom-in"]')!.getAttribute('aria-label')).to.equal('Zoom avant');
  });

  it('switches language when lang changes', async () => {
    const element = await mount('en');
    element.lang = 'de';
    // German loads on demand: the English words stay until it has arrived.
    await waitUntil(
      () => root(element).querySelector('[part="zoom-in"]')!.getAttribute('aria-label') === 'Vergrößern',
      'German never came',
    );
    expect(mark(element, 'draft-proposal')!.getAttribute('aria-label')).to.contain('April 2023');
    expect(mark(element, 'nikkei-leak')!.getAttribute('aria-label')).to.contain('3. Mai 2023');
    expect(root(element).querySelector('[part="legend"]')!.textContent).to.contain('Geplant');
  });

  it('announces the range after a zoom and the selection, politely', async () => {
    const element = await mount('en');
    const live = root(element).querySelector('[aria-live="polite"]')!;
    root(element).querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
    await waitUntil(() => live.textContent!.startsWith('Showing'), 'the range was not announced', { timeout: 3000 });
    mark(element, 'tokyo-office-opening')!.click();
    await waitUntil(() => live.textContent === 'Selected: Planned opening of the Tokyo office');
  });

  it('hides decoration from assistive technology', async () => {
    const element = await mount();
    expect(root(element).querySelector('[part="axis"]')!.getAttribute('aria-hidden')).to.equal('true');
    for (const swatch of root(element).querySelectorAll('.swatch'))
      expect(swatch.getAttribute('aria-hidden')).to.equal('true');
    // The wheel hint, drawn once a plain wheel has gone to the page (the gestures tell it).
    await element.updateComplete;
    const plot = root(element).querySelector('.plot')!;
    wheelOn(plot, { deltaY: 120 });
    await element.updateComplete;
    expect(root(element).querySelector('.hint.shown')!.getAttribute('aria-hidden')).to.equal('true');
  });
});
