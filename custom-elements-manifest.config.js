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

export default {
  globs: ['src/story-timeline.ts'],
  outdir: '.',
  plugins: [dropEventsNamedAfterVariables(), nativeAttributes(['lang', 'dir'])],
};
