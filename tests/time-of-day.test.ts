/**
 * Times of day (issue #14): reading them, wording them in the element's zone, and the
 * axis's hour and minute ticks in that zone. Pure modules; the element is in
 * time-zone-element.test.ts.
 */
import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { parseDate } from '../src/model/edtf.js';
import { normalizeStory } from '../src/model/normalize.js';
import { zoneNamed } from '../src/model/time-zone.js';
import { formatEventDate, formatStorySpan } from '../src/format/dates.js';
import { loadStrings } from '../src/format/strings.js';
import { axisTicks } from '../src/layout/ticks.js';
import { fineTicks } from '../src/layout/time-ticks.js';
import { TIME_LIMITS, fitWindow, viewLimits, zoomScaleExtent } from '../src/layout/view.js';
import { DAY_MS } from '../src/model/time-units.js';
import type { ParsedDate } from '../src/model/types.js';

const at = (iso: string) => Date.parse(iso);
const tokyo = zoneNamed('Asia/Tokyo');
/** UTC with the time reader (the built-in UTC zone reads no times: the element loads the reader first). */
const UTC_ZONE = zoneNamed('UTC');

function read(text: string, zone = UTC_ZONE): ParsedDate {
  const result = parseDate(text, zone);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

before(async () => {
  await loadStrings('fr');
});

describe('parseDate: times of day', () => {
  it('reads a time in UTC to the minute: a point in time', () => {
    const date = read('2023-05-03T14:05Z');
    expect(date.start).to.equal(at('2023-05-03T14:05:00Z'));
    expect(date.end).to.equal(at('2023-05-03T14:06:00Z'));
    expect(date.precision).to.equal('minute');
    expect(date.kind).to.equal('instant');
  });

  it('reads seconds and an offset', () => {
    const date = read('2023-05-03T14:05:30+09:00');
    expect(date.start).to.equal(at('2023-05-03T05:05:30Z'));
    expect(date.end - date.start).to.equal(1000);
    expect(date.precision).to.equal('second');
    expect(read('2023-05-03T14:05-0330').start).to.equal(at('2023-05-03T17:35:00Z'));
  });

  it('reads a time without offset in the zone it is given, and the same text in UTC without one', () => {
    expect(read('2023-05-03T14:05').start).to.equal(at('2023-05-03T14:05:00Z'));
    expect(read('2023-05-03T14:05', tokyo).start).to.equal(at('2023-05-03T05:05:00Z'));
    // A written offset wins over the zone.
    expect(read('2023-05-03T14:05Z', tokyo).start).to.equal(at('2023-05-03T14:05:00Z'));
  });

  it('refuses times in the built-in UTC zone, which has no time reader (the element loads it first)', () => {
    const result = parseDate('2023-05-03T14:05Z');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message).to.include('times of day need the times chunk');
  });

  it('keeps calendar dates as calendar dates in every zone', () => {
    expect(read('2023-05-03', tokyo)).to.deep.equal(read('2023-05-03'));
    expect(read('2023-05', zoneNamed('America/New_York'))).to.deep.equal(read('2023-05'));
  });

  it('reads times at either end of an interval, and mixed with a day', () => {
    const day = read('2023-05-03T09:00Z/2023-05-03T17:30Z');
    expect(day.kind).to.equal('duration');
    expect(day.start).to.equal(at('2023-05-03T09:00:00Z'));
    expect(day.end).to.equal(at('2023-05-03T17:31:00Z'));
    expect(day.precision).to.equal('minute');
    expect(read('2023-05-03/2023-05-04T12:00Z').end).to.equal(at('2023-05-04T12:01:00Z'));
    expect(read('2023-05-03T09:00Z/..').openEnd).to.equal(true);
    expect(read('[2023-05-03T09:00Z..2023-05-03T10:00Z]').kind).to.equal('window');
  });

  const refused: [string, string][] = [
    ['2023-05-03T25:00', 'hour 25 does not exist'],
    ['2023-05-03T24:00', 'hour 24 does not exist (00 to 23)'],
    ['2023-05-03T14:60', 'minute 60 does not exist'],
    ['2023-05-03T14:05:61', 'second 61 does not exist'],
    ['2023-05-03T14:05+15:00', 'the offset +15:00 does not exist'],
    ['2023-05-03T14:05-13:00', 'the offset -13:00 does not exist'],
    ['2023-05-03T14:05+09:75', 'the offset +09:75 does not exist'],
    ['2023-05-03T14:05-00:00', 'the offset -00:00 does not exist (offsets go from -12:00 to +14:00; zero is Z)'],
    ['2023-05-03T14:05:30.5Z', 'a time is written as hours and minutes (two digits each) after the T'],
    ['2023-05-03T9:05', 'a time is written as hours and minutes (two digits each) after the T'],
    ['2023-05T10:00', 'a time needs the whole day before it'],
    ['2023-05-03 10:00', 'a time is written after a T, e.g. 2023-05-03T14:05'],
    ['2023-05-03T17:30Z/2023-05-03T09:00Z', 'ends before it starts (2023-05-03T09:00 is before 2023-05-03T17:30)'],
  ];
  for (const [text, reason] of refused) {
    it(`refuses ${text} and says why`, () => {
      const result = parseDate(text, UTC_ZONE);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message).to.include(`Unreadable date "${text}"`).and.include(reason);
    });
  }
});

describe('normalizeStory: the time zone', () => {
  it('reads times without offset in the zone, and says so when the zone is unknown', () => {
    const events = [{ date: '2023-05-03T14:05', title: 'Flash' }];
    expect(normalizeStory(events, { zone: tokyo }).events[0]!.date.start).to.equal(at('2023-05-03T05:05:00Z'));
    const unknown = normalizeStory(events, { zone: zoneNamed('Mars/Olympus_Mons') });
    expect(unknown.events[0]!.date.start).to.equal(at('2023-05-03T14:05:00Z'));
    expect(unknown.problems).to.have.length(1);
    expect(unknown.problems[0]!.message).to.include('Unknown time zone "Mars/Olympus_Mons"').and.include('UTC');
  });
});

describe('formatEventDate: times of day', () => {
  const utcReader = { zone: 'UTC', reader: 'UTC' };
  it('words a time in the zone, without naming it for a reader in that zone', () => {
    expect(formatEventDate(read('2023-05-03T14:05Z'), 'en', undefined, utcReader)).to.equal('3 May 2023 at 14:05');
    expect(formatEventDate(read('2023-05-03T14:05:30Z'), 'en', undefined, utcReader)).to.equal(
      '3 May 2023 at 14:05:30',
    );
  });

  it('names the zone for a reader elsewhere', () => {
    const paris = { zone: 'UTC', reader: 'Europe/Paris' };
    expect(formatEventDate(read('2023-05-03T14:05Z'), 'en', undefined, paris)).to.equal('3 May 2023 at 14:05 UTC');
    const inTokyo = { zone: 'Asia/Tokyo', reader: 'Europe/Paris' };
    expect(formatEventDate(read('2023-05-03T14:05Z'), 'fr', undefined, inTokyo)).to.equal('3 mai 2023 à 23:05 UTC+9');
  });

  it('words a calendar date the same in every zone', () => {
    const inTokyo = { zone: 'Asia/Tokyo', reader: 'Europe/Paris' };
    expect(formatEventDate(read('2023-05-03'), 'en', undefined, inTokyo)).to.equal('3 May 2023');
  });

  it('words a day of times as its day on the title card', () => {
    const day = normalizeStory(
      [
        { date: '2023-05-03T06:00Z', title: 'a' },
        { date: '2023-05-03T22:00Z', title: 'b' },
      ],
      { zone: UTC_ZONE },
    ).events;
    expect(formatStorySpan(day, 'en')).to.equal('3 May 2023');
  });
});

describe('axis ticks for times of day', () => {
  const ticks = (start: string, end: string, zone = UTC_ZONE, width = 1200, lang = 'en') => {
    const scale = scaleUtc()
      .domain([new Date(at(start)), new Date(at(end))])
      .range([0, width]);
    return axisTicks(scale, width, lang, undefined, fineTicks(zone));
  };

  it('ticks hours with the day on the first tick and at midnight', () => {
    const result = ticks('2023-05-03T20:30:00Z', '2023-05-04T04:30:00Z');
    expect(result.map((t) => t.label)).to.deep.equal([
      '3 May, 21:00',
      '22:00',
      '23:00',
      '4 May',
      '01:00',
      '02:00',
      '03:00',
      '04:00',
    ]);
    expect(result.filter((t) => t.major).map((t) => t.label)).to.deep.equal(['3 May, 21:00', '4 May']);
  });

  it('ticks minutes at about ten minutes across the width, worded in the language', () => {
    const result = ticks('2023-05-03T14:00:00Z', '2023-05-03T14:10:00Z', UTC_ZONE, 1200, 'fr');
    expect(result.length).to.be.within(5, 16);
    for (const tick of result) expect(tick.time % 60_000).to.equal(0);
    expect(result.at(-1)!.label).to.equal('14:10');
  });

  it("ticks whole hours of the zone's clock, also where the offset is not whole hours (Asia/Kolkata)", () => {
    const kolkata = ticks('2023-05-03T03:00:00Z', '2023-05-03T09:00:00Z', zoneNamed('Asia/Kolkata'), 600);
    // 10:00 in Kolkata (UTC+05:30) is 04:30 UTC.
    expect(kolkata[0]!.time).to.equal(at('2023-05-03T03:30:00Z'));
    expect(kolkata.map((t) => t.label).slice(0, 3)).to.deep.equal(['3 May, 09:00', '10:00', '11:00']);
    const inTokyo = ticks('2023-05-03T14:00:00Z', '2023-05-03T16:00:00Z', tokyo, 320);
    expect(inTokyo.map((t) => t.label)[0]).to.match(/^3 May, 23:00$/);
  });

  it('ticks each hour once where clocks go back, and skips the missing hour where they go forward', () => {
    const paris = zoneNamed('Europe/Paris');
    const back = ticks('2023-10-28T22:30:00Z', '2023-10-29T03:30:00Z', paris, 600);
    expect(back.map((t) => t.label)).to.deep.equal(['29 Oct, 01:00', '02:00', '03:00', '04:00']);
    const forward = ticks('2023-03-25T22:30:00Z', '2023-03-26T03:30:00Z', paris, 600);
    expect(forward.map((t) => t.label)).to.deep.equal(['26 Mar', '01:00', '03:00', '04:00', '05:00']);
  });

  it('stays at days and coarser without times (no fine ticks)', () => {
    const scale = scaleUtc()
      .domain([new Date(at('2023-05-03T00:00:00Z')), new Date(at('2023-05-04T00:00:00Z'))])
      .range([0, 1200]);
    for (const tick of axisTicks(scale, 1200, 'en')) expect(tick.time % DAY_MS).to.equal(0);
  });
});

describe('zoom limits for times of day', () => {
  it('zooms to about ten minutes with times, a day without', () => {
    const timed = normalizeStory(
      [
        { date: '2023-05-03T06:00Z', title: 'a' },
        { date: '2023-05-03T22:00Z', title: 'b' },
      ],
      { zone: UTC_ZONE },
    ).events;
    expect(viewLimits(timed)).to.equal(TIME_LIMITS);
    const extent: [number, number] = [timed[0]!.date.start, timed[1]!.date.end];
    const fit = fitWindow(extent, 0, TIME_LIMITS);
    const [, maxK] = zoomScaleExtent(fit, extent, TIME_LIMITS);
    expect((fit[1] - fit[0]) / maxK).to.equal(10 * 60_000);
    const days = normalizeStory([{ date: '2023-05-03', title: 'a' }]).events;
    const dayFit = fitWindow([days[0]!.date.start, days[0]!.date.end]);
    expect((dayFit[1] - dayFit[0]) / zoomScaleExtent(dayFit, undefined)[1]).to.equal(DAY_MS);
  });
});
