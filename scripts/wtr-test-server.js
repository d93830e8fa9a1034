// Test routes for loading `src`, served by web-test-runner's dev server (Koa middleware).
// Every way a newsroom's data URL can let the reader down, on demand:
//   /test-server/story?title=T&count=N&delay=MS   a valid story (after a delay)
//   /test-server/status/404, /test-server/status/500
//   /test-server/invalid-json, /test-server/wrong-shape
//   /test-server/never                  headers never come (until the client gives up)
//   /test-server/large?mb=N             a valid JSON array padded to N MiB
//   /test-server/flaky?key=K            fails with 503 the first time for each key, then serves a story
//   /test-server/hits?key=K             how many requests a key received (JSON number)
//   /test-server/csp-page               a page served with a strict Content-Security-Policy
//   /test-server/media-page             a page whose policy loads images from itself only and no frame at
//                                       all, so media tests never reach a video site or an image host
//   /test-server/text/NAME?type=T&body=B  B (text) served as content type T (none when empty), under any NAME
//   /test-server/iframe-copy/…          only the files docs/embedding.md's "An iframe" section lists (scripts/iframe-copy.js)

import { serveIframeCopy } from './iframe-copy.js';

const flakyKeys = new Set();
const hits = new Map();

function story(title, count) {
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    date: `2023-05-${String((index % 28) + 1).padStart(2, '0')}`,
    title: `${title} ${index + 1}`,
  }));
  return JSON.stringify({ title, events });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServer(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-server/')) return next();
  const route = url.pathname.slice('/test-server/'.length);
  if (route.startsWith('iframe-copy/')) return serveIframeCopy(context, route.slice('iframe-copy/'.length));
  const key = url.searchParams.get('key') ?? '';
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await sleep(Math.min(delay, 10_000));

  context.set('Cache-Control', 'no-store');
  if (route === 'story') {
    context.type = 'application/json';
    context.body = story(url.searchParams.get('title') ?? 'Story', Number(url.searchParams.get('count') ?? 3));
  } else if (route.startsWith('status/')) {
    context.status = Number(route.slice('status/'.length));
    context.type = 'text/plain';
    context.body = `status ${context.status}`;
  } else if (route === 'invalid-json') {
    context.type = 'application/json';
    context.body = '{"events": [ { "date": "2023-05-03", "title": "cut off';
  } else if (route === 'wrong-shape') {
    context.type = 'application/json';
    context.body = JSON.stringify({ items: [{ date: '2023-05-03', title: 'Not under "events"' }] });
  } else if (route === 'never') {
    // Hold the request open; the dev server gives up on it after the test ends.
    await sleep(30_000);
    context.status = 204;
  } else if (route === 'large') {
    const megabytes = Number(url.searchParams.get('mb') ?? 1);
    const padding = 'x'.repeat(1024);
    const events = Array.from({ length: megabytes * 1024 }, (_, index) => ({
      date: '2023-05-03',
      title: `Padded ${index}`,
      description: padding,
    }));
    context.type = 'application/json';
    context.body = JSON.stringify(events);
  } else if (route === 'flaky') {
    context.type = 'application/json';
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      context.status = 503;
      context.body = '{"error":"try again"}';
    } else {
      context.body = story('Recovered', 2);
    }
  } else if (route === 'csp-page') {
    // A page as strict as a careful newsroom's: no inline script or style anywhere.
    context.set('Content-Security-Policy', "default-src 'self'; style-src 'self'; script-src 'self'");
    context.type = 'text/html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
      <script src="/tests/pages/csp-listen.js"></script>
      <script type="module" src="/src/index.ts"></script>
      <script type="module" src="/tests/pages/csp-data.js"></script>
      </head><body><story-timeline></story-timeline></body></html>`;
  } else if (route === 'media-page') {
    context.set(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self'; frame-src 'none'; style-src 'self'; script-src 'self'",
    );
    context.type = 'text/html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Media</title>
      <script src="/tests/pages/csp-listen.js"></script>
      <script type="module" src="/src/index.ts"></script>
      </head><body><story-timeline lang="en"></story-timeline></body></html>`;
  } else if (route.startsWith('text/')) {
    const type = url.searchParams.get('type');
    context.body = url.searchParams.get('body') ?? '';
    if (type) context.set('Content-Type', type);
    else context.remove('Content-Type');
  } else if (route === 'hits') {
    context.type = 'application/json';
    context.body = String((hits.get(key) ?? 1) - 1);
  } else {
    context.status = 404;
  }
  return undefined;
}
