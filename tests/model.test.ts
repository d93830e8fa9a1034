import { expect } from '@open-wc/testing';
import { parseDate } from '../src/model/edtf.js';
import { zoneNamed } from '../src/model/time-zone.js';
import { isStoryShape, normalizeStory, slugify } from '../src/model/normalize.js';
import { parseRichText } from '../src/model/rich-text.js';
import type { EventKind, Precision } from '../src/model/types.js';

interface ValidCase {
  text: string;
  kind: EventKind;
  start: string;
  end: string;
  precision: Precision;
  approximate?: boolean;
  uncertain?: boolean;
  openStart?: boolean;
  openEnd?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

const validCases: ValidCase[] = [
  // The first story's dates.
  {
    text: '[2023-01-21..2023-01-31]',
    kind: 'window',
    start: '2023-01-21T00:00:00.000Z',
    end: '2023-02-01T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2023-04',
    kind: 'window',
    start: '2023-04-01T00:00:00.000Z',
    end: '2023-05-01T00:00:00.000Z',
    precision: 'month',
  },
  {
    text: '2023-05-03',
    kind: 'instant',
    start: '2023-05-03T00:00:00.000Z',
    end: '2023-05-04T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2023-07-11/2023-07-12',
    kind: 'duration',
    start: '2023-07-11T00:00:00.000Z',
    end: '2023-07-13T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2024',
    kind: 'window',
    start: '2024-01-01T00:00:00.000Z',
    end: '2025-01-01T00:00:00.000Z',
    precision: 'year',
  },
  {
    text: '[..2023-07-10]',
    kind: 'window',
    start: '2023-07-10T00:00:00.000Z',
    end: '2023-07-11T00:00:00.000Z',
    precision: 'day',
    openStart: true,
  },
  // Qualifiers.
  {
    text: '2023-01~',
    kind: 'window',
    start: '2023-01-01T00:00:00.000Z',
    end: '2023-02-01T00:00:00.000Z',
    precision: 'month',
    approximate: true,
  },
  {
    text: '2023-05-03?',
    kind: 'instant',
    start: '2023-05-03T00:00:00.000Z',
    end: '2023-05-04T00:00:00.000Z',
    precision: 'day',
    uncertain: true,
  },
  {
    text: '2023-04%',
    kind: 'window',
    start: '2023-04-01T00:00:00.000Z',
    end: '2023-05-01T00:00:00.000Z',
    precision: 'month',
    approximate: true,
    uncertain: true,
  },
  {
    text: '2023~/2023-06-15',
    kind: 'duration',
    start: '2023-01-01T00:00:00.000Z',
    end: '2023-06-16T00:00:00.000Z',
    precision: 'day',
    approximate: true,
  },
  // Open sides.
  {
    text: '2023-07-11/..',
    kind: 'duration',
    start: '2023-07-11T00:00:00.000Z',
    end: '2023-07-12T00:00:00.000Z',
    precision: 'day',
    openEnd: true,
  },
  {
    text: '../2023-07-12',
    kind: 'duration',
    start: '2023-07-12T00:00:00.000Z',
    end: '2023-07-13T00:00:00.000Z',
    precision: 'day',
    openStart: true,
  },
  {
    text: '[2023-01..]',
    kind: 'window',
    start: '2023-01-01T00:00:00.000Z',
    end: '2023-02-01T00:00:00.000Z',
    precision: 'month',
    openEnd: true,
  },
  // Mixed precision: the finest written part wins.
  {
    text: '[2023..2023-03]',
    kind: 'window',
    start: '2023-01-01T00:00:00.000Z',
    end: '2023-04-01T00:00:00.000Z',
    precision: 'month',
  },
  {
    text: '2023-05-03/2023-05',
    kind: 'duration',
    start: '2023-05-03T00:00:00.000Z',
    end: '2023-06-01T00:00:00.000Z',
    precision: 'day',
  },
  // Calendar edges.
  {
    text: '2024-02-29',
    kind: 'instant',
    start: '2024-02-29T00:00:00.000Z',
    end: '2024-03-01T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2000-02-29',
    kind: 'instant',
    start: '2000-02-29T00:00:00.000Z',
    end: '2000-03-01T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2023-12-31',
    kind: 'instant',
    start: '2023-12-31T00:00:00.000Z',
    end: '2024-01-01T00:00:00.000Z',
    precision: 'day',
  },
  {
    text: '2023-12',
    kind: 'window',
    start: '2023-12-01T00:00:00.000Z',
    end: '2024-01-01T00:00:00.000Z',
    precision: 'month',
  },
  {
    text: '0050',
    kind: 'window',
    start: '0050-01-01T00:00:00.000Z',
    end: '0051-01-01T00:00:00.000Z',
    precision: 'year',
  },
  {
    text: ' 2023-05-03 ',
    kind: 'instant',
    start: '2023-05-03T00:00:00.000Z',
    end: '2023-05-04T00:00:00.000Z',
    precision: 'day',
  },
];

describe('parseDate: the SPEC subset', () => {
  for (const c of validCases) {
    it(`reads "${c.text}" as a ${c.kind}`, () => {
      const result = parseDate(c.text);
      if (!result.ok) throw new Error(result.message);
      const date = result.value;
      expect({
        kind: date.kind,
        start: iso(date.start),
        end: iso(date.end),
        precision: date.precision,
        approximate: date.approximate,
        uncertain: date.uncertain,
        openStart: date.openStart,
        openEnd: date.openEnd,
      }).to.deep.equal({
        kind: c.kind,
        start: c.start,
        end: c.end,
        precision: c.precision,
        approximate: c.approximate ?? false,
        uncertain: c.uncertain ?? false,
        openStart: c.openStart ?? false,
        openEnd: c.openEnd ?? false,
      });
      expect(date.from === undefined).to.equal(date.openStart);
      expect(date.to === undefined).to.equal(date.openEnd);
    });
  }

  it('keeps the written calendar parts', () => {
    const result = parseDate('[2023-01-21..2023-01-31~]');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.from).to.deep.equal({
      year: 2023,
      month: 1,
      day: 21,
      precision: 'day',
      approximate: false,
      uncertain: false,
    });
    expect(result.value.to).to.deep.equal({
      year: 2023,
      month: 1,
      day: 31,
      precision: 'day',
      approximate: true,
      uncertain: false,
    });
    expect(result.value.approximate).to.equal(true);
  });

  it('gives a single date the same from and to', () => {
    const result = parseDate('2023-04');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.from).to.deep.equal(result.value.to);
  });

  it('reads exact UTC milliseconds, whatever the browser time zone', () => {
    const day = parseDate('2023-05-03');
    const year = parseDate('2024');
    if (!day.ok || !year.ok) throw new Error('should parse');
    expect(day.value.start).to.equal(1683072000000);
    expect(day.value.end).to.equal(1683158400000);
    expect(year.value.start).to.equal(1704067200000);
    expect(year.value.end).to.equal(1735689600000);
  });
});

describe('parseDate: years before 1 and after 9999', () => {
  const years = (text: string) => {
    const result = parseDate(text);
    if (!result.ok) throw new Error(result.message);
    const start = new Date(result.value.start);
    const end = new Date(result.value.end);
    return { result: result.value, start, end };
  };

  it('numbers years astronomically: -0043-03-15 is 15 March 44 BC', () => {
    const { result, start, end } = years('-0043-03-15');
    expect([start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()]).to.deep.equal([-43, 2, 15]);
    expect(+end - +start).to.equal(86_400_000);
    expect(result.precision).to.equal('day');
    expect(result.kind).to.equal('instant');
  });

  it('knows the length of every month of four centuries, as Date counts them', function () {
    // Some 4,800 months parsed and counted: seconds in WebKit on a busy machine.
    this.timeout(30_000);
    for (let year = 1896; year < 2304; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const mm = String(month).padStart(2, '0');
        expect(parseDate(`${year}-${mm}-${last}`).ok, `${year}-${mm}-${last}`).to.equal(true);
        expect(parseDate(`${year}-${mm}-${last + 1}`).ok, `${year}-${mm}-${last + 1}`).to.equal(false);
      }
    }
  });

  it('reads year 0 (1 BC) as a leap year, as the proleptic Gregorian calendar does', () => {
    expect(parseDate('0000-02-29').ok).to.equal(true);
    expect(parseDate('-0001-02-29').ok).to.equal(false);
  });

  it("reads EDTF's Y form for long years, at year precision", () => {
    const past = years('Y-170000');
    expect(past.start.getUTCFullYear()).to.equal(-170000);
    expect(past.end.getUTCFullYear()).to.equal(-169999);
    expect(past.result.kind).to.equal('window');
    expect(years('Y12345').start.getUTCFullYear()).to.equal(12345);
  });

  it('reads intervals and sets that cross year 1', () => {
    const { start, end } = years('-0100/0100');
    expect(start.getUTCFullYear()).to.equal(-100);
    expect(end.getUTCFullYear()).to.equal(101);
    expect(parseDate('[-0044~..0014]').ok).to.equal(true);
  });

  it('holds every year a Date holds, and names the limit past it', () => {
    expect(parseDate('Y-271820').ok).to.equal(true);
    expect(parseDate('Y275759').ok).to.equal(true);
    const before = parseDate('Y-271821');
    expect(before.ok).to.equal(false);
    if (!before.ok) expect(before.message).to.include('years -271820 to 275759');
  });
});

const invalidCases: { text: string; mentions?: string }[] = [
  { text: '', mentions: 'empty' },
  { text: 'May 3', mentions: 'expected a form like 2023-05-03' },
  { text: '2023-13', mentions: 'month 13 does not exist' },
  { text: '2023-00', mentions: 'month 00 does not exist' },
  { text: '2023-02-29', mentions: 'not a leap year' },
  { text: '2023-04-31', mentions: 'April 2023 has only 30 days' },
  { text: '2023-05-00', mentions: 'day 00' },
  { text: '2023-05-03/2023-05-01', mentions: 'ends before it starts' },
  { text: '[2023-01-31..2023-01-21]', mentions: 'ends before it starts' },
  { text: '2023-06/2023-05', mentions: 'ends before it starts (2023-05 is before 2023-06)' },
  { text: '../..', mentions: 'both sides are open' },
  { text: '[..]', mentions: 'at least one date' },
  { text: '2023/', mentions: 'write ..' },
  { text: '2023/2024/2025', mentions: 'exactly one' },
  { text: '2023-5-3', mentions: 'two digits' },
  { text: '23-05-03', mentions: 'four digits' },
  { text: '2023-05-03T25:00', mentions: 'hour 25 does not exist' },
  { text: '2023~?', mentions: 'only one mark' },
  { text: '[2023-01-01,2023-02-01]', mentions: 'not supported' },
  { text: '[2023-01-01..2023-02-01', mentions: 'must end with ]' },
  { text: '2023-01-01..2023-02-01', mentions: 'square brackets' },
  { text: '2023-07-11 / 2023-07-12', mentions: 'remove the spaces inside the date: 2023-07-11/2023-07-12' },
  { text: '2023-05-03 10:00', mentions: 'a time is written after a T' },
  { text: '2023-~05', mentions: 'at the end' },
  { text: '-500', mentions: 'four digits' },
  { text: '12345', mentions: 'written with a Y, e.g. Y12345' },
  { text: 'Y2023', mentions: 'the Y form is for years of five digits or more' },
  { text: 'Y-300000', mentions: 'outside what can be shown (years -271820 to 275759' },
  { text: 'Y12345678', mentions: 'outside what can be shown' },
  { text: '-0000/..', mentions: 'there is no year -0000' },
];

describe('parseDate: what it refuses', () => {
  for (const c of invalidCases) {
    it(`refuses "${c.text}" and says why`, () => {
      const result = parseDate(c.text, zoneNamed('UTC'));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.message).to.include(`Unreadable date "${c.text}"`);
      if (c.mentions) expect(result.message).to.include(c.mentions);
    });
  }

  it('never throws, even for odd strings or a non-string slipped in from JS', () => {
    const odd = ['[', ']', '/', '..', '[[2023]]', '%', '9999-12-31/..', '2023-02-30?', '\u0000', 'x'.repeat(10_000)];
    for (const text of odd) expect(() => parseDate(text)).not.to.throw();
    expect(parseDate(42 as unknown as string).ok).to.equal(false);
    expect(parseDate(null as unknown as string).ok).to.equal(false);
  });

  it('quotes only the start of a very long input', () => {
    const result = parseDate('x'.repeat(500));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message.length).to.be.below(300);
  });
});

const firstStory = {
  title: 'L’OTAN veut ouvrir un bureau à Tokyo',
  lang: 'fr',
  events: [
    { id: 'tokyo-office-opening', date: '2024', title: 'Ouverture prévue du bureau de liaison', status: 'planned' },
    {
      id: 'nikkei-leak',
      date: '2023-05-03',
      title: 'Le Nikkei révèle le projet',
      status: 'confirmed',
      source: { name: 'Nikkei', url: 'https://www.nikkei.com/' },
    },
    {
      id: 'kishida-stoltenberg',
      date: '[2023-01-21..2023-01-31]',
      displayDate: 'fin janvier 2023',
      title: 'Fumio Kishida et Jens Stoltenberg se rencontrent',
    },
    {
      id: 'vilnius-summit',
      date: '2023-07-11/2023-07-12',
      title: 'Sommet de l’OTAN à Vilnius',
      tags: ['OTAN', 7, 'Lituanie'],
    },
    {
      id: 'draft-proposal',
      date: '2023-04',
      title: 'Projet de proposition aux 31 membres',
      status: 'reported',
      source: 'Nikkei',
    },
  ],
};

describe('normalizeStory', () => {
  it('reads the first story: five events, sorted, ids kept, no problems', () => {
    const story = normalizeStory(firstStory);
    expect(story.problems).to.deep.equal([]);
    expect(story.title).to.equal(firstStory.title);
    expect(story.lang).to.equal('fr');
    expect(story.events.map((e) => e.id)).to.deep.equal([
      'kishida-stoltenberg',
      'draft-proposal',
      'nikkei-leak',
      'vilnius-summit',
      'tokyo-office-opening',
    ]);
    const byId = new Map(story.events.map((e) => [e.id, e]));
    expect(byId.get('kishida-stoltenberg')?.status).to.equal('confirmed');
    expect(byId.get('kishida-stoltenberg')?.displayDate).to.equal('fin janvier 2023');
    expect(byId.get('draft-proposal')?.status).to.equal('reported');
    expect(byId.get('draft-proposal')?.source).to.deep.equal({ name: 'Nikkei' });
    expect(byId.get('nikkei-leak')?.source).to.deep.equal({ name: 'Nikkei', url: 'https://www.nikkei.com/' });
    expect(byId.get('vilnius-summit')?.tags).to.deep.equal(['OTAN', 'Lituanie']);
    expect(byId.get('vilnius-summit')?.date.kind).to.equal('duration');
    expect(byId.get('tokyo-office-opening')?.index).to.equal(0);
    expect(byId.get('tokyo-office-opening')?.dateText).to.equal('2024');
  });

  it('accepts a bare array of events', () => {
    const story = normalizeStory(firstStory.events);
    expect(story.events).to.have.length(5);
    expect(story.problems).to.deep.equal([]);
    expect(story.title).to.equal(undefined);
  });

  it('turns each broken event into a problem and keeps the others', () => {
    const story = normalizeStory([
      { id: 'ok-1', date: '2023-05-03', title: 'Fine' },
      { id: 'no-title', date: '2023-05-04', title: '   ' },
      { id: 'bad-date', date: 'May 3', title: 'Le Nikkei révèle le projet' },
      { id: 'backwards', date: '2023-05-03/2023-05-01', title: 'Backwards' },
      { id: 'ok-1', date: '2023-06-01', title: 'Same id again' },
      { id: 'ok-2', date: '2023-04', title: 'Also fine' },
      'not an event',
    ]);
    expect(story.events.map((e) => e.id)).to.deep.equal(['ok-2', 'ok-1']);
    expect(story.events.find((e) => e.id === 'ok-1')?.title).to.equal('Fine');
    expect(story.problems.map((p) => p.index)).to.deep.equal([1, 2, 3, 4, 6]);
    const [noTitle, badDate, backwards, duplicate, notObject] = story.problems;
    expect(noTitle?.message).to.equal('Event 2 has no title');
    expect(noTitle?.id).to.equal('no-title');
    expect(badDate?.message).to.include('Event 3 ("Le Nikkei révèle le projet")');
    expect(badDate?.message).to.include('Unreadable date "May 3"');
    expect(backwards?.message).to.include('ends before it starts');
    expect(duplicate?.message).to.include('duplicate id "ok-1": already used by event 1');
    expect(notObject?.message).to.include('Event 7 is text');
  });

  it('reports a missing or non-text date', () => {
    const story = normalizeStory([{ title: 'No date' }, { title: 'Number', date: 2023 }]);
    expect(story.events).to.deep.equal([]);
    expect(story.problems[0]?.message).to.equal('Event 1 ("No date") has no date');
    expect(story.problems[1]?.message).to.include('not text');
  });

  for (const bad of [null, undefined, 42, 'x', true, {}, { events: 3 }, { events: null }]) {
    it(`gives one shape problem for ${JSON.stringify(bad) ?? 'undefined'}`, () => {
      const story = normalizeStory(bad);
      expect(isStoryShape(bad)).to.equal(false);
      expect(story.events).to.deep.equal([]);
      expect(story.problems).to.have.length(1);
      expect(story.problems[0]?.index).to.equal(-1);
      expect(story.problems[0]?.message).to.include('Expected an array of events or an object with an "events" array');
    });
  }

  it('tells good shapes apart', () => {
    expect(isStoryShape([])).to.equal(true);
    expect(isStoryShape({ events: [] })).to.equal(true);
    expect(normalizeStory({ events: [] })).to.deep.equal({ events: [], problems: [] });
  });

  it('derives unique slug ids from date and title', () => {
    const story = normalizeStory([
      { date: '2023-05-03', title: 'Le Nikkei révèle le projet' },
      { date: '2023-05-03', title: 'Le Nikkei révèle le projet!' },
      { date: '2023-05-03', title: 'Le  Nikkei — révèle le projet' },
      { id: '2023-05-03-le-nikkei-revele-le-projet-2', date: '2024', title: 'Claims the suffix first' },
      { date: '[2023-01-21..2023-01-31]', title: 'Œuvre de cœur, à Tokyo' },
      { date: '2023', title: 'x'.repeat(200) },
    ]);
    expect(story.problems).to.deep.equal([]);
    const ids = story.events.map((e) => [e.index, e.id]);
    expect(new Map(ids as [number, string][])).to.deep.equal(
      new Map([
        [0, '2023-05-03-le-nikkei-revele-le-projet'],
        [1, '2023-05-03-le-nikkei-revele-le-projet-3'],
        [2, '2023-05-03-le-nikkei-revele-le-projet-4'],
        [3, '2023-05-03-le-nikkei-revele-le-projet-2'],
        [4, '2023-01-21-2023-01-31-oeuvre-de-coeur-a-tokyo'],
        [5, `2023-${'x'.repeat(55)}`],
      ]),
    );
    for (const event of story.events) expect(event.id).to.match(/^[a-z0-9-]{1,60}$/);
  });

  it('reports a non-URL-safe id and keeps the event under a derived id', () => {
    const story = normalizeStory([{ id: 'a b', date: '2023-05-03', title: 'Spaced' }]);
    expect(story.events.map((e) => e.id)).to.deep.equal(['2023-05-03-spaced']);
    expect(story.problems).to.have.length(1);
    expect(story.problems[0]?.message).to.include('id "a b" is not URL-safe: use letters, digits, - and _');
    expect(story.problems[0]?.id).to.equal('2023-05-03-spaced');
  });

  it('drops links that are not absolute http(s), keeping the source name', () => {
    const story = normalizeStory([
      { id: 'js', date: '2023-05-03', title: 'Script', source: { name: 'Evil', url: 'javascript:alert(1)' } },
      { id: 'data', date: '2023-05-04', title: 'Data', source: { name: 'Blob', url: 'data:text/html,<b>x</b>' } },
      { id: 'relative', date: '2023-05-05', title: 'Relative', source: { name: 'Here', url: '/article' } },
      { id: 'http', date: '2023-05-06', title: 'Plain http', source: { name: 'Old', url: 'http://example.com/a' } },
    ]);
    expect(story.events.map((e) => e.source)).to.deep.equal([
      { name: 'Evil' },
      { name: 'Blob' },
      { name: 'Here' },
      { name: 'Old', url: 'http://example.com/a' },
    ]);
    expect(story.problems.map((p) => p.id)).to.deep.equal(['js', 'data', 'relative']);
    expect(story.problems[0]?.message).to.include('javascript:alert(1)');
    expect(story.problems[0]?.message).to.include('not a full http or https address');
  });

  it('reports an unknown status and shows the event as confirmed', () => {
    const story = normalizeStory([
      { id: 'rumour', date: '2023-05-03', title: 'Rumour', status: 'rumoured' },
      { id: 'cased', date: '2023-05-04', title: 'Cased', status: 'Planned' },
    ]);
    expect(story.events.map((e) => e.status)).to.deep.equal(['confirmed', 'planned']);
    expect(story.problems).to.have.length(1);
    expect(story.problems[0]).to.include({ index: 0, id: 'rumour' });
    expect(story.problems[0]?.message).to.include('unknown status "rumoured"');
    expect(story.problems[0]?.message).to.include('shown as confirmed');
  });

  it('keeps text as plain text and trims titles', () => {
    const story = normalizeStory([
      { date: '2023-05-03', title: '  <b>Bold</b> & co  ', description: '<img src=x onerror=alert(1)>' },
    ]);
    expect(story.events[0]?.title).to.equal('<b>Bold</b> & co');
    expect(story.events[0]?.description).to.equal('<img src=x onerror=alert(1)>');
  });

  it('sorts by start, then end, then input position', () => {
    const story = normalizeStory([
      { id: 'year', date: '2023', title: 'Year' },
      { id: 'day-b', date: '2023-01-01', title: 'Day B' },
      { id: 'day-a', date: '2023-01-01', title: 'Day A' },
      { id: 'month', date: '2023-01', title: 'Month' },
      { id: 'before', date: '2022-12-31', title: 'Before' },
    ]);
    expect(story.events.map((e) => e.id)).to.deep.equal(['before', 'day-b', 'day-a', 'month', 'year']);
  });

  it('never throws on arbitrary JSON', () => {
    const values: unknown[] = [
      [
        null,
        1,
        'a',
        [],
        {},
        { date: {} },
        { title: {}, date: [] },
        { title: 'x', date: '2023', tags: 'no', source: 5, status: 7, id: 9 },
      ],
      { events: [{ title: 'x', date: '2023', source: { url: 'https://example.org/x' } }], title: 5, lang: [] },
      JSON.parse('{"events":[{"title":"t","date":"2023","__proto__":{"x":1}}]}'),
    ];
    for (const value of values) expect(() => normalizeStory(value)).not.to.throw();
    const story = normalizeStory(values[1]);
    expect(story.events[0]?.source).to.deep.equal({ name: 'example.org', url: 'https://example.org/x' });
    expect(story.title).to.equal(undefined);
  });
});

describe('slugify', () => {
  it('strips accents and punctuation', () => {
    expect(slugify('  Sommet de l’OTAN à Vilnius !  ')).to.equal('sommet-de-l-otan-a-vilnius');
    expect(slugify('???')).to.equal('');
  });
});

describe('parseRichText: the description notation', () => {
  it('reads paragraphs, links, emphasis and strong', () => {
    expect(
      parseRichText('The plan is [online](https://example.org/plan), *open* for **comments**.\n  \nA second one.'),
    ).to.deep.equal([
      [
        'The plan is ',
        { tag: 'a', href: 'https://example.org/plan', children: ['online'] },
        ', ',
        { tag: 'em', children: ['open'] },
        ' for ',
        { tag: 'strong', children: ['comments'] },
        '.',
      ],
      ['A second one.'],
    ]);
  });

  it('nests emphasis in links and strong, but never a link in a link', () => {
    expect(parseRichText('[the **Nikkei**](http://x.example/a) **bold *and* more**')).to.deep.equal([
      [
        { tag: 'a', href: 'http://x.example/a', children: ['the ', { tag: 'strong', children: ['Nikkei'] }] },
        ' ',
        { tag: 'strong', children: ['bold ', { tag: 'em', children: ['and'] }, ' more'] },
      ],
    ]);
  });

  it('shows as typed whatever is not the notation', () => {
    for (const text of [
      '2 * 3 * 4',
      '[a](javascript:alert(1))',
      '[a](data:text/html,x)',
      '[a]( https://example.org)',
      '**',
      '*unclosed',
      '<b>bold</b>',
      'a single\nline break',
    ]) {
      expect(parseRichText(text), text).to.deep.equal([[text]]);
    }
    expect(parseRichText('  \n\n ')).to.deep.equal([]);
  });
});
