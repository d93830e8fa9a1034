import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './scripts/chromium-path.js';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb, missingBrowsers } from './scripts/browsers.js';
import { chromiumOnly, preferenceFiles } from './scripts/engines.js';
import { startWebKitDriver, startXvfb } from './scripts/webkit-services.js';
import { touchPlugin } from './scripts/wtr-touch-plugin.js';
import { testServer } from './scripts/wtr-test-server.js';
import { memoryPlugin } from './scripts/wtr-memory-plugin.js';
import { screenshotPlugin } from './scripts/wtr-screenshot-plugin.js';
import { totalsReporter } from './scripts/wtr-totals-reporter.js';
import { defaultReporter } from '@web/test-runner';

// `edtf` (the date oracle in tests/edtf-oracle.test.ts) imports nearley, which ships only as UMD.
const commonjs = fromRollup(rollupCommonjs);

// Our sources and d3-zoom get the same stand-ins for d3-transition and d3-interpolate as in
// the builds (vite.config.ts), so the tests exercise what ships. Everything else
// (the tests, d3-scale as their oracle) gets the real packages, to check the stand-ins against.
const SHIMS = {
  'd3-transition': '/src/shims/d3-transition.ts',
  'd3-interpolate': '/src/shims/d3-interpolate.ts',
};
const shims = {
  name: 'story-timeline:shims',
  resolveImport({ source, context }) {
    if (!Object.hasOwn(SHIMS, source)) return undefined;
    const importer = context.path;
    return importer.startsWith('/src/') || importer.includes('/node_modules/d3-zoom/') ? SHIMS[source] : undefined;
  },
};

// ENGINES=chromium,firefox (any of chromium, firefox, webkit) narrows a run while iterating.
const engines = new Set((process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()));

const missing = missingBrowsers();
if (missing) throw new Error(missing);

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
    // Classic scrollbars that take space, as on desktop Linux and Windows (headless hides them).
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

/** Firefox ESR through puppeteer over WebDriver BiDi; the reader's preferences are prefs. */
function firefox({ dark, reducedMotion }) {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: {
        'ui.systemUsesDarkTheme': dark ? 1 : 0,
        'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
        // Classic scrollbars that take space, as on a desktop without overlay scrollbars.
        'widget.gtk.overlay-scrollbars.enabled': false,
        'widget.non-native-theme.scrollbar.style': 4,
        // This machine's network is closed: no background connections.
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
      },
    },
  });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver: it has no BiDi), on an
 * X display of its own: two windows on one display take the keyboard focus from each other.
 */
async function webkit({ dark, reducedMotion }) {
  const display = await startXvfb(findXvfb());
  const port = await startWebKitDriver(findWebKitDriver(), display, [
    `gtk-enable-animations=${reducedMotion ? 'false' : 'true'}`,
    `gtk-application-prefer-dark-theme=${dark ? 'true' : 'false'}`,
    // Classic scrollbars that take space.
    'gtk-overlay-scrolling=false',
  ]);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: findMiniBrowser(),
        args: ['--automation', '--enable-write-console-messages-to-stdout=false', ...(dark ? ['--dark-mode'] : [])],
      },
    },
  });
  // One session at a time: WebKitWebDriver drives a single browser.
  launcher.concurrency = 1;
  return launcher;
}

const files = ['tests/**/*.test.ts', ...Object.keys(chromiumOnly).map((file) => `!${file}`)];
const groups = [];
const everyEngine = [];
if (engines.has('chromium')) {
  everyEngine.push(chromium);
  groups.push({ name: 'chromium-only', files: Object.keys(chromiumOnly), browsers: [chromium] });
}
if (engines.has('firefox')) {
  everyEngine.push(firefox({ dark: false, reducedMotion: false }));
  groups.push({
    name: 'firefox-preferences',
    files: preferenceFiles,
    browsers: [firefox({ dark: true, reducedMotion: true })],
  });
}
if (engines.has('webkit')) {
  everyEngine.push(await webkit({ dark: false, reducedMotion: false }));
  groups.push({
    name: 'webkit-preferences',
    files: preferenceFiles,
    browsers: [await webkit({ dark: true, reducedMotion: true })],
  });
}

const launchLabel = (session) =>
  session.group.name.endsWith('-preferences') ? `${session.browser.name} (dark, reduced motion)` : session.browser.name;

export default {
  files,
  groups,
  browsers: everyEngine,
  nodeResolve: true,
  middleware: [testServer],
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [
    shims,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    touchPlugin(),
    memoryPlugin(),
    screenshotPlugin(),
    commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: false }),
  ],
  // One test file at a time in each engine (the animation and keyboard tests measure frames
  // and round trips; two at a time in Chromium made them flaky and the run no shorter), and
  // the three engines side by side: the tests spend most of their time
  // waiting for frames, timers and round trips (a whole run keeps CI's two cores about a fifth
  // busy), and one engine after another came near CI's time limit.
  concurrency: 1,
  concurrentBrowsers: 3,
  reporters: [defaultReporter(), totalsReporter({ labelOf: launchLabel })],
  testFramework: { config: { timeout: 10000 } },
};
