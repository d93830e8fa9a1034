// Converts a TimelineJS JSON document to story-timeline's format, as a newsroom moving over
// would by hand: dates become EDTF, headlines titles, HTML text the description's notation
// (paragraphs, links, emphasis, strong; other tags dropped, their text kept), media and eras
// carried over. Images get the caption (else the headline) as their alt text, since TimelineJS
// documents have none; HTML embed codes (a <blockquote>, an <iframe>) are not addresses and
// are left out. Prints what it left out on stderr.
//
//   node scripts/convert-timelinejs.js timelinejs.json > story.json
import { readFile } from 'node:fs/promises';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/convert-timelinejs.js <timelinejs.json>');
  process.exit(1);
}
const source = JSON.parse(await readFile(input, 'utf8'));

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–' };
const decode = (text) =>
  text.replace(/&(#x?[\da-f]+|\w+);/gi, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });

/** Text only: tags out, entities decoded, white space collapsed. */
const plain = (html = '') =>
  decode(
    String(html)
      .replace(/<\/?(?:p|br|div|li|blockquote)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** HTML to the notation: <p> and <br><br> paragraphs, <a href> links, <em>/<i>, <strong>/<b>. */
function notation(html = '') {
  let text = String(html)
    .replace(/<\/p>\s*<p[^>]*>|<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n')
    .replace(/<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, (whole, href, words) => {
      const label = plain(words);
      return /^https?:\/\//i.test(href) && label && !/[[\]]/.test(label)
        ? `[${label}](${decode(href).replace(/\(/g, '%28').replace(/\)/g, '%29')})`
        : label;
    })
    .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, (whole, tag, words) =>
      plain(words) ? `**${plain(words)}**` : '',
    )
    .replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi, (whole, tag, words) => (plain(words) ? `*${plain(words)}*` : ''));
  text = decode(text.replace(/<\/?(?:p|br|div|li|blockquote)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, ''));
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const pad = (value, width) => String(value).padStart(width, '0');

function edtf(date) {
  if (!date?.year) return undefined;
  const year = Number(date.year);
  let text = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (date.month) text += `-${pad(Number(date.month), 2)}`;
  if (date.month && date.day) text += `-${pad(Number(date.day), 2)}`;
  return text;
}

function dateOf(item) {
  const start = edtf(item.start_date);
  const end = edtf(item.end_date);
  return end && end !== start ? `${start}/${end}` : start;
}

const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');

const leftOut = [];

function mediaOf(media, title) {
  const url = media?.url?.trim();
  if (!url) return undefined;
  if (url.startsWith('<')) {
    leftOut.push(`"${title}": an HTML embed code, not an address`);
    return undefined;
  }
  const caption = plain(media.caption);
  const out = { url: imageAddress(url) };
  out.alt = plain(media.alt) || caption || title;
  if (caption) out.caption = caption;
  const credit = plain(media.credit);
  if (credit) out.credit = credit;
  if (media.link) out.link = media.link;
  if (/^https:\/\/drive\.google\.com\/uc\?/.test(url)) out.kind = 'image';
  return out;
}

/**
 * TimelineJS looks some pictures up through a service's page; the ones that have a direct
 * address are given it: a Wikimedia Commons file page becomes its Special:FilePath (which
 * redirects to the picture); a Google Drive `uc?id=` link is marked as the picture it serves.
 */
function imageAddress(url) {
  const commons = /^https:\/\/commons\.wikimedia\.org\/wiki\/File:(.+)$/.exec(url);
  if (commons) return `https://commons.wikimedia.org/wiki/Special:FilePath/${commons[1]}?width=960`;
  return url;
}

const ids = new Set();
const events = source.events.map((item) => {
  const title = plain(item.text?.headline) || 'Untitled';
  let id = slug(`${dateOf(item)}-${title}`) || 'event';
  for (let n = 2; ids.has(id); n++) id = `${slug(`${dateOf(item)}-${title}`)}-${n}`;
  ids.add(id);
  const event = { id, date: dateOf(item), title };
  if (item.display_date) event.displayDate = plain(item.display_date);
  const description = notation(item.text?.text);
  if (description) event.description = description;
  const media = mediaOf(item.media, title);
  if (media) event.media = media;
  return event;
});

const story = { title: plain(source.title?.text?.headline) || undefined, events };
const summary = plain(source.title?.text?.text);
if (summary) story.summary = summary;
if (source.eras?.length) {
  story.eras = source.eras.map((era) => ({ date: dateOf(era), title: plain(era.text?.headline) }));
}

for (const line of leftOut) console.error(`left out: ${line}`);
process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
