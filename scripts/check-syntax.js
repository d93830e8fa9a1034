// The built files must parse in the oldest engines we support (docs/testing.md, Browser support):
// Safari 16.4, Firefox ESR 115, Chrome and Edge 111, all of which read ES2022. Parsing them
// as ES2022 catches newer syntax that a dependency or a setting let through.
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';

const files = ['dist/story-timeline.js', 'dist/module/index.js', 'dist/embed.js'];
let failed = false;
for (const file of files) {
  try {
    parse(readFileSync(file, 'utf8'), { ecmaVersion: 2022, sourceType: 'module' });
    console.log(`${file}: ES2022`);
  } catch (error) {
    failed = true;
    console.error(`${file}: not ES2022 (${error.message}): newer syntax than Safari 16.4 reads`);
  }
}
if (failed) process.exit(1);
