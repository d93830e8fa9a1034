// Read by `cem analyze --litelement` (npm run build): custom-elements.json, at the package
// root, documents the element from its JSDoc in src/story-timeline.ts.

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
 * The element's `lang` is the native attribute and property (so that setting either one
 * leaves the language on the host); Lit watches the attribute through a private field. The
 * manifest documents it as what users see: attribute `lang`, property `lang`.
 */
function nativeLang() {
  return {
    name: 'native-lang',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const attribute = declaration.attributes?.find((a) => a.name === 'lang');
          const field = declaration.members?.find((m) => m.name === attribute?.fieldName);
          if (!attribute || !field) continue;
          attribute.fieldName = 'lang';
          Object.assign(field, { name: 'lang', privacy: 'public', type: { text: 'string' }, default: undefined });
        }
      }
    },
  };
}

export default {
  globs: ['src/story-timeline.ts'],
  outdir: '.',
  plugins: [dropEventsNamedAfterVariables(), nativeLang()],
};
