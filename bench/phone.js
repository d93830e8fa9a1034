// The phone rows of `npm run bench` (issue #24), run from bench/run.js:
//
//   phone-peers  the first story on a phone: story-timeline (its `src`), TimelineJS and vis-timeline
//                (the same events inline), each in fresh pages, median of 5
//   download     the scripts a reader downloads for the first story and one opened card, gzip
//   tap          a tap on a drawn event to its painted detail card, 20 taps, the first on a fresh page
//   phone-gestures  pinch (Ctrl + wheel) and one-finger pan steps at 1,000 events, in the bench page
//   phone-vertical  the first story with `orientation="vertical"` against the same page horizontal,
//                   fresh pages in turn, median of 5 each, and their ratio (issue #26)
//
// A phone here is Chromium with its CPU slowed 4× (`Emulation.setCPUThrottlingRate`), a 390 × 844 px
// viewport at a device pixel ratio of 1, and touch. The pages are plain HTML served by bench/run.js,
// each loading one library's own built files from node_modules (no CDN) and nothing else but a small
// inline script that watches the frames.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { FIRST_TRACE_CATEGORIES, splitText, splitTrace } from './trace-split.js';
import { readSteps, watchSteps } from './phone-steps.js';

export const PHONE_CONTEXT = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true };
export const PHONE_THROTTLE = 4;

/** The size budget's unit (scripts/size-budget.js): a KB there is 1,024 bytes. */
const KIB = 1024;
const DOWNLOAD_BUDGET = 40 * KIB;
const FIRST_STORY_TARGET_MS = 250;
const TIMELINEJS_RATIO_TARGET = 4;
const TAP_TARGET_MS = 50;
const TAPS = 20;
const PINCH_TARGET_MS = 33;
const PAN_TARGET_MS = 16;

const PEERS = {
  story: { name: 'story-timeline', script: '/story-timeline.js' },
  timelinejs: { name: 'TimelineJS', script: '/timelinejs/js/timeline.js' },
  vis: { name: 'vis-timeline', script: '/vis-timeline.js' },
  // The floor: a plain module that fetches the same `src` and draws six dots with their titles.
  plain: { name: 'a plain module (reference)', script: '/plain-phone.js' },
};

/** The first story's events, as the peers are given them (inline), from the element's own story file. */
export function peerEvents(root) {
  const story = JSON.parse(readFileSync(join(root, 'demo/story.en.json'), 'utf8'));
  return { title: story.title, summary: story.summary, events: story.events.map(peerEvent) };
}

/** A date of the story (`YYYY[-MM[-DD]]`, `A/B`, `[A..B]`, `[..B]`) as a first and a last date. */
function peerEvent({ id, date, title, description }) {
  const inner = date.replace(/^\[|\]$/g, '');
  const [from, to] = inner.includes('..') ? inner.split('..') : inner.split('/');
  const first = parts(from || to);
  const last = parts(to || from);
  return { id, title, description, first, last };
}

function parts(text) {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

/** Start and end (exclusive) of a date part at its precision, in UTC milliseconds. */
function span({ year, month, day }) {
  if (day) return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
  if (month) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

const tlDate = ({ year, month, day }) => ({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });

/** TimelineJS's data: a title slide and one slide per event, a range where the date is one. */
function timelineJsData({ title, summary, events }) {
  return {
    title: { text: { headline: title, text: summary } },
    events: events.map(({ id, title: headline, description, first, last }) => ({
      unique_id: id,
      start_date: tlDate(first),
      ...(first === last || JSON.stringify(first) === JSON.stringify(last) ? {} : { end_date: tlDate(last) }),
      text: { headline, text: description },
    })),
  };
}

/** vis-timeline's items, as the bench gives it the generated events: a box for a single day, a range otherwise. */
function visItems({ events }) {
  return events.map(({ title, first, last }, id) => {
    const [start] = span(first);
    const [, end] = span(last);
    return end - start <= 86_400_000
      ? { id, content: title, start: new Date(start + 43_200_000).toISOString(), type: 'box' }
      : { id, content: title, start: new Date(start).toISOString(), end: new Date(end).toISOString(), type: 'range' };
  });
}

/**
 * Runs in each phone page before its library: `__watch(check)` resolves with the time
 * (performance.now()) at which the first frame in which `check()` holds has been painted.
 * Each frame it observes a new ResizeObserver on a 1 px sentinel; its callback runs in that
 * frame's rendering, after style and layout and before paint, so whatever exists then is in
 * that frame (a message posted from there arrives after the frame's paint).
 */
const WATCHER = `
(() => {
  const sentinel = document.createElement('i');
  sentinel.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;pointer-events:none';
  document.documentElement.append(sentinel);
  const afterPaint = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(performance.now()); };
    channel.port2.postMessage(null);
  });
  window.__watch = (check) => new Promise((resolve) => {
    const tick = () => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        if (check()) afterPaint().then(resolve);
        else requestAnimationFrame(tick);
      });
      observer.observe(sentinel);
    };
    requestAnimationFrame(tick);
  });
  window.__first = (script, check) => window.__watch(check).then((painted) => {
    const entry = performance.getEntriesByName(new URL(script, location.href).href)[0];
    return { painted, responseStart: entry ? entry.responseStart : undefined, ms: entry ? painted - entry.responseStart : undefined };
  });
})();`;

/**
 * Whether each library's events are drawn and shown (run in the page, in the watcher's frame
 * check): laid out with a size, and visible (`__shownNode`: not under `visibility: hidden`, as
 * story-timeline's parts are while it measures before its first whole frame, or vis-timeline's
 * while it loads). story-timeline shows all its parts at once, so one shown event stands for
 * the frame; TimelineJS draws every event as a marker on its time strip (on a touch screen it
 * lays a "Swipe to Navigate" notice over its slides, which does not hide the strip);
 * vis-timeline an item for every event.
 */
const SHOWN_HELPER = `window.__shownNode = (node) => node.getBoundingClientRect().width > 0
  && node.checkVisibility({ visibilityProperty: true, opacityProperty: true });`;
const SHOWN = {
  story: `() => {
    const root = document.querySelector('story-timeline')?.shadowRoot;
    return !!root && [...root.querySelectorAll('[part~="event"]')].some(__shownNode);
  }`,
  timelinejs: `() => {
    const markers = document.querySelectorAll('.tl-timenav .tl-timemarker');
    return markers.length >= COUNT && [...markers].some(__shownNode);
  }`,
  vis: `() => {
    const items = document.querySelectorAll('.vis-timeline .vis-item');
    return items.length >= COUNT && [...items].some(__shownNode);
  }`,
  plain: `() => {
    const root = document.querySelector('plain-timeline')?.shadowRoot;
    return !!root && [...root.querySelectorAll('[part~="event"]')].some(__shownNode);
  }`,
};

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench, phone</title>
<style>body { margin: 0; font: 16px system-ui, sans-serif; }</style>`;

/** The HTML of each library's phone page, keyed by path. */
export function phonePages(root) {
  const story = peerEvents(root);
  const count = story.events.length;
  const watch = (lib) =>
    `<script>${WATCHER}\n${SHOWN_HELPER}\nwindow.__shown = window.__first(${JSON.stringify(PEERS[lib].script)}, ${SHOWN[lib].replaceAll('COUNT', String(count))});</script>`;
  return {
    '/phone/story': `${HEAD}${watch('story')}
<script type="module" src="/story-timeline.js"></script></head><body>
<story-timeline src="/story.en.json" lang="en" style="display: block"></story-timeline></body></html>`,
    '/phone/plain': `${HEAD}${watch('plain')}
<script type="module" src="/plain-phone.js"></script></head><body>
<plain-timeline src="/story.en.json"></plain-timeline></body></html>`,
    '/phone/story-vertical': `${HEAD}${watch('story')}
<script type="module" src="/story-timeline.js"></script></head><body>
<story-timeline src="/story.en.json" lang="en" orientation="vertical" style="display: block"></story-timeline></body></html>`,
    '/phone/timelinejs': `${HEAD}<link rel="stylesheet" href="/timelinejs/css/timeline.css">${watch('timelinejs')}</head><body>
<div id="timeline" style="width: 100%; height: 600px"></div>
<script src="/timelinejs/js/timeline.js"></script>
<script>new TL.Timeline('timeline', ${JSON.stringify(timelineJsData(story))},
  { script_path: location.origin + '/timelinejs/js/', font: null });</script></body></html>`,
    '/phone/vis': `${HEAD}${watch('vis')}</head><body><div id="timeline"></div>
<script src="/vis-timeline.js"></script>
<script>new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(${JSON.stringify(visItems(story))}),
  { stack: true, maxHeight: 400, showCurrentTime: false, zoomMin: 86400000 });</script></body></html>`,
  };
}

/** TimelineJS's built files (script, CSS, icon font, language files), served under /timelinejs/. */
export function timelineJsFile(root, path) {
  if (!path.startsWith('/timelinejs/') || path.includes('..')) return undefined;
  return join(root, 'node_modules/@knight-lab/timelinejs/dist', path.slice('/timelinejs/'.length));
}

const round = (ms) => (ms === undefined ? '—' : String(Math.round(ms)));

/**
 * The phone rows. `bench` gives what bench/run.js has: `newContext(options)` (from the browser
 * running now), `baseUrl`, `quick`, `rows`, `capMs`, the bench page's `openPage`, `closePage`,
 * `storyPage` and `stepRows`, and `stats`, `addRow`, `log`, `withTimeout`, `pageErrors`.
 */
export async function phoneRows(bench) {
  const { rows } = bench;
  if (rows.has('phone-peers')) {
    await firstStoryPeers(bench);
    await firstIntl(bench);
  }
  if (rows.has('download')) await download(bench);
  if (rows.has('tap')) await taps(bench);
  if (rows.has('phone-gestures')) await gestures(bench);
  if (rows.has('phone-vertical')) await firstStoryVertical(bench);
}

/**
 * The first story read down the page against the same story across it: one fresh page of each
 * in turn, timed as the peers are (first byte of the script to the painted frame with an event).
 */
async function firstStoryVertical(bench) {
  const runs = bench.quick ? 1 : 5;
  bench.log(`the first story on a phone, vertical and horizontal (${runs} fresh pages each)`);
  const paths = { horizontal: '/phone/story', vertical: '/phone/story-vertical' };
  const times = { horizontal: [], vertical: [] };
  const failures = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, path] of Object.entries(paths)) {
      let handle;
      try {
        handle = await phonePage(bench, path);
        if (handle.shown.ms === undefined) throw new Error('no timing of its script');
        if (name === 'vertical') {
          const drawn = await handle.page.evaluate(
            () => !!document.querySelector('story-timeline')?.shadowRoot?.querySelector('.plot.vertical'),
          );
          if (!drawn) throw new Error('not drawn vertically');
        }
        times[name].push(handle.shown.ms);
      } catch (error) {
        failures[name] = String(error?.message ?? error).split('\n')[0];
      } finally {
        if (handle) await closePhonePage(bench, handle);
      }
    }
  }
  const median = (name) => bench.stats(times[name])?.median;
  for (const name of Object.keys(paths)) {
    const values = times[name];
    bench.addRow({
      label: `Phone: the first story drawn, ${name} (median of ${runs} fresh pages)`,
      value: median(name),
      unit: 'ms',
      note: [
        values.length ? `pages: ${values.map(round).join(', ')} ms` : 'not drawn',
        failures[name] ? `failed: ${failures[name]}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
  const vertical = median('vertical');
  const horizontal = median('horizontal');
  bench.addRow({
    label: 'Phone: the first story, vertical ÷ horizontal (medians of the same run)',
    value: vertical && horizontal ? vertical / horizontal : undefined,
    unit: '×',
    target: 1,
  });
}

/** A reference: what the platform alone takes before anything is worded, a page's first Intl object. */
async function firstIntl(bench) {
  const intl = [];
  for (let run = 0; run < (bench.quick ? 1 : 3); run++) {
    const handle = await bench.openPage();
    try {
      await handle.cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_THROTTLE });
      intl.push(await handle.page.evaluate(() => window.bench.firstIntl()));
    } finally {
      await bench.closePage(handle);
    }
  }
  bench.addRow({
    label: 'Reference, phone (4× slower CPU): a page’s first Intl object, no element (median of pages)',
    value: bench.stats(intl)?.median,
    note: `${intl.map(round).join(', ')} ms`,
  });
}

/** Pinch and one-finger pan steps at 1,000 events, the element as wide as the phone, in the bench page. */
async function gestures(bench) {
  bench.log('gestures on a phone: 1,000 events, 390 px, CPU slowed 4×');
  const { handle, first } = await bench.storyPage(1000, { throttle: PHONE_THROTTLE, phone: true });
  const prefix = 'Phone, 1,000 events, 390 px';
  try {
    bench.addRow({ label: `${prefix}: first render`, value: first });
    await bench.stepRows(handle, prefix, ['wheel'], PINCH_TARGET_MS);
    await bench.stepRows(handle, prefix, ['touchPan'], PAN_TARGET_MS);
  } finally {
    await bench.closePage(handle);
  }
}

/** A fresh phone page (CPU slowed before the page loads) at `path`; its first story painted. */
async function phonePage(bench, path, { responses } = {}) {
  const context = await bench.newContext(PHONE_CONTEXT);
  // BENCH_STEPS=phone: the element's steps on the first story's page, timed in the page.
  const stepping = process.env.BENCH_STEPS === 'phone' && path === '/phone/story';
  if (stepping) await context.addInitScript(watchSteps);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
    responses?.push(response);
  });
  page.on('requestfailed', (request) => errors.push(`${request.failure()?.errorText} for ${request.url()}`));
  const handle = { context, page, errors };
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_THROTTLE });
    // BENCH_PROFILE=phone: a CPU profile of story-timeline's first story, page start to painted events.
    const profiling = process.env.BENCH_PROFILE === 'phone' && path === '/phone/story';
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    // BENCH_TRACE=phone: the main thread's CPU time of each first-story page, by kind.
    const tracing = process.env.BENCH_TRACE === 'phone' && !path.includes('vertical');
    if (tracing)
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: FIRST_TRACE_CATEGORIES },
        transferMode: 'ReturnAsStream',
      });
    await page.goto(new URL(path, bench.baseUrl).href);
    const shown = await bench
      .withTimeout(
        page.evaluate(() => window.__shown),
        bench.capMs,
      )
      .catch((error) => {
        throw error?.message ? error : new Error(`nothing drawn within ${bench.capMs / 1000} s`);
      });
    if (profiling) await saveProfile(bench, (await cdp.send('Profiler.stop')).profile);
    if (stepping) bench.log(`  ${path}, its steps:\n${(await readSteps(page, shown.painted)).join('\n')}`);
    if (tracing)
      bench.log(`  ${path}: main-thread CPU to the painted events: ${splitText(await endTrace(cdp, bench, path))}`);
    return { ...handle, cdp, shown };
  } catch (error) {
    await closePhonePage(bench, handle);
    throw error;
  }
}

/** Ends a trace started with `Tracing.start` and splits its main-thread CPU time (thread time). */
async function endTrace(cdp, bench, path) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream });
    text += base64Encoded ? Buffer.from(data, 'base64').toString() : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(bench.buildDir ?? '.', `${path.replaceAll('/', '-').slice(1)}.trace.json`), text);
  const split = splitTrace(JSON.parse(text), path);
  split.total = ['script', 'style', 'layout', 'paint', 'gc', 'other'].reduce((sum, kind) => sum + split[kind], 0);
  return split;
}

/** Writes the profile beside the build and logs the functions with the most self time. */
async function saveProfile(bench, profile) {
  const { writeFile } = await import('node:fs/promises');
  const file = join(bench.buildDir ?? '.', `phone-${Date.now()}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  bench.log(`profile of the first story: ${file}`);
  for (const [key, ms] of top) bench.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}

async function closePhonePage(bench, { context, errors }) {
  for (const message of errors) bench.pageErrors.add(message);
  await bench.withTimeout(context.close(), 10_000).catch(() => bench.log('a phone page did not close'));
}

async function firstStoryPeers(bench) {
  const runs = bench.quick ? 1 : 5;
  bench.log(
    `the first story on a phone: story-timeline, TimelineJS, vis-timeline, a plain module (${runs} fresh pages each)`,
  );
  const times = Object.fromEntries(Object.keys(PEERS).map((lib) => [lib, []]));
  const sinceNavigation = Object.fromEntries(Object.keys(PEERS).map((lib) => [lib, []]));
  const failures = {};
  // One page of each in turn, so a busy moment of the machine falls on all three alike.
  for (let run = 0; run < runs; run++) {
    for (const lib of Object.keys(PEERS)) {
      let handle;
      try {
        handle = await phonePage(bench, `/phone/${lib}`);
        if (handle.shown.ms === undefined) throw new Error('no timing of its script');
        times[lib].push(handle.shown.ms);
        sinceNavigation[lib].push(handle.shown.painted);
      } catch (error) {
        failures[lib] = String(error?.message ?? error).split('\n')[0];
      } finally {
        if (handle) await closePhonePage(bench, handle);
      }
    }
  }
  const median = (lib) => bench.stats(times[lib])?.median;
  for (const lib of Object.keys(PEERS)) {
    const values = times[lib];
    const note = [
      values.length ? `pages: ${values.map(round).join(', ')} ms` : 'not drawn',
      values.length ? `from navigation start: ${round(bench.stats(sinceNavigation[lib]).median)} ms (median)` : '',
      failures[lib] ? `failed: ${failures[lib]}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    bench.addRow({
      label: `Phone: the first story drawn, ${PEERS[lib].name} (median of ${runs} fresh pages)`,
      value: median(lib),
      unit: 'ms',
      target: lib === 'story' ? FIRST_STORY_TARGET_MS : undefined,
      note,
    });
  }
  const story = median('story');
  const timelineJs = median('timelinejs');
  const vis = median('vis');
  bench.addRow({
    label: 'Phone: the first story, TimelineJS ÷ story-timeline (medians of the same run)',
    value: story && timelineJs ? timelineJs / story : undefined,
    unit: '×',
    target: TIMELINEJS_RATIO_TARGET,
    atLeast: true,
    note: story && vis ? `vis-timeline ÷ story-timeline ${(vis / story).toFixed(1)}×` : undefined,
  });
  const plain = median('plain');
  bench.addRow({
    label: 'Phone: the first story, story-timeline ÷ the plain module (medians of the same run)',
    value: story && plain ? story / plain : undefined,
    unit: '×',
    note: plain ? `what any module script pays on this page: ${round(plain)} ms` : undefined,
  });
}

/** A tap on one of the drawn events (not the selected one), in turn; the pointerdown's time and the card's paint. */
async function tapOnce(page, index) {
  const target = await page.evaluate((i) => {
    const root = document.querySelector('story-timeline').shadowRoot;
    const hits = [...root.querySelectorAll('[part~="event"]')]
      .filter((button) => button.getAttribute('aria-pressed') !== 'true')
      .map((button) => {
        const box = button.getBoundingClientRect();
        const x = box.left + Math.min(box.width / 2, 12);
        const y = box.top + box.height / 2;
        return {
          x,
          y,
          ok: x > 0 && x < innerWidth && y > 0 && y < innerHeight && button.contains(root.elementFromPoint(x, y)),
        };
      })
      .filter(({ ok }) => ok);
    if (!hits.length) return undefined;
    window.__tapped = new Promise((resolve) => {
      addEventListener(
        'pointerdown',
        (event) => {
          const down = event.timeStamp;
          window
            .__watch(() => {
              const card = root.querySelector('[part~="detail"]');
              return !!card && window.__shownNode(card);
            })
            .then((painted) => resolve(painted - down));
        },
        { capture: true, once: true },
      );
    });
    return hits[i % hits.length];
  }, index);
  if (!target) return { missing: 'no event to tap' };
  await page.touchscreen.tap(target.x, target.y);
  const ms = await Promise.race([
    page.evaluate(() => window.__tapped),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
  return ms === undefined ? { missing: 'no card within 10 s' } : { ms };
}

/** Closes the card (untimed) and lets the page settle. */
async function closeCard(page) {
  await page.evaluate(async () => {
    const element = document.querySelector('story-timeline');
    element.select(null);
    await element.updateComplete;
    for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** A reader's pause between seeing the first story and touching it. */
const settle = (page) => page.waitForTimeout(1000);

/**
 * How long the download row keeps watching once the card is in and the page has been quiet for
 * a second: printing's chunk comes unasked 5 s after the first drawing, when the page is idle
 * (src/controllers/print-on-demand.ts), after the first view and the card. It is listed apart.
 */
const LATER_MS = 10_000;

async function download(bench) {
  bench.log('what a reader downloads: the first story on a phone and one opened card');
  const responses = [];
  let handle;
  try {
    handle = await phonePage(bench, '/phone/story', { responses });
    await settle(handle.page);
    const tap = await tapOnce(handle.page, 0);
    // Whatever the page fetches on its own right after the card counts too: wait for quiet.
    let seen = -1;
    for (let i = 0; i < 20 && seen !== responses.length; i++) {
      seen = responses.length;
      await handle.page.waitForTimeout(1000);
    }
    // What comes seconds later (printing's code, fetched when the page is idle) is not for the
    // first view or the card: listed apart, not counted.
    const counted = responses.length;
    await handle.page.waitForTimeout(LATER_MS);
    const files = [];
    for (const [index, response] of responses.entries()) {
      const { pathname } = new URL(response.url());
      const isScript = response.request().resourceType() === 'script' || pathname.endsWith('.js');
      const body = await response.body().catch(() => undefined);
      if (!body) continue;
      files.push({ pathname, isScript, later: index >= counted, gzip: gzipSync(body, { level: 9 }).length });
    }
    const scripts = files.filter((file) => file.isScript && !file.later);
    const total = scripts.reduce((sum, file) => sum + file.gzip, 0);
    const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
    const named = (list) => list.map((file) => `${file.pathname} ${kib(file.gzip)}`).join(', ');
    const list = named(scripts);
    const others = named(files.filter((file) => !file.isScript && !file.later));
    const later = named(files.filter((file) => file.later));
    bench.addRow({
      label: 'Phone: script downloaded for the first story and one opened card, gzip level 9 (KiB = 1,024 B)',
      value: total / KIB,
      unit: 'KiB',
      target: DOWNLOAD_BUDGET / KIB,
      note: `${scripts.length} scripts: ${list}${others ? `; not counted (not script): ${others}` : ''}${later ? `; not counted, fetched later while idle: ${later}` : ''}${tap.missing ? `; the tap: ${tap.missing}` : ''}`,
    });
  } catch (error) {
    bench.addRow({ label: 'Phone: script downloaded for the first story and one opened card', note: String(error) });
  } finally {
    if (handle) await closePhonePage(bench, handle);
  }
}

async function taps(bench) {
  const count = bench.quick ? 5 : TAPS;
  bench.log(`a tap on a phone: ${count} taps to the painted card, the first on a fresh page`);
  const times = [];
  let first;
  const missing = [];
  let handle;
  try {
    handle = await phonePage(bench, '/phone/story');
    await settle(handle.page);
    for (let i = 0; i < count; i++) {
      // BENCH_TRACE=tap: the main thread's CPU time of the first tap and of the eleventh, by kind.
      const tracing = process.env.BENCH_TRACE === 'tap' && (i === 0 || i === 10);
      if (tracing)
        await handle.cdp.send('Tracing.start', {
          traceConfig: { includedCategories: FIRST_TRACE_CATEGORIES },
          transferMode: 'ReturnAsStream',
        });
      const tap = await tapOnce(handle.page, i);
      if (tracing) {
        const split = splitText(await endTrace(handle.cdp, bench, `/phone/tap-${i + 1}`));
        bench.log(`  tap ${i + 1} (${round(tap.ms)} ms): main-thread CPU to the painted card: ${split}`);
      }
      if (tap.missing) missing.push(tap.missing);
      else {
        times.push(tap.ms);
        if (i === 0) first = tap.ms;
      }
      await closeCard(handle.page);
    }
  } catch (error) {
    missing.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    if (handle) await closePhonePage(bench, handle);
  }
  const figures = bench.stats(times);
  bench.addRow({
    label: `Phone: a tap on an event to its card painted, p95 of ${count} taps (median)`,
    value: figures?.p95,
    median: figures?.median,
    unit: 'ms',
    target: TAP_TARGET_MS,
    note: [
      `the first tap on the fresh page: ${round(first)} ms`,
      times.length ? `all: ${times.map(round).join(' ')}` : '',
      missing.length ? `${missing.length} taps failed: ${[...new Set(missing)].join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
}

/** How the phone rows are taken, for bench/results.md. */
export const PHONE_METHOD =
  'The phone rows run in Chromium with `Emulation.setCPUThrottlingRate` 4 (set before the page loads), a 390 × 844 px viewport,' +
  ' a device pixel ratio of 1 and touch. The first story: a fresh page for each run of each library, one of each in turn; story-timeline loads' +
  ' demo/story.en.json through its `src`; TimelineJS 3 (its dist/js/timeline.js and dist/css/timeline.css, `font: null` so that it fetches no web' +
  ' font; it fetches its English language file) and vis-timeline (its standalone build) are given the same events inline (the six of' +
  ' demo/story.en.json, their dates as a first and a last day; vis-timeline draws a single day as a box, anything longer as a range). A plain' +
  ' module script with no library (bench/plain-phone.js) fetches the same `src` and draws six dots with their titles, as the floor any module' +
  ' pays on this page. Each is' +
  ' timed from the first byte of its script (the Resource Timing `responseStart` of story-timeline.js, timeline.js or vis-timeline.js) to the' +
  ' paint of the first frame in which its events are drawn (story-timeline: an event part in its shadow root; TimelineJS: a marker on its time' +
  ' strip for every event, laid out; vis-timeline: an item for every event, its loading screen gone), checked in every frame after style and layout' +
  ' (a ResizeObserver callback) and painted when a message posted from there arrives; the median of 5 pages. The time since navigation start is' +
  ' given beside it. What a reader downloads: every script response of a fresh phone page of the first story (its `src`), a second to look, one' +
  ' event tapped, its card, and then until no request has come for a second; each body gzipped at level 9 as `npm run size` does, KiB = 1,024' +
  " bytes; what the page fetches in the next 10 s (printing's code, fetched unasked when the page is idle 5 s after the first drawing) is listed" +
  ' apart, not counted. A tap: `page.touchscreen.tap` (CDP touch events) on a drawn event, from the `pointerdown` event time to the paint of the first frame' +
  ' with the detail card; 20 taps, the first a second after the first story was painted on a fresh page, the card closed (untimed) between taps.';
