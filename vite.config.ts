import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
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

/**
 * What the module build leaves to the app's bundler: `lit` (and its subpaths) and the d3
 * modules d3-zoom uses as they are. They are the package's `dependencies`.
 */
const MODULE_EXTERNALS = [/^lit(\/|$)/, /^d3-(selection|drag|dispatch)$/];

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

/**
 * Minifies CSS text: comments out, whitespace runs to one space, and no space around
 * `{ } ; , >` or after `:`. Quoted strings are kept as written. Spaces elsewhere stay,
 * since some carry meaning (`calc(1px + 2px)`, the descendant combinator in `a :hover`).
 */
function minifyCss(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (/\s/.test(c)) {
      while (/\s/.test(text[i + 1] ?? '')) i++;
      if (!/[{};,>:( ]$|^$/.test(out) && !/[{};,>)]/.test(text[i + 1] ?? '}')) out += ' ';
    } else if (c === '}' && out.endsWith(';')) {
      out = out.slice(0, -1) + c;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The element's stylesheet is a Lit css`…` template in *.styles.ts, and a chunk's styles a
 * plain template (`export const detailStyles = \`…\``, the chunk imports no Lit): in the
 * builds, their text goes out minified (some 11 KB of commented CSS otherwise). A template
 * with `${…}` parts has each literal part minified on its own.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'story-timeline:minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      let out = '';
      let from = 0;
      const opening = /(?<!`)\bcss`|Styles = `/g;
      for (let found = opening.exec(code); found; found = opening.exec(code)) {
        const start = found.index + found[0].length;
        out += code.slice(from, start);
        let i = start;
        let literal = '';
        while (i < code.length && code[i] !== '`') {
          if (code[i] === '\\') {
            literal += code.slice(i, i + 2);
            i += 2;
          } else if (code[i] === '$' && code[i + 1] === '{') {
            let depth = 0;
            let j = i + 1;
            for (; j < code.length; j++) {
              if (code[j] === '{') depth++;
              else if (code[j] === '}' && --depth === 0) break;
            }
            out += minifyCss(literal) + code.slice(i, j + 1);
            literal = '';
            i = j + 1;
          } else {
            literal += code[i++];
          }
        }
        out += minifyCss(literal) + '`';
        from = i + 1;
        opening.lastIndex = from;
      }
      return { code: out + code.slice(from), map: null };
    },
  };
}

/**
 * Lit's html`…` templates go out without their indentation: in a template's literal parts, a
 * run of whitespace that holds a line break becomes one space. HTML reads such a run as one
 * space wherever the element's text wraps (no part of ours sets `white-space: pre`), so what
 * is drawn does not change; the file loses the indentation the sources are written with.
 * The templates are found with TypeScript's parser, so `${…}` parts of any depth are skipped.
 */
function minifyHtmlTemplates(): Plugin {
  const collapse = (raw: string) => raw.replace(/[ \t]*\n\s*/g, ' ');
  return {
    name: 'story-timeline:minify-html-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.styles.ts') || !code.includes('html`')) return undefined;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const literal = (node: ts.Node) => {
        // The text between the backtick (or `}`) and the closing backtick (or `${`).
        const start = node.getStart(source) + 1;
        const end = node.getEnd() - (ts.isTemplateTail(node) || ts.isNoSubstitutionTemplateLiteral(node) ? 1 : 2);
        edits.push({ start, end, text: collapse(code.slice(start, end)) });
      };
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
          const { template } = node;
          if (ts.isNoSubstitutionTemplateLiteral(template)) literal(template);
          else {
            literal(template.head);
            for (const span of template.templateSpans) literal(span.literal);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return undefined;
      let out = '';
      let from = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(from, edit.start) + edit.text;
        from = edit.end;
      }
      return { code: out + code.slice(from), map: null };
    },
  };
}

/**
 * A language file's chunk imports nothing (src/format/strings.ts): one request a language,
 * and nothing that could pull a second copy of the bundle. What the language files share
 * (src/format/lang/common.ts) is written once in the sources; this copies it into each
 * language that imports it, in place of the import, and the chunk keeps what it uses.
 * common.ts holds only type imports, which go (its types are erased anyway), and top-level
 * declarations, which lose their `export`; its opening comment stays behind.
 */
function inlineLangCommon(): Plugin {
  const common = here('./src/format/lang/common.ts');
  const importing = /^import\s*\{[^}]*\}\s*from\s*'\.\/common\.js';$/m;
  return {
    name: 'story-timeline:inline-lang-common',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.includes('/src/format/lang/') || id === common || !importing.test(code)) return undefined;
      const shared = (await readFile(common, 'utf8'))
        .replace(/^\/\*\*[\s\S]*?\*\/\n/, '')
        .replace(/^import type [^;]*;$/gm, '')
        .replace(/^export /gm, '');
      if (/^\s*import\b/m.test(shared)) this.error('src/format/lang/common.ts may only import types');
      this.addWatchFile(common);
      return { code: code.replace(importing, () => shared), map: null };
    },
  };
}

/**
 * The oldest engines we support (README, Browser support): the builds write no syntax
 * newer than these read (scripts/check-syntax.js checks the files).
 */
const BROWSER_FLOOR = ['chrome111', 'edge111', 'firefox115', 'safari16.4'];

const shared: UserConfig = {
  root: here('./demo'),
  server: { port: 5173, fs: { allow: [here('.')] } },
  plugins: [bundleFromSources(), inlineLangCommon(), minifyCssTemplates(), minifyHtmlTemplates()],
  // d3-zoom is bundled in every build, and two of its dependencies get small stand-ins
  // there: see src/shims/ (and README, "npm and a bundler").
  resolve: {
    alias: {
      'd3-transition': here('./src/shims/d3-transition.ts'),
      'd3-interpolate': here('./src/shims/d3-interpolate.ts'),
    },
  },
};

/**
 * V8's compile hint for the single file: a first line `//# allFunctionsCalledOnLoad` has its
 * functions compiled while the file streams in, on a background thread, instead of one by one
 * on the main thread as the first story first calls them (nearly all of the file runs then).
 * In the bench's phone rows (the main thread slowed 4×) that takes about a fifth of the main
 * thread's script time off the first story (docs/performance.md). Added after minification,
 * which would drop it as a comment; chunks, which each run only a part of, compile lazily.
 */
function compileHint(): Plugin {
  return {
    name: 'story-timeline:compile-hint',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && file.isEntry) {
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
          // The code moved a line down: so does its source map (`npm run bundle-report` reads it).
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
        }
    },
  };
}

/**
 * The languages loaded on demand (src/format/strings.ts) are the only chunks: each goes
 * to `lang/<code>.js` beside the entry, which imports it by a relative URL, so the folder
 * works from any server or CDN path. No hash: like story-timeline.js itself, the files are
 * versioned by the folder they are published in.
 */
const CHUNK_NAMES = (chunk: { facadeModuleId?: string | null }): string =>
  chunk.facadeModuleId?.includes('/src/format/lang/') ? 'lang/[name].js' : 'story-timeline-[name]-[hash].js';

/**
 * `npm start` serves demo/ (index.html and embed.html). `npm run build` runs three builds,
 * chosen by mode, into dist/ (see package.json): the default mode makes the single-file
 * bundle and empties dist/ first, so it must run first.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'module') {
    // For app bundlers. Lit and the small d3 modules an app may have too stay imports, so
    // the app's bundler dedupes them with its own copies. d3-zoom is bundled, with the
    // stand-ins for d3-transition and d3-interpolate: imported by name, it would make the
    // app's bundler pull the real d3-transition, d3-interpolate, d3-color, d3-ease and
    // d3-timer (some 9 KB gzip in an app) for a transition the element never starts.
    return {
      ...shared,
      build: {
        outDir: here('./dist/module'),
        emptyOutDir: true,
        target: BROWSER_FLOOR,
        minify: false,
        lib: { entry: here('./src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { external: MODULE_EXTERNALS, output: { chunkFileNames: CHUNK_NAMES } },
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
        target: BROWSER_FLOOR,
        // A strict CSP (script-src 'self') must not meet an inline polyfill.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { embed: here('./demo/embed.html'), editor: here('./demo/editor.html') },
          output: { entryFileNames: '[name].js', assetFileNames: '[name][extname]' },
        },
      },
    };
  }
  return {
    ...shared,
    plugins: [...shared.plugins!, compileHint()],
    build: {
      outDir: here('./dist'),
      emptyOutDir: true,
      target: BROWSER_FLOOR,
      lib: { entry: here('./src/index.ts'), formats: ['es'], fileName: () => 'story-timeline.js' },
      // No /* @__PURE__ */ marks (kept by default in library builds): they help a bundler
      // that tree-shakes this file again, and this one goes straight into a script tag.
      // Languages loaded on demand go to lang/<code>.js; the readers for CSV, TSV and TimelineJS
      // (src/model/authoring.ts) to a chunk whose name starts like the main file's.
      rolldownOptions: {
        output: { minify: true, comments: { annotation: false }, chunkFileNames: CHUNK_NAMES },
      },
    },
  };
});
