import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The stories dist/embed.html can show without a `?src=`; they sit next to it. */
const STORIES = ['story.fr.json', 'story.en.json'];

/**
 * demo/embed.html loads `./story-timeline.js`, the built single file, exactly as it will
 * in dist/. The dev server has no such file, so it gets the sources instead.
 */
function bundleFromSources(): Plugin {
  return {
    name: 'story-timeline:bundle-from-sources',
    apply: 'serve',
    resolveId(id) {
      return id === '/story-timeline.js' ? here('./src/index.ts') : undefined;
    },
  };
}

/** Copies the default stories beside dist/embed.html, so the page works where it is dropped. */
function copyStories(): Plugin {
  return {
    name: 'story-timeline:copy-stories',
    apply: 'build',
    async generateBundle() {
      for (const fileName of STORIES) {
        this.emitFile({ type: 'asset', fileName, source: await readFile(here(`./demo/${fileName}`)) });
      }
    },
  };
}

const shared: UserConfig = {
  root: here('./demo'),
  server: { port: 5173, fs: { allow: [here('.')] } },
  plugins: [bundleFromSources()],
};

/**
 * `npm start` serves demo/ (index.html and embed.html). `npm run build` runs three builds,
 * chosen by mode, into dist/ (see package.json): the default mode makes the single-file
 * bundle and empties dist/ first, so it must run first.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'module') {
    // For app bundlers: Lit and D3 stay imports, so the app dedupes them with its own copies.
    return {
      ...shared,
      build: {
        outDir: here('./dist/module'),
        emptyOutDir: true,
        minify: false,
        lib: { entry: here('./src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { external: [/^lit(\/|$)/, /^d3-/] },
      },
    };
  }
  if (mode === 'embed') {
    return {
      ...shared,
      plugins: [...shared.plugins!, copyStories()],
      // Relative URLs, so dist/ can be served from any path.
      base: './',
      build: {
        outDir: here('./dist'),
        emptyOutDir: false,
        // A strict CSP (script-src 'self') must not meet an inline polyfill.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { embed: here('./demo/embed.html') },
          output: { entryFileNames: '[name].js', assetFileNames: '[name][extname]' },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      outDir: here('./dist'),
      emptyOutDir: true,
      lib: { entry: here('./src/index.ts'), formats: ['es'], fileName: () => 'story-timeline.js' },
      rolldownOptions: { output: { minify: true } },
    },
  };
});
