// Read by `cem analyze --litelement` (npm run build): custom-elements.json, at the package
// root, documents the element from its JSDoc in src/story-timeline.ts.
import { readFileSync, readdirSync } from 'node:fs';

/** The module build: what the package's main entry is, and the one file to name. */
const SHIPPED_MODULE = 'dist/module/index.js';

/**
 * The analyzer also lists every `dispatchEvent(new CustomEvent(x, …))` it sees, and when
 * `x` is a variable (the element's `emit(name, detail)` helper) it invents an event named
 * after the variable. The real events are the JSDoc `@event`s; drop the invented ones.
 */
function dropEventsNamedAfterVariables() {
  const variableNames = new Set();
  return {
    name: 'drop-events-named-after-variables',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!/^(Custom)?Event$/.test(node.expression.text)) return;
      const [first] = node.arguments ?? [];
      if (first && ts.isIdentifier(first)) variableNames.add(first.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter(
            (event) => event.description || !variableNames.has(event.name),
          );
        }
      }
    },
  };
}

/**
 * The element's `lang` and `dir` are the native attributes and properties (so that setting
 * either way leaves them on the host); Lit watches the attributes through private fields. The
 * manifest documents them as what users see: attribute `lang`, property `lang`, and so on.
 */
function nativeAttributes(names) {
  return {
    name: 'native-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const name of names) {
            const attribute = declaration.attributes?.find((a) => a.name === name);
            const field = declaration.members?.find((m) => m.name === attribute?.fieldName);
            if (!attribute || !field) continue;
            attribute.fieldName = name;
            Object.assign(field, { name, privacy: 'public', type: { text: 'string' }, default: undefined });
          }
        }
      }
    },
  };
}

/**
 * The analyzer names the sources (`src/….ts`), which the package does not ship. All of
 * them are bundled into the module build, so every module read from src/ becomes that one
 * file, whatever the sources' layout: their declarations are merged, references to them
 * point at it, and its exports are the ones the built file really has (read from its
 * `export { … }`, when the build has run; the single file exports the same).
 */
function nameTheShippedModule() {
  const fromSources = (path) => typeof path === 'string' && /^\/?src\//.test(path);
  const shippedExports = () => {
    try {
      const code = readFileSync(new URL(`./${SHIPPED_MODULE}`, import.meta.url), 'utf8');
      const names = [...code.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) => match[1].split(','));
      return new Set(
        names
          .map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1),
          )
          .filter(Boolean),
      );
    } catch {
      return null;
    }
  };
  return {
    name: 'name-the-shipped-module',
    packageLinkPhase({ customElementsManifest }) {
      const exported = shippedExports();
      const merged = { kind: 'javascript-module', path: SHIPPED_MODULE, declarations: [], exports: [] };
      const others = [];
      for (const module of customElementsManifest.modules) {
        if (!fromSources(module.path)) {
          others.push(module);
          continue;
        }
        merged.declarations.push(...(module.declarations ?? []));
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'js' && exported && !exported.has(entry.name)) continue;
          if (merged.exports.some((other) => other.kind === entry.kind && other.name === entry.name)) continue;
          merged.exports.push(entry);
        }
      }
      // Every `module` reference to a source file (exports, superclasses, mixins,
      // inheritedFrom) now names the shipped file.
      const repoint = (value) => {
        if (Array.isArray(value)) value.forEach(repoint);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if (key === 'module' && fromSources(inner)) value[key] = SHIPPED_MODULE;
            else repoint(inner);
          }
        }
      };
      customElementsManifest.modules =
        merged.declarations.length || merged.exports.length ? [merged, ...others] : others;
      repoint(customElementsManifest.modules);
    },
  };
}

/**
 * The manifest is the element's public contract: the controllers and helpers the class keeps
 * in private fields are not part of it (the analyzer lists them, marked private).
 */
function dropPrivateMembers() {
  return {
    name: 'drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name),
          );
        }
      }
    },
  };
}

/**
 * Each part is documented where it is drawn, by a `@csspart name - words` line in the header
 * of its file in src/parts/, and the custom properties in the stylesheet's header
 * (`@cssproperty [--name=default] - words`): this gathers them onto the element, in that order.
 */
function partsAndPropertiesWhereDrawn() {
  const source = (path) => readFileSync(new URL(`./src/${path}`, import.meta.url), 'utf8');
  const header = (text) => /^\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  const files = readdirSync(new URL('./src/parts/', import.meta.url)).filter((name) => name.endsWith('.ts'));
  return {
    name: 'parts-and-properties-where-drawn',
    packageLinkPhase({ customElementsManifest }) {
      const parts = files.flatMap((name) =>
        [...header(source(`parts/${name}`)).matchAll(/@csspart (\S+) - (.+)/g)].map(([, name, description]) => ({
          description,
          name,
        })),
      );
      const properties = [
        ...header(source('story-timeline.styles.ts').replace(/^import[^\n]*\n+/, '')).matchAll(
          /@cssproperty \[([^\]=]+)(?:=([^\]]+))?\] - (.+)/g,
        ),
      ].map(([, name, value, description]) => ({ description, name, ...(value ? { default: value } : {}) }));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName !== 'story-timeline') continue;
          declaration.cssParts = [...(declaration.cssParts ?? []), ...parts];
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...properties];
        }
      }
    },
  };
}

export default {
  globs: ['src/story-timeline.ts'],
  outdir: '.',
  plugins: [
    dropEventsNamedAfterVariables(),
    nativeAttributes(['lang', 'dir']),
    dropPrivateMembers(),
    partsAndPropertiesWhereDrawn(),
    nameTheShippedModule(),
  ],
};
