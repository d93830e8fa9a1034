import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { pressAndWait } from './helpers/keys.js';
import { firstStory, nextFrame, storyIds } from './helpers/fixtures.js';
import { generateEvents } from '../demo/generated.js';
import { wheelOn } from './helpers/wheel.js';

const DAY = 86_400_000;

async function mount(width = 800, lang = 'en'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang=${lang} style=${`width:${width}px`}></story-timeline>`,
  );
  element.data = firstStory;
  await waitUntil(() => marks(element).length > 0, 'events were never drawn');
  return element;
}

function marks(element: StoryTimeline): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
}

function part(element: StoryTimeline, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function mark(element: StoryTimeline, id: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

function span(element: StoryTimeline): number {
  const { start, end } = element.visibleRange;
  return +end - +start;
}

function plot(element: StoryTimeline): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
}

const wheel = (element: StoryTimeline, init: WheelEventInit): boolean => wheelOn(plot(element), init);

describe('story-timeline: drawing the first story', () => {
  it('draws the five events with their data-ids and labels', async () => {
    const element = await mount();
    expect(
      marks(element)
        .map((m) => m.dataset.id)
        .sort(),
    ).to.deep.equal([...storyIds].sort());
    expect(mark(element, 'nikkei-leak').querySelector('[part~="event-label"]')!.textContent).to.equal(
      'Nikkei reports the plan',
    );
  });

  it('draws a day as a point, an interval as a solid bar, a year or month as a hatched band', async () => {
    const element = await mount();
    const shape = (id: string) => getComputedStyle(mark(element, id).querySelector('.mark')!);
    const day = shape('nikkei-leak');
    const year = shape('tokyo-office-opening');
    const month = shape('draft-proposal');
    const set = shape('kishida-stoltenberg');

    expect(day.borderRadius).to.equal('50%');
    expect(day.width).to.equal(day.height);
    // The bar's fill sits on a layer under its outline (see the styles: fades thin the fill only).
    const fill = getComputedStyle(mark(element, 'vilnius-summit').querySelector('.mark')!, '::before');
    expect(fill.backgroundImage).to.equal('none');
    expect(fill.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    for (const id of ['tokyo-office-opening', 'draft-proposal', 'kishida-stoltenberg']) {
      // The stripes sit on a layer of their own (see the styles: Firefox and color-mix()).
      const stripes = getComputedStyle(mark(element, id).querySelector('.mark')!, '::before');
      expect(stripes.backgroundImage).to.contain('repeating-linear-gradient');
    }
    for (const window of [year, month, set]) expect(window.borderRadius).to.not.equal('50%');
    // "2024" covers the whole year, not a point on 1 January.
    const yearBox = mark(element, 'tokyo-office-opening').querySelector('.mark')!.getBoundingClientRect();
    const dayBox = mark(element, 'nikkei-leak').querySelector('.mark')!.getBoundingClientRect();
    expect(yearBox.width).to.be.greaterThan(dayBox.width * 10);
  });

  it('draws planned and reported events differently from confirmed ones', async () => {
    const element = await mount();
    const border = (id: string) => getComputedStyle(mark(element, id).querySelector('.mark')!).borderTopStyle;
    expect(border('nikkei-leak')).to.equal('solid');
    expect(border('draft-proposal')).to.equal('dotted');
    expect(border('tokyo-office-opening')).to.equal('dashed');
  });

  it('softens the edges of approximate and uncertain dates', async () => {
    const element = await mount();
    element.data = {
      events: [
        { id: 'sharp', date: '2023-04', title: 'Sharp' },
        { id: 'soft', date: '2023-06~', title: 'Soft' },
      ],
    };
    await waitUntil(() => marks(element).length === 2);
    // The fade is on the fill's layer: the outline keeps its full colour.
    const mask = (id: string) => getComputedStyle(mark(element, id).querySelector('.mark')!, '::before').maskImage;
    expect(mask('sharp')).to.equal('none');
    expect(mask('soft')).to.contain('linear-gradient');
  });

  it('never lets two labels overlap, even on a 320 px phone', async () => {
    for (const width of [320, 1200]) {
      const element = await mount(width);
      const boxes = [...element.shadowRoot!.querySelectorAll('[part~="event"] [part~="event-label"]')].map((label) =>
        label.getBoundingClientRect(),
      );
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `labels ${i} and ${j} overlap at ${width}px`).to.equal(false);
        }
      }
      const host = element.getBoundingClientRect();
      for (const box of boxes) expect(box.right).to.be.at.most(host.right + 1);
    }
  });

  it('keeps the full title reachable when a label is shortened', async () => {
    const element = await mount(320);
    for (const button of marks(element)) {
      const label = button.querySelector<HTMLElement>('[part~="event-label"]')!;
      expect(button.getAttribute('aria-label')).to.contain(label.textContent!.trim());
      if (label.scrollWidth > label.clientWidth + 1) expect(button.title).to.contain(label.textContent!.trim());
    }
  });

  it('draws a labelled "as of" marker', async () => {
    const element = await mount(800, 'fr');
    element.asOf = '2023-05-03';
    await element.updateComplete;
    const marker = part(element, 'as-of')!;
    expect(marker.textContent).to.contain('3 mai 2023');
    const dot = mark(element, 'nikkei-leak').querySelector('.mark')!.getBoundingClientRect();
    expect(Math.abs(marker.getBoundingClientRect().left - (dot.left + dot.width / 2))).to.be.lessThan(3);
  });

  it("as-of-label words the marker in the editor's own terms", async () => {
    const element = await mount();
    element.asOf = '2023-05-03';
    element.asOfLabel = 'As reported on 3 May 2023';
    await element.updateComplete;
    expect(part(element, 'as-of')!.textContent!.trim()).to.equal('As reported on 3 May 2023');
  });

  it('explains the encodings in a legend, in the element language', async () => {
    const en = await mount(800, 'en');
    expect(part(en, 'legend')!.textContent).to.contain('Planned');
    const fr = await mount(800, 'fr');
    const legend = part(fr, 'legend')!.textContent!;
    expect(legend).to.contain('Prévu');
    expect(legend).to.not.contain('Planned');
  });

  it('takes the language from the nearest ancestor when it has none', async () => {
    const wrapper = await fixture(html`<div lang="fr"><story-timeline style="width:600px"></story-timeline></div>`);
    const element = wrapper.querySelector('story-timeline')!;
    element.data = firstStory;
    await waitUntil(() => marks(element).length > 0);
    expect(part(element, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom avant');
  });

  it('labels the axis in the element language, in UTC', async () => {
    const element = await mount(1200, 'fr');
    element.zoomTo('2023-04-01', '2023-08-01');
    await element.updateComplete;
    const axis = part(element, 'axis')!.textContent!;
    expect(axis).to.match(/mai|juin|juil/);
    expect(axis).to.not.match(/May|June|July/);
  });
});

describe('story-timeline: zoom and pan', () => {
  it('fits every event on first show, with a margin', async () => {
    const element = await mount();
    const { start, end } = element.visibleRange;
    expect(+start).to.be.lessThan(Date.UTC(2023, 0, 21));
    expect(+end).to.be.greaterThan(Date.UTC(2025, 0, 1));
    expect(+end - +start).to.be.lessThan(3 * 365 * DAY);
  });

  it('honours the start and end attributes', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline start="2023-04" end="2023-07" style="width:800px"></story-timeline>`,
    );
    element.data = firstStory;
    await waitUntil(() => marks(element).length > 0);
    expect(element.visibleRange.start.toISOString()).to.equal('2023-04-01T00:00:00.000Z');
    expect(element.visibleRange.end.toISOString()).to.equal('2023-08-01T00:00:00.000Z');
  });

  it('zoomTo shows the asked window and fires story-rangechange', async () => {
    const element = await mount();
    const fired = oneEvent(element, 'story-rangechange');
    element.zoomTo('2023-05-01', '2023-06-01');
    const { detail } = await fired;
    expect(element.visibleRange.start.toISOString()).to.equal('2023-05-01T00:00:00.000Z');
    expect(element.visibleRange.end.toISOString()).to.equal('2023-06-02T00:00:00.000Z');
    expect(+detail.start).to.equal(+element.visibleRange.start);
    await element.updateComplete;
    expect(marks(element).map((m) => m.dataset.id)).to.include('nikkei-leak');
    expect(marks(element).map((m) => m.dataset.id)).to.not.include('tokyo-office-opening');
  });

  it('zoomTo rejects an unreadable date with a clear error', async () => {
    const element = await mount();
    expect(() => element.zoomTo('May 3', '2023-06')).to.throw(RangeError, /May 3/);
    expect(() => element.zoomTo('2023-06', '2023-05')).to.throw(RangeError, /after/);
  });

  it('zoomBy and fit go through the same transform', async () => {
    const element = await mount();
    const fitted = span(element);
    element.zoomBy(4);
    expect(span(element)).to.be.closeTo(fitted / 4, fitted * 0.01);
    element.fit();
    expect(span(element)).to.be.closeTo(fitted, fitted * 0.01);
  });

  it('stops zooming in at about one day and out at about ten times the data span', async () => {
    const element = await mount();
    element.zoomBy(1e6);
    expect(span(element)).to.be.within(0.9 * DAY, 1.1 * DAY);
    element.zoomBy(1e-9);
    const dataSpan = Date.UTC(2025, 0, 1) - Date.UTC(2023, 0, 21);
    expect(span(element)).to.be.within(9 * dataSpan, 11 * dataSpan);
  });

  it('zoom buttons change the visible range', async () => {
    const element = await mount();
    const fitted = span(element);
    part(element, 'zoom-in')!.click();
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.closeTo(fitted / 2, fitted * 0.01);
    part(element, 'zoom-out')!.click();
    await oneEvent(element, 'story-rangechange');
    part(element, 'zoom-out')!.click();
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.closeTo(fitted * 2, fitted * 0.01);
    part(element, 'fit')!.click();
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.closeTo(fitted, fitted * 0.01);
  });

  it('Ctrl + wheel zooms around the pointer', async () => {
    const element = await mount();
    const before = span(element);
    const fired = oneEvent(element, 'story-rangechange');
    const notCancelled = wheel(element, { deltaY: -200, ctrlKey: true });
    expect(notCancelled, 'the page must not scroll while zooming').to.equal(false);
    await fired;
    expect(span(element)).to.be.lessThan(before * 0.9);
  });

  it('⌘ + wheel zooms too (macOS)', async () => {
    const element = await mount();
    const before = span(element);
    expect(wheel(element, { deltaY: -200, metaKey: true })).to.equal(false);
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.lessThan(before * 0.9);
  });

  it('a plain wheel scrolls the page, does not zoom, and shows a hint', async () => {
    const element = await mount();
    const before = element.visibleRange;
    const notCancelled = wheel(element, { deltaY: 120 });
    expect(notCancelled, 'a plain wheel must reach the page').to.equal(true);
    await element.updateComplete;
    expect(+element.visibleRange.start).to.equal(+before.start);
    expect(+element.visibleRange.end).to.equal(+before.end);
    const hint = element.shadowRoot!.querySelector('.hint')!;
    expect(hint.classList.contains('shown')).to.equal(true);
    expect(hint.textContent).to.match(/scroll to zoom/);
  });

  it('wheel="free" lets a plain wheel zoom', async () => {
    const element = await mount();
    element.wheel = 'free';
    await element.updateComplete;
    const before = span(element);
    expect(wheel(element, { deltaY: -200 })).to.equal(false);
    await oneEvent(element, 'story-rangechange');
    expect(span(element)).to.be.lessThan(before * 0.9);
  });

  it('dragging pans towards earlier dates', async () => {
    const element = await mount();
    element.zoomBy(2);
    const before = element.visibleRange;
    const box = plot(element).getBoundingClientRect();
    const y = Math.round(box.bottom - 10);
    const x = Math.round(box.left + box.width / 2);
    const fired = oneEvent(element, 'story-rangechange');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 50, y] });
    await sendMouse({ type: 'move', position: [x + 150, y] });
    await sendMouse({ type: 'up' });
    await fired;
    const msPerPixel = (+before.end - +before.start) / box.width;
    expect(+element.visibleRange.start).to.be.closeTo(+before.start - 150 * msPerPixel, 5 * msPerPixel);
    expect(span(element)).to.be.closeTo(+before.end - +before.start, msPerPixel);
  });

  it('keys +, -, 0 and the arrows zoom and pan', async () => {
    const element = await mount();
    const fitted = span(element);
    plot(element).focus();
    await pressAndWait(element, '+');
    expect(span(element)).to.be.closeTo(fitted / 2, fitted * 0.01);
    const start = +element.visibleRange.start;
    await pressAndWait(element, 'ArrowRight');
    expect(+element.visibleRange.start).to.be.greaterThan(start);
    await pressAndWait(element, 'ArrowLeft');
    expect(+element.visibleRange.start).to.be.closeTo(start, fitted * 0.001);
    await pressAndWait(element, '-');
    await pressAndWait(element, '-');
    expect(span(element)).to.be.closeTo(fitted * 2, fitted * 0.01);
    await pressAndWait(element, '0');
    expect(span(element)).to.be.closeTo(fitted, fitted * 0.01);
  });

  it('keeps the same dates in view when its width changes', async () => {
    const element = await mount(800);
    element.zoomTo('2023-04-01', '2023-08-01');
    element.style.width = '400px';
    await waitUntil(() => plot(element).clientWidth === 400);
    await nextFrame();
    await element.updateComplete;
    expect(element.visibleRange.start.toISOString()).to.equal('2023-04-01T00:00:00.000Z');
    // A day date as the end of a window means "through that day".
    expect(element.visibleRange.end.toISOString()).to.equal('2023-08-02T00:00:00.000Z');
  });
});

// These tests count and compare what is drawn, not how fast: reading thousands of events
// can take longer than waitUntil's default second on a busy machine (seen at a load of 20
// on two cores), so the first draw gets more time.
const CROWDED_FIRST_DRAW = { timeout: 10_000 };

describe('story-timeline: a crowded story while zooming', () => {
  it('counts what it cannot draw in clusters that say how many, are named, and zoom to their events', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="en" style="width:900px"></story-timeline>`);
    element.events = generateEvents(3000, 5);
    await waitUntil(() => marks(element).length > 20, 'events were never drawn', CROWDED_FIRST_DRAW);
    const clusters = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')];
    expect(clusters.length).to.be.greaterThan(3);
    let clustered = 0;
    for (const cluster of clusters) {
      const count = Number(/^\+(\d+)$/.exec(cluster.textContent!.trim())?.[1]);
      expect(count, cluster.textContent!).to.be.greaterThan(0);
      expect(cluster.getAttribute('aria-label'), 'named with its count').to.contain(String(count));
      clustered += count;
    }
    // Every event is in the fitted view: drawn, or counted in a cluster.
    expect(marks(element).length + clustered).to.equal(3000);

    const biggest = clusters.reduce((a, b) =>
      Number(a.textContent!.slice(1)) >= Number(b.textContent!.slice(1)) ? a : b,
    );
    const before = span(element);
    const changed = oneEvent(element, 'story-rangechange');
    biggest.focus();
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(span(element), 'the view zoomed in').to.be.lessThan(before / 4);
  });

  it('keeps the page small whatever the number of events', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:1200px"></story-timeline>`);
    element.events = generateEvents(10_000, 3);
    await waitUntil(() => marks(element).length > 20, 'events were never drawn', CROWDED_FIRST_DRAW);
    const nodes = () => element.shadowRoot!.querySelectorAll('*').length;
    let most = nodes();
    for (const factor of [2, 4, 16, 64]) {
      const { start, end } = element.visibleRange;
      const centre = (+start + +end) / 2;
      const half = (+end - +start) / factor / 2;
      element.zoomTo(new Date(centre - half), new Date(centre + half));
      await element.updateComplete;
      most = Math.max(most, nodes());
    }
    expect(most).to.be.lessThan(2000);
  });

  it('keeps the events it drew, in the same places and the same buttons, when the view zooms in a step', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:900px"></story-timeline>`);
    element.events = generateEvents(3000, 11);
    await waitUntil(() => marks(element).length > 20, 'events were never drawn', CROWDED_FIRST_DRAW);
    const before = new Map(marks(element).map((button) => [button.dataset.id!, button]));
    const lanes = new Map(marks(element).map((button) => [button.dataset.id!, button.style.top]));
    const { start, end } = element.visibleRange;
    const width = +end - +start;
    element.zoomTo(new Date(+start + width * 0.1), new Date(+end - width * 0.1));
    await element.updateComplete;
    // Those that start well inside the view stay inside it.
    const inside = [...before]
      .filter(([, button]) => {
        const left = parseFloat(button.style.getPropertyValue('inset-inline-start'));
        return left > 200 && left < 600;
      })
      .map(([id]) => id);
    expect(inside.length).to.be.greaterThan(10);
    for (const id of inside) {
      const after = element.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
      expect(after === before.get(id), `${id} is still drawn by the same button`).to.equal(true);
      expect(after!.style.top, `${id} keeps its lane`).to.equal(lanes.get(id));
    }
  });
});

describe('story-timeline: selection', () => {
  it('clicking an event shows its detail and fires story-select', async () => {
    const element = await mount();
    const fired = oneEvent(element, 'story-select');
    mark(element, 'nikkei-leak').click();
    const { detail } = await fired;
    expect(detail.id).to.equal('nikkei-leak');
    expect(detail.event.title).to.equal('Nikkei reports the plan');
    expect(element.selected).to.equal('nikkei-leak');
    expect(element.getAttribute('selected')).to.equal('nikkei-leak');
    await element.updateComplete;
    const card = part(element, 'detail')!;
    expect(card.textContent).to.contain('Nikkei reports the plan');
    expect(card.textContent).to.contain('3 May 2023');
    expect(card.textContent).to.contain('Confirmed');
    const link = card.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/nikkei');
    expect(link.textContent).to.equal('Nikkei');
  });

  it('words the date at its precision in the detail', async () => {
    const element = await mount(800, 'fr');
    const cases: [string, string][] = [
      ['kishida-stoltenberg', 'late January 2023'],
      ['draft-proposal', 'avril 2023'],
      ['vilnius-summit', '11-12 juillet 2023'],
      ['tokyo-office-opening', '2024'],
    ];
    for (const [id, words] of cases) {
      element.select(id);
      await element.updateComplete;
      expect(part(element, 'detail')!.querySelector('.detail-meta')!.textContent).to.contain(words);
    }
  });

  it('Enter on a focused event selects it and Escape clears it', async () => {
    const element = await mount();
    mark(element, 'vilnius-summit').focus();
    const selected = oneEvent(element, 'story-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('vilnius-summit');
    await element.updateComplete;
    expect(part(element, 'detail')!.textContent).to.contain('NATO summit in Vilnius');
    const cleared = oneEvent(element, 'story-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ id: null, event: null });
    await element.updateComplete;
    expect(part(element, 'detail')).to.equal(null);
    expect(element.hasAttribute('selected')).to.equal(false);
  });

  it('the close button clears the selection and gives focus back to the event', async () => {
    const element = await mount();
    mark(element, 'draft-proposal').click();
    await element.updateComplete;
    const cleared = oneEvent(element, 'story-select');
    part(element, 'detail')!.querySelector<HTMLButtonElement>('.close')!.click();
    expect((await cleared).detail.id).to.equal(null);
    await element.updateComplete;
    await nextFrame();
    expect(element.shadowRoot!.activeElement).to.equal(mark(element, 'draft-proposal'));
  });

  it('select() and the selected attribute change the selection without a story-select', async () => {
    const element = await mount();
    let fired = 0;
    element.addEventListener('story-select', () => fired++);
    element.select('tokyo-office-opening');
    await element.updateComplete;
    expect(part(element, 'detail')!.textContent).to.contain('Planned opening');
    element.setAttribute('selected', 'nikkei-leak');
    await element.updateComplete;
    expect(part(element, 'detail')!.textContent).to.contain('Nikkei reports the plan');
    element.select(null);
    await element.updateComplete;
    expect(part(element, 'detail')).to.equal(null);
    expect(fired).to.equal(0);
  });
});

describe('story-timeline: data in and problems out', () => {
  it('shows the valid events and lists the bad ones in .problems', async () => {
    const element = await mount();
    let loaded: { count: number } | undefined;
    element.addEventListener('story-load', (event) => (loaded = event.detail));
    element.events = [
      ...firstStory.events,
      { id: 'broken', date: 'sometime', title: 'Unreadable date' },
      { id: 'untitled', date: '2023-05-04' } as never,
      { id: 'nikkei-leak', date: '2023-05-05', title: 'Same id again' },
    ];
    await waitUntil(() => element.problems.length === 3, 'problems were not listed');
    await waitUntil(() => loaded !== undefined, 'story-load did not fire');
    expect(loaded!.count).to.equal(5);
    expect(marks(element)).to.have.length(5);
    const messages = element.problems.map((problem) => problem.message).join('\n');
    expect(messages).to.contain('sometime');
    expect(messages).to.match(/title/);
    expect(messages).to.match(/[Dd]uplicate/);
    expect(element.problems.map((problem) => problem.index)).to.deep.equal([5, 6, 7]);
  });

  it('loads src and fires story-load', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    const loaded = oneEvent(element, 'story-load');
    element.src = '/demo/story.en.json';
    const { detail } = await loaded;
    expect(detail.count).to.be.at.least(5);
    expect(marks(element).map((m) => m.dataset.id)).to.include.members(['nikkei-leak', 'vilnius-summit']);
  });

  it('a failed src shows a visible error, fires story-error and keeps what was shown', async () => {
    const element = await mount();
    const failed = oneEvent(element, 'story-error');
    element.src = '/no-such-story.json';
    const { detail } = await failed;
    expect(detail.message).to.contain('404');
    await element.updateComplete;
    const error = part(element, 'error')!;
    expect(error.textContent).to.contain('404');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(marks(element)).to.have.length(5);
  });

  it('refuses a src that is not http, https or relative', async () => {
    const element = await mount();
    const failed = oneEvent(element, 'story-error');
    element.src = 'javascript:alert(1)';
    expect((await failed).detail.message).to.contain('javascript:');
  });

  it('a second load of the module does not throw', async () => {
    // A second copy of the module, as when two scripts on a page both bring the element.
    const secondCopy: string = new URL('../src/story-timeline.ts?again', import.meta.url).href;
    await import(secondCopy);
    expect(customElements.get('story-timeline')).to.not.equal(undefined);
  });
});
