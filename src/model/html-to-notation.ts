/**
 * Turns the HTML that TimelineJS documents carry (in `text.text`, captions, credits) into
 * our plain-text notation: paragraphs become blank lines, http(s) links `[words](url)`,
 * `<em>`/`<i>` `*x*` and `<strong>`/`<b>` `**x**`. Everything else is dropped and its text
 * kept. A small tokenizer that outputs a string: nothing here is ever parsed into a page.
 */

export interface Converted {
  text: string;
  /** Tag names whose formatting was dropped (their text is kept), and `link` for a non-http(s) link. */
  dropped: string[];
}

const BLOCKS = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
/** Tags whose content is never text for a reader. */
const SKIPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'svg']);
/** Formatting that carries no meaning worth reporting when it goes. */
const SILENT = new Set(['span', 'br', 'p', 'div', 'a', 'em', 'i', 'strong', 'b', 'font', 'u', 'small', 'cite']);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * `withMarks: false` gives plain text (links and emphasis dropped, their words kept), for
 * headlines, captions and credits.
 */
export function htmlToNotation(html: string, { withMarks = true } = {}): Converted {
  const paragraphs: string[] = [];
  const dropped = new Set<string>();
  let current = '';
  let skipping: string | undefined;
  /** The open links: the href to write when it closes, if http(s), and where its words start. */
  const links: { href: string | undefined; from: number }[] = [];
  /** Where each open `*` or `**` was written. */
  const marks: number[] = [];

  const endParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
    marks.length = 0;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes = '', text] = match;
    if (whole.startsWith('<!--')) continue;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (text !== undefined || name === undefined) {
      current += decodeEntities(text ?? whole);
      continue;
    }
    if (SKIPPED.has(name)) {
      dropped.add(name);
      if (!closing && !attributes.trim().endsWith('/')) skipping = name;
      continue;
    }
    if (name === 'br') {
      current += ' ';
      continue;
    }
    if (BLOCKS.has(name)) {
      if (!SILENT.has(name)) dropped.add(name);
      endParagraph();
      continue;
    }
    if (!SILENT.has(name)) dropped.add(name);
    if (!withMarks) continue;
    const marker = name === 'em' || name === 'i' ? '*' : name === 'strong' || name === 'b' ? '**' : undefined;
    if (marker && !closing) {
      marks.push(current.length);
      current += marker;
    } else if (marker) {
      const from = marks.pop();
      if (from !== undefined) current = closeMark(current, from, marker);
    } else if (name === 'a') {
      if (!closing) {
        const href = attribute(attributes, 'href')?.trim();
        const safe = href !== undefined && /^https?:\/\//i.test(href) ? href : undefined;
        if (href !== undefined && !safe) dropped.add('link');
        links.push({ href: safe, from: current.length });
      } else {
        const link = links.pop();
        if (link?.href) {
          const words = current.slice(link.from).replace(/\s+/g, ' ').trim();
          if (words) current = `${current.slice(0, link.from)}[${words}](${link.href.replace(/\s/g, '%20')})`;
        }
      }
    }
  }
  endParagraph();
  const text = paragraphs.join('\n\n');
  return { text, dropped: [...dropped] };
}

/**
 * Closes a mark opened at `from`: before the spaces that end its words (`*word* `, never
 * `*word *`), after those that start them, and not at all around nothing.
 */
function closeMark(text: string, from: number, marker: string): string {
  const inside = text.slice(from + marker.length);
  const words = inside.trim();
  if (!words) return text.slice(0, from) + inside;
  const before = /^\s*/.exec(inside)![0];
  const after = /\s*$/.exec(inside)![0];
  return `${text.slice(0, from)}${before}${marker}${words}${marker}${after}`;
}
