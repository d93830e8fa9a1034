// The editor page (dist/editor.html): paste a table, CSV, TSV or JSON, see the timeline and
// its problems, and copy what a page needs. Static: no server, the draft stays in this
// browser (localStorage). Built from DOM calls only; nothing typed here is parsed as HTML.
import { readAuthored } from '../src/model/authoring.js';
import { normalizeStory } from '../src/model/normalize.js';
import { isTimelineJs, textKind, type AuthoredDocument } from '../src/model/reading.js';
import type { NormalizedStory, Problem, StoryData } from '../src/model/types.js';
import { pictureButtons } from './editor-picture.js';

export const DRAFT_KEY = 'story-timeline-editor:draft';

const LANGUAGES: [string, string][] = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['pt', 'Português'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['uk', 'Українська'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['zh', '中文（简体）'],
  ['ar', 'العربية'],
  ['he', 'עברית'],
];
const THEMES: [string, string][] = [
  ['auto', 'As the reader’s system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

const ORIENTATIONS: [string, string][] = [
  ['auto', 'Down the page on narrow screens'],
  ['horizontal', 'Across'],
  ['vertical', 'Down the page'],
];

const SAMPLE = [
  'date\ttitle\tstatus\tsource\tsource url',
  '[2023-01-21..2023-01-31]\tFumio Kishida and Jens Stoltenberg meet\tconfirmed\tNikkei\t',
  '2023-04\tA draft proposal goes to the 31 members\treported\tNikkei\t',
  '2023-05-03\tNikkei reveals the plan\tconfirmed\tNikkei\t',
  '2024\tPlanned opening of the Tokyo liaison office\tplanned\t\t',
].join('\n');

interface Settings {
  lang: string;
  asOf: string;
  asOfLabel: string;
  start: string;
  end: string;
  theme: string;
  /** `auto` for a new story: down the page on a phone, across on a wider screen. */
  orientation: string;
  /** Where the files (story-timeline.js, embed.html) will be served from. */
  base: string;
  /** The address the data will have once published. */
  dataUrl: string;
}

const DEFAULTS: Settings = {
  lang: 'en',
  asOf: '',
  asOfLabel: '',
  start: '',
  end: '',
  theme: 'auto',
  orientation: 'auto',
  base: 'https://static.example.org/story-timeline/',
  dataUrl: 'https://static.example.org/stories/my-story.json',
};

/** What the text box holds, read: the document for the preview and the snippets, and its problems. */
interface Read {
  document?: AuthoredDocument | StoryData;
  story: NormalizedStory;
  /** For a table: where each row starts in the text, to select it. */
  rowStarts?: number[];
}

export function readDraft(text: string): Read {
  if (text.trim() === '') return { story: { events: [], problems: [] } };
  const kind = textKind(null, '', text);
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'invalid JSON';
      return { story: { events: [], problems: [{ index: -1, message: `The JSON cannot be read: ${message}` }] } };
    }
    if (isTimelineJs(value)) {
      const reading = readAuthored({ kind: 'timelinejs', value });
      return { document: reading.document, story: reading.finish(normalizeStory(reading.document)) };
    }
    return { document: value as StoryData, story: normalizeStory(value) };
  }
  // The separator (comma, semicolon or tab) is told from the header row, as for `src`.
  const reading = readAuthored({ kind, text });
  // A header not understood leaves nothing to preview: its problem says how the row was split.
  if (reading.notATable) return { story: { events: [], problems: reading.problems }, rowStarts: reading.starts };
  return {
    document: reading.document,
    story: reading.finish(normalizeStory(reading.document)),
    rowStarts: reading.starts,
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

let ids = 0;
function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
  control.id ||= `editor-field-${++ids}`;
  return element('div', { className: 'field' }, element('label', { htmlFor: control.id }, label), control);
}

function select(options: [string, string][], value: string): HTMLSelectElement {
  const node = element('select');
  for (const [optionValue, label] of options) node.append(element('option', { value: optionValue }, label));
  node.value = value;
  return node;
}

/** The `<ol>` a CMS can hold (SPEC "Declarative data"): every event written out, readable without JavaScript. */
export function cmsMarkup(story: NormalizedStory, settings: Settings): string {
  const host = document.createElement('story-timeline');
  setAttributes(host, settings);
  const list = document.createElement('ol');
  for (const event of story.events) {
    const item = document.createElement('li');
    item.dataset.date = event.dateText;
    item.dataset.id = event.id;
    if (event.status !== 'confirmed') item.dataset.status = event.status;
    if (event.displayDate) item.dataset.displayDate = event.displayDate;
    if (event.tags.length) item.dataset.tags = event.tags.join(',');
    item.append('\n      ', element('strong', {}, event.title));
    if (event.description) item.append('\n      ', event.description);
    if (event.source) {
      const cite = document.createElement('cite');
      cite.append(event.source.url ? element('a', { href: event.source.url }, event.source.name) : event.source.name);
      item.append('\n      ', cite);
    }
    item.append('\n    ');
    list.append('\n    ', item);
  }
  list.append('\n  ');
  host.append('\n  ', list, '\n');
  return host.outerHTML;
}

function setAttributes(host: Element, settings: Settings): void {
  host.setAttribute('lang', settings.lang);
  if (settings.asOf) host.setAttribute('as-of', settings.asOf);
  if (settings.asOfLabel) host.setAttribute('as-of-label', settings.asOfLabel);
  if (settings.start) host.setAttribute('start', settings.start);
  if (settings.end) host.setAttribute('end', settings.end);
  // The element's default is horizontal: any other choice is written out.
  if (settings.orientation !== 'horizontal') host.setAttribute('orientation', settings.orientation);
}

const base = (settings: Settings) => (settings.base.endsWith('/') ? settings.base : `${settings.base}/`);

export function scriptSnippet(settings: Settings): string {
  const host = document.createElement('story-timeline');
  host.setAttribute('src', settings.dataUrl);
  setAttributes(host, settings);
  return `<script type="module" src="${base(settings)}story-timeline.js"></script>\n\n${host.outerHTML}`;
}

export function iframeSnippet(settings: Settings, title: string): string {
  const params = new URLSearchParams({ lang: settings.lang, src: settings.dataUrl });
  if (settings.start) params.set('start', settings.start);
  if (settings.end) params.set('end', settings.end);
  if (settings.asOf) params.set('as-of', settings.asOf);
  if (settings.asOfLabel) params.set('as-of-label', settings.asOfLabel);
  if (settings.theme !== 'auto') params.set('theme', settings.theme);
  if (settings.orientation !== 'horizontal') params.set('orientation', settings.orientation);
  const frame = document.createElement('iframe');
  frame.id = 'story-timeline-frame';
  frame.title = `Timeline: ${title || 'the story'}`;
  frame.src = `${base(settings)}embed.html?${params}`;
  frame.setAttribute('style', 'display: block; width: 100%; height: 480px; border: 0');
  frame.setAttribute('loading', 'lazy');
  return `${frame.outerHTML}
<script>
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('story-timeline-frame');
    if (event.source !== frame.contentWindow || event.data?.type !== 'story-timeline:height') return;
    frame.style.height = \`\${event.data.height}px\`;
  });
</script>`;
}

/** The document in our JSON format, as `src` or `.data` takes it. */
export function jsonSnippet(read: Read): string {
  return JSON.stringify(read.document ?? { events: [] }, null, 2);
}

interface Draft {
  text: string;
  settings: Settings;
}

function loadDraft(): Draft {
  try {
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<Draft> | null;
    if (saved && typeof saved.text === 'string')
      return { text: saved.text, settings: { ...DEFAULTS, ...saved.settings } };
  } catch {
    // A draft that cannot be read is no draft: start with the sample.
  }
  return { text: SAMPLE, settings: { ...DEFAULTS } };
}

/** Builds the editor inside `root`. */
export function mountEditor(root: HTMLElement): void {
  const draft = loadDraft();
  const settings = draft.settings;

  const data = element('textarea', { id: 'editor-data', name: 'data', spellcheck: false, rows: 14 });
  data.value = draft.text;
  data.setAttribute('aria-describedby', 'editor-data-help');
  const help = element(
    'p',
    { id: 'editor-data-help', className: 'help' },
    'Paste a table from a spreadsheet, CSV (comma- or semicolon-separated), TSV or JSON (ours or TimelineJS’s). Headers: date, title, description, status, display date, source, source url, id, tags, group, media, type — in English or French — or TimelineJS’s template columns.',
  );
  const file = element('input', { type: 'file', accept: '.csv,.tsv,.json,.txt,text/csv,application/json' });
  const url = element('input', { type: 'url', placeholder: 'https://…' });
  const loadUrl = element('button', { type: 'button' }, 'Load the address');
  const status = element('p', { className: 'status', role: 'status' });

  const lang = select(LANGUAGES, settings.lang);
  const asOf = element('input', { type: 'text', value: settings.asOf, placeholder: '2023-05-03' });
  const asOfLabel = element('input', { type: 'text', value: settings.asOfLabel });
  const start = element('input', { type: 'text', value: settings.start, placeholder: '2023-01' });
  const end = element('input', { type: 'text', value: settings.end, placeholder: '2024' });
  const theme = select(THEMES, settings.theme);
  const orientation = select(ORIENTATIONS, settings.orientation);
  const baseInput = element('input', { type: 'url', value: settings.base });
  const dataUrl = element('input', { type: 'url', value: settings.dataUrl });

  const preview = document.createElement('story-timeline');
  const previewFrame = element('div', { className: 'preview' }, preview);
  const problemsHeading = element('h2', { id: 'editor-problems-heading' }, 'Problems');
  const problemsList = element('ul', { className: 'problems' });
  problemsList.setAttribute('aria-labelledby', problemsHeading.id);
  const noProblems = element('p', {}, 'None: every row is shown.');

  const snippets = element('div', { className: 'snippets' });
  const snippetText: Record<string, () => string> = {};
  // `title` heads the snippet; `name` is how a sentence says it (proper names keep their case).
  const addSnippet = (key: string, title: string, name: string, note: string) => {
    const code = element('textarea', { readOnly: true, rows: 6, className: 'snippet', spellcheck: false });
    code.dataset.snippet = key;
    const copy = element('button', { type: 'button' }, `Copy the ${name}`);
    copy.dataset.copy = key;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(snippetText[key]!());
        status.textContent = `${title} copied.`;
      } catch {
        code.focus();
        code.select();
        status.textContent = `Copying was refused: the ${name} is selected, press Ctrl+C or ⌘C.`;
      }
    });
    snippets.append(
      element(
        'section',
        {},
        element('h3', {}, title),
        element('p', { className: 'help' }, note),
        field(`${title}: the code`, code),
        copy,
      ),
    );
    return code;
  };
  const codes = {
    script: addSnippet(
      'script',
      'Script tag',
      'script tag',
      'For pages that take scripts: the file, then the element with your data’s address.',
    ),
    cms: addSnippet(
      'cms',
      'CMS markup',
      'CMS markup',
      'For a CMS body that takes HTML but no scripts: every event written out, a plain list until the script (loaded once by the page template) turns it into the timeline.',
    ),
    iframe: addSnippet(
      'iframe',
      'Iframe',
      'iframe',
      'For CMSs that take only iframes: the frame, and the script that makes it as tall as its content.',
    ),
    json: addSnippet('json', 'JSON', 'JSON', 'The data in our format, to publish at the data address above.'),
  };
  const download = element('a', { download: 'story.json', className: 'download' }, 'Download the JSON');
  const startOver = element('button', { type: 'button', className: 'start-over' }, 'Start over');

  root.append(
    element(
      'div',
      { className: 'editor' },
      element(
        'section',
        { className: 'input' },
        element('h2', {}, 'Your story'),
        field('Data', data),
        help,
        element('div', { className: 'row' }, field('Open a file', file)),
        element('div', { className: 'row' }, field('Or an address (served with CORS)', url), loadUrl),
        element('h2', {}, 'Settings'),
        element(
          'div',
          { className: 'settings' },
          field('Language', lang),
          field('As of (date)', asOf),
          field('As-of label', asOfLabel),
          field('Start', start),
          field('End', end),
          field('Theme', theme),
          field('Orientation', orientation),
          field('Files served from', baseInput),
          field('Data address, once published', dataUrl),
        ),
        startOver,
        status,
      ),
      element(
        'section',
        { className: 'output' },
        element('h2', {}, 'Preview'),
        previewFrame,
        problemsHeading,
        problemsList,
        noProblems,
        element('h2', {}, 'Put it on a page'),
        snippets,
        download,
        pictureButtons(preview, () => settings.theme, status),
      ),
    ),
  );

  let read: Read = readDraft(data.value);
  let downloadUrl = '';

  const selectRow = (row: number) => {
    const starts = read.rowStarts;
    if (!starts) return;
    const from = starts[row - 1] ?? 0;
    const next = starts[row];
    const to = next === undefined ? data.value.length : next - (data.value[next - 2] === '\r' ? 2 : 1);
    data.focus();
    data.setSelectionRange(from, Math.max(from, to));
    // Bring the selected line into view: the text box scrolls to its caret only on some engines.
    const lineHeight = parseFloat(getComputedStyle(data).lineHeight) || 20;
    data.scrollTop = Math.max(0, data.value.slice(0, from).split('\n').length - 3) * lineHeight;
  };

  const showProblems = (problems: Problem[]) => {
    problemsList.replaceChildren(
      ...problems.map((problem) => {
        if (problem.row === undefined || !read.rowStarts) return element('li', {}, problem.message);
        const button = element('button', { type: 'button', className: 'problem' }, problem.message);
        button.addEventListener('click', () => selectRow(problem.row!));
        return element('li', {}, button);
      }),
    );
    noProblems.hidden = problems.length > 0;
    problemsList.hidden = problems.length === 0;
  };

  const update = () => {
    Object.assign(settings, {
      lang: lang.value,
      asOf: asOf.value.trim(),
      asOfLabel: asOfLabel.value.trim(),
      start: start.value.trim(),
      end: end.value.trim(),
      theme: theme.value,
      orientation: orientation.value,
      base: baseInput.value.trim() || DEFAULTS.base,
      dataUrl: dataUrl.value.trim() || DEFAULTS.dataUrl,
    });
    read = readDraft(data.value);
    for (const name of ['lang', 'as-of', 'as-of-label', 'start', 'end', 'orientation']) preview.removeAttribute(name);
    setAttributes(preview, settings);
    previewFrame.dataset.theme = settings.theme;
    preview.data = (read.document as StoryData | undefined) ?? { events: [] };
    showProblems(read.story.problems);
    snippetText.script = () => scriptSnippet(settings);
    snippetText.cms = () => cmsMarkup(read.story, settings);
    snippetText.iframe = () => iframeSnippet(settings, read.story.title ?? '');
    snippetText.json = () => jsonSnippet(read);
    for (const [key, code] of Object.entries(codes)) code.value = snippetText[key]!();
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([codes.json.value], { type: 'application/json' }));
    download.href = downloadUrl;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: data.value, settings }));
    } catch {
      // Private windows may refuse storage: the editor still works, the draft just is not kept.
    }
  };

  let pending = 0;
  const later = () => {
    clearTimeout(pending);
    pending = window.setTimeout(update, 250);
  };
  data.addEventListener('input', later);
  for (const control of [lang, asOf, asOfLabel, start, end, theme, orientation, baseInput, dataUrl])
    control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', later);

  const useText = (text: string, from: string) => {
    data.value = text;
    update();
    status.textContent = `${from} loaded.`;
  };
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen) useText(await chosen.text(), chosen.name);
  });
  data.addEventListener('dragover', (event) => event.preventDefault());
  data.addEventListener('drop', async (event) => {
    const dropped = event.dataTransfer?.files[0];
    if (!dropped) return;
    event.preventDefault();
    useText(await dropped.text(), dropped.name);
  });
  loadUrl.addEventListener('click', async () => {
    const address = url.value.trim();
    if (!/^https?:\/\//i.test(address)) {
      status.textContent = 'Give a full http or https address.';
      return;
    }
    status.textContent = 'Loading…';
    try {
      const response = await fetch(address);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      useText(await response.text(), address);
      if (!dataUrl.value.trim() || dataUrl.value === DEFAULTS.dataUrl) {
        dataUrl.value = address;
        update();
      }
    } catch (error) {
      status.textContent = `That address could not be loaded (${error instanceof Error ? error.message : 'network error'}); it may not allow other sites to read it (CORS).`;
    }
  });
  startOver.addEventListener('click', () => {
    if (!window.confirm('Start over? Your data and settings here will be replaced by the sample.')) return;
    localStorage.removeItem(DRAFT_KEY);
    const fresh = loadDraft();
    data.value = fresh.text;
    lang.value = fresh.settings.lang;
    for (const [input, value] of [
      [asOf, ''],
      [asOfLabel, ''],
      [start, ''],
      [end, ''],
      [baseInput, DEFAULTS.base],
      [dataUrl, DEFAULTS.dataUrl],
    ] as const)
      input.value = value;
    theme.value = DEFAULTS.theme;
    orientation.value = DEFAULTS.orientation;
    update();
    status.textContent = 'Started over with the sample.';
  });

  update();
}
