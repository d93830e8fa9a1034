/**
 * Reads CSV and TSV text (and the semicolon-separated kind) into rows of cells, the way
 * d3-dsv's `parseRows` does (a test holds it to d3-dsv's results), plus what a newsroom's
 * files need: the separator told from the header row (`sniffSeparator`), a leading
 * byte-order mark dropped, and where each row starts, so that an editor can be taken to the
 * line a problem is about.
 *
 * Quoted cells may hold the delimiter, newlines and doubled quotes (`""`); rows end with
 * `\n`, `\r\n` or `\r`; one trailing line break makes no empty last row. The tokenizer
 * follows d3-dsv's (ISC licence, Mike Bostock), quirks included, so both agree on any text.
 */

export interface DsvTable {
  rows: string[][];
  /** The offset in the text (after the byte-order mark) where each row starts. */
  starts: number[];
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/** What a table's cells are separated by: what Excel writes as "CSV" in French, German, Spanish… is `;`. */
export type Separator = ',' | ';' | '\t';

export function parseDsv(input: string, delimiter: Separator): DsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const starts: number[] = [];
  let end = text.length;
  let at = 0;
  let atEnd = end <= 0;
  let atLineEnd = false;
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;

  const END_OF_TEXT = {};
  const END_OF_LINE = {};
  const token = (): string | object => {
    if (atEnd) return END_OF_TEXT;
    if (atLineEnd) {
      atLineEnd = false;
      return END_OF_LINE;
    }
    const from = at;
    if (text.charCodeAt(from) === QUOTE) {
      // To the first quote that is not doubled.
      while ((at++ < end && text.charCodeAt(at) !== QUOTE) || text.charCodeAt(++at) === QUOTE);
      const close = at;
      if (close >= end) atEnd = true;
      else {
        const c = text.charCodeAt(at++);
        if (c === NEWLINE) atLineEnd = true;
        else if (c === RETURN) {
          atLineEnd = true;
          if (text.charCodeAt(at) === NEWLINE) at++;
        }
      }
      return text.slice(from + 1, close - 1).replace(/""/g, '"');
    }
    while (at < end) {
      const cellEnd = at;
      const c = text.charCodeAt(at++);
      if (c === NEWLINE) atLineEnd = true;
      else if (c === RETURN) {
        atLineEnd = true;
        if (text.charCodeAt(at) === NEWLINE) at++;
      } else if (c !== separator) continue;
      return text.slice(from, cellEnd);
    }
    atEnd = true;
    return text.slice(from, end);
  };

  let start = at;
  let next = token();
  while (next !== END_OF_TEXT) {
    const row: string[] = [];
    while (next !== END_OF_LINE && next !== END_OF_TEXT) {
      row.push(next as string);
      next = token();
    }
    rows.push(row);
    starts.push(start);
    start = at;
    next = token();
  }
  return { rows, starts };
}

/**
 * A table's separator, told from its header row alone: whichever of comma, semicolon and tab
 * separates most of its cells, outside quoted cells. The rows are not looked at, so decimal
 * commas in a `;` table do not count. A header with none of them, or a tie, gives `preferred`
 * when it is among the most found, else the first of comma, semicolon, tab.
 */
export function sniffSeparator(input: string, preferred: Separator = ','): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let at = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cellStart = true;
  while (at < input.length) {
    const c = input[at]!;
    if (cellStart && c === '"') {
      // A quoted cell, which may hold separators and line breaks, to its closing quote.
      for (at++; at < input.length; at++) {
        if (input[at] !== '"') continue;
        if (input[at + 1] !== '"') break;
        at++;
      }
      at++;
      cellStart = false;
      continue;
    }
    if (c === '\n' || c === '\r') break;
    cellStart = c in counts;
    if (cellStart) counts[c as Separator]++;
    at++;
  }
  const most = Math.max(...Object.values(counts));
  if (counts[preferred] === most) return preferred;
  return ([',', ';', '\t'] as const).find((separator) => counts[separator] === most)!;
}
