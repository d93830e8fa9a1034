import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium, howToGetChromium } from './scripts/chromium-path.js';
import { touchPlugin } from './scripts/wtr-touch-plugin.js';
import { testServer } from './scripts/wtr-test-server.js';
import { memoryPlugin } from './scripts/wtr-memory-plugin.js';

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

const executablePath = findChromium();
if (!executablePath) throw new Error(howToGetChromium);

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  middleware: [testServer],
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [
    shims,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    touchPlugin(),
    memoryPlugin(),
    commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: false }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
