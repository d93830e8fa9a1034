/**
 * The readers for documents written for other tools: CSV (comma or semicolon), TSV and
 * TimelineJS. This module is loaded on demand (a dynamic import from the loading path), so
 * it stays out of the main file for pages that give our own JSON.
 */
import type { Authored, Reading, ReaderResult } from './reading.js';
import { readSpreadsheet } from './spreadsheet.js';
import { sniffSeparator } from './dsv.js';
import { readTimelineJs } from './timelinejs.js';
import type { NormalizedStory, Problem } from './types.js';

export type { ReaderResult } from './reading.js';

export function readAuthored(authored: Authored): Reading {
  const result =
    authored.kind === 'timelinejs'
      ? readTimelineJs(authored.value)
      : readSpreadsheet(authored.text, sniffSeparator(authored.text, authored.kind === 'tsv' ? '\t' : ','));
  return { ...result, finish: (story) => withReading(story, result) };
}

/**
 * Puts a reader's problems with the story's, in row (else event) order, and names a
 * table's events by their row ("Row 7 …" rather than "Event 5 …"), as the editor sees
 * them in the spreadsheet.
 */
export function withReading(story: NormalizedStory, reading: ReaderResult): NormalizedStory {
  const { rows } = reading;
  const named = story.problems.map((problem): Problem => {
    const row = rows?.[problem.index];
    return row === undefined
      ? problem
      : { ...problem, row, message: problem.message.replace(/^Event \d+/, `Row ${row}`) };
  });
  const order = (problem: Problem) => problem.row ?? (problem.index < 0 ? 0 : Infinity);
  const problems = [...reading.problems, ...named].sort((a, b) => order(a) - order(b) || a.index - b.index);
  return { ...story, problems };
}
