/**
 * Reads the events of a CMS editor's `<ol>`/`<ul>` inside `<story-timeline>` (SPEC,
 * "Declarative data"). A chunk of its own, with the finding of that list or of an inline JSON
 * (`./declarative.ts`), fetched only when the element has content of its own.
 *
 * Everything here reads text and attributes only. Markup in the light DOM is the
 * editor's (or an attacker's) and must never come back out as markup, so nothing
 * touches innerHTML or parses strings as HTML. Reading never changes the DOM and
 * never fetches.
 *
 * Validation is left to normalizeStory: a missing field stays undefined here so that
 * the problem is reported there, with the item's position.
 */
import type { StoryEvent } from './types.js';
import type { DeclarativeEvent, DeclarativeSource, DeclarativeStory } from './declarative.js';

export { readDeclarative } from './declarative.js';

const TITLE_SELECTOR = 'strong, b, h1, h2, h3, h4, h5, h6';

/**
 * Elements whose edges separate words when a browser lays them out, so their text
 * must not run into the neighbouring text ("<p>Un</p><p>Deux</p>" is two words).
 */
const WORD_BREAKING = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Text a reader never sees; it must not leak into a description. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Stands for the `<time>`'s place in a description; a private-use character no editor types. */
const TIME_MARK = '\uE000';

/** Stands for a `<p>`'s edges in a description, until they become blank lines. */
const PARAGRAPH = '\uE001';
const PARAGRAPH_EDGES = /^[\s\uE001]+|[\s\uE001]+$/g;
const PARAGRAPH_BREAK = /\s*\uE001[\s\uE001]*/g;

/** Dashes, colons and commas left dangling once the title and the cite are taken out. */
const EDGE_SEPARATORS = /^[\s—–\-:;,|·]+|[\s—–\-:;,|·]+$/g;

export function readList(list: Element): DeclarativeStory {
  const story: DeclarativeStory = { events: [] };
  const title = attribute(list, 'data-title') ?? attribute(list, 'aria-label');
  if (title !== undefined) story.title = title;
  for (const item of list.children) {
    if (item.localName === 'li') story.events.push(readItem(item));
  }
  return story;
}

function readItem(item: Element): DeclarativeEvent {
  const event: DeclarativeEvent = {};
  const time = item.querySelector('time[datetime]');

  const id = attribute(item, 'data-id');
  if (id !== undefined) event.id = id;

  const date = attribute(item, 'data-date') ?? (time ? attribute(time, 'datetime') : undefined);
  if (date !== undefined) event.date = date;

  const displayDate = attribute(item, 'data-display-date') ?? editorsWording(time);
  if (displayDate !== undefined) event.displayDate = displayDate;

  const status = attribute(item, 'data-status');
  if (status !== undefined) event.status = status as StoryEvent['status'];

  const group = attribute(item, 'data-group');
  if (group !== undefined) event.group = group;

  const tags = attribute(item, 'data-tags');
  if (tags !== undefined) {
    event.tags = tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
  }

  // With data-title, a <strong> in the item is emphasis in the description, not the title.
  const givenTitle = attribute(item, 'data-title');
  const titleElement = givenTitle === undefined ? item.querySelector(TITLE_SELECTOR) : null;
  const title =
    givenTitle !== undefined
      ? collapse(givenTitle)
      : titleElement
        ? nonEmpty(collapse(textOf(titleElement)))
        : undefined;
  if (title !== undefined) event.title = title;

  const cite = item.querySelector('cite');
  if (cite) {
    const source = readSource(cite, item);
    if (source) event.source = source;
  }

  const description = readDescription(item, [titleElement, cite], time);
  if (description !== undefined) event.description = description;

  return event;
}

/**
 * The item's text without its title and its cite. The `<time>`'s text stays when it is
 * part of a sentence ("Le sommet se tient <time>les 11 et 12 juillet</time> à Vilnius")
 * but goes when it only labels the item at its start or end ("<time>Avril 2023</time> :
 * …"), where it would repeat the date the timeline already shows.
 */
function readDescription(item: Element, removed: (Element | null)[], time: Element | null): string | undefined {
  const skipped = new Map<Element, string>();
  for (const element of removed) if (element) skipped.set(element, ' ');
  if (time) skipped.set(time, TIME_MARK);
  let text = tidy(collapse(textOf(item, skipped, true)).replace(PARAGRAPH_EDGES, ''));
  if (text.startsWith(TIME_MARK)) text = tidy(text.slice(TIME_MARK.length));
  if (text.endsWith(TIME_MARK)) text = tidy(text.slice(0, -TIME_MARK.length));
  if (time) text = text.split(TIME_MARK).join(collapse(textOf(time)));
  return nonEmpty(collapse(text).replace(PARAGRAPH_EDGES, '').replace(PARAGRAPH_BREAK, '\n\n'));
}

/** Drops what the removed title and cite leave behind: empty brackets, dangling separators. */
function tidy(text: string): string {
  return text.replace(/\(\s*\)/g, '').replace(EDGE_SEPARATORS, '');
}

/** The `<time>`'s text is the editor's own wording only when it says more than the machine value. */
function editorsWording(time: Element | null): string | undefined {
  if (!time) return undefined;
  const text = nonEmpty(collapse(textOf(time)));
  return text !== undefined && text !== time.getAttribute('datetime')?.trim() ? text : undefined;
}

function readSource(cite: Element, item: Element): DeclarativeSource | undefined {
  const source: DeclarativeSource = {};
  const name = nonEmpty(collapse(textOf(cite)));
  if (name !== undefined) source.name = name;
  const link = cite.querySelector('a[href]') ?? enclosingLink(cite, item);
  const href = link?.getAttribute('href');
  if (href !== undefined && href !== null) source.url = resolve(href, cite);
  return source.name === undefined && source.url === undefined ? undefined : source;
}

/** `<a href><cite>Nikkei</cite></a>` links the source too; the search stops at the item. */
function enclosingLink(cite: Element, item: Element): Element | undefined {
  for (let node = cite.parentElement; node && node !== item; node = node.parentElement) {
    if (node.localName === 'a' && node.hasAttribute('href')) return node;
  }
  return undefined;
}

/**
 * The href as written, made absolute against the page so a relative link in a CMS body
 * points where it did in the list. Whether it may become a link (http(s) only) is
 * normalizeStory's call, so a `javascript:` URL passes through and is reported there.
 */
function resolve(href: string, context: Element): string {
  const written = href.trim();
  try {
    return new URL(written, context.ownerDocument.baseURI).href;
  } catch {
    return written;
  }
}

/**
 * The text a reader sees in `root`, minus `skipped` subtrees, with a space where layout
 * would separate words. Built from text nodes only: never innerHTML. With `rich`, the
 * `<p>`, `<em>`, `<strong>` and http(s) `<a>` are written in the description's notation
 * (see model/rich-text.ts); every other element gives its text only.
 */
function textOf(root: Node, skipped: ReadonlyMap<Element, string> = new Map(), rich = false): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      return (node.nodeValue ?? '').replaceAll(TIME_MARK, '').replaceAll(PARAGRAPH, '');
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (UNSEEN.has(tag)) return '';
    const standIn = skipped.get(element);
    if (standIn !== undefined) return ` ${standIn} `;
    let inner = '';
    for (const child of element.childNodes) inner += walk(child);
    if (rich) {
      if (tag === 'P') return PARAGRAPH + inner + PARAGRAPH;
      const marked = notation(element, tag, inner);
      if (marked !== undefined) return marked;
    }
    return WORD_BREAKING.has(tag) ? ` ${inner} ` : inner;
  };
  if (root.nodeType !== Node.ELEMENT_NODE) return walk(root);
  let text = '';
  for (const child of root.childNodes) text += walk(child);
  return text;
}

/** `<em>` as `*…*`, `<strong>` as `**…**`, an http(s) `<a>` as `[…](…)`; else undefined. */
function notation(element: Element, tag: string, inner: string): string | undefined {
  const words = collapse(inner);
  if (words === '' || words.includes(PARAGRAPH)) return undefined;
  const before = /^\s/.test(inner) ? ' ' : '';
  const after = /\s$/.test(inner) ? ' ' : '';
  if (tag === 'EM' || tag === 'STRONG') {
    const mark = tag === 'EM' ? '*' : '**';
    return `${before}${mark}${words}${mark}${after}`;
  }
  const href = tag === 'A' ? element.getAttribute('href') : null;
  if (href === null || /[[\]]/.test(words)) return undefined;
  const url = resolve(href, element);
  if (!/^https?:\/\//i.test(url)) return undefined;
  // Brackets would end the notation's address early: they are written percent-encoded.
  return `${before}[${words}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})${after}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nonEmpty(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** A trimmed attribute; an empty one counts as absent, as an editor would expect. */
function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null ? undefined : nonEmpty(value.trim());
}
