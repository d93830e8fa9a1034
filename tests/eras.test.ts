/** Eras: periods drawn as labelled bands behind the events, listed once for assistive technology. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { normalizeStory } from '../src/model/normalize.js';
import type { StoryData } from '../src/model/types.js';
import { oncePerEngine, prefer, resetPreferences } from './helpers/preferences.js';
import { nextFrame } from './helpers/fixtures.js';

const story: StoryData = {
  title: 'A harbour',
  eras: [
    { id: 'works', date: '2023-02/2023-09', title: 'Building works', color: 'yellow' },
    { date: '2022', title: 'Consultation', color: 'blue' },
    { id: 'season', date: '2024-01/2024-06', title: 'First season', color: 'harbour' },
  ],
  events: [
    { id: 'quay', date: '2023-05-03', title: 'The new quay opens' },
    { id: 'ferry', date: '2023-10-01', title: 'A ferry' },
  ],
};

async function mount(data: StoryData = story, width = 800): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang="en" style=${`width:${width}px`} .data=${data}></story-timeline>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'nothing was drawn');
  await nextFrame();
  return element;
}

const bands = (element: StoryTimeline) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era"]')];

describe('eras: reading', () => {
  it('keeps good eras sorted, with ids, and explains bad ones without throwing', function () {
    oncePerEngine(this);
    const normalized = normalizeStory({
      events: [],
      eras: [
        { date: '2023', title: 'Later' },
        { date: '2022-01/2022-06', title: 'Earlier', id: 'early', color: 'Green' },
        { date: 'not a date', title: 'Bad date' },
        { date: '2023' },
        { date: '2023', title: 'Odd colour', color: 'url(x)' },
        'nonsense',
        null,
      ],
    });
    expect(normalized.eras!.map((era) => [era.id, era.title, era.color])).to.deep.equal([
      ['early', 'Earlier', 'green'],
      // Without a colour, the palette in turn, by position in the document (1st: grey).
      ['2023-later', 'Later', 'grey'],
      ['2023-odd-colour', 'Odd colour', 'grey'],
    ]);
    const messages = normalized.problems.map((problem) => problem.message);
    expect(messages).to.have.length(5);
    expect(messages[0]).to.match(/^Era 3 \("Bad date"\) is not drawn: Unreadable date/);
    expect(messages[1]).to.equal('Era 4 has no title, so it is not drawn');
    expect(messages[2]).to.contain('drawn in grey');
    expect(normalized.problems.every((problem) => problem.index === -1)).to.equal(true);
    expect(normalizeStory({ events: [], eras: 'x' }).problems[0]!.message).to.contain('"eras" is not a list');
  });
});

describe('eras: drawing', () => {
  it('draws each era as a band behind the events, labelled, in its muted colour', async function () {
    oncePerEngine(this);
    const element = await mount();
    expect(bands(element).map((band) => band.dataset.id)).to.deep.equal(['2022-consultation', 'works', 'season']);
    const works = element.shadowRoot!.querySelector<HTMLElement>('[part~="era"][data-id="works"]')!;
    expect(works.textContent!.trim()).to.equal('Building works');
    // Behind: the event's button is on top where they overlap.
    const quay = element.shadowRoot!.querySelector('[part~="event"][data-id="quay"] .mark')!.getBoundingClientRect();
    const onTop = element.shadowRoot!.elementFromPoint(quay.left + quay.width / 2, quay.top + quay.height / 2);
    expect(onTop!.closest('[part~="event"]')).to.exist;
    // Muted: lighter than the marks in a light scheme.
    const lightness = (color: string) => {
      const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(lightness(getComputedStyle(works).backgroundColor)).to.be.above(200);
    // A name outside the palette reads --story-era-<name> from the page.
    element.style.setProperty('--story-era-harbour', 'rgb(1, 2, 3)');
    const season = element.shadowRoot!.querySelector<HTMLElement>('[part~="era"][data-id="season"]')!;
    expect(getComputedStyle(season).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('keeps the label of an era that starts before the window at the plot edge, and drops eras out of view', async function () {
    oncePerEngine(this);
    const element = await mount();
    element.zoomTo('2023-04', '2023-07');
    await element.updateComplete;
    await nextFrame();
    const plot = element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    expect(bands(element).map((band) => band.dataset.id)).to.deep.equal(['works']);
    const label = bands(element)[0]!.querySelector('span')!.getBoundingClientRect();
    expect(label.left).to.be.within(plot.left, plot.left + 10);
    expect(label.right).to.be.at.most(plot.right);
  });

  it('counts eras in the fitted window', async function () {
    oncePerEngine(this);
    const element = await mount();
    const { start, end } = element.visibleRange;
    expect(+start).to.be.below(Date.UTC(2022, 0, 1));
    expect(+end).to.be.above(Date.UTC(2024, 5, 1));
  });

  it('lists the eras once, before the events, and names them in the card', async function () {
    oncePerEngine(this);
    const element = await mount();
    const root = element.shadowRoot!;
    const list = root.querySelector<HTMLElement>('ul[aria-label="Periods"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Consultation, 2022',
      'Building works, February–September 2023',
      'First season, January–June 2024',
    ]);
    expect(list.compareDocumentPosition(root.querySelector('ol.events')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    // The bands say it again, so they are hidden from assistive technology.
    expect(root.querySelector('.eras')!.getAttribute('aria-hidden')).to.equal('true');

    element.select('quay');
    await element.updateComplete;
    expect(root.querySelector('.detail-eras')!.textContent).to.equal('Period: Building works');
    element.select('ferry');
    await element.updateComplete;
    expect(root.querySelector('.detail-eras')).to.equal(null);

    // French is loaded on demand: the list is named in French once it has arrived.
    element.setAttribute('lang', 'fr');
    await waitUntil(() => root.querySelector('ul[aria-label="Périodes"]'), 'the French strings arrive');
  });

  it('runs from right to left with the events when the direction is rtl', async function () {
    oncePerEngine(this);
    const element = await mount();
    element.setAttribute('dir', 'rtl');
    await element.updateComplete;
    await nextFrame();
    const box = (id: string) =>
      element.shadowRoot!.querySelector(`[part~="era"][data-id="${id}"]`)!.getBoundingClientRect();
    expect(box('2022-consultation').left, 'the earlier era on the right').to.be.above(box('season').right);
    const quay = element.shadowRoot!.querySelector('[data-id="quay"] .mark')!.getBoundingClientRect();
    const works = box('works');
    expect(quay.left).to.be.within(works.left, works.right);
  });

  it('draws nothing for a document without eras, as before', async function () {
    oncePerEngine(this);
    const element = await mount({ events: story.events });
    expect(bands(element)).to.have.length(0);
    expect(element.shadowRoot!.querySelector('ul[aria-label="Periods"]')).to.equal(null);
    expect(element.problems).to.deep.equal([]);
  });
});

describe('eras and media: accessibility checks (axe-core)', () => {
  afterEach(resetPreferences);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no violations, ${colorScheme}, with a photograph, a video poster and eras`, async function () {
      await prefer(this, { colorScheme });
      const page = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 8px">
          <story-timeline lang="en" style="width:800px"></story-timeline>
        </div>`,
      );
      const element = page.querySelector('story-timeline')!;
      element.data = {
        eras: story.eras!,
        events: [
          {
            id: 'quay',
            date: '2023-05-03',
            title: 'The new quay opens',
            description: 'See [the plan](https://example.org/plan), *open* to **all**.\n\nMore.',
            media: { url: '/demo/media/harbour.svg', alt: 'Boats at a quay', caption: 'At dusk.', credit: 'Drawing' },
          },
          { id: 'clip', date: '2023-10-01', title: 'The mayor', media: { url: 'https://youtu.be/pi2v1m6gmD8' } },
        ],
      };
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'nothing was drawn');
      element.select('quay');
      await element.updateComplete;
      await expect(element).to.be.accessible();
      element.select('clip');
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
});
