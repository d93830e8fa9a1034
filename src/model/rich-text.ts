/**
 * The small notation a description may use, read into a tree: blank lines make
 * paragraphs, `[words](https://…)` a link, `*words*` emphasis and `**words**` strong.
 * Everything else is text, shown as typed. Pure, and linear in the text's length.
 *
 * The tree can only hold paragraphs, links to http(s) addresses, emphasis and strong:
 * whatever the text says, nothing else can come out of it.
 */

export interface RichElement {
  tag: 'a' | 'em' | 'strong';
  /** An absolute http(s) address, for `a`. */
  href?: string;
  children: RichInline[];
}

export type RichInline = string | RichElement;

/** One paragraph's content. */
export type RichParagraph = RichInline[];

/** `[words](http(s)://address)`: no brackets in the words, no spaces or brackets in the address. */
const LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()<>]+)\)/iy;

/** The paragraphs of `text`; empty when it holds nothing but white space. */
export function parseRichText(text: string): RichParagraph[] {
  return text
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => parseInline(paragraph, true, true, true));
}

/**
 * Inline content. Each kind of element is read once per level (no link in a link, no
 * emphasis in emphasis), so the tree is at most three deep whatever the text.
 */
function parseInline(text: string, links: boolean, em: boolean, strong: boolean): RichInline[] {
  const out: RichInline[] = [];
  let plain = '';
  const push = (node: RichElement) => {
    if (plain) out.push(plain);
    plain = '';
    out.push(node);
  };
  // Once a closer is missing from some point on, it is missing from every later point too.
  let noStrongAfter = Infinity;
  let noEmAfter = Infinity;
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === '[' && links) {
      LINK.lastIndex = i;
      const match = LINK.exec(text);
      const href = match && safeHref(match[2]!);
      if (match && href) {
        push({ tag: 'a', href, children: parseInline(match[1]!, false, em, strong) });
        i += match[0].length;
        continue;
      }
    } else if (char === '*' && text[i + 1] === '*' && strong && i < noStrongAfter) {
      const close = text.indexOf('**', i + 2);
      if (close < 0) noStrongAfter = i;
      else if (close > i + 2 && isTight(text.slice(i + 2, close))) {
        push({ tag: 'strong', children: parseInline(text.slice(i + 2, close), links, em, false) });
        i = close + 2;
        continue;
      }
    } else if (char === '*' && em && i < noEmAfter) {
      const close = text.indexOf('*', i + 1);
      if (close < 0) noEmAfter = i;
      else if (close > i + 1 && isTight(text.slice(i + 1, close))) {
        push({ tag: 'em', children: parseInline(text.slice(i + 1, close), links, false, strong) });
        i = close + 1;
        continue;
      }
    }
    plain += char;
    i++;
  }
  if (plain) out.push(plain);
  return out;
}

/** Marked words do not start or end with a space: "2 * 3 * 4" stays as typed. */
function isTight(inner: string): boolean {
  return inner.trim() === inner;
}

// The same check as `httpUrl` (model/url.ts), written out here on purpose: this module goes
// into the detail card's chunk, and importing the helper would split it into a chunk of its own.
function safeHref(written: string): string | undefined {
  try {
    const url = new URL(written);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
