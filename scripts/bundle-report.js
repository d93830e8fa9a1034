// `npm run bundle-report`: what each package costs inside dist/story-timeline.js.
//
// 1. Builds the bundle in memory with the project's Vite config plus a source map
//    (dist/ is not touched) and gives every minified byte to the source file it came
//    from, then sums by package. Gzip is estimated two ways: each package's share of
//    the whole bundle's gzip size, and each package's code gzipped on its own (which
//    overstates, as small inputs compress worse).
// 2. Rebuilds the bundle with some packages swapped for small stand-ins and prints
//    the real gzip size of each variant: what dropping that dependency would save.
//    The stand-ins are for measuring only; they do not keep every behaviour.
//
//   npm run bundle-report                  both parts
//   npm run bundle-report -- --no-variants composition only
//   npm run bundle-report -- --by-file     composition by source file, not by package
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { SINGLE_FILE_BUDGET } from './budget.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = SINGLE_FILE_BUDGET;
const BY_FILE = process.argv.includes('--by-file');
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(2);

/** The bundle's code (and map), as `npm run build` makes it, plus any extra plugins. */
async function bundle(plugins = [], sourcemap = false) {
  const outputs = await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'silent',
    plugins,
    build: { write: false, sourcemap, outDir: join(tmpdir(), 'story-timeline-bundle-report'), emptyOutDir: false },
  });
  const chunks = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((output) => output.output);
  const chunk = chunks.find((item) => item.type === 'chunk' && item.fileName === 'story-timeline.js');
  if (!chunk) throw new Error(`no story-timeline.js in the build (got ${chunks.map((c) => c.fileName).join(', ')})`);
  return chunk;
}

/** `…/node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; ours by folder. */
function owner(source) {
  if (!source) return '(no source: bundler glue)';
  const path = source.replace(/\\/g, '/').replace(/\?.*$/, '');
  if (BY_FILE) return path.slice(path.lastIndexOf(path.includes('node_modules/') ? 'node_modules/' : 'src/'));
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = path.slice(at + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = path.lastIndexOf('src/');
  if (src >= 0) {
    const rest = path.slice(src);
    if (rest.endsWith('.styles.ts')) return 'src/story-timeline.styles.ts (CSS)';
    const folder = rest.split('/');
    return folder.length > 2 ? `${folder.slice(0, -1).join('/')}/` : rest;
  }
  return path;
}

// ——— 1. composition ———

const { code, map } = await bundle([], true);
const consumer = new SourceMapConsumer(typeof map.toString === 'function' ? JSON.parse(map.toString()) : map);
const lines = code.split('\n');
const pieces = new Map();
const add = (name, text) => {
  if (!text) return;
  if (!pieces.has(name)) pieces.set(name, []);
  pieces.get(name).push(text);
};

// Mappings in generated order: each covers the text up to the next one, across line
// ends too (a multi-line template literal, like the CSS, has one mapping at its start).
const byLine = lines.map(() => []);
consumer.eachMapping((m) => byLine[m.generatedLine - 1]?.push(m), null, SourceMapConsumer.GENERATED_ORDER);
let current = null;
lines.forEach((line, index) => {
  const mappings = byLine[index];
  let column = 0;
  for (const m of mappings) {
    add(owner(current), line.slice(column, m.generatedColumn));
    column = m.generatedColumn;
    current = m.source;
  }
  add(owner(current), line.slice(column) + (index < lines.length - 1 ? '\n' : ''));
});

const totalBytes = Buffer.byteLength(code);
const totalGzip = gzip(code);
const rows = [...pieces.entries()]
  .map(([name, texts]) => {
    const text = texts.join('');
    const bytes = Buffer.byteLength(text);
    return { name, bytes, share: bytes / totalBytes, alone: gzip(text) };
  })
  .sort((a, b) => b.bytes - a.bytes);

const out = [];
out.push(`## Bundle composition: dist/story-timeline.js as \`npm run build\` makes it from the current sources`);
out.push('');
out.push(`${kb(totalBytes)} KB minified, ${kb(totalGzip)} KB gzip (level 9); budget ${kb(BUDGET)} KB gzip.`);
out.push('');
out.push('| Package | Minified, KB | Share | Gzip, KB (share of total) | Gzip alone, KB |');
out.push('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  out.push(
    `| ${row.name} | ${kb(row.bytes)} | ${(row.share * 100).toFixed(1)} % | ${kb(row.share * totalGzip)} | ${kb(row.alone)} |`,
  );
}
out.push(`| **total** | ${kb(totalBytes)} | 100 % | ${kb(totalGzip)} | |`);
console.log(out.join('\n'));

// ——— 2. variants ———

if (process.argv.includes('--no-variants')) process.exit(0);

/** Serves `modules[specifier]` instead of the package, wherever it is imported from. */
function replace(modules) {
  return {
    name: 'bundle-report:replace',
    enforce: 'pre',
    resolveId(id) {
      return id in modules ? `\0replaced:${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0replaced:') ? modules[id.slice('\0replaced:'.length)] : undefined;
    },
  };
}

// d3-zoom's transform type alone, with no gesture handling (which we would then write).
const TRANSFORM_ONLY = `
export class Transform {
  constructor(k, x, y) { this.k = k; this.x = x; this.y = y; }
  scale(k) { return k === 1 ? this : new Transform(this.k * k, this.x, this.y); }
  translate(x, y) { return x === 0 & y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y); }
  invertX(x) { return (x - this.x) / this.k; }
  rescaleX(x) { return x.copy().domain(x.range().map(this.invertX, this).map(x.invert, x)); }
}
export const zoomIdentity = new Transform(1, 0, 0);
export function zoomTransform(node) { return node.__zoom || zoomIdentity; }
export function zoom() {
  const behaviour = new Proxy(function () {}, { get: () => () => behaviour, apply: () => behaviour });
  return behaviour;
}`;

// Stands in for d3-selection where only select(node).call/on/interrupt/node are used.
const NO_SELECTION = `
export function select(node) {
  const selection = new Proxy({}, { get: (_, key) => (key === 'node' ? () => node : () => selection) });
  return selection;
}`;

/** Only English in the bundle: what de, es and fr cost (they could load on demand). */
const ENGLISH_ONLY = {
  name: 'bundle-report:english-only',
  enforce: 'pre',
  resolveId(id) {
    const match = /\/lang\/(de|es|fr)\.js$/.exec(id);
    return match ? `\0english-as:${match[1]}` : undefined;
  },
  load(id) {
    if (!id.startsWith('\0english-as:')) return undefined;
    return `export { strings } from ${JSON.stringify(join(root, 'src/format/lang/en.ts'))};`;
  },
};

// The linear UTC scale, the UTC tick intervals (src/layout/utc-intervals.ts), the
// d3-transition and d3-interpolate stand-ins and the CSS minifier are in the product now;
// these are the swaps still open.
const variants = [
  ['English only (de, es, fr left out)', [ENGLISH_ONLY]],
  [
    'd3-zoom and d3-selection dropped (what the gesture library costs)',
    [replace({ 'd3-zoom': TRANSFORM_ONLY, 'd3-selection': NO_SELECTION })],
  ],
];

const table = ['', '## What swapping a dependency saves (rebuilt, gzip level 9)', ''];
table.push(`| Variant | Gzip, KB | Saved, KB | Under ${kb(BUDGET)} KB? |`);
table.push('| --- | ---: | ---: | :---: |');
table.push(`| as built | ${kb(totalGzip)} | — | ${totalGzip <= BUDGET ? 'yes' : 'no'} |`);
for (const [name, plugins] of variants) {
  let size;
  try {
    size = gzip((await bundle(plugins)).code);
  } catch (error) {
    table.push(`| ${name} | build failed: ${String(error.message).split('\n')[0]} | | |`);
    continue;
  }
  table.push(`| ${name} | ${kb(size)} | ${kb(totalGzip - size)} | ${size <= BUDGET ? 'yes' : 'no'} |`);
}
console.log(table.join('\n'));
