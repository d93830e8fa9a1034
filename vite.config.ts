import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm start` serves demo/; `npm run build` writes the single-file bundle to dist/.
export default defineConfig({
  root: here('./demo'),
  server: { port: 5173, fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'story-timeline.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
