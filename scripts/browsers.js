// The three engines the tests run in, where each lives on this machine, and what to install
// when one is missing. The test tools never download a browser of their own.
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.js';

const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path));

export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

export function findWebKitDriver() {
  return firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
}

export function findMiniBrowser() {
  return firstExisting([
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
}

export function findPdfToText() {
  return firstExisting([process.env.PDFTOTEXT, '/usr/bin/pdftotext']);
}

export function findXvfb() {
  return firstExisting([process.env.XVFB_PATH, '/usr/bin/Xvfb']);
}

/** Debian's package for each piece, and the variable that points at it elsewhere. */
const pieces = [
  { what: 'Chromium', find: findChromium, apt: 'chromium', variable: 'CHROME_PATH' },
  { what: 'Firefox (ESR)', find: findFirefox, apt: 'firefox-esr', variable: 'FIREFOX_PATH' },
  { what: 'WebKitWebDriver', find: findWebKitDriver, apt: 'webkit2gtk-driver', variable: 'WEBKIT_WEBDRIVER_PATH' },
  { what: 'MiniBrowser (WebKitGTK)', find: findMiniBrowser, apt: 'libwebkit2gtk-4.1-0', variable: 'MINIBROWSER_PATH' },
  { what: 'Xvfb (a display for WebKit)', find: findXvfb, apt: 'xvfb', variable: 'XVFB_PATH' },
  { what: 'pdftotext (reads the printed PDF)', find: findPdfToText, apt: 'poppler-utils', variable: 'PDFTOTEXT' },
];

/** What is missing, as a message that says how to get it; undefined when all is there. */
export function missingBrowsers() {
  const missing = pieces.filter((piece) => !piece.find());
  if (missing.length === 0) return undefined;
  return [
    'The tests run in three engines: Chromium, Firefox ESR and WebKit (WebKitGTK through WebKitWebDriver, on Xvfb).',
    `Missing: ${missing.map((piece) => piece.what).join(', ')}.`,
    'On Debian or Ubuntu, install them, then run the command again:',
    `  sudo apt-get update && sudo apt-get install -y ${missing.map((piece) => piece.apt).join(' ')}`,
    'or point these variables at installed binaries:',
    ...missing.map((piece) => `  ${piece.variable}=/path/to/it`),
  ].join('\n');
}

export function foundBrowsers() {
  return pieces.map((piece) => `${piece.what}: ${piece.find()}`);
}
