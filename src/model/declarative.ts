/**
 * Finds the story a CMS editor put inside `<story-timeline>`: an inline
 * `<script type="application/json">` (read here), or an `<ol>`/`<ul>` whose items are the
 * events (SPEC, "Declarative data"), read by `declarative-list.ts`. Both are a chunk, fetched
 * only when the element has content of its own.
 *
 * Everything here reads text and attributes only. Markup in the light DOM is the
 * editor's (or an attacker's) and must never come back out as markup, so nothing
 * touches innerHTML or parses strings as HTML. Reading never changes the DOM and
 * never fetches.
 *
 * Validation is left to normalizeStory: a missing field stays undefined here so that
 * the problem is reported there, with the item's position.
 */
import type { StoryEvent, StorySource } from './types.js';

/** A source as read from a `cite`: either part may be missing. */
export type DeclarativeSource = Partial<StorySource>;

/** One `<li>` as read: every field may be missing; normalizeStory decides what is fatal. */
export type DeclarativeEvent = Partial<Omit<StoryEvent, 'source'>> & { source?: DeclarativeSource };

/** The list as read, in the shape normalizeStory accepts. */
export interface DeclarativeStory {
  title?: string;
  events: DeclarativeEvent[];
}

export type DeclarativeInput =
  | { kind: 'json'; value: unknown }
  | { kind: 'json-error'; message: string }
  | { kind: 'list'; list: Element }
  | { kind: 'none' };

/**
 * Reads the data declared inside `host`.
 *
 * Order: the first direct-child `<script type="application/json">` wins over a list,
 * because an editor who took the trouble to paste JSON meant it to be the data, and
 * the list next to it is then most likely a fallback for readers without JavaScript.
 *
 * The list is the first direct-child `<ol>`/`<ul>`; failing that, the first `<ol>`/`<ul>`
 * further down that is not inside a list item, so a CMS that wraps the body in a
 * `<div>` or `<section>` still works while a nested sub-list is never mistaken for the story.
 */
export function readDeclarative(host: Element): DeclarativeInput {
  const script = [...host.children].find(isJsonScript);
  if (script) return readJson(script.textContent ?? '');
  const list = findList(host);
  if (list) return { kind: 'list', list };
  return { kind: 'none' };
}

function isJsonScript(element: Element): boolean {
  if (element.localName !== 'script') return false;
  // "application/json; charset=utf-8" is still JSON.
  const essence = (element.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json';
}

function readJson(text: string): DeclarativeInput {
  if (text.trim() === '') {
    return { kind: 'json-error', message: 'The inline JSON (<script type="application/json">) is empty' };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'json-error',
      message: `The inline JSON (<script type="application/json">) is not valid JSON: ${reason}`,
    };
  }
}

function isList(element: Element): boolean {
  return element.localName === 'ol' || element.localName === 'ul';
}

function findList(host: Element): Element | undefined {
  const direct = [...host.children].find(isList);
  if (direct) return direct;
  for (const candidate of host.querySelectorAll('ol, ul')) {
    if (!hasListItemBetween(candidate, host)) return candidate;
  }
  return undefined;
}

/** Bounded by `host`, because the host itself may sit inside a page's `<li>`. */
function hasListItemBetween(element: Element, host: Element): boolean {
  for (let node = element.parentElement; node && node !== host; node = node.parentElement) {
    if (node.localName === 'li') return true;
  }
  return false;
}
