// What the "An iframe" section of docs/embedding.md tells a host to copy, and a copy of exactly that,
// served by the test server (scripts/wtr-test-server.js) for tests/build.test.ts:
//
//   /test-server/iframe-copy/reset        reads that page again, copies the files it lists from
//                                         dist/ (and a story, the host's own JSON) into a fresh
//                                         temporary folder; answers { patterns, files }
//   /test-server/iframe-copy/misses       the paths asked for that the copy does not have (JSON)
//   /test-server/iframe-copy/done         removes the copy
//   /test-server/iframe-copy/<path>       a file of the copy, or a 404 (remembered as a miss)
//
// The copy's embed.html gets one script before its own, tests/pages/record-console.js, which
// keeps every console error and uncaught error for the test to read: the test's instrument,
// not one of the files a host copies.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The page whose "An iframe" section lists the files to copy. */
const PAGE = 'docs/embedding.md';
const dist = join(root, 'dist');
/** The host's own JSON in the test: the first story in French, named as embed.html asks for it. */
const HOST_JSON = { from: join(root, 'demo/story.fr.json'), to: 'story.fr.json' };
const RECORDER = '<script src="/tests/pages/record-console.js"></script>';

/**
 * The paths and globs (relative to dist/) that a page's "An iframe" section says to copy:
 * the code spans from its first "copy" to the end of that paragraph, and in the list that
 * follows it, that name a file (`embed.js`), a glob (`story-timeline-*.js`) or a folder
 * (`lang/`). `dist/` in front of a name is dropped; `dist/` alone names nothing.
 */
export function iframeFileList(page) {
  const start = page.search(/^#{2,3} An iframe$/m);
  if (start < 0) throw new Error(`${PAGE} has no "An iframe" section`);
  const rest = page.slice(page.indexOf('\n', start) + 1);
  const next = rest.search(/^#{1,3} /m);
  const section = next < 0 ? rest : rest.slice(0, next);
  const at = section.search(/\bcopy\b/i);
  if (at < 0) throw new Error(`${PAGE}'s "An iframe" section says nothing to copy`);
  const [first, ...blocks] = section.slice(at).split(/\n[ \t]*\n/);
  const text = [first];
  for (const block of blocks) {
    if (!/^\s*[-*] /.test(block)) break;
    text.push(block);
  }
  const patterns = [];
  for (const [, span] of text.join('\n').matchAll(/`([^`\s]+)`/g)) {
    if (!/^[\w.*/-]+$/.test(span) || !/[.*]|\/$/.test(span)) continue;
    const path = span.replace(/^(\.\/)?dist\//, '');
    if (path && !patterns.includes(path)) patterns.push(path);
  }
  return patterns;
}

/** Whether a path inside dist/ (with `/`) is one a pattern names. */
export function matches(pattern, path) {
  if (pattern.endsWith('/')) return path.startsWith(pattern);
  const glob = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${glob}$`).test(path);
}

function filesIn(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesIn(path) : [relative(dist, path).split(sep).join('/')];
  });
}

let copy = null;
const misses = [];

function remove() {
  if (copy) rmSync(copy.folder, { recursive: true, force: true });
  copy = null;
}
// A run stopped before its test said `done` leaves nothing behind either.
process.once('exit', remove);

function reset() {
  remove();
  const patterns = iframeFileList(readFileSync(join(root, PAGE), 'utf8'));
  const folder = mkdtempSync(join(tmpdir(), 'story-timeline-iframe-copy-'));
  const files = filesIn(dist).filter((path) => patterns.some((pattern) => matches(pattern, path)));
  for (const path of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(dist, path), join(folder, path));
  }
  copyFileSync(HOST_JSON.from, join(folder, HOST_JSON.to));
  copy = { folder, patterns, files };
  misses.length = 0;
  return { patterns, files };
}

/** Koa middleware for the routes above, `route` being the path after /test-server/iframe-copy/. */
export function serveIframeCopy(context, route) {
  context.set('Cache-Control', 'no-store');
  if (route === 'reset') {
    context.type = 'application/json';
    context.body = JSON.stringify(reset());
    return;
  }
  if (route === 'done') {
    remove();
    context.status = 204;
    return;
  }
  if (route === 'misses') {
    context.type = 'application/json';
    context.body = JSON.stringify(misses);
    return;
  }
  let body = null;
  try {
    if (!copy) throw new Error('no copy yet');
    if (route.split('/').includes('..')) throw new Error('outside the copy');
    body = readFileSync(join(copy.folder, route));
  } catch {
    misses.push(route);
    context.status = 404;
    context.type = 'text/plain';
    context.body = `not in the copy: ${route}`;
    return;
  }
  context.type = extname(route);
  context.body = route === 'embed.html' ? String(body).replace('<head>', `<head>\n    ${RECORDER}`) : body;
}
