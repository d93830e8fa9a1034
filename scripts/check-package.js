// `npm run check:package` (part of `npm test`, after the build): the package as its users'
// tools meet it. Packs it as `npm publish` would (without rebuilding), then checks
//
//   1. src/version.ts, and the module build, say package.json's version;
//   2. the tarball holds what should ship and nothing else (no sources, tests or demo);
//   3. custom-elements.json names only files the tarball holds;
//   4. publint (strict) and Are the Types Wrong (bar the CommonJS rule) find nothing;
//   5. the React, Preact and Vue typings type-check small apps (tests/types/), wrong
//      props included (they must fail: `@ts-expect-error`);
//   6. the element's weight in an app: the tarball installed into a throwaway Vite app
//      (offline, from npm's cache), built with and without `import 'story-timeline'`;
//      the difference, gzip, must stay within 42.5 KB: the single file's 41.5 KB budget
//      (scripts/budget.js) and a kilobyte for Vite's preload helper, which the app's
//      dynamic imports bring (about 0.7 KB).
//
//   node scripts/check-package.js            all of it
//   node scripts/check-package.js --sizes    only 6, and its table
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { SINGLE_FILE_BUDGET } from './budget.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const BUDGET = SINGLE_FILE_BUDGET + 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const onlySizes = process.argv.includes('--sizes');

const problems = [];
const started = Date.now();
const step = (name) => console.log(`check-package: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** Runs a command; its output is shown only when it fails. */
function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe', ...options });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${command} ${args.join(' ')} failed:\n${output}`, { cause: error });
  }
}

const work = mkdtempSync(join(tmpdir(), 'story-timeline-package-'));
try {
  // ——— 1. version ———
  if (!onlySizes) {
    step('src/version.ts');
    try {
      run('node', ['scripts/version.js', '--check']);
    } catch (error) {
      problems.push(error.message);
    }
    // …and so does what was built from it (the module build is not minified).
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const built = /\bVERSION = ["'`]([^"'`]*)["'`]/.exec(readFileSync(join(root, 'dist/module/index.js'), 'utf8'))?.[1];
    if (built !== version) problems.push(`dist/module/index.js has VERSION ${built}, package.json ${version}`);
  }

  // ——— pack ———
  step('npm pack');
  // `npm test` has just built: no second build from the prepack script.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path).sort();

  if (!onlySizes) {
    // ——— 2. what ships ———
    step(`${files.length} files in ${packed.filename} (${kb(packed.size)})`);
    const REQUIRED = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/story-timeline.js',
      'dist/module/index.js',
      'dist/types/index.d.ts',
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/preact.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/embed.html',
    ];
    const ALLOWED = [
      ...REQUIRED.map((path) => new RegExp(`^${path.replace(/\./g, '\\.')}$`)),
      /^dist\/module\/[\w.-]+\.js$/, // the module build (one file today; chunks allowed)
      /^dist\/(module\/)?lang\/[a-z]{2}\.js$/, // the languages loaded on demand, beside each build
      /^dist\/types\/.+\.d\.ts$/, // the types
      /^dist\/embed\.(js|css)$/, // the iframe page's script and style…
      /^dist\/story\.\w+\.json$/, // …and the stories it shows without a ?src=
      /^dist\/story-timeline-authoring-[\w-]+\.js$/, // the CSV/TSV/TimelineJS readers, loaded on demand
      /^dist\/story-timeline-zoom-gestures-[\w-]+\.js$/, // the zoom gestures (d3-zoom), loaded after the first render
      /^dist\/story-timeline-times-[\w-]+\.js$/, // time zones and hour ticks, loaded for times of day or a zone other than UTC
      /^dist\/story-timeline-detail-[\w-]+\.js$/, // the detail card (media, rich text), loaded after the first drawing
      /^dist\/story-timeline-print-[\w-]+\.js$/, // printing, loaded when asked for or when the page is idle after the first drawing
      /^dist\/story-timeline-vertical-[\w-]+\.js$/, // the vertical reading, loaded when the element reads (or will read) vertically
      /^dist\/story-timeline-picture-[\w-]+\.js$/, // exportImage's picture, loaded on its first call
      /^dist\/story-timeline-extras-[\w-]+\.js$/, // the eras, groups, wheel hint and messages, loaded when a frame draws one
      /^dist\/story-timeline-declarative-list-[\w-]+\.js$/, // the reader of the light DOM (a CMS list, an inline JSON), loaded when there is one
      /^dist\/editor\.(html|js|css)$/, // the editor page
      /^docs\/[\w-]+\.(md|png)$/, // the reference pages README links to, and its pictures
    ];
    for (const path of REQUIRED) if (!files.includes(path)) problems.push(`the package lacks ${path}`);
    for (const path of files) {
      if (!ALLOWED.some((pattern) => pattern.test(path))) problems.push(`the package should not ship ${path}`);
    }

    // ——— 3. custom-elements.json ———
    step('custom-elements.json paths');
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const named = new Set();
    JSON.stringify(manifest, (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value.replace(/^\//, ''));
      return value;
    });
    for (const path of named) {
      if (!files.includes(path)) problems.push(`custom-elements.json names ${path}, which the package does not ship`);
    }
    if (!manifest.modules.some((module) => module.declarations?.some((d) => d.tagName === 'story-timeline'))) {
      problems.push('custom-elements.json has no <story-timeline>');
    }

    // ——— 4. publint, attw ———
    step('publint');
    const bytes = readFileSync(tarball);
    // Given the tarball, publint reads the package from it (not from this folder).
    const lint = await publint({
      strict: true,
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    });
    for (const message of lint.messages) {
      problems.push(`publint (${message.type}): ${formatMessage(message, lint.pkg) ?? message.code}`);
    }

    // Every resolution is checked (node10 through "typesVersions" too) but one rule: the
    // package is ESM only (`"type": "module"`, no `require` condition), so CommonJS code
    // reaches it by `import()` (or Node ≥ 20.19's require(esm)), which attw reports as
    // "ESM (dynamic import only)" for each entry. No @types lookup: it would need the network.
    step('attw (ESM only: cjs-resolves-to-esm ignored)');
    try {
      run(bin('attw'), [
        tarball,
        '--ignore-rules',
        'cjs-resolves-to-esm',
        '--no-definitely-typed',
        '--format',
        'table',
        '--no-color',
      ]);
    } catch (error) {
      problems.push(`Are the Types Wrong: ${error.message}`);
    }

    // ——— 5. framework typings ———
    step('tsc -p tests/types (React, Preact, Vue typings)');
    try {
      run(bin('tsc'), ['-p', 'tests/types/tsconfig.json']);
    } catch (error) {
      problems.push(error.message);
    }
  }

  // ——— 6. weight in an app ———
  step('the element in a Vite app');
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const install = (offline) =>
    run(
      'npm',
      [
        'install',
        offline ? '--offline' : '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--ignore-scripts',
        tarball,
      ],
      { cwd: app },
    );
  try {
    install(true);
  } catch {
    // A dependency not in npm's cache yet (a fresh machine): fetch what is missing.
    install(false);
  }

  /**
   * The app's JavaScript that loads with the page, built for production by Vite, gzip
   * (level 9). Chunks only imported on demand (the CSV/TSV/TimelineJS readers) are not counted.
   */
  async function appWeight(main) {
    const dir = join(app, `variant-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), main);
    const outputs = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, modulePreload: { polyfill: false } },
    });
    const chunks = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((output) => output.output);
    return chunks
      .filter((chunk) => chunk.type === 'chunk' && (chunk.isEntry || !chunk.isDynamicEntry))
      .reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  }

  const ELEMENT = `import 'story-timeline';\ndocument.body.append(document.createElement('story-timeline'));\n`;
  const BUNDLE = `import 'story-timeline/bundle';\ndocument.body.append(document.createElement('story-timeline'));\n`;
  const EMPTY = `document.body.append('An app');\n`;
  // An app with its own Lit element: Lit is then shared, and the element adds less.
  const LIT_APP = `import { LitElement, html } from 'lit';
customElements.define('app-root', class extends LitElement { render() { return html\`<p>An app</p>\`; } });
document.body.append(document.createElement('app-root'));\n`;

  const empty = await appWeight(EMPTY);
  const withModule = (await appWeight(ELEMENT + EMPTY)) - empty;
  const withBundle = (await appWeight(BUNDLE + EMPTY)) - empty;
  const litApp = await appWeight(LIT_APP);
  const withModuleInLitApp = (await appWeight(ELEMENT + LIT_APP)) - litApp;

  console.log(
    [
      '',
      `| what the app imports                                   | the element adds, gzip |`,
      `| ------------------------------------------------------- | ---------------------- |`,
      `| \`story-timeline\` (the module build)                     | ${`${kb(withModule)} (${withModule} B)`.padEnd(22)} |`,
      `| \`story-timeline\` in an app that already uses Lit        | ${kb(withModuleInLitApp).padEnd(22)} |`,
      `| \`story-timeline/bundle\` (the single file)               | ${kb(withBundle).padEnd(22)} |`,
      '',
    ].join('\n'),
  );
  if (withModule > BUDGET) {
    problems.push(`the module build adds ${kb(withModule)} gzip to an app, over the ${kb(BUDGET)} budget`);
  }
} catch (error) {
  problems.push(error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}

step('done');
if (problems.length) {
  console.error(`check-package:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('check-package: the package is as it should be');
