import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { TemplateResult } from 'lit';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import {
  readDeclarative as findDeclared,
  type DeclarativeEvent,
  type DeclarativeStory,
} from '../src/model/declarative.js';
import { readList as readListOf } from '../src/model/declarative-list.js';

/** The light DOM's story as the element reads it: found, then (a list) read by the list chunk. */
function readDeclarative(host: Element) {
  const found = findDeclared(host);
  return found.kind === 'list' ? { kind: 'list' as const, value: readListOf(found.list) } : found;
}
import { normalizeStory } from '../src/model/normalize.js';
import type { StoryData } from '../src/model/types.js';

declare global {
  interface Window {
    __pwned?: number;
    __fixtureImageFailed?: number;
  }
}

/** Reads `template` as the light DOM of a plain container. */
async function read(template: TemplateResult) {
  const container = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  return readDeclarative(container);
}

async function readList(template: TemplateResult): Promise<DeclarativeStory> {
  const result = await read(template);
  if (result.kind !== 'list') throw new Error(`expected a list, got ${result.kind}`);
  return result.value;
}

async function readEvents(template: TemplateResult): Promise<DeclarativeEvent[]> {
  return (await readList(template)).events;
}

describe('readDeclarative: a list of events', () => {
  it("reads the SPEC's example item: date, status, title, description and linked source", async () => {
    const story = await readList(html`
      <ol>
        <li data-date="2023-05-03" data-status="reported">
          <strong>Le Nikkei révèle le projet</strong>
          Texte de l'éditeur… <cite><a href="https://www.example.com/nikkei">Nikkei</a></cite>
        </li>
      </ol>
    `);
    expect(story).to.deep.equal({
      events: [
        {
          date: '2023-05-03',
          status: 'reported',
          title: 'Le Nikkei révèle le projet',
          description: "Texte de l'éditeur…",
          source: { name: 'Nikkei', url: 'https://www.example.com/nikkei' },
        },
      ],
    });
    const normalized = normalizeStory(story);
    expect(normalized.problems).to.deep.equal([]);
    expect(normalized.events[0]!.status).to.equal('reported');
  });

  it('takes the date from a <time datetime> when there is no data-date', async () => {
    const [event] = await readEvents(html`
      <ul>
        <li><time datetime="2023-05-03">2023-05-03</time> <b>Le Nikkei publie</b></li>
      </ul>
    `);
    expect(event!.date).to.equal('2023-05-03');
    // The text only repeats the machine value, so it is not the editor's wording.
    expect(event!.displayDate).to.equal(undefined);
  });

  it("keeps the <time>'s text as the editor's wording of the date", async () => {
    const [fromTime, fromAttribute, givenBoth] = await readEvents(html`
      <ol>
        <li><time datetime="2023-01">fin janvier 2023</time> <strong>Rencontre</strong></li>
        <li data-display-date="courant avril" data-date="2023-04">
          <time datetime="2023-04">avril 2023</time> <strong>Projet</strong>
        </li>
        <li data-date="[2023-01-21..2023-01-31]"><time datetime="2023-01">fin janvier</time> <strong>R</strong></li>
      </ol>
    `);
    expect(fromTime).to.include({ date: '2023-01', displayDate: 'fin janvier 2023' });
    expect(fromAttribute).to.include({ date: '2023-04', displayDate: 'courant avril' });
    // data-date carries what HTML's datetime cannot (an EDTF set) and wins over it.
    expect(givenBoth).to.include({ date: '[2023-01-21..2023-01-31]', displayDate: 'fin janvier' });
  });

  it('drops a <time> that only labels the item from the description, but keeps one inside a sentence', async () => {
    const [label, sentence] = await readEvents(html`
      <ol>
        <li data-date="2023-04">
          <time datetime="2023-04">Avril 2023</time> : <strong>Projet</strong> Un texte circule.
        </li>
        <li data-date="2023-07-11/2023-07-12">
          <strong>Sommet</strong> Les alliés se retrouvent <time datetime="2023-07-11">les 11 et 12 juillet</time> à
          Vilnius.
        </li>
      </ol>
    `);
    expect(label!.description).to.equal('Un texte circule.');
    expect(sentence!.description).to.equal('Les alliés se retrouvent les 11 et 12 juillet à Vilnius.');
  });

  it('prefers data-title, and then the <strong> is part of the description', async () => {
    const [event] = await readEvents(html`
      <ol>
        <li data-date="2024" data-title="  Ouverture   prévue ">Un bureau <strong>à Tokyo</strong>, en 2024.</li>
      </ol>
    `);
    expect(event!.title).to.equal('Ouverture prévue');
    // Kept as strong, in the description's notation.
    expect(event!.description).to.equal('Un bureau **à Tokyo**, en 2024.');
  });

  it('takes the title from a heading, whitespace collapsed', async () => {
    const [event] = await readEvents(html`
      <ol>
        <li data-date="2023-07-11/2023-07-12">
          <h3>Sommet de l'OTAN à <em>Vilnius</em></h3>
          <p>Les alliés se réunissent.</p>
          <p>Le Japon veut signer avant.</p>
        </li>
      </ol>
    `);
    expect(event!.title).to.equal("Sommet de l'OTAN à Vilnius");
    // Each <p> stays a paragraph: a blank line in the description's notation.
    expect(event!.description).to.equal('Les alliés se réunissent.\n\nLe Japon veut signer avant.');
  });

  it("keeps the item's own links, emphasis, strong and paragraphs, and only those", async () => {
    const story = await readList(html`
      <ol>
        <li data-date="2023-05-03">
          <strong>Le Nikkei révèle le projet</strong>
          <p>
            Selon <a href="https://example.com/a(b)">le <em>Nikkei</em></a
            >, un <em>bureau</em> ouvrira.
          </p>
          <p>
            Un <strong>premier</strong> en Asie, <a href="javascript:alert(1)">voir</a>, <span>dit</span> <b>l'OTAN</b>
            <i>ici</i> <a href="/relatif">là</a>.
          </p>
        </li>
      </ol>
    `);
    const [event] = story.events;
    const base = new URL('/relatif', document.baseURI).href;
    expect(event!.description).to.equal(
      'Selon [le *Nikkei*](https://example.com/a%28b%29), un *bureau* ouvrira.\n\n' +
        `Un **premier** en Asie, voir, dit l'OTAN ici [là](${base}).`,
    );

    // Drawn as structure: the same elements come out in the card, and nothing else.
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:600px"></story-timeline>`);
    element.data = story as StoryData;
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'the event was never drawn');
    element.select(normalizeStory(story).events[0]!.id);
    await element.updateComplete;
    const card = element.shadowRoot!.querySelector('[part~="detail"]')!;
    const paragraphs = card.querySelectorAll('.detail-description');
    expect(paragraphs).to.have.length(2);
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.detail-description a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.com/a%28b%29', base]);
    expect(links.map((a) => a.textContent)).to.deep.equal(['le Nikkei', 'là']);
    expect(links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).to.equal(true);
    expect([...card.querySelectorAll('.detail-description em')].map((e) => e.textContent)).to.deep.equal([
      'Nikkei',
      'bureau',
    ]);
    expect(card.querySelector('.detail-description strong')!.textContent).to.equal('premier');
    expect(
      card.querySelectorAll('.detail-description b, .detail-description i, .detail-description span'),
    ).to.have.length(0);
  });

  it('reads the id and comma-separated tags', async () => {
    const [event] = await readEvents(html`
      <ol>
        <li data-id="nikkei-leak" data-date="2023-05-03" data-tags=" Japon, OTAN,, Asie "><b>Fuite</b></li>
      </ol>
    `);
    expect(event).to.deep.equal({
      id: 'nikkei-leak',
      date: '2023-05-03',
      title: 'Fuite',
      tags: ['Japon', 'OTAN', 'Asie'],
    });
  });

  it('leaves missing fields undefined so that normalizeStory reports them with the position', async () => {
    const events = await readEvents(html`
      <ol>
        <li data-date="2023-05-03"><strong>Complet</strong></li>
        <li>Juste une phrase, sans date ni titre.</li>
        <li data-date="2023-04">Une date, pas de titre.</li>
      </ol>
    `);
    expect(events[1]).to.deep.equal({ description: 'Juste une phrase, sans date ni titre.' });
    expect(events[2]).to.deep.equal({ date: '2023-04', description: 'Une date, pas de titre.' });
    const { events: shown, problems } = normalizeStory({ events });
    expect(shown.map((event) => event.title)).to.deep.equal(['Complet']);
    expect(problems.map((problem) => problem.index)).to.deep.equal([1, 1, 2]);
    expect(problems[0]!.message).to.contain('has no title');
    expect(problems[1]!.message).to.contain('has no date');
  });

  it('resolves a relative source link against the page, and reads a cite wrapped in a link', async () => {
    const [relative, wrapped, unnamed] = await readEvents(html`
      <ol>
        <li data-date="2023-05-03">
          <b>A</b><cite><a href="/articles/otan-tokyo">Le Monde</a></cite>
        </li>
        <li data-date="2023-05-03">
          <b>B</b><a href="https://www.example.com/n"><cite> Nikkei Asia </cite></a>
        </li>
        <li data-date="2023-05-03">
          <b>C</b><cite><a href="https://www.example.com/x"></a></cite>
        </li>
      </ol>
    `);
    expect(relative!.source).to.deep.equal({
      name: 'Le Monde',
      url: new URL('/articles/otan-tokyo', document.baseURI).href,
    });
    expect(wrapped!.source).to.deep.equal({ name: 'Nikkei Asia', url: 'https://www.example.com/n' });
    expect(wrapped!.description).to.equal(undefined);
    expect(normalizeStory({ events: [unnamed] }).events[0]!.source).to.deep.equal({
      name: 'www.example.com',
      url: 'https://www.example.com/x',
    });
  });

  it('passes a javascript: link through as text, and normalizeStory drops it with a problem', async () => {
    const story = await readList(html`
      <ol>
        <li data-date="2023-05-03">
          <b>Piège</b> <cite><a href="javascript:window.__pwned=1">Source</a></cite>
        </li>
      </ol>
    `);
    expect(story.events[0]!.source).to.deep.equal({ name: 'Source', url: 'javascript:window.__pwned=1' });
    const { events, problems } = normalizeStory(story);
    expect(events[0]!.source).to.deep.equal({ name: 'Source' });
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.contain('not a full http or https address');
  });

  it('turns markup in the list into text only, and nothing in it runs', async () => {
    window.__pwned = undefined;
    window.__fixtureImageFailed = undefined;
    const story = await readList(html`
      <ol>
        <li data-date="2023-05-03">
          <strong>&lt;img src=x onerror="window.__pwned=1"&gt;</strong>
          <img src="/no-such-image.png" onerror="window.__fixtureImageFailed=1" alt="" />
          Texte &lt;b&gt;gras&lt;/b&gt;
        </li>
      </ol>
    `);
    const event = story.events[0]!;
    expect(event.title).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(event.description).to.equal('Texte <b>gras</b>');
    expect(JSON.stringify(story)).not.to.contain('no-such-image');

    // Draw what was read in a real element: the text must come out as text.
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:600px"></story-timeline>`);
    element.data = story as StoryData;
    const label = () => element.shadowRoot!.querySelector('[part~="event"] [part~="event-label"]');
    await waitUntil(() => label(), 'the event was never drawn');
    expect(label()!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);

    // Inline handlers do run on this page (the fixture's own broken image proves it),
    // so an undefined __pwned means the payload never became an element.
    await waitUntil(() => window.__fixtureImageFailed === 1, 'the control image never fired onerror');
    expect(window.__pwned).to.equal(undefined);
  });

  it('uses the first direct-child list, else the first list not inside an item', async () => {
    const direct = await readList(html`
      <div>
        <ol>
          <li data-date="2023"><b>Imbriquée</b></li>
        </ol>
      </div>
      <ul data-title="Directe">
        <li data-date="2024"><b>Directe</b></li>
      </ul>
    `);
    expect(direct.title).to.equal('Directe');
    expect(direct.events.map((event) => event.title)).to.deep.equal(['Directe']);

    const wrapped = await readList(html`
      <section aria-label="Enveloppée">
        <ol>
          <li data-date="2023-05-03">
            <b>Parent</b>
            <ul>
              <li>sous-point</li>
            </ul>
          </li>
          <li data-date="2024"><b>Suivant</b></li>
        </ol>
      </section>
    `);
    expect(wrapped.title).to.equal(undefined);
    // Only the list's own items are events; the sub-list is text of its item.
    expect(wrapped.events.map((event) => event.title)).to.deep.equal(['Parent', 'Suivant']);
    expect(wrapped.events[0]!.description).to.equal('sous-point');
  });

  it('reads without changing the DOM', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div>
        <ol>
          <li data-date="2023-05-03">
            <time datetime="2023-05-03">3 mai</time> <b>T</b> d <cite><a href="/x">S</a></cite>
          </li>
        </ol>
      </div>
    `);
    const before = container.innerHTML;
    const observer = new MutationObserver(() => {});
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    const result = readDeclarative(container);
    expect(observer.takeRecords()).to.deep.equal([]);
    observer.disconnect();
    expect(container.innerHTML).to.equal(before);
    expect(result.kind).to.equal('list');
  });
});

describe('readDeclarative: inline JSON', () => {
  it('parses a <script type="application/json"> child, as src would be read', async () => {
    const result = await read(html`
      <script type="application/json">
        { "title": "Inline", "events": [{ "date": "2023-05-03", "title": "</b> stays text" }] }
      </script>
    `);
    expect(result).to.deep.equal({
      kind: 'json',
      value: { title: 'Inline', events: [{ date: '2023-05-03', title: '</b> stays text' }] },
    });
  });

  it("reports invalid JSON with the parser's reason", async () => {
    const result = await read(
      html`<script type="application/json">
        { "events": [ { "date": "2023-05-03",
      </script>`,
    );
    expect(result.kind).to.equal('json-error');
    const { message } = result as { message: string };
    expect(message).to.match(/^The inline JSON \(<script type="application\/json">\) is not valid JSON: /);
    // The parser's own reason follows; each engine words it its own way.
    let reason = '';
    try {
      JSON.parse(document.querySelector('script[type="application/json"]')!.textContent!);
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).to.not.equal('');
    expect(message.endsWith(reason)).to.equal(true, `${message} does not end with the parser's reason: ${reason}`);
  });

  it('reports an empty script rather than parsing nothing', async () => {
    const result = await read(html`<script type="application/json"></script>`);
    expect(result).to.deep.equal({
      kind: 'json-error',
      message: 'The inline JSON (<script type="application/json">) is empty',
    });
  });

  it('prefers the JSON when both JSON and a list are given', async () => {
    const result = await read(html`
      <ol>
        <li data-date="2023-05-03"><b>Liste</b></li>
      </ol>
      <script type="application/json">
        [{ "date": "2024", "title": "JSON" }]
      </script>
    `);
    expect(result).to.deep.equal({ kind: 'json', value: [{ date: '2024', title: 'JSON' }] });
  });

  it('ignores other script types and finds nothing in plain text', async () => {
    expect(
      await read(
        html`<script type="text/plain">
            []
          </script>
          <p>Rien.</p>`,
      ),
    ).to.deep.equal({ kind: 'none' });
    expect(await read(html``)).to.deep.equal({ kind: 'none' });
  });
});

describe('readDeclarative: inside a real <story-timeline>', () => {
  it('reads the list of a connected element without throwing', async () => {
    const element = await fixture<StoryTimeline>(html`
      <story-timeline lang="fr">
        <ol>
          <li data-date="2023-05-03" data-status="reported">
            <strong>Le Nikkei révèle le projet</strong>
            Texte de l'éditeur… <cite><a href="https://www.example.com/">Nikkei</a></cite>
          </li>
        </ol>
      </story-timeline>
    `);
    const result = readDeclarative(element);
    expect(result.kind).to.equal('list');
    expect((result as { value: DeclarativeStory }).value.events[0]).to.include({
      date: '2023-05-03',
      title: 'Le Nikkei révèle le projet',
    });
    expect(element.querySelectorAll('li')).to.have.length(1);
  });
});

describe('the no-JavaScript page', () => {
  const expected = [
    { id: 'kishida-stoltenberg', date: '[2023-01-21..2023-01-31]', status: 'confirmed' },
    { id: 'draft-proposal', date: '2023-04', status: 'reported' },
    { id: 'nikkei-leak', date: '2023-05-03', status: 'confirmed' },
    { id: 'itpp-signature', date: '[..2023-07-10]', status: 'planned' },
    { id: 'vilnius-summit', date: '2023-07-11/2023-07-12', status: 'confirmed' },
    { id: 'tokyo-office-opening', date: '2024', status: 'planned' },
  ];
  let frame: HTMLIFrameElement;
  let frameDocument: Document;

  before(async () => {
    frame = document.createElement('iframe');
    // Scripts off, as for a reader without JavaScript; same origin so the test can look inside.
    frame.setAttribute('sandbox', 'allow-same-origin');
    // A phone's width: where most readers are.
    frame.style.cssText = 'width:360px;height:2400px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/no-js.html';
    document.body.append(frame);
    await loaded;
    frameDocument = frame.contentDocument!;
  });

  after(() => frame.remove());

  it('has no script of its own, so the element is never defined', () => {
    // The dev server injects its reload socket into every HTML page; that one is not ours.
    const authored = [...frameDocument.querySelectorAll('script')].filter(
      (script) => !script.getAttribute('src')?.startsWith('/__web-dev-server'),
    );
    expect(authored).to.have.length(0);
    expect(frame.contentWindow!.customElements.get('story-timeline')).to.equal(undefined);
    expect(frameDocument.querySelector('story-timeline')!.matches(':not(:defined)')).to.equal(true);
  });

  it("holds the first story's six events, readable by the element once it runs", () => {
    const result = readDeclarative(frameDocument.querySelector('story-timeline')!);
    expect(result.kind).to.equal('list');
    const { events, problems } = normalizeStory((result as { value: DeclarativeStory }).value);
    expect(problems).to.deep.equal([]);
    expect(events.map(({ id, dateText, status }) => ({ id, date: dateText, status }))).to.deep.equal(expected);
    for (const event of events) {
      expect(event.source?.name, event.id).to.equal('Nikkei, rapporté le 3 mai 2023');
      expect(event.description, event.id).to.be.a('string');
    }
    expect(events.find((event) => event.id === 'kishida-stoltenberg')!.displayDate).to.equal('Fin janvier 2023');
  });

  it('shows every item as a visible, numbered list item that fits a phone', () => {
    const view = frame.contentWindow!;
    const list = frameDocument.querySelector('story-timeline > ol')!;
    const items = [...list.querySelectorAll(':scope > li')];
    expect(items).to.have.length(expected.length);
    expect(view.getComputedStyle(list).listStyleType).to.equal('decimal');
    const listBox = list.getBoundingClientRect();
    // The undefined element is inline, but the <ol> inside it still takes the full width.
    expect(listBox.width).to.be.closeTo(frameDocument.body.clientWidth, 1);
    let previousBottom = -Infinity;
    for (const item of items) {
      const style = view.getComputedStyle(item);
      const box = item.getBoundingClientRect();
      const name = item.getAttribute('data-id')!;
      expect(style.display, name).to.equal('list-item');
      expect(style.visibility, name).to.equal('visible');
      expect(box.height, name).to.be.greaterThan(0);
      expect(box.left, name).to.be.at.least(0);
      expect(box.right, name).to.be.at.most(view.innerWidth);
      // Stacked in reading order, one under the other.
      expect(box.top, name).to.be.at.least(previousBottom);
      previousBottom = box.bottom;
    }
  });

  it('lets a reader see each title, date and source', () => {
    const list = frameDocument.querySelector<HTMLElement>('story-timeline > ol')!;
    const result = readDeclarative(frameDocument.querySelector('story-timeline')!) as { value: DeclarativeStory };
    // innerText holds only what is rendered, so hidden text would be missing from it.
    const shown = list.innerText;
    for (const event of result.value.events) {
      expect(shown).to.contain(event.title!);
      expect(shown).to.contain(event.displayDate ?? event.date!);
    }
    expect(shown.match(/Nikkei, rapporté le 3 mai 2023/g)).to.have.length(expected.length);
  });
});
