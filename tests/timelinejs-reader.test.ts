import { expect } from '@open-wc/testing';
import { readAuthored } from '../src/model/authoring.js';
import { htmlToNotation } from '../src/model/html-to-notation.js';
import { normalizeStory } from '../src/model/normalize.js';
import { zoneNamed } from '../src/model/time-zone.js';
import { isTimelineJs } from '../src/model/reading.js';
import { timelineJsDate } from '../src/model/timelinejs.js';

async function example(name: string): Promise<{ events: unknown[]; eras?: unknown[] }> {
  return (await fetch(`/tests/data/timelinejs/${name}`)).json();
}

function read(value: unknown) {
  const reading = readAuthored({ kind: 'timelinejs', value });
  return { reading, story: reading.finish(normalizeStory(reading.document, { zone: zoneNamed('UTC') })) };
}

describe('TimelineJS documents', () => {
  it('are told from ours by their start_date objects', () => {
    expect(isTimelineJs({ events: [{ start_date: { year: 2023 } }] })).to.equal(true);
    expect(isTimelineJs({ events: [{ date: '2023', title: 'Ours' }] })).to.equal(false);
    expect(isTimelineJs([{ start_date: { year: 2023 } }])).to.equal(false);
    expect(isTimelineJs({ events: [] })).to.equal(false);
    expect(isTimelineJs(null)).to.equal(false);
  });

  it('keep each date at the precision it was written: a year alone is that year', () => {
    expect(timelineJsDate({ year: '2023' })).to.deep.equal({ ok: true, date: '2023' });
    expect(timelineJsDate({ year: 1609, month: 11 })).to.deep.equal({ ok: true, date: '1609-11' });
    expect(timelineJsDate({ year: '622', month: '08', day: '9' })).to.deep.equal({ ok: true, date: '0622-08-09' });
    // TimelineJS labels year -3500 "3500 BCE": astronomically (year 0 is 1 BC) that is -3499.
    expect(timelineJsDate({ year: '-3500' })).to.deep.equal({ ok: true, date: '-3499' });
    expect(timelineJsDate({ year: '-300000' })).to.deep.equal({ ok: true, date: 'Y-300000' });
    expect(timelineJsDate({ year: '-13800000000' })).to.deep.equal({ ok: true, date: 'Y-13800000000' });
    expect(timelineJsDate({ year: '12345' })).to.deep.equal({ ok: true, date: 'Y12345' });
    expect(timelineJsDate({ year: 'soon' })).to.deep.equal({
      ok: false,
      reason: 'the year "soon" is not a whole number',
    });
    expect(timelineJsDate({ year: 2023, day: 3 })).to.deep.equal({
      ok: false,
      reason: 'a day is given without a month',
    });
    const { story } = read({ events: [{ start_date: { year: '2024' }, text: { headline: 'Opening' } }] });
    expect(story.events[0]!.date.precision).to.equal('year');
    expect(story.events[0]!.date.kind).to.equal('window');
    expect(new Date(story.events[0]!.date.end).toISOString()).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('read eras.json: every event within range, display text as notation, and the eras', async () => {
    const source = await example('eras.json');
    const { reading, story } = read(source);
    expect(story.title).to.equal('Eras Test');
    expect(story.events).to.have.length(source.events.length);
    const battle = story.events.find((event) => event.title.startsWith('Muhammad Migrates from Mecca'));
    expect(battle?.dateText).to.equal('0622-08-09/0622-08-23');
    expect(reading.document.eras).to.deep.equal([
      { date: '0650/0700', title: 'Era Test 650-700' },
      { date: '0600/0650', title: 'Era Test 600-650' },
      { date: '0700/0720', title: 'Era Test 700-720' },
    ]);
    // Backgrounds are named, one problem for each event that had one.
    const withBackground = source.events.filter((event) => (event as { background?: unknown }).background).length;
    expect(withBackground).to.be.greaterThan(0);
    expect(
      story.problems.filter((problem) => problem.message.includes('"background" is not carried over')),
    ).to.have.length(withBackground);
  });

  it('read all-media-types.json: every event, media, groups, unique_id as id, and what was left behind', async () => {
    const source = await example('all-media-types.json');
    const { reading, story } = read(source);
    expect(story.events).to.have.length(source.events.length);
    expect(story.title).to.equal('TimelineJS Media Types');
    expect(reading.document.summary).to.match(/^TimelineJS supports many media types\./);
    expect(story.events.find((event) => event.id === 'wikipedia-commons')).to.not.equal(undefined);
    const first = reading.document.events[0]!;
    expect(first.media).to.deep.equal({
      url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
      caption: "the Monkey section of David Van Tieghem's Ear Drums",
    });
    expect(first.description).to.equal(
      "if Timeline finds a URL that starts with 'youtube.com' or 'youtu.be', it will try to use it to embed a YouTube video. The *protocol* part of the URL (e.g. *https://*) is technically optional.\n\nYou can start at a specific point in the video using the t=#m#s parameter: see [http://youtubetime.com/](http://youtubetime.com/)",
    );
    expect(reading.document.groups!.map((group) => group.title)).to.deep.equal([
      'Video',
      'Social Media',
      'Audio',
      'HTML',
      'Image',
    ]);
    expect(first.group).to.equal('video');
    const messages = story.problems.map((problem) => problem.message);
    expect(messages).to.include(
      'Event 1 ("YouTube Videos"): its text\'s <code> formatting was dropped (the words are kept)',
    );
    expect(messages).to.include('Event 1 ("YouTube Videos"): its "background" is not carried over');
    expect(messages).to.include(
      "The title slide's media and background cannot be shown here and were not carried over",
    );
    expect(messages.some((message) => message.includes("media link's target"))).to.equal(true);
    expect(messages).to.include(
      'Event 32 ("Blockquote"): its media is HTML (a quote or an embed code), not an address, and was not carried over',
    );
  });

  it('read cosmo.json: the years JavaScript dates can hold load, the others are named', async () => {
    const source = await example('cosmo.json');
    const { story } = read(source);
    // A JavaScript Date holds about 271,821 years either side of 1970: the events within
    // that are shown, at year precision; the others (the Big Bang…) are named in a problem.
    const years = source.events.map((event) => Number((event as { start_date: { year: string } }).start_date.year));
    const shown = new Set(story.events.map((event) => event.index));
    years.forEach((year, index) => {
      const holdable = Math.abs(year) <= 271_821;
      expect(shown.has(index), `event ${index + 1} (${year}) shown`).to.equal(holdable);
      if (!holdable)
        expect(
          story.problems.some((problem) => problem.index === index),
          `event ${index + 1} named`,
        ).to.equal(true);
    });
    expect(shown.size).to.be.greaterThan(0);
    expect(story.events.find((event) => event.dateText === '-3499')!.date.precision).to.equal('year');
    expect(story.problems.some((problem) => problem.index === 0 && /Y-13800000000/.test(problem.message))).to.equal(
      true,
    );
  });

  it("read times of day as times without offset (shown in the element's zone)", () => {
    const { story } = read({
      events: [
        { start_date: { year: 2023, month: 5, day: 3, hour: 14, minute: 5 }, text: { headline: 'Leak' } },
        {
          start_date: { year: '2023', month: '5', day: '3', hour: '9' },
          end_date: { year: '2023', month: '5', day: '3', hour: '17', minute: '30', second: '15' },
          text: { headline: 'Talks' },
        },
        { start_date: { year: 2023, month: 5, day: 3, hour: 25 }, text: { headline: 'Bad hour' } },
        { start_date: { year: 2023, month: 5, hour: 9 }, text: { headline: 'No day' } },
        { start_date: { year: 2023, month: 5, day: 4, hour: 9, millisecond: 250 }, text: { headline: 'Fine' } },
      ],
    });
    const dates = story.events.map((event) => event.dateText);
    expect(dates).to.deep.equal(['2023-05-03T09:00/2023-05-03T17:30:15', '2023-05-03T14:05', '2023-05-04T09:00']);
    expect(story.events[1]!.date.start).to.equal(Date.UTC(2023, 4, 3, 14, 5));
    const said = (index: number, words: string) =>
      story.problems.some((problem) => problem.index === index && problem.message.includes(words));
    expect(said(2, 'hour 25 does not exist'), 'hour 25').to.equal(true);
    expect(said(3, 'a time of day is given without a day'), 'no day').to.equal(true);
    expect(said(4, 'milliseconds are not kept'), 'milliseconds').to.equal(true);
  });

  it('read cosmo-mixed.json: every event a Date can hold is shown at its precision, its date without a problem', async () => {
    const source = await example('cosmo-mixed.json');
    const { story } = read(source);
    const written = source.events.map((event) => (event as { start_date: Record<string, string> }).start_date);
    const shown = new Map(story.events.map((event) => [event.index, event]));
    written.forEach((date, index) => {
      const holdable = Math.abs(Number(date.year)) <= 271_820;
      expect(shown.has(index), `event ${index + 1} (${date.year}) shown`).to.equal(holdable);
      // Backgrounds and pictures without alt text are noted apart: only the date counts here.
      const problems = story.problems
        .filter((problem) => problem.index === index && /date|year/i.test(problem.message))
        .map((problem) => problem.message);
      if (holdable) expect(problems, `event ${index + 1}: no problem with its date`).to.deep.equal([]);
      else expect(problems.join(), `event ${index + 1} named`).to.contain('years -271820 to 275759');
      const event = shown.get(index);
      if (event) {
        const precision = date.day ? 'day' : date.month ? 'month' : 'year';
        expect(event.date.precision, `event ${index + 1}`).to.equal(precision);
      }
    });
    expect(shown.size).to.equal(7);
    // Euclid's Optica, "-300": TimelineJS labels it 300 BCE, and so do we (300 BC).
    const euclid = story.events.find((event) => event.title.startsWith('Euclid'))!;
    expect(new Date(euclid.date.start).getUTCFullYear()).to.equal(-299);
    const apollo = story.events.find((event) => event.title.startsWith('Apollo'))!;
    expect(apollo.date.start).to.equal(Date.UTC(1969, 6, 20));
  });
});

describe("TimelineJS's HTML into our notation", () => {
  const cases: [string, string][] = [
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<em>a</em> <i>b</i> <strong>c</strong> <b>d</b>', '*a* *b* **c** **d**'],
    ['<a href="https://x.example/?a=1&amp;b=2">the <em>site</em></a>', '[the *site*](https://x.example/?a=1&b=2)'],
    ['<a href="javascript:alert(1)">click</a>', 'click'],
    ['<script>alert(1)</script>Safe', 'Safe'],
    ['<img src=x onerror=alert(1)>Text', 'Text'],
    ['Line<br>break', 'Line break'],
    ['<em> </em>Empty<strong></strong>', 'Empty'],
    ['<em>word </em>next', '*word* next'],
    ['Tom &amp; Jerry &lt;3 &#233;t&#xE9;', 'Tom & Jerry <3 été'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<!-- note -->Kept', 'Kept'],
    ['  spaced\n  out  ', 'spaced out'],
  ];
  for (const [html, text] of cases) {
    it(`${JSON.stringify(html)} → ${JSON.stringify(text)}`, () => {
      expect(htmlToNotation(html).text).to.equal(text);
    });
  }

  it('never touches the page: the result is a string, whatever the markup', () => {
    const before = document.body.innerHTML;
    const { text, dropped } = htmlToNotation(
      '<img src=x onerror="window.hacked=1"><svg onload="window.hacked=1"></svg>',
    );
    expect(text).to.equal('');
    expect(dropped).to.include.members(['img', 'svg']);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(document.body.innerHTML).to.equal(before);
  });
});
