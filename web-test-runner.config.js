import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, howToGetChromium } from './scripts/chromium-path.js';
import { touchPlugin } from './scripts/wtr-touch-plugin.js';

const executablePath = findChromium();
if (!executablePath) throw new Error(howToGetChromium);

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), touchPlugin()],
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
