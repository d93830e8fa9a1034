import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';

// What a page shows for data it cannot read: a file that is no story at all is an error, said
// in the element; a story none of whose events could be read says so, with its first problems.

function text(name: string, body: string, type = ''): string {
  return `/test-server/text/${name}?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
}

const part = (element: StoryTimeline, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const shownTitles = (element: StoryTimeline) =>
  [...element.shadowRoot!.querySelectorAll('[part~="event"] [part~="event-label"]')].map((label) => label.textContent!);

async function mount(lang = 'en'): Promise<StoryTimeline> {
  return fixture<StoryTimeline>(html`<story-timeline lang=${lang} style="width:800px"></story-timeline>`);
}

/** Fails the test if the element fires `name`. */
function never(element: StoryTimeline, name: string): () => void {
  let fired = false;
  element.addEventListener(name, () => (fired = true));
  return () => expect(fired, `${name} was fired`).to.equal(false);
}

describe('story-timeline: a file that is no story', () => {
  for (const [how, type] of [
    ['text/plain', 'text/plain'],
    ['no content type', ''],
    ['text/csv', 'text/csv'],
  ] as const) {
    it(`is a story-error, shown, that names its first line and how it was split (${how})`, async () => {
      const element = await mount();
      const noLoad = never(element, 'story-load');
      const failed = oneEvent(element, 'story-error');
      element.src = text('notes', 'This is { not json', type);
      const { detail } = await failed;
      expect(detail.message).to.equal(
        'Could not load the timeline: it is neither JSON nor a table with “date” and “title” columns (its first line, read as comma-separated: “This is { not json”)',
      );
      expect(detail.cause).to.be.an('error');
      await element.updateComplete;
      const error = part(element, 'error')!;
      expect(error.checkVisibility()).to.equal(true);
      expect(error.textContent).to.contain('“This is { not json”');
      expect(part(element, 'empty')).to.equal(null);
      noLoad();
    });
  }

  it('says which separator a header not understood was split at, in the element language', async () => {
    const element = await mount('fr');
    const failed = oneEvent(element, 'story-error');
    element.src = text('feuille.csv', 'Quand;Quoi\n2023;A', 'text/csv');
    const { detail } = await failed;
    expect(detail.message).to.equal(
      'Impossible de charger la chronologie\u00a0: ce n’est ni du JSON ni un tableau avec des colonnes «\u00a0date\u00a0» et «\u00a0titre\u00a0» (sa première ligne, lue avec le point-virgule comme séparateur\u00a0: «\u00a0Quand\u00a0», «\u00a0Quoi\u00a0»)',
    );
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.contain('point-virgule');
  });
});

describe('story-timeline: a semicolon-separated CSV', () => {
  it('is read from src with French headers, as Excel writes it in French', async () => {
    const element = await mount('fr');
    const loaded = oneEvent(element, 'story-load');
    element.src = text(
      'export.csv',
      '\uFEFFdate;titre;statut;description\r\n' +
        '2023-04;Un projet;signalé;Budget : 1,5 million\r\n' +
        '2023-05-03;Révélation;confirmé;"Un bureau; le premier en Asie"\r\n',
      'text/csv; charset=utf-8',
    );
    const { detail } = await loaded;
    expect(detail.count).to.equal(2);
    expect(detail.problems).to.deep.equal([]);
    await element.updateComplete;
    expect(shownTitles(element)).to.have.members(['Un projet', 'Révélation']);
    expect(part(element, 'error')).to.equal(null);
  });
});

describe('story-timeline: data none of whose events can be read', () => {
  it('JSON: story-load with count 0 and every problem, and a message listing the first three', async () => {
    const element = await mount();
    const loaded = oneEvent(element, 'story-load');
    const events = ['One', 'Two', 'Three', 'Four', 'Five'].map((title) => ({ title }));
    element.src = text('dateless.json', JSON.stringify({ events }), 'application/json');
    const { detail } = await loaded;
    expect(detail.count).to.equal(0);
    expect(detail.problems).to.have.length(5);
    await element.updateComplete;
    const empty = part(element, 'empty')!;
    expect(empty.checkVisibility()).to.equal(true);
    expect(empty.querySelector('p')!.textContent).to.equal('No event could be shown.');
    expect([...empty.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal(
      detail.problems.slice(0, 3).map((problem: { message: string }) => problem.message),
    );
    expect(empty.lastElementChild!.textContent).to.equal('…and 2 more problems');
    expect(part(element, 'error')).to.equal(null);
  });

  it('a table with the right header and only bad rows: the same message, its problems by row', async () => {
    const element = await mount();
    const loaded = oneEvent(element, 'story-load');
    element.src = text('bad-rows.csv', 'date,title\n2023-13-40,A\n,B\n', 'text/csv');
    const { detail } = await loaded;
    expect(detail.count).to.equal(0);
    await element.updateComplete;
    const items = [...part(element, 'empty')!.querySelectorAll('li')].map((item) => item.textContent!);
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^Row 2 \("A"\): Unreadable date "2023-13-40"/);
    expect(items[1]).to.match(/^Row 3/);
    expect(part(element, 'empty')!.textContent).not.to.contain('more');
  });

  it('goes when a readable story comes, and is not shown for a story with no events and no problems', async () => {
    const element = await mount();
    element.data = { events: [{ title: 'No date' } as never] };
    await element.updateComplete;
    expect(part(element, 'empty')).not.to.equal(null);
    element.data = { events: [{ date: '2023-05-03', title: 'Dated' }] };
    await element.updateComplete;
    expect(part(element, 'empty')).to.equal(null);
    element.data = { events: [] };
    await element.updateComplete;
    expect(part(element, 'empty')).to.equal(null);
  });
});
