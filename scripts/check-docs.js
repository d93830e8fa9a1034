// `npm test` runs this: the README stays short enough to read on arrival, and the pages it
// sends readers to exist. Checks README.md and every docs/*.md:
//   - README.md has at most 400 lines (the reference lives in docs/, one page a subject);
//   - every relative link (and picture) leads to a file that exists, and a link to a heading
//     (`page.md#anchor`, `#anchor`) to a heading of that page, slugged as GitHub does;
//   - no table cell is wider than 200 characters (longer text reads better as prose or a list).
// Exits 1 with every problem found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const README_MAX_LINES = 400;
const CELL_MAX_CHARS = 200;

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside fenced code blocks and inline code, with line breaks kept (so line numbers hold). */
function prose(markdown) {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorCache = new Map();
/** The anchors of a markdown file's headings (a repeated heading gets `-1`, `-2`, … as on GitHub). */
function anchors(path) {
  if (anchorCache.has(path)) return anchorCache.get(path);
  const seen = new Map();
  const found = new Set();
  for (const [, heading] of prose(readFileSync(path, 'utf8')).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(heading.replace(/[*_]/g, ''));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  anchorCache.set(path, found);
  return found;
}

const problems = [];
for (const page of pages) {
  const path = join(root, page);
  const markdown = readFileSync(path, 'utf8');
  const lines = markdown.split('\n');
  if (page === 'README.md' && lines.length - 1 > README_MAX_LINES) {
    problems.push(`README.md has ${lines.length - 1} lines, over ${README_MAX_LINES}: move reference text to docs/`);
  }

  const text = prose(markdown);
  for (const match of text.matchAll(/\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const line = text.slice(0, match.index).split('\n').length;
    const [file, anchor] = target.split('#');
    const resolved = file ? join(dirname(path), decodeURIComponent(file)) : path;
    if (!existsSync(resolved)) {
      problems.push(`${page}:${line}: ${target} — no file ${relative(root, resolved)}`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) {
      problems.push(`${page}:${line}: ${target} — no heading #${anchor} in ${relative(root, resolved)}`);
    }
  }

  lines.forEach((line, index) => {
    if (!/^\s*\|/.test(line) || /^[\s|:-]+$/.test(line)) return; // not a row, or the header's rule
    const cells = line.replace(/\\\|/g, '  ').split('|').slice(1, -1);
    const wide = cells.map((cell) => cell.trim()).find((cell) => cell.length > CELL_MAX_CHARS);
    if (wide) {
      problems.push(`${page}:${index + 1}: a table cell of ${wide.length} characters (at most ${CELL_MAX_CHARS})`);
    }
  });
}

if (problems.length) {
  console.error(`check-docs: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `check-docs: README.md is ${readFileSync(join(root, 'README.md'), 'utf8').split('\n').length - 1} lines; ` +
    `links and table cells in ${pages.length} pages are fine`,
);
