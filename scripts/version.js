// src/version.ts holds the package's version as a constant, so the element can tell it
// (`StoryTimeline.version`) in every build, the dev server and the tests alike, with no
// build-time define. It is written from package.json here:
//
//   node scripts/version.js           rewrites src/version.ts (run by `npm version`)
//   node scripts/version.js --check   exits 1 when it differs from package.json (npm test)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}src/version.ts`;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const expected =
  `// Written by scripts/version.js from package.json (\`npm version\` runs it): do not edit.\n` +
  `/** The package's version. */\n` +
  `export const VERSION = '${version}';\n`;

let actual = '';
try {
  actual = readFileSync(file, 'utf8');
} catch {
  // Missing: written below, or reported by --check.
}

if (process.argv.includes('--check')) {
  const found = /VERSION = '([^']*)'/.exec(actual)?.[1];
  if (actual !== expected) {
    console.error(
      `src/version.ts says ${found ?? 'nothing'}, package.json ${version}: run \`node scripts/version.js\` ` +
        '(`npm version` does it).',
    );
    process.exit(1);
  }
  console.log(`src/version.ts: ${version}, as in package.json`);
} else if (actual !== expected) {
  writeFileSync(file, expected);
  console.log(`src/version.ts: ${version}`);
}
