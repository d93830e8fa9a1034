// `npm run size`: fails when the single-file bundle grows past its gzip budget.
//
// Measures dist/story-timeline.js as a CDN would serve it (gzip, level 9) against the
// budget in the performance issue: 40 KB for Lit, D3, our code and the CSS together.
// Run `npm run build` first; a missing bundle fails too, so a broken build cannot pass.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 40 * 1024;
const file = fileURLToPath(new URL('../dist/story-timeline.js', import.meta.url));

let source;
try {
  source = await readFile(file);
} catch {
  console.error('dist/story-timeline.js not found: run `npm run build` first.');
  process.exit(1);
}

const gzipped = gzipSync(source, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const verdict = gzipped <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `dist/story-timeline.js: ${kb(gzipped)} gzip (${gzipped} B; ${kb(source.length)} minified), ` +
    `budget ${kb(BUDGET_BYTES)}: ${verdict} by ${kb(Math.abs(BUDGET_BYTES - gzipped))}`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
