// Finds a system Chromium for the tests, the bench and screenshots.
// Browsers cannot be downloaded by the test tools here, so we never fall back to one.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/**
 * Flags for every headless Chromium we start (tests, bench, screenshots): this machine's
 * network is closed, so Chromium's own background connections are turned off.
 */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

export const howToGetChromium = [
  'No Chromium found. The tests run in a real headless Chromium.',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium',
  'or point CHROME_PATH at an installed Chrome or Chromium binary:',
  '  CHROME_PATH=/path/to/chrome npm test',
].join('\n');
