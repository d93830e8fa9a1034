/**
 * Reading down the page: a selected event is on screen after load, zooming (buttons, keys,
 * a two-finger pinch) keeps the event read at the same height, one finger still scrolls the
 * page, the eras are named beside the rail, forced colours draw the rail in system colours,
 * and paper gets whole entries without the controls.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { firstStory, nextFrame, storyIds } from './helpers/fixtures.js';
import { canEmulate, prefer, resetPreferences } from './helpers/preferences.js';

/** The page's room above the story: the story starts below the window. */
const ABOVE = 1500;

/**
 * An element reading vertically on a page taller than the window, `attributes` on it,
 * `before` run once it is in the page and before its story is given.
 */
async function mount(
  attributes = '',
  { data = firstStory, before }: { data?: StoryData; before?: () => void } = {},
): Promise<StoryTimeline> {
  const page = await fixture<HTMLDivElement>(html`<div style="width:390px"></div>`);
  page.innerHTML = `<div style="height:${ABOVE}px"></div>
    <story-timeline orientation="vertical" lang="en" ${attributes}></story-timeline>
    <div style="height:2000px"></div>`;
  const element = page.querySelector<StoryTimeline>('story-timeline')!;
  before?.();
  element.data = data;
  await waitUntil(
    () => element.shadowRoot!.querySelectorAll('.frame.vertical:not(.pending) [part~="event"]').length >= 5,
    'not drawn vertically',
    { timeout: 10_000 },
  );
  await element.updateComplete;
  await nextFrame();
  return element;
}

const one = (element: StoryTimeline, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const eventSelector = (id: string) => `[part~="event"][data-id="${id}"]`;
const top = (element: StoryTimeline, id: string) => one(element, eventSelector(id)).getBoundingClientRect().top;

function onScreen(element: StoryTimeline, id: string): boolean {
  const { top: y, bottom } = one(element, eventSelector(id)).getBoundingClientRect();
  return y >= 0 && bottom <= innerHeight;
}

/** Back to the top of the page, and no `#event-` link. */
function tidy(): void {
  window.scrollTo(0, 0);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

describe('vertical: a selected event at load', () => {
  afterEach(tidy);
  it('is scrolled into view (`selected`)', async () => {
    const element = await mount('selected="vilnius-summit"');
    await waitUntil(() => onScreen(element, 'vilnius-summit'), 'the selected event is not on screen');
    expect(one(element, eventSelector('vilnius-summit')).getAttribute('aria-pressed')).to.equal('true');
  });

  it('is scrolled into view (`selected="last"`)', async () => {
    const element = await mount('selected="last"');
    const last = storyIds.at(-1)!;
    await waitUntil(() => onScreen(element, last), 'the last event is not on screen');
  });

  it('is scrolled into view (a `#event-<id>` link)', async () => {
    history.replaceState(history.state, '', '#event-nikkei-leak');
    const element = await mount('hash');
    await waitUntil(() => onScreen(element, 'nikkei-leak'), 'the linked event is not on screen');
  });

  it('leaves the page where the reader scrolled it', async () => {
    const element = await mount('selected="vilnius-summit"', { before: () => window.scrollTo(0, 300) });
    await nextFrame();
    expect(window.scrollY).to.equal(300);
    expect(onScreen(element, 'vilnius-summit')).to.equal(false);
  });
});

describe('vertical: zooming keeps the reading position', () => {
  afterEach(tidy);
  /** The story scrolled so that `id` is in the middle of the window. */
  async function centred(id: string, attributes = ''): Promise<StoryTimeline> {
    const element = await mount(attributes);
    one(element, eventSelector(id)).scrollIntoView({ block: 'center' });
    await nextFrame();
    return element;
  }

  it('the selected event stays at the same height after the zoom buttons', async () => {
    const element = await centred('vilnius-summit', 'selected="vilnius-summit"');
    const distance = () => top(element, 'vilnius-summit') - top(element, 'nikkei-leak');
    const [y, span] = [top(element, 'vilnius-summit'), distance()];
    one(element, '[part="zoom-in"]').click();
    await element.updateComplete;
    await nextFrame();
    expect(distance()).to.be.above(span * 1.5);
    expect(top(element, 'vilnius-summit')).to.be.closeTo(y, 3);
    one(element, '[part="zoom-out"]').click();
    await element.updateComplete;
    one(element, '[part="zoom-out"]').click();
    await element.updateComplete;
    await nextFrame();
    expect(distance()).to.be.below(span * 0.75);
    expect(top(element, 'vilnius-summit')).to.be.closeTo(y, 3);
  });

  it('the focused event stays at the same height after + and −', async () => {
    const element = await centred('vilnius-summit');
    one(element, eventSelector('vilnius-summit')).focus({ preventScroll: true });
    const y = top(element, 'vilnius-summit');
    await sendKeys({ press: '+' });
    await element.updateComplete;
    await nextFrame();
    expect(top(element, 'vilnius-summit')).to.be.closeTo(y, 3);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await element.updateComplete;
    await nextFrame();
    expect(top(element, 'vilnius-summit')).to.be.closeTo(y, 3);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('vilnius-summit');
  });
});

describe('vertical: pinch', () => {
  afterEach(tidy);
  /** Two touch pointers on the rail, `from` px apart, moved to `to` px apart, upright. */
  function pinch(element: StoryTimeline, from: number, to: number): void {
    const rail = one(element, '.rail');
    const box = one(element, eventSelector('vilnius-summit')).getBoundingClientRect();
    const x = box.left + 40;
    const y = box.top + box.height / 2;
    const send = (type: string, pointerId: number, dy: number) =>
      rail.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          clientX: x,
          clientY: y + dy,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    send('pointerdown', 1, -from / 2);
    send('pointerdown', 2, from / 2);
    for (let step = 1; step <= 6; step++) {
      const gap = from + ((to - from) * step) / 6;
      send('pointermove', 1, -gap / 2);
      send('pointermove', 2, gap / 2);
    }
    send('pointerup', 1, -to / 2);
    send('pointerup', 2, to / 2);
  }

  it('two pointers spreading apart zoom in, closing zoom out; the plot leaves one finger to the page', async () => {
    // "As of" between the two: the stretch between them is not folded when zoomed in.
    const element = await mount('as-of="2023-05-10"');
    expect(getComputedStyle(one(element, '.plot')).touchAction).to.equal('pan-y');
    const distance = () => top(element, 'vilnius-summit') - top(element, 'nikkei-leak');
    const before = distance();
    pinch(element, 60, 96);
    await element.updateComplete;
    await nextFrame();
    expect(distance()).to.be.above(before * 1.5);
    pinch(element, 96, 60);
    await element.updateComplete;
    await nextFrame();
    expect(distance()).to.be.closeTo(before, 2);
  });

  it('one pointer moving does not zoom', async () => {
    const element = await mount();
    const before = top(element, 'vilnius-summit') - top(element, 'nikkei-leak');
    const rail = one(element, '.rail');
    const at = (type: string, y: number) =>
      rail.dispatchEvent(
        new PointerEvent(type, { pointerId: 1, pointerType: 'touch', clientX: 100, clientY: y, bubbles: true }),
      );
    at('pointerdown', 100);
    at('pointermove', 300);
    at('pointerup', 300);
    await element.updateComplete;
    expect(top(element, 'vilnius-summit') - top(element, 'nikkei-leak')).to.equal(before);
  });

  it('real fingers (Chromium): two pinch the story, not the page', async function () {
    if (!canEmulate) this.skip();
    const element = await mount('as-of="2023-05-10"');
    const box = one(element, eventSelector('vilnius-summit'));
    box.scrollIntoView({ block: 'center' });
    await nextFrame();
    const distance = () => top(element, 'vilnius-summit') - top(element, 'nikkei-leak');
    const before = distance();
    const { left, top: y0, height } = box.getBoundingClientRect();
    const x = Math.round(left + 60);
    const y = Math.round(y0 + height / 2);
    const steps: unknown[] = [
      {
        type: 'touchStart',
        touchPoints: [
          { x, y: y - 30, id: 1 },
          { x, y: y + 30, id: 2 },
        ],
      },
    ];
    for (let i = 1; i <= 8; i++) {
      steps.push({ wait: 16 });
      steps.push({
        type: 'touchMove',
        touchPoints: [
          { x, y: y - 30 - 3 * i, id: 1 },
          { x, y: y + 30 + 3 * i, id: 2 },
        ],
      });
    }
    steps.push({ type: 'touchEnd', touchPoints: [] });
    await executeServerCommand('touch', { steps });
    await waitUntil(() => distance() > before * 1.5, 'the pinch did not zoom the story');
    expect(visualViewport?.scale ?? 1).to.equal(1);
  });
});

describe('vertical: eras, forced colours, print', () => {
  const withEras: StoryData = {
    ...firstStory,
    eras: [
      { date: '2023-01-01/2023-02-20', title: 'Before the talks' },
      { date: '2023-06-01/2023-08-01', title: 'Summit season', color: 'blue' },
    ],
  };

  it('names each era once, at the top of its band, beside the rail', async () => {
    const element = await mount('', { data: withEras });
    const names = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.rail-era-name')];
    expect(names.map((name) => name.textContent!.trim())).to.deep.equal(['Before the talks', 'Summit season']);
    const rail = one(element, '.rail').getBoundingClientRect();
    const mark = one(element, `${eventSelector(storyIds[0]!)} [part~="event-mark"]`).getBoundingClientRect();
    for (const name of names) {
      const box = name.getBoundingClientRect();
      expect(box.height, name.textContent!).to.be.above(0);
      expect(box.left).to.be.at.least(mark.right);
      expect(box.right).to.be.at.most(rail.right + 0.5);
      expect(name.checkVisibility()).to.equal(true);
    }
    // Each name near where its band begins.
    const bands = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.rail-era')];
    for (const name of names) {
      const band = bands.find((b) => b.title === name.textContent!.trim())!.getBoundingClientRect();
      expect(Math.abs(name.getBoundingClientRect().top - band.top), name.textContent!).to.be.below(80);
    }
  });

  it('forced colours (Chromium): the rail, the fold, the marks and the "as of" line in system colours', async function () {
    if (!canEmulate) this.skip();
    await prefer(this, { forcedColors: 'active' });
    try {
      const element = await mount('as-of="2023-05-10"', {
        data: { ...firstStory, events: [...firstStory.events, { date: '2025-01-01', title: 'Later' }] },
      });
      const text = getComputedStyle(one(element, '[part~="event-label"]')).color;
      const rail = getComputedStyle(one(element, '.rail'), '::before');
      expect(rail.backgroundColor).to.equal(text);
      const fold = getComputedStyle(one(element, '.fold'), '::before');
      expect(fold.backgroundImage).to.contain(text.replace(/\s/g, ' '));
      const asOf = getComputedStyle(one(element, '[part="as-of"]'), '::before');
      expect(asOf.borderTopColor).to.not.equal(getComputedStyle(document.body).backgroundColor);
      expect(asOf.borderTopStyle).to.equal('solid');
      const point = getComputedStyle(one(element, `${eventSelector('nikkei-leak')} [part~="event-mark"]`));
      expect(point.backgroundColor).to.equal(text);
    } finally {
      await resetPreferences();
    }
  });

  it('on paper (Chromium): no controls, and no entry split between pages', async function () {
    if (!canEmulate) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      const element = await mount();
      await waitUntil(() => getComputedStyle(one(element, '.top')).display === 'none', 'the controls are printed');
      for (const selector of ['.rail .row', '[part~="event"]']) {
        expect(getComputedStyle(one(element, selector)).breakInside, selector).to.equal('avoid');
      }
      expect(getComputedStyle(one(element, '.plot')).breakInside).to.equal('auto');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
