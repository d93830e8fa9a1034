/**
 * Cutting a label to a width, safely in every script: never inside a character as the
 * reader sees it (a surrogate pair, an accent, an emoji sequence, a Hangul syllable in
 * parts), and at the end of a word where one is near, Japanese and Chinese included,
 * whose words are found without spaces.
 *
 * `Intl.Segmenter` does the finding where the engine has it; elsewhere a small fallback
 * keeps code points with the marks and joiners that follow them, and takes spaces as
 * word ends. Plain text (printable ASCII and the usual typographic quotes and dashes) needs
 * neither: each of its code units is a character, and its words are found by the rules
 * Chromium's segmenter follows for those characters (held to it by tests). A page's first `Intl` object loads
 * the engine's locale data, tens of milliseconds on a desktop: a story in plain text draws
 * its first frame without it.
 */

export const ELLIPSIS = '…';

/** Kept after a word end only if the cut keeps at least this share of what fits. */
const WORD_END_SHARE = 0.5;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(lang: string, granularity: 'grapheme' | 'word'): Intl.Segmenter | null {
  const key = `${lang}|${granularity}`;
  let cached = segmenters.get(key);
  if (cached === undefined) {
    try {
      cached = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang || undefined, { granularity }) : null;
    } catch {
      // A malformed language tag: the default locale's rules.
      cached = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, cached);
  }
  return cached;
}

// Code points that belong to the one before them: combining marks and variation
// selectors (\p{M}), skin tones, tag characters (flags of regions), and whatever
// follows a zero-width joiner.
const CLINGS = /^(?:\p{M}|\p{Emoji_Modifier}|[\u200d\u{e0020}-\u{e007f}])$/u;
const REGIONAL_INDICATOR = /^[\u{1f1e6}-\u{1f1ff}]$/u;

function graphemesWithoutSegmenter(text: string): string[] {
  const clusters: string[] = [];
  let lastIsJoiner = false;
  let openFlag = false;
  for (const point of text) {
    const previous = clusters.length - 1;
    const regional = REGIONAL_INDICATOR.test(point);
    if (previous >= 0 && (CLINGS.test(point) || lastIsJoiner || (regional && openFlag))) {
      clusters[previous] += point;
      openFlag = false;
    } else {
      clusters.push(point);
      openFlag = regional;
    }
    lastIsJoiner = point === '\u200d';
  }
  return clusters;
}

/**
 * Plain text: printable ASCII but the underscore, with the quotes, dashes and ellipsis of
 * typeset text. One character per code unit, and words found by `PLAIN_WORD`.
 */
const PLAIN = /^[ -^`-~–—‘’“”…]*$/;
/**
 * A word of plain text, by the rules Chromium's segmenter follows for these characters
 * (Unicode's UAX #29 as CLDR tailors it): letters and digits run together; an apostrophe
 * joins two letters, and a full stop, comma, semicolon or apostrophe joins two digits.
 * Engines' segmenters disagree on some of it (numbers, a full stop between letters);
 * plain text is cut the same way in all of them.
 */
const PLAIN_WORD = /[a-z\d]+(?:(?<=[a-z])['‘’](?=[a-z])[a-z\d]+|(?<=\d)[.,;'‘’](?=\d)[a-z\d]+)*/gi;

/** `text` as the characters a reader sees (extended grapheme clusters). */
export function graphemes(text: string, lang = ''): string[] {
  if (PLAIN.test(text)) return [...text];
  const by = segmenter(lang, 'grapheme');
  return by ? Array.from(by.segment(text), (part) => part.segment) : graphemesWithoutSegmenter(text);
}

/**
 * Offsets (in UTF-16 units) at which a word ends in `text`: after the last letter of a
 * word, before the spaces or punctuation that follow. In Japanese and Chinese the
 * segmenter finds words by dictionary; without a segmenter only spaces end words, and
 * a CJK label is then cut between characters.
 */
export function wordEnds(text: string, lang = ''): number[] {
  const plain = PLAIN.test(text);
  const by = plain ? null : segmenter(lang, 'word');
  if (by) {
    const ends: number[] = [];
    for (const part of by.segment(text)) {
      if (part.isWordLike) ends.push(part.index + part.segment.length);
    }
    return ends;
  }
  return Array.from(text.matchAll(plain ? PLAIN_WORD : /\S+/g), (word) => word.index + word[0].length);
}

// Spaces and separating punctuation are not left before the ellipsis.
const TRAILING = /[\s,.;:!?、，。・\-–—]+$/u;

export interface CutLabel {
  text: string;
  /** False when `text` is the whole label. */
  shortened: boolean;
}

interface Segmented {
  /** Where each grapheme starts, and the label's length last. */
  offsets: number[];
  wordEnds: number[];
  /** The whole label's width when `widths` were measured: another width means another font. */
  width: number;
  /** `widths[k]`: the first k graphemes and the ellipsis, as measured so far. */
  widths: number[];
}

// A zoom cuts the same titles at every frame, at widths that change a little each time:
// each title is segmented once and each of its cuts measured once, so a later frame only
// searches numbers. The cache is emptied when full.
const segmentedLabels = new Map<string, Segmented>();
const SEGMENTED_LIMIT = 4000;

function segmented(label: string, lang: string): Segmented {
  const key = `${lang}\u0000${label}`;
  let found = segmentedLabels.get(key);
  if (!found) {
    const offsets = [0];
    for (const cluster of graphemes(label, lang)) offsets.push(offsets.at(-1)! + cluster.length);
    found = { offsets, wordEnds: wordEnds(label, lang), width: NaN, widths: [] };
    if (segmentedLabels.size >= SEGMENTED_LIMIT) segmentedLabels.clear();
    segmentedLabels.set(key, found);
  }
  return found;
}

/**
 * `label` as it fits `maxWidth`: whole when it does, else its longest start that fits
 * with an ellipsis, cut at a word end when that keeps most of the room, at a grapheme
 * boundary otherwise. `measure` gives a text's drawn width; widths grow with the text.
 * A label whose first character does not fit is the ellipsis alone.
 */
export function cutLabel(label: string, maxWidth: number, measure: (text: string) => number, lang = ''): CutLabel {
  const width = measure(label);
  if (width <= maxWidth) return { text: label, shortened: false };
  const known = segmented(label, lang);
  const { offsets, wordEnds: ends, widths } = known;
  if (known.width !== width) {
    known.width = width;
    widths.length = 0;
  }
  // Measured before spaces and commas are trimmed from the end: what is drawn is no wider.
  const fits = (count: number): boolean =>
    (widths[count] ??= measure(label.slice(0, offsets[count]) + ELLIPSIS)) <= maxWidth;

  // The most graphemes that fit, by bisection: the last count known to fit is `low`.
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const graphemeEnd = offsets[low]!;
  let wordEnd = 0;
  for (const end of ends) if (end <= graphemeEnd) wordEnd = end;
  const end = wordEnd > 0 && wordEnd >= graphemeEnd * WORD_END_SHARE ? wordEnd : graphemeEnd;
  if (end > 0 && end === graphemeEnd && !ends.includes(end)) {
    // A cut inside a word: the text keeps the whole word, and the label's own CSS ellipsis
    // hides what does not fit. A button's name must contain the words it shows (WCAG 2.5.3),
    // and a speech user says whole words.
    return { text: label.slice(0, ends.find((wordEnd) => wordEnd > end) ?? label.length), shortened: true };
  }
  return { text: end > 0 ? label.slice(0, end).replace(TRAILING, '') + ELLIPSIS : ELLIPSIS, shortened: true };
}

// East Asian wide and fullwidth characters, and emoji, take about one em.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

/**
 * A label's width without a canvas to measure it: graphemes, not UTF-16 units, at about
 * 0.6 em each and one em for wide characters, so an emoji or a CJK title is not
 * under- or over-counted.
 */
export function estimateLabelWidth(text: string, fontSizePx: number, lang = ''): number {
  let ems = 0;
  for (const cluster of graphemes(text, lang)) ems += WIDE.test(cluster) ? 1 : 0.6;
  return ems * fontSizePx;
}
