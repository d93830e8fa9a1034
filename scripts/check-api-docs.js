// `npm test` runs this after the build: the tables of docs/api.md (the element's API and
// its theming) must list exactly what custom-elements.json (generated from the element's
// JSDoc) says the element has, each name once. Exits 1 with every difference, so neither can
// drift from the other unnoticed.
//
// The page's tables are found by their first header cell:
//   attribute | property | …   attributes and properties ("—" for none)
//   method | …                  methods, named before their "("
//   event | …                   events
//   part | …                    CSS shadow parts
//   property | …                CSS custom properties
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAG = 'story-timeline';
/** The page that documents the element's API and theming. */
const PAGE = 'docs/api.md';

function readManifest() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  } catch (error) {
    fail([`cannot read custom-elements.json (${error.message}); run \`npm run build\` first`]);
  }
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === TAG);
  if (!element) fail([`custom-elements.json has no <${TAG}>`]);

  // The manifest is the public contract: a private member listed in it is a mistake.
  const hidden = (element.members ?? []).filter(
    (member) => member.privacy === 'private' || member.privacy === 'protected',
  );
  if (hidden.length) fail([`custom-elements.json lists private members: ${hidden.map((m) => m.name).join(', ')}`]);
  // A name listed twice (a part documented in two files, say) shows twice in editors and tools.
  const twice = [
    ['attribute', element.attributes],
    ['member', element.members],
    ['event', element.events],
    ['CSS part', element.cssParts],
    ['CSS custom property', element.cssProperties],
  ].flatMap(([noun, list = []]) => {
    const names = list.map((entry) => (noun === 'member' && entry.static ? `static ${entry.name}` : entry.name));
    return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))].map((name) => `${noun} \`${name}\``);
  });
  if (twice.length) fail([`custom-elements.json lists more than once: ${twice.join(', ')}`]);
  const isPublic = (member) =>
    !member.static && !member.inheritedFrom && (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);
  const members = (element.members ?? []).filter(isPublic);
  return {
    attributes: new Map((element.attributes ?? []).map((a) => [a.name, a.fieldName ?? null])),
    properties: new Set(members.filter((m) => m.kind === 'field').map((m) => m.name)),
    methods: new Set(members.filter((m) => m.kind === 'method').map((m) => m.name)),
    events: new Set((element.events ?? []).map((e) => e.name)),
    parts: new Set((element.cssParts ?? []).map((p) => p.name)),
    cssProperties: new Set((element.cssProperties ?? []).map((p) => p.name)),
  };
}

/** Every markdown table: its header cells and body rows, as trimmed cell text. */
function tables(markdown) {
  const found = [];
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!isRow(lines[i]) || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
    const header = cells(lines[i]).map((cell) => cell.toLowerCase());
    const rows = [];
    let j = i + 2;
    for (; j < lines.length && isRow(lines[j]); j += 1) rows.push(cells(lines[j]));
    found.push({ header, rows, line: i + 1 });
    i = j - 1;
  }
  return found;
}

const isRow = (line) => /^\s*\|.*\|\s*$/.test(line);

/** Splits a table row on "|", except escaped "\|" and "|" inside `code`. */
function cells(line) {
  const out = [];
  let cell = '';
  let inCode = false;
  const text = line.trim().replace(/^\||\|$/g, '');
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\' && text[i + 1] === '|') {
      cell += '|';
      i += 1;
    } else if (char === '`') {
      inCode = !inCode;
      cell += char;
    } else if (char === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  out.push(cell.trim());
  return out;
}

/** The `code` names in a cell: "`start`, `end`" → ["start", "end"]; "—" → []. */
const codeNames = (cell = '') => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1].trim());

function readPage() {
  const page = readFileSync(`${root}${PAGE}`, 'utf8');
  const byKind = {};
  for (const table of tables(page)) {
    const kind = table.header[0];
    if (byKind[kind]) fail([`${PAGE}: two "${kind}" tables (lines ${byKind[kind].line} and ${table.line})`]);
    byKind[kind] = table;
  }
  const rowsOf = (kind) => byKind[kind]?.rows ?? [];

  const attributes = new Map();
  const properties = new Set();
  const attributeTable = byKind.attribute;
  const propertyColumn = attributeTable ? attributeTable.header.indexOf('property') : -1;
  for (const row of rowsOf('attribute')) {
    const attributeNames = codeNames(row[0]);
    const propertyNames = propertyColumn < 0 ? [] : codeNames(row[propertyColumn]);
    attributeNames.forEach((name, index) => attributes.set(name, propertyNames[index] ?? null));
    propertyNames.forEach((name) => properties.add(name));
  }
  const firstName = (row) => codeNames(row[0])[0]?.replace(/\(.*$/s, '');
  return {
    found: Object.keys(byKind),
    attributes,
    properties,
    methods: new Set(rowsOf('method').map(firstName).filter(Boolean)),
    events: new Set(rowsOf('event').map(firstName).filter(Boolean)),
    parts: new Set(rowsOf('part').map(firstName).filter(Boolean)),
    cssProperties: new Set(rowsOf('property').map(firstName).filter(Boolean)),
  };
}

function fail(lines) {
  console.error(
    `check-api-docs: ${PAGE} and custom-elements.json disagree:\n${lines.map((l) => `  - ${l}`).join('\n')}`,
  );
  process.exit(1);
}

const manifest = readManifest();
const documentedApi = readPage();
const problems = [];

const KINDS = [
  ['attributes', 'attributes', 'the first column of the `attribute | property | …` table'],
  ['properties', 'properties', 'the property column of the `attribute | property | …` table'],
  ['methods', 'methods', 'the `method | …` table'],
  ['events', 'events', 'the `event | …` table'],
  ['parts', 'CSS parts', 'the `part | …` table (Theming)'],
  ['cssProperties', 'CSS custom properties', 'the `property | …` table (Theming)'],
];
for (const [key, nouns, where] of KINDS) {
  const documented = new Set(documentedApi[key].keys());
  const actual = new Set(manifest[key].keys());
  const missing = [...actual].filter((name) => !documented.has(name));
  const extra = [...documented].filter((name) => !actual.has(name));
  const list = (names) => names.map((name) => `\`${name}\``).join(', ');
  if (missing.length) problems.push(`${nouns} missing from ${where}: ${list(missing)}`);
  if (extra.length) problems.push(`${nouns} in ${where} that custom-elements.json does not have: ${list(extra)}`);
}
for (const [attribute, property] of manifest.attributes) {
  const documented = documentedApi.attributes.get(attribute);
  if (documented && property && documented !== property) {
    problems.push(
      `attribute \`${attribute}\` is property \`${property}\` in custom-elements.json, \`${documented}\` in ${PAGE}`,
    );
  }
}

if (problems.length) fail(problems);
const count = (key) => manifest[key].size;
console.log(
  `check-api-docs: ${PAGE} matches custom-elements.json (${count('attributes')} attributes, ${count('properties')} properties, ` +
    `${count('methods')} methods, ${count('events')} events, ${count('parts')} parts, ${count('cssProperties')} custom properties)`,
);
