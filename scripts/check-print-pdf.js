// Prints the built embed page (dist/embed.html) with the first story in English to PDF with
// headless Chromium, reads the PDF's text with poppler's pdftotext, and checks that paper
// carries the whole story: every event's title, its date in words, the start of its
// description and its source, and none of the controls' words.
//
// Printing's code is a chunk of its own, fetched unasked a few seconds after the first drawing
// (when the page is idle): the page is printed once it has come, as a reader's Ctrl+P finds it
// then. A second page is printed as soon as its story is drawn, before that chunk: it gets the
// screen's layout, but no control either.
//
//   node scripts/check-print-pdf.js            after `npm run build`
//   node scripts/check-print-pdf.js out.pdf    keeps the PDF for a look
//
// Exits non-zero, saying what was missing or left over, when the check fails.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, howToGetChromium } from './chromium-path.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const PDFTOTEXT = process.env.PDFTOTEXT || 'pdftotext';

/** What paper must say: each event's date in words, title, the first words of its description. */
const EXPECTED = [
  ['late January 2023', 'Fumio Kishida and Jens Stoltenberg meet', "Japan's prime minister holds talks"],
  ['April 2023', 'A draft proposal goes to the 31 members', "According to Nikkei's sources"],
  ['3 May 2023', 'Nikkei reveals the plan for a Tokyo office', 'The paper reports that NATO'],
  ['before 11 July 2023', 'Tokyo aims to sign a NATO partnership programme', 'Japan wants to agree'],
  ['11–12 July 2023', 'NATO summit in Vilnius', "The alliance's summit is scheduled"],
  ['2024', 'Planned opening of the Tokyo liaison office', "Nikkei's sources say the opening"],
];
const SOURCE = 'Source: Nikkei, as reported on 3 May 2023';
/** Words only the controls show: the "Show all" button, the zoom buttons' labels, the edge cues, the hint. */
const CONTROL_WORDS = ['Show all', 'Zoom in', 'Zoom out', 'earlier event', 'later event', 'scroll to zoom', 'Retry'];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dist, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The PDF's text, its lines joined by spaces (a title may wrap). */
function textOf(pdf) {
  try {
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } catch (error) {
    if (error.code === 'ENOENT') {
      console.error('pdftotext was not found: install poppler-utils (Debian) or poppler.');
      process.exit(1);
    }
    throw error;
  }
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(howToGetChromium);
  process.exit(1);
}

const server = await serve();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const folder = mkdtempSync(join(tmpdir(), 'story-print-'));
const problems = [];
const PRINT_CHUNK = /\/story-timeline-print-[\w-]+\.js$/;

/** A page of the first story, drawn, that counts what it says wrong into `problems`. */
async function drawnPage(label) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (error) => problems.push(`${label}: the page threw: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: the page logged an error: ${message.text()}`);
  });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/embed.html?lang=en`);
  await page.waitForFunction(
    () => document.querySelector('story-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length === 6,
    undefined,
    { timeout: 10_000 },
  );
  return { page, requested };
}

/** The page as printed on A4, as text. */
async function printed(page, name, keep) {
  const pdf = join(folder, name);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  if (keep) copyFileSync(pdf, keep);
  return textOf(pdf);
}

function noControls(text, label) {
  for (const word of CONTROL_WORDS) {
    if (text.includes(word)) problems.push(`${label}: a control's words were printed: "${word}"`);
  }
}

/** Printed once printing's code has come unasked, as a reader's Ctrl+P a few seconds after the drawing. */
async function printedLate() {
  const label = "printed once printing's code has come";
  const { page, requested } = await drawnPage(label);
  if (requested.some((path) => PRINT_CHUNK.test(path)))
    problems.push(`${label}: printing's code came with the first drawing`);
  const chunk = await page.waitForResponse((response) => PRINT_CHUNK.test(new URL(response.url()).pathname), {
    timeout: 20_000,
  });
  // Its module evaluated, and the element's update that follows.
  await page.evaluate(async (url) => {
    await import(url);
    await document.querySelector('story-timeline').updateComplete;
  }, chunk.url());
  const text = await printed(page, 'late.pdf', process.argv[2]);
  for (const words of EXPECTED) {
    for (const part of words) if (!text.includes(part)) problems.push(`${label}: missing: "${part}"`);
  }
  const sources = text.split(SOURCE).length - 1;
  if (sources < EXPECTED.length)
    problems.push(`${label}: the source is printed ${sources} times, not ${EXPECTED.length}`);
  noControls(text, label);
}

/** Printed as soon as the story is drawn, before printing's code: the screen's layout, but no control. */
async function printedEarly() {
  const label = "printed before printing's code has come";
  const { page, requested } = await drawnPage(label);
  if (requested.some((path) => PRINT_CHUNK.test(path))) problems.push(`${label}: printing's code had already come`);
  const text = await printed(page, 'early.pdf');
  for (const [, title] of EXPECTED) if (!text.includes(title)) problems.push(`${label}: missing: "${title}"`);
  noControls(text, label);
}

try {
  // Side by side: the first waits some seconds for the chunk.
  await Promise.all([printedLate(), printedEarly()]);
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Printing the first story to PDF:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  "Printing the first story to PDF: once printing's code has come (unasked, after the first drawing), all six events, " +
    "their dates, descriptions and source, and no control; before, the screen's layout and no control.",
);
