// `npm run size`: what each built file weighs, and a failure when the single file grows
// past its gzip budget.
//
// Prints one table row per file `npm run build` writes into dist/ (the typings aside): its
// bytes as written, its bytes gzipped and what it is. Gzip is Node's zlib at level 9, as a
// CDN serves a static file; sizes in KB are KiB (1,024 bytes). Vite's own lines during the
// build differ: its kB are 1,000 bytes and its compressor is not zlib.
//
// The budget (scripts/budget.js): dist/story-timeline.js (Lit, D3, our code and the CSS together)
// stays within 41.5 KB gzip. It was 40 KB until the vertical reading, printing, pictures and the message for
// unreadable data added their hooks to the main file (their code itself is in chunks); 42 KB
// until the eras, groups, hint, messages and light-DOM reader went to chunks of their own; then
// 41 KB until what a phone reader feels took 0.5 KB: the story's early request
// (src/data/early-request.ts: the page's stories, and a vertical reading's code, asked for
// before the rest of the script runs), a finger's tap that selects as it lifts
// (SelectionController.onClick) and the card rehearsed while the page is idle (`rehearse`). Run `npm run build` first; a missing bundle fails
// too, so a broken build cannot pass.
//
//   npm run size               the table and the budget
//   npm run size -- --markdown the table as Markdown
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { SINGLE_FILE_BUDGET as BUDGET_BYTES } from './budget.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const MAIN = 'story-timeline.js';

/** The chunks the element loads on demand, by the name Vite gives them before the hash. */
const CHUNKS = {
  detail:
    'the detail card (media, rich text) and what follows print requests, fetched once the first drawing is painted (or when a reader reaches for the element)',
  print:
    'printing (the layout for paper, the printed list, its styles), fetched when printing is asked for or the page is idle a few seconds after the first drawing',
  authoring: 'the readers for CSV, TSV and TimelineJS documents, fetched when one arrives',
  'zoom-gestures':
    'the zoom gestures (d3-zoom and the d3 modules it uses), fetched when a reader first reaches for the plot',
  times: 'times of day and time zones, fetched when the data or the zone needs them',
  'declarative-list':
    'the reader of the light DOM (a CMS <ol> list, an inline JSON), fetched when the element has content of its own',
  vertical: 'the vertical reading, fetched when the element reads (or will read) vertically',
  extras:
    "the eras, the groups' bands, the wheel hint and the error and empty messages, fetched when a frame draws one",
  picture: "exportImage()'s picture (SVG, PNG), fetched on its first call",
};

const PAGES = {
  'embed.html': 'the iframe page',
  'embed.js': "the iframe page's script",
  'embed.css': "the iframe page's style",
  'editor.html': 'the editor page',
  'editor.js': "the editor page's script",
  'editor.css': "the editor page's style",
  'story.fr.json': 'the first story in French, shown by the iframe page',
  'story.en.json': 'the first story in English, shown by the iframe page',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** What a file (a path inside dist/, with `/`) is, in a few words. */
function describe(path) {
  const module = path.startsWith('module/');
  const name = module ? path.slice('module/'.length) : path;
  const build = module ? ' (module build)' : '';
  if (path === MAIN) return 'the single file: the element, Lit, the CSS and English (the budget)';
  if (path === 'module/index.js')
    return 'the module build for bundlers, its entry: not minified (the app minifies it), Lit and d3 left to the app';
  const language = /^lang\/([a-z]{2,3})\.js$/.exec(name);
  if (language) return `${languageNames.of(language[1])} (${language[1]}), fetched when wanted${build}`;
  const chunk = /^story-timeline-(.+)-[\w-]{8}\.js$/.exec(name);
  if (module && chunk?.[1] === 'zoom-gestures')
    return 'the zoom gestures (d3-zoom; its d3 modules left to the app) (module build)';
  if (chunk && CHUNKS[chunk[1]]) return `${CHUNKS[chunk[1]]}${build}`;
  if (!module && PAGES[name]) return PAGES[name];
  return `(not described in scripts/size-budget.js)${build}`;
}

/** Every file under `folder`, as paths relative to dist/, typings left out. */
async function files(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const found = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const inDist = relative(dist, path).split(sep).join('/');
    if (inDist === 'types') continue;
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push(inDist);
  }
  return found;
}

/** The single file first, then its chunks and languages, the module build, the pages. */
function rank(path) {
  if (path === MAIN) return 0;
  if (path.startsWith('story-timeline-')) return 1;
  if (path.startsWith('lang/')) return 2;
  if (path === 'module/index.js') return 3;
  if (path.startsWith('module/story-timeline-')) return 4;
  if (path.startsWith('module/')) return 5;
  return 6;
}

let main;
try {
  main = await readFile(join(dist, MAIN));
} catch {
  console.error(`dist/${MAIN} not found: run \`npm run build\` first.`);
  process.exit(1);
}

const rows = [];
for (const path of await files(dist)) {
  const bytes = await readFile(join(dist, path));
  rows.push({ path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, what: describe(path) });
}
rows.sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));

const number = (value) => value.toLocaleString('en');
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const header = ['file in dist/', 'bytes', 'gzip bytes', 'gzip KB', 'what it is'];
const cells = rows.map((row) => [row.path, number(row.raw), number(row.gzip), kb(row.gzip), row.what]);
const right = [false, true, true, true, false];
if (process.argv.includes('--markdown')) {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`);
  for (const line of cells) console.log(`| ${line.map((cell) => cell.replace(/([<|])/g, '\\$1')).join(' | ')} |`);
} else {
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const format = (line) =>
    line
      .map((cell, column) => (right[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ');
  console.log(format(header).trimEnd());
  for (const line of cells) console.log(format(line).trimEnd());
}
console.log('');

const gzipped = gzipSync(main, { level: 9 }).length;
const verdict = gzipped <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `dist/${MAIN}: ${kb(gzipped)} gzip (${number(gzipped)} B, zlib level 9; ${kb(main.length)} minified), ` +
    `budget ${kb(BUDGET_BYTES)}: ${verdict} by ${kb(Math.abs(BUDGET_BYTES - gzipped))}`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
