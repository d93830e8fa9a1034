/**
 * Deep time (issue #14): dates before year 1 worded with their era in each language, years
 * after 9999, and an axis that ticks decades to millennia and marks the era where the window
 * crosses year 1. Pure modules; the element is in demo.test.ts (the history story).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { scaleUtc } from 'd3-scale';
import { parseDate } from '../src/model/edtf.js';
import { normalizeStory } from '../src/model/normalize.js';
import { formatEventDate, formatSpan, formatStorySpan } from '../src/format/dates.js';
import { languages, loadStrings } from '../src/format/strings.js';
import { axisTicks } from '../src/layout/ticks.js';
import type { ParsedDate } from '../src/model/types.js';

function read(text: string): ParsedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const yearStart = (year: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
};

before(async () => {
  await Promise.all(languages.map((lang) => loadStrings(lang)));
});

describe('dates before year 1, worded with their era', () => {
  // [EDTF, en, fr]
  const table: [string, string, string][] = [
    ['-0043-03-15', '15 March 44 BC', '15 mars 44 av. J.-C.'],
    ['-0043-03', 'March 44 BC', 'mars 44 av. J.-C.'],
    ['-0043', '44 BC', '44 av. J.-C.'],
    ['0000', '1 BC', '1 av. J.-C.'],
    ['-0030-09-02/-0030-09-03', '2–3 September 31 BC', '2-3 septembre 31 av. J.-C.'],
    ['-0043/0014', '44 BC – 14 AD', '44 av. J.-C. – 14 ap. J.-C.'],
    ['Y-170000', '170001 BC', '170001 av. J.-C.'],
    ['Y12345', '12345', '12345'],
    ['0014-08-19', '19 August 14 AD', '19 août 14 ap. J.-C.'],
    ['0009-09', 'September 9 AD', 'septembre 9 ap. J.-C.'],
    ['0999', '999 AD', '999 ap. J.-C.'],
    ['1000', '1000', '1000'],
  ];
  for (const [text, en, fr] of table) {
    it(`words ${text} as "${en}" and "${fr}"`, () => {
      expect(formatEventDate(read(text), 'en')).to.equal(en);
      expect(formatEventDate(read(text), 'fr')).to.equal(fr);
    });
  }

  it('puts the era on open ranges and one-of sets', () => {
    expect(formatEventDate(read('../-0043-03-15'), 'en')).to.equal('until 15 March 44 BC');
    expect(formatEventDate(read('[-0044..-0043]'), 'en'))
      .to.include('45')
      .and.include('44 BC');
  });

  it('says the era in every language (Intl words it), never a bare year before 1', () => {
    for (const lang of languages) {
      const text = formatEventDate(read('-0043-03-15'), lang);
      expect(text, lang).to.match(/44/);
      expect(text, lang).not.to.equal(formatEventDate(read('0044-03-15'), lang));
    }
  });

  it('words spans and the title card across year 1 with both eras', () => {
    expect(formatSpan(yearStart(-50), yearStart(20), 'en')).to.equal('51 BC to 19 AD');
    const story = normalizeStory([
      { date: '-0043-03-15', title: 'Ides of March' },
      { date: '0014-08-19', title: 'Death of Augustus' },
    ]);
    expect(formatStorySpan(story.events, 'en')).to.equal('March 44 BC – August 14 AD');
  });
});

describe('the axis in deep time', () => {
  const labels = (from: number, to: number, width = 1200, lang = 'en') =>
    axisTicks(
      scaleUtc()
        .domain([new Date(yearStart(from)), new Date(yearStart(to))])
        .range([0, width]),
      width,
      lang,
    ).map((tick) => tick.label);

  it('marks the era on every year where the window crosses year 1, on round years before Christ', () => {
    expect(labels(-60, 30)).to.deep.equal([
      '60 BC',
      '50 BC',
      '40 BC',
      '30 BC',
      '20 BC',
      '10 BC',
      '10 AD',
      '20 AD',
      '30 AD',
    ]);
    expect(labels(-60, 30, 1200, 'fr')[0]).to.equal('60 av. J.-C.');
  });

  it('marks no era on an axis all after year 1, as before', () => {
    for (const label of labels(1900, 2030)) expect(label).to.match(/^\d{4}$/);
  });

  it('marks BC on an axis all before year 1', () => {
    for (const label of labels(-500, -100)) expect(label).to.match(/^\d+ BC$/);
  });

  it('ticks centuries, millennia and more at wide zooms', () => {
    expect(labels(-1000, 1000, 600)).to.deep.equal(['1000 BC', '500 BC', '500 AD', '1000 AD']);
    expect(labels(-30000, 2000, 320)).to.deep.equal(['30000 BC', '20000 BC', '10000 BC']);
    const whole = labels(-271_000, 275_000, 320);
    expect(whole.length).to.be.within(2, 5);
    expect(whole[0]).to.match(/BC$/);
  });
});

describe("deep time in the element: TimelineJS's cosmo-mixed example", () => {
  it('draws every event a Date holds, words them with their era, and marks the eras on the axis', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline
        lang="en"
        style="width:1000px"
        src="/tests/data/timelinejs/cosmo-mixed.json"
      ></story-timeline>`,
    );
    await waitUntil(
      () => element.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length > 0,
      'drawn',
      {
        timeout: 8000,
      },
    );
    await element.updateComplete;
    const { events } = await (await fetch('/tests/data/timelinejs/cosmo-mixed.json')).json();
    const holdable = (events as { start_date: { year: string } }[]).filter(
      (event) => Math.abs(Number(event.start_date.year)) <= 271_820,
    );
    expect(holdable).to.have.length(7);
    const dated = element.problems.filter((problem) => /date|year/i.test(problem.message));
    expect(dated.map((problem) => problem.index)).to.deep.equal([0, 1, 2, 3]);
    const labels = [...element.shadowRoot!.querySelectorAll('[part~="axis"] span')].map((span) => span.textContent);
    expect(
      labels.some((label) => label!.endsWith('BC')),
      labels.join(' | '),
    ).to.equal(true);
    expect(
      labels.some((label) => label!.endsWith('AD')),
      labels.join(' | '),
    ).to.equal(true);
    element.zoomTo('-0400', '-0200');
    await element.updateComplete;
    const euclid = [...element.shadowRoot!.querySelectorAll('[part~="event"]')].find((mark) =>
      mark.getAttribute('aria-label')!.includes('Euclid'),
    );
    expect(euclid?.getAttribute('aria-label')).to.contain('300 BC');
  });
});
