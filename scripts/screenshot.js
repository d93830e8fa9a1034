// Full-page screenshots of the demo, in French and English, on a desktop width and a
// phone width, in light and dark colour schemes.
//
//   npm run screenshot                 starts Vite itself on 127.0.0.1
//   npm run screenshot -- http://127.0.0.1:5173/    uses a server already running
//
// Writes screenshots/demo-<lang>-<width>-<scheme>.png and prints what the page logged
// as errors. Exits non-zero when a page threw an uncaught error, or a page or one of
// its resources could not load (HTTP error or failed request).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, howToGetChromium } from './chromium-path.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

const LANGS = ['fr', 'en'];
const WIDTHS = [1200, 360];
const SCHEMES = ['light', 'dark'];
/** How long to wait for both timelines' `story-load` before shooting anyway. */
const LOAD_TIMEOUT_MS = 5000;
/** Time for transitions to settle after loading. */
const SETTLE_MS = 400;

const executablePath = findChromium();
if (!executablePath) {
  console.error(howToGetChromium);
  process.exit(1);
}

let server;
let baseUrl = process.argv[2];
if (!baseUrl) {
  const { createServer } = await import('vite');
  server = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    server: { port: 5199, strictPort: false, host: '127.0.0.1', open: false },
  });
  await server.listen();
  baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('Vite started but reported no local URL.');
  }
}
baseUrl = new URL(baseUrl).href;
console.log(`Demo at ${baseUrl} (project ${root})`);

await mkdir(outDir, { recursive: true });
await mkdir(docsDir, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: chromiumArgs,
});

let pageErrors = 0;
let consoleErrors = 0;

try {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const name = `demo-${lang}-${width}-${colorScheme}`;
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 740 : 900 },
          deviceScaleFactor: 1,
          colorScheme,
        });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => {
          if (message.type() === 'error') {
            consoleErrors++;
            problems.push(`console.error: ${message.text()}`);
          }
        });
        page.on('pageerror', (error) => {
          pageErrors++;
          problems.push(`page error: ${error.stack ?? error.message}`);
        });
        page.on('requestfailed', (request) => {
          pageErrors++;
          problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400) {
            pageErrors++;
            problems.push(`HTTP ${response.status()}: ${response.url()}`);
          }
        });
        // Count `story-load` events (they bubble and are composed) from the start.
        await page.addInitScript(() => {
          const counts = { load: 0, error: 0 };
          Object.defineProperty(window, '__storyEvents', { value: counts });
          document.addEventListener('story-load', () => counts.load++, true);
          document.addEventListener('story-error', () => counts.error++, true);
        });

        const url = new URL(baseUrl);
        url.searchParams.set('lang', lang);
        const response = await page.goto(url.href, { waitUntil: 'load' });
        if (!response) {
          pageErrors++;
          problems.push(`could not load ${url.href}`);
        }

        const timelines = await page.locator('story-timeline').count();
        const loaded = await page
          .waitForFunction(
            (expected) => {
              const counts = window.__storyEvents;
              return counts.load + counts.error >= expected;
            },
            timelines,
            { timeout: LOAD_TIMEOUT_MS },
          )
          .then(() => true)
          .catch(() => false);
        if (!loaded) problems.push(`note: fewer than ${timelines} story-load events within ${LOAD_TIMEOUT_MS} ms`);
        await page.waitForTimeout(SETTLE_MS);

        const file = `${outDir}${name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        // The README's picture (docs/story-timeline-<lang>.png): the first story's timeline alone, selected on the leak.
        if (width === 1200 && colorScheme === 'light') {
          const timeline = page.locator('story-timeline').first();
          await timeline.evaluate((element) => element.select('nikkei-leak'));
          await page.waitForTimeout(SETTLE_MS);
          await timeline.screenshot({ path: `${docsDir}story-timeline-${lang}.png` });
        }
        console.log(`${problems.some((p) => !p.startsWith('note:')) ? '✗' : '✓'} ${name}.png`);
        for (const problem of problems) console.log(`    ${problem}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  if (server) await server.close();
}

console.log(`Screenshots in ${outDir}. ${pageErrors} page/load error(s), ${consoleErrors} console error(s).`);
if (pageErrors > 0) process.exitCode = 1;
