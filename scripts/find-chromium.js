// `npm test` runs this first so that a missing browser is a clear message, not a stack trace.
import { findChromium, howToGetChromium } from './chromium-path.js';

const path = findChromium();
if (!path) {
  console.error(howToGetChromium);
  process.exit(1);
}
console.log(`Chromium: ${path}`);
