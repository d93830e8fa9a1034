/**
 * Reads a CSV or TSV table into our format. Two kinds of header are understood: our own
 * columns, in English or French (case and accents do not matter), and TimelineJS's
 * template columns, read as they are. Problems name the row as a spreadsheet shows it
 * (the header is row 1) and the column. A header with neither (no date and title columns)
 * makes the text no table of events: nothing is read, and `notATable` says why.
 */
import { parseDsv, type Separator } from './dsv.js';
import type { AuthoredDocument, AuthoredEra, AuthoredEvent, AuthoredMedia } from './reading.js';
import type { ReaderResult } from './reading.js';
import type { Problem } from './types.js';
import { Groups, HTML_MEDIA, plainText, richText, timelineJsRange } from './timelinejs.js';

type Field =
  | 'date'
  | 'title'
  | 'description'
  | 'status'
  | 'displayDate'
  | 'source'
  | 'sourceUrl'
  | 'id'
  | 'tags'
  | 'group'
  | 'media'
  | 'mediaAlt'
  | 'mediaCaption'
  | 'mediaCredit'
  | 'type';

/** Our columns by their header, lower case and without accents. */
const OUR_COLUMNS: Record<string, Field> = {
  date: 'date',
  title: 'title',
  titre: 'title',
  description: 'description',
  status: 'status',
  statut: 'status',
  'display date': 'displayDate',
  'date affichee': 'displayDate',
  source: 'source',
  'source url': 'sourceUrl',
  'url de la source': 'sourceUrl',
  'lien de la source': 'sourceUrl',
  id: 'id',
  tags: 'tags',
  etiquettes: 'tags',
  group: 'group',
  groupe: 'group',
  media: 'media',
  'media alt': 'mediaAlt',
  'texte alternatif du media': 'mediaAlt',
  'media caption': 'mediaCaption',
  'legende du media': 'mediaCaption',
  'media credit': 'mediaCredit',
  'credit du media': 'mediaCredit',
  type: 'type',
};

type TimelineJsField =
  | 'year'
  | 'month'
  | 'day'
  | 'time'
  | 'end year'
  | 'end month'
  | 'end day'
  | 'end time'
  | 'display date'
  | 'headline'
  | 'text'
  | 'media'
  | 'media credit'
  | 'media caption'
  | 'media thumbnail'
  | 'type'
  | 'group'
  | 'background';

const TIMELINEJS_COLUMNS = new Set<string>([
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
]);

const ROW_TYPES: Record<string, 'event' | 'era' | 'title'> = {
  event: 'event',
  evenement: 'event',
  era: 'era',
  periode: 'era',
  title: 'title',
  titre: 'title',
};

const STATUSES: Record<string, string> = {
  confirmed: 'confirmed',
  confirme: 'confirmed',
  reported: 'reported',
  rapporte: 'reported',
  signale: 'reported',
  planned: 'planned',
  prevu: 'planned',
};

/** Lower case, no accents, one space between words: how headers and keywords are compared. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
/** A header not understood is shown by its first few cells, each cut short: it may be any text at all. */
const HEADER_CELLS_SHOWN = 6;
const HEADER_CELL_LENGTH = 40;

function cellPreview(cell: string): string {
  const text = cell.trim();
  return text.length > HEADER_CELL_LENGTH ? `${text.slice(0, HEADER_CELL_LENGTH - 1)}…` : text;
}

/** A spreadsheet's column letter: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function readSpreadsheet(text: string, separator: Separator): ReaderResult {
  const { rows, starts } = parseDsv(text, separator);
  const problems: Problem[] = [];
  const document: AuthoredDocument = { events: [] };
  const eventRows: number[] = [];
  const header = rows[0] ?? [];
  const keys = header.map(headerKey);
  const timelineJs = keys.includes('headline') && keys.includes('year');
  const columns = new Map<string, number>();
  const unknown: string[] = [];
  keys.forEach((key, column) => {
    const field = timelineJs ? (TIMELINEJS_COLUMNS.has(key) ? key : undefined) : OUR_COLUMNS[key];
    if (field === undefined) {
      if (key !== '') unknown.push(`"${header[column]!.trim()}" (column ${columnLetter(column)})`);
    } else if (!columns.has(field)) columns.set(field, column);
  });
  if (!timelineJs && (!columns.has('date') || !columns.has('title'))) {
    // Not a table of events at all (or not split where its author meant): no row is read.
    const cells = header.length ? header.slice(0, HEADER_CELLS_SHOWN).map(cellPreview) : [''];
    const more = header.length > HEADER_CELLS_SHOWN ? ', …' : '';
    const missing = ['date', 'title'].filter((field) => !columns.has(field));
    problems.push({
      index: -1,
      row: 1,
      message: `Row 1: read as ${SEPARATOR_NAMES[separator]}-separated, the header has no ${missing.join(' and no ')} column (nor TimelineJS's Year and Headline); its cells: ${cells.map((cell) => `"${cell}"`).join(', ')}${more}`,
    });
    return { document, problems, rows: eventRows, starts, notATable: { separator, cells } };
  }
  if (unknown.length)
    problems.push({
      index: -1,
      row: 1,
      message: `Row 1: ${unknown.length > 1 ? 'these columns are' : 'the column'} ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not read and ${unknown.length > 1 ? 'were' : 'was'} ignored`,
    });

  const groups = new Groups();
  const eras: AuthoredEra[] = [];
  for (let at = 1; at < rows.length; at++) {
    const cells = rows[at]!;
    const row = at + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const notes: { column?: string; note: string }[] = [];
    const cell = (field: string): string => {
      const column = columns.get(field);
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const columnName = (field: string): string => {
      const column = columns.get(field);
      return column === undefined ? field : `${header[column]!.trim()} (${columnLetter(column)})`;
    };
    const typeText = cell('type');
    let type = typeText === '' ? 'event' : ROW_TYPES[headerKey(typeText)];
    if (type === undefined) {
      notes.push({ column: 'type', note: `unknown type "${typeText}"; read as an event (use event, era or title)` });
      type = 'event';
    }
    const event = timelineJs ? readTimelineJsRow(cell, notes) : readOurRow(cell, notes);

    const problemAt = (index: number) => {
      for (const { column, note } of notes)
        problems.push({ index, row, message: `Row ${row}${column ? `, column ${columnName(column)}` : ''}: ${note}` });
    };
    if (type === 'title') {
      if (event.title) document.title = event.title;
      if (event.description) document.summary = timelineJs ? plainText(cell('text')) : event.description;
      problemAt(-1);
      continue;
    }
    if (type === 'era') {
      if (!event.title || !event.date) {
        notes.push({ note: `this era is left out: it needs ${!event.title ? 'a title' : 'a date'}` });
      } else {
        const era: AuthoredEra = { date: event.date, title: event.title };
        if (event.id) era.id = event.id;
        eras.push(era);
      }
      problemAt(-1);
      continue;
    }
    if (event.group !== undefined) event.group = groups.idFor(event.group);
    problemAt(document.events.length);
    document.events.push(event);
    eventRows.push(row);
  }
  if (eras.length) document.eras = eras;
  if (groups.list.length) document.groups = groups.list;
  return { document, problems, rows: eventRows, starts };
}

type Notes = { column?: string; note: string }[];

function readOurRow(cell: (field: Field) => string, notes: Notes): AuthoredEvent {
  const event: AuthoredEvent = { date: cell('date'), title: cell('title') };
  const optional = (field: 'id' | 'displayDate' | 'description' | 'group') => {
    const value = cell(field);
    if (value) event[field] = value;
  };
  optional('id');
  optional('displayDate');
  optional('description');
  optional('group');
  const status = cell('status');
  if (status) event.status = STATUSES[headerKey(status)] ?? status;
  const sourceName = cell('source');
  const sourceUrl = cell('sourceUrl');
  if (sourceName || sourceUrl) {
    let name = sourceName;
    if (!name) {
      try {
        name = new URL(sourceUrl).hostname;
      } catch {
        name = sourceUrl;
      }
      notes.push({ column: 'sourceUrl', note: `a source link without a source name; it is named "${name}"` });
    }
    event.source = sourceUrl ? { name, url: sourceUrl } : { name };
  }
  const tags = cell('tags')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length) event.tags = tags;
  const url = cell('media');
  const media: Partial<AuthoredMedia> = {};
  if (cell('mediaAlt')) media.alt = cell('mediaAlt');
  if (cell('mediaCaption')) media.caption = cell('mediaCaption');
  if (cell('mediaCredit')) media.credit = cell('mediaCredit');
  if (url) event.media = { url, ...media };
  else if (Object.keys(media).length)
    notes.push({ column: 'media', note: 'media details without a media address are ignored' });
  return event;
}

function readTimelineJsRow(cell: (field: TimelineJsField) => string, notes: Notes): AuthoredEvent {
  const start = { year: cell('year'), month: cell('month'), day: cell('day'), time: cell('time') };
  const end = { year: cell('end year'), month: cell('end month'), day: cell('end day'), time: cell('end time') };
  const hasDate = Object.values(start).some((value) => value !== '');
  const range = hasDate ? timelineJsRange(start, end) : { date: undefined, reason: undefined };
  if (range.reason) notes.push({ column: 'year', note: range.reason });
  const event: AuthoredEvent = { date: range.date ?? '', title: plainText(cell('headline')) };
  const displayDate = cell('display date');
  if (displayDate) event.displayDate = plainText(displayDate);
  const body = cell('text');
  if (body) {
    const textNotes: string[] = [];
    const description = richText(body, textNotes);
    if (description) event.description = description;
    for (const note of textNotes) notes.push({ column: 'text', note });
  }
  const url = cell('media');
  if (url.startsWith('<')) notes.push({ column: 'media', note: HTML_MEDIA.replace('its media', 'the media') });
  else if (url) {
    const media: AuthoredMedia = { url };
    if (cell('media caption')) media.caption = plainText(cell('media caption'));
    if (cell('media credit')) media.credit = plainText(cell('media credit'));
    event.media = media;
  }
  if (cell('media thumbnail'))
    notes.push({ column: 'media thumbnail', note: 'the media thumbnail is not used (the media itself is)' });
  if (cell('background'))
    notes.push({ column: 'background', note: 'the background cannot be shown here and was not carried over' });
  const group = cell('group');
  if (group) event.group = group;
  return event;
}
