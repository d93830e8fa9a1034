import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';

const TABLE = [
  'date,title,status,type,colour',
  ',NATO in Tokyo,,title,',
  '2023-05-03,Nikkei reveals the plan,reported,,red',
  '2023-13-40,Bad date,,,',
  '2024,Planned opening,planned,,',
].join('\n');

function text(name: string, body: string, type = ''): string {
  return `/test-server/text/${name}?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
}

function shownTitles(element: StoryTimeline): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="event"] [part~="event-label"]')].map(
    (label) => label.textContent!,
  );
}

async function loaded(src: string): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
  const load = oneEvent(element, 'story-load');
  element.src = src;
  await load;
  await element.updateComplete;
  return element;
}

describe('story-timeline: spreadsheets and TimelineJS documents', () => {
  for (const [how, src] of [
    ['by its content type', text('sheet', TABLE, 'text/csv; charset=utf-8')],
    ['by its extension', text('sheet.csv', TABLE, 'text/plain')],
    ['by its first line', text('pub', TABLE, 'text/plain')],
    ['with no content type', text('pub', TABLE)],
  ] as const) {
    it(`reads a CSV from src, told ${how}`, async () => {
      const element = await loaded(src);
      expect(shownTitles(element)).to.have.members(['Nikkei reveals the plan', 'Planned opening']);
      const problems = element.problems;
      expect(problems.map((problem) => problem.row)).to.deep.equal([1, 4]);
      expect(problems[0]!.message).to.equal('Row 1: the column "colour" (column E) is not read and was ignored');
      expect(problems[1]!.message).to.match(/^Row 4 \("Bad date"\): Unreadable date "2023-13-40"/);
    });
  }

  it('reads a TSV from src, and names the story from its title row', async () => {
    const element = await loaded(text('sheet.tsv', TABLE.replaceAll(',', '\t'), 'text/tab-separated-values'));
    expect(shownTitles(element)).to.have.length(2);
    expect(element.shadowRoot!.innerHTML).to.contain('NATO in Tokyo');
  });

  it("reads TimelineJS's own template sheet from src", async () => {
    const element = await loaded('/tests/data/timelinejs/women_in_computing.csv');
    const load = element.problems;
    expect(element.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length).to.be.greaterThan(0);
    expect(load.some((problem) => problem.message.startsWith('Row 2, column Background (R)'))).to.equal(true);
  });

  it('reads a TimelineJS document from src, every event', async () => {
    const source = await (await fetch('/tests/data/timelinejs/eras.json')).json();
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    const load = oneEvent(element, 'story-load');
    element.src = '/tests/data/timelinejs/eras.json';
    expect((await load).detail.count).to.equal(source.events.length);
    expect(element.problems.some((problem) => problem.message.includes('"background" is not carried over'))).to.equal(
      true,
    );
  });

  it('reads a TimelineJS document given as .data, the same way', async () => {
    const source = await (await fetch('/tests/data/timelinejs/eras.json')).json();
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    const load = oneEvent(element, 'story-load');
    element.data = source;
    const { detail } = await load;
    expect(detail.count).to.equal(source.events.length);
    expect(detail.problems.length).to.be.greaterThan(0);
    expect(
      shownTitles(element).length + element.shadowRoot!.querySelectorAll('[part~="cluster"]').length,
    ).to.be.greaterThan(0);
  });

  it('reads a TimelineJS document written inside the element, as if from src', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline style="width:800px"
        ><script type="application/json">
          {
            "events": [
              {
                "start_date": { "year": "2023", "month": "5" },
                "text": { "headline": "Inline TimelineJS" },
                "unique_id": "inline"
              }
            ]
          }
        </script></story-timeline
      >`,
    );
    await waitUntil(() => shownTitles(element).length === 1, 'the inline document was not read');
    expect(shownTitles(element)).to.deep.equal(['Inline TimelineJS']);
    expect(element.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-id')).to.equal('inline');
  });

  it('shows the last data set, even when an earlier TimelineJS document is still being read', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:800px"></story-timeline>`);
    element.data = { events: [{ start_date: { year: 2020 }, text: { headline: 'From TimelineJS' } }] } as never;
    // The update starts reading it (the reader module is imported), then our document comes.
    await element.updateComplete;
    element.data = { events: [{ date: '2023-05-03', title: 'Ours, set last' }] };
    await waitUntil(() => shownTitles(element).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
    expect(shownTitles(element)).to.deep.equal(['Ours, set last']);
  });

  it('opens #event-<unique_id> links made for TimelineJS', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#event-wikipedia-commons`);
    try {
      const element = await fixture<StoryTimeline>(html`<story-timeline hash style="width:800px"></story-timeline>`);
      element.src = '/tests/data/timelinejs/all-media-types.json';
      await waitUntil(() => element.selected === 'wikipedia-commons', 'the unique_id link did not select its event');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="detail"]')!.textContent).to.contain('Wikimedia Commons');
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });
});

describe('the built file: the readers are a chunk beside it, loaded on demand', () => {
  it('loads a CSV under a strict Content-Security-Policy (script-src self), fetching the chunk only then', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 500px; border: 0';
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/csp.html';
    document.body.append(frame);
    try {
      await ready;
      const win = frame.contentWindow as Window & { reported: string[]; customElements: CustomElementRegistry };
      await win.customElements.whenDefined('story-timeline');
      const chunks = () =>
        win.performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\/dist\/story-timeline-authoring-[\w-]+\.js$/.test(name));
      const timeline = frame.contentDocument!.querySelector('story-timeline') as StoryTimeline;
      timeline.data = { events: [{ date: '2023-05-03', title: 'Our JSON' }] };
      await waitUntil(() => timeline.shadowRoot!.querySelectorAll('[part~="event"]').length === 1);
      expect(chunks(), 'our JSON needs no reader').to.deep.equal([]);

      timeline.src = '/tests/data/timelinejs/women_in_computing.csv';
      await waitUntil(() => timeline.problems.some((problem) => problem.row === 2), 'the CSV was not read', {
        timeout: 5000,
      });
      expect(chunks()).to.have.length(1);
      expect(win.reported).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/editor.html', () => {
  it('works from the built files, and none of its code is in dist/story-timeline.js', async () => {
    localStorage.removeItem('story-timeline-editor:draft');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/editor.html';
    document.body.append(frame);
    try {
      await ready;
      const doc = frame.contentDocument!;
      await waitUntil(
        () => doc.querySelector('story-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
        'no preview',
        {
          timeout: 5000,
        },
      );
      expect(doc.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!.labels![0]!.textContent).to.equal('Data');
      expect(doc.querySelector<HTMLTextAreaElement>('[data-snippet="cms"]')!.value).to.contain('<ol>');
    } finally {
      frame.remove();
      localStorage.removeItem('story-timeline-editor:draft');
    }
    const bundle = await (await fetch('/dist/story-timeline.js')).text();
    const editor = await (await fetch('/dist/editor.js')).text();
    for (const marker of ['story-timeline-editor:draft', 'Start over', 'Copy the ']) {
      expect(editor, marker).to.contain(marker);
      expect(bundle, marker).not.to.contain(marker);
    }
  });
});

describe('dist/embed.html: the parameters the editor writes', () => {
  it('takes as-of, as-of-label and theme from its address', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 500px; border: 0';
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/embed.html?lang=en&as-of=2023-05-03&as-of-label=As%20reported&theme=dark';
    document.body.append(frame);
    try {
      await ready;
      const doc = frame.contentDocument!;
      const timeline = doc.querySelector('story-timeline') as StoryTimeline;
      await waitUntil(() => timeline.shadowRoot?.querySelector('[part~="as-of"]'), 'no as-of line', { timeout: 5000 });
      expect(timeline.getAttribute('as-of')).to.equal('2023-05-03');
      expect(timeline.shadowRoot!.querySelector('[part~="as-of"]')!.textContent).to.contain('As reported');
      expect(frame.contentWindow!.getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
    } finally {
      frame.remove();
    }
  });
});
