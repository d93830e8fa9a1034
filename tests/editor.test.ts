import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { DRAFT_KEY, mountEditor } from '../demo/editor-app.js';

const TABLE = [
  'Date\tTitle\tStatus\tSource\tSource URL\tDescription',
  '[2023-01-21..2023-01-31]\tKishida and Stoltenberg meet\t\tNikkei\t\tThe project starts here.',
  '2023-04\tA draft goes to the 31 members\treported\tNikkei\thttps://news.example.org/a\t',
  '2023-05-40\tA day that does not exist\t\t\t\t',
  '2023-05-03\tNikkei reveals the plan\t\tNikkei\t\t',
  '2024\tPlanned opening\tplanned\t\t\t',
].join('\n');

const shownTitles = (timeline: StoryTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll('[part~="event"] [part~="event-label"]')].map(
    (label) => label.textContent!,
  );
const shownIds = (timeline: StoryTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll('[part~="event"]')].map((mark) => mark.getAttribute('data-id')).sort();

let stylesheet: HTMLLinkElement;
before(async () => {
  stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/editor.css' });
  const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
  document.head.append(stylesheet);
  await loaded;
});
after(() => stylesheet.remove());

async function mount(width = 1100): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main style="width:${width}px"></main>`);
  mountEditor(root);
  return root;
}

async function paste(root: HTMLElement, text: string): Promise<void> {
  const data = root.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!;
  data.focus();
  data.select();
  // What a paste does to a text box: replaces the selection and fires input.
  document.execCommand('insertText', false, text);
  // The editor follows the text a quarter of a second after the last keystroke.
  await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes(JSON.stringify(text)), 'the editor did not follow');
}

const preview = (root: HTMLElement) => root.querySelector('story-timeline') as StoryTimeline;

describe('the editor page', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('is accessible, with a text box named "Data"', async () => {
    const root = await mount();
    const data = root.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!;
    expect(data.labels![0]!.textContent).to.equal('Data');
    await waitUntil(() => shownTitles(preview(root)).length > 0);
    await expect(root).to.be.accessible();
  });

  it('previews a pasted table, lists its problems by row, and a problem selects its row', async () => {
    const root = await mount();
    await paste(root, TABLE);
    await waitUntil(() => shownTitles(preview(root)).includes('Kishida and Stoltenberg meet'), 'no preview');
    expect(shownTitles(preview(root))).to.have.length(4);
    const problems = [...root.querySelectorAll<HTMLButtonElement>('.problems button')];
    expect(problems.map((button) => button.textContent)).to.have.length(1);
    expect(problems[0]!.textContent).to.match(/^Row 4 \("A day that does not exist"\): Unreadable date/);

    // Keyboard only: Tab to the problem, Enter, and the row's line is selected in the text box.
    problems[0]!.focus();
    await sendKeys({ press: 'Enter' });
    const data = root.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!;
    expect(document.activeElement).to.equal(data);
    expect(data.value.slice(data.selectionStart, data.selectionEnd)).to.equal(
      '2023-05-40\tA day that does not exist\t\t\t\t',
    );
  });

  it('previews a pasted semicolon-separated table, and says how a header it cannot read was split', async () => {
    const root = await mount();
    await paste(
      root,
      'date;titre;statut;description\n2023-05-03;Révélation;confirmé;1,5 million\n2024;Ouverture;prévu;',
    );
    await waitUntil(() => shownTitles(preview(root)).length === 2, 'the semicolon table was not previewed');
    expect(shownTitles(preview(root))).to.have.members(['Révélation', 'Ouverture']);
    expect(root.querySelector<HTMLElement>('.problems')!.hidden).to.equal(true);

    await paste(root, 'Quand;Quoi\n2023;A');
    await waitUntil(() => root.querySelector('.problems button')?.textContent?.startsWith('Row 1'), 'no problem');
    expect([...root.querySelectorAll('.problems button')].map((button) => button.textContent)).to.deep.equal([
      'Row 1: read as semicolon-separated, the header has no date and no title column (nor TimelineJS\'s Year and Headline); its cells: "Quand", "Quoi"',
    ]);
    expect(shownTitles(preview(root))).to.deep.equal([]);
  });

  it('names its copy buttons with proper names in their case (CMS, JSON), in its messages too', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) },
    });
    try {
      const root = await mount();
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-copy]')];
      expect(buttons.map((button) => button.textContent)).to.deep.equal([
        'Copy the script tag',
        'Copy the CMS markup',
        'Copy the iframe',
        'Copy the JSON',
      ]);
      const status = root.querySelector('[role="status"]')!;
      buttons[1]!.click();
      await waitUntil(() => status.textContent !== '', 'nothing was said when copying was refused');
      expect(status.textContent).to.equal('Copying was refused: the CMS markup is selected, press Ctrl+C or ⌘C.');
      buttons[3]!.click();
      await waitUntil(() => status.textContent!.includes('JSON'), 'nothing was said about the JSON');
      expect(status.textContent).to.equal('Copying was refused: the JSON is selected, press Ctrl+C or ⌘C.');
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('lists its problems as a list, each bullet beside the first line of its problem', async () => {
    const root = await mount(480);
    await paste(root, TABLE);
    await waitUntil(() => root.querySelector('.problems button'), 'no problem was listed');
    const item = root.querySelector<HTMLLIElement>('.problems li')!;
    const button = item.querySelector('button')!;
    expect(getComputedStyle(item).display).to.equal('list-item');
    expect(getComputedStyle(item).listStyleType).to.equal('disc');
    expect(getComputedStyle(item).listStylePosition).to.equal('outside');

    // The problem wraps at this width: its first and last lines differ.
    const text = document.createRange();
    text.selectNodeContents(button.firstChild!);
    const lines = [...text.getClientRects()].filter((rect) => rect.width > 0);
    const first = lines[0]!;
    expect(lines.at(-1)!.top, 'the problem fits on one line: the test needs two').to.be.at.least(first.bottom - 1);

    // The bullet sits on the baseline of the item's first line; so does an empty inline box
    // put first in the item, in the same font. It must be the problem's first line of text.
    const probe = document.createElement('span');
    probe.textContent = '\u200b';
    item.prepend(probe);
    const line = probe.getBoundingClientRect();
    probe.remove();
    expect(
      line.bottom,
      `the bullet's line ends at ${line.bottom}, the text's first line at ${first.bottom}`,
    ).to.be.closeTo(first.bottom, 1.5);
    // And the box is beside the bullet, not below it: the item starts where the button does.
    expect(button.getBoundingClientRect().top).to.be.closeTo(item.getBoundingClientRect().top, 1.5);
  });

  it('copies each snippet, and the CMS markup alone makes a page with the same events as the preview', async function () {
    this.timeout(20_000);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const root = await mount();
      await paste(root, TABLE);
      await waitUntil(() => shownTitles(preview(root)).length === 4);
      const language = root.querySelector<HTMLSelectElement>('select')!;
      language.value = 'fr';
      language.dispatchEvent(new Event('change'));
      await waitUntil(() => preview(root).getAttribute('lang') === 'fr');
      for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.click();
      await waitUntil(() => copied.length === 4);
      const [script, cms, iframe, json] = copied as [string, string, string, string];
      expect(script).to.match(
        /^<script type="module" src="https:\/\/static\.example\.org\/story-timeline\/story-timeline\.js"><\/script>/,
      );
      // A new story is drawn down the page on narrow screens: orientation="auto".
      expect(script).to.contain(
        '<story-timeline src="https://static.example.org/stories/my-story.json" lang="fr" orientation="auto">',
      );
      expect(iframe).to.contain(
        'embed.html?lang=fr&amp;src=https%3A%2F%2Fstatic.example.org%2Fstories%2Fmy-story.json',
      );
      expect(iframe).to.contain('&amp;orientation=auto');
      expect(iframe).to.contain("event.data?.type !== 'story-timeline:height'");
      expect(JSON.parse(json).events).to.have.length(5);
      expect(root.querySelector('[role="status"]')!.textContent).to.equal('JSON copied.');

      // A page made only from the copied CMS markup.
      const page = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      page.innerHTML = cms;
      const fromMarkup = page.querySelector('story-timeline') as StoryTimeline;
      // Readable before any script: the list holds every title.
      for (const title of shownTitles(preview(root))) expect(page.querySelector('ol')!.textContent).to.contain(title);
      // A wait, not a speed: Firefox took over waitUntil's default second once, in a clean-clone
      // CI run with the three engines at once on two cores.
      await waitUntil(() => shownIds(fromMarkup).length === 4, 'the CMS markup did not draw', { timeout: 10_000 });
      expect(shownIds(fromMarkup)).to.deep.equal(shownIds(preview(root)));
      expect(fromMarkup.getAttribute('lang')).to.equal('fr');
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('offers the orientation, auto for a new story, and the preview follows the choice', async () => {
    const root = await mount();
    await waitUntil(() => shownTitles(preview(root)).length > 0);
    const label = [...root.querySelectorAll('label')].find((node) => node.textContent === 'Orientation')!;
    const orientation = root.querySelector<HTMLSelectElement>(`#${label.htmlFor}`)!;
    expect(orientation.value).to.equal('auto');
    expect(preview(root).orientation).to.equal('auto');
    orientation.value = 'vertical';
    orientation.dispatchEvent(new Event('change'));
    await waitUntil(() => preview(root).getAttribute('orientation') === 'vertical', 'the preview did not follow');
    // A wide preview on auto has not fetched the vertical reading: it comes now.
    await waitUntil(() => preview(root).shadowRoot!.querySelector('.plot.vertical'), 'the preview is not vertical', {
      timeout: 5000,
    });
    orientation.value = 'horizontal';
    orientation.dispatchEvent(new Event('change'));
    await waitUntil(() => !preview(root).hasAttribute('orientation'), 'horizontal is the default, not written');
    expect(preview(root).orientation).to.equal('horizontal');
  });

  it('keeps the draft across a reload, and asks before starting over', async () => {
    let root = await mount();
    await paste(root, TABLE);
    root = await mount();
    const data = () => root.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!;
    expect(data().value).to.equal(TABLE);

    const confirm = window.confirm;
    const asked: string[] = [];
    try {
      window.confirm = (message?: string) => (asked.push(message ?? ''), false);
      root.querySelector<HTMLButtonElement>('.start-over')!.click();
      expect(asked).to.have.length(1);
      expect(data().value).to.equal(TABLE);
      window.confirm = () => true;
      root.querySelector<HTMLButtonElement>('.start-over')!.click();
      expect(data().value).to.not.equal(TABLE);
      expect(data().value).to.match(/^date\ttitle/);
    } finally {
      window.confirm = confirm;
    }
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const root = await mount(320);
    await waitUntil(() => shownTitles(preview(root)).length > 0);
    expect(root.scrollWidth).to.be.at.most(320);
    for (const control of root.querySelectorAll('textarea, input, select, button'))
      expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(
        root.getBoundingClientRect().right + 0.5,
      );
  });

  it('reads JSON and TimelineJS documents pasted in, and says when JSON is broken', async () => {
    const root = await mount();
    await paste(root, '{"events": [{"start_date": {"year": "2020"}, "text": {"headline": "From TimelineJS"}}]}');
    await waitUntil(() => shownTitles(preview(root)).includes('From TimelineJS'));
    await paste(root, '{"events": [');
    await waitUntil(() => root.querySelector('.problems li')?.textContent?.startsWith('The JSON cannot be read'));
  });

  it('opens a picked file and loads an address', async () => {
    const root = await mount();
    const picker = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['date,title\n2023-05-03,From a file\n'], 'story.csv', { type: 'text/csv' }));
    picker.files = files.files;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => shownTitles(preview(root)).includes('From a file'), 'the file was not read');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('story.csv loaded.');

    const address = root.querySelector<HTMLInputElement>('input[type="url"]')!;
    address.value = `${location.origin}/test-server/text/pub?type=text%2Fcsv&body=${encodeURIComponent('date,title\n2024,From an address')}`;
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Load the address')!.click();
    await waitUntil(() => shownTitles(preview(root)).includes('From an address'), 'the address was not loaded');
    expect(root.querySelector<HTMLTextAreaElement>('[data-snippet="script"]')!.value).to.contain(
      '/test-server/text/pub?type=text%2Fcsv',
    );
  });

  it('downloads the preview as an SVG, a PNG and a 1,200 × 630 card', async function () {
    // The first picture fetches its code, and a PNG is drawn through an image: seconds on a busy machine.
    this.timeout(30_000);
    const root = await mount();
    await paste(root, TABLE);
    await waitUntil(() => shownTitles(preview(root)).length === 4, 'no preview');
    // The downloads are caught before the browser saves them.
    const saved: { name: string; href: string }[] = [];
    const catchDownload = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.download) return;
      event.preventDefault();
      saved.push({ name: link.download, href: link.href });
    };
    document.addEventListener('click', catchDownload, true);
    try {
      for (const [n, name] of ['story.svg', 'story.png', 'story-card.png'].entries()) {
        root.querySelector<HTMLButtonElement>(`[data-picture="${name}"]`)!.click();
        await waitUntil(() => saved.length === n + 1, `${name} was not saved`, { timeout: 8000 });
        expect(saved[n]!.name).to.equal(name);
      }
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    const blobs = await Promise.all(saved.map(async ({ href }) => (await fetch(href)).blob()));
    expect(await blobs[0]!.text()).to.contain('Kishida and Stoltenberg meet');
    const png = await createImageBitmap(blobs[1]!);
    expect(png.width).to.equal(2 * Math.round(preview(root).getBoundingClientRect().width));
    const card = await createImageBitmap(blobs[2]!);
    expect([card.width, card.height]).to.deep.equal([1200, 630]);
    expect(root.querySelector('.status')!.textContent).to.equal('story-card.png saved.');
  });
});
