import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, howToGetChromium } from './scripts/chromium-path.js';
import { touchPlugin } from './scripts/wtr-touch-plugin.js';
import { testServer } from './scripts/wtr-test-server.js';
import { memoryPlugin } from './scripts/wtr-memory-plugin.js';

// `edtf` (the date oracle in tests/edtf-oracle.test.ts) imports nearley, which ships only as UMD.
const commonjs = fromRollup(rollupCommonjs);

const executablePath = findChromium();
if (!executablePath) throw new Error(howToGetChromium);

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  middleware: [testServer],
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), touchPlugin(), memoryPlugin(), commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: false })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
