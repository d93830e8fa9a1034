/** Registering the element once per page, and saying so when another version got there first. */
import { VERSION } from './version.js';

const warned = Symbol.for('story-timeline.version-warning');

/** Is `name` free to define? When another version holds it, that one stays in use: said once per page. */
export function canDefine(name: string): boolean {
  const registered = customElements.get(name) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!registered) return true;
  if (registered.version !== VERSION && !(warned in globalThis)) {
    Object.defineProperty(globalThis, warned, { value: true });
    console.warn(
      `<${name}> ${VERSION} was loaded on a page that already uses ${registered.version ?? 'another version'}; that one stays in use.`,
    );
  }
  return false;
}
