// Cutting labels to a width in every script: whole characters as the reader sees them,
// at word ends where one is near, with the titles the newsroom writes in Japanese,
// Chinese and Korean, and with emoji and combining accents.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { cutLabel, ELLIPSIS, estimateLabelWidth, graphemes, wordEnds } from '../src/layout/label-cut.js';
import { defaultLayoutOptions, layoutEvents } from '../src/layout/marks.js';
import { normalizeStory } from '../src/model/normalize.js';
import { isChromium } from './helpers/engine.js';

/** Ten pixels per character the reader sees, whatever its code units. */
const perGrapheme = (text: string): number => graphemes(text).length * 10;

const canvas = document.createElement('canvas').getContext('2d')!;
canvas.font = '13px system-ui, sans-serif';
const drawn = (text: string): number => canvas.measureText(text).width;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text before the ellipsis is made of the label's first graphemes, whole. */
function expectWholeGraphemes(label: string, cut: string): void {
  const kept = cut.endsWith(ELLIPSIS) ? cut.slice(0, -ELLIPSIS.length) : cut;
  expect(kept, `"${cut}" has half a character`).not.to.match(LONE_SURROGATE);
  const all = graphemes(label);
  const start = graphemes(kept);
  expect(all.slice(0, start.length), `"${cut}" of "${label}"`).to.deep.equal(start);
}

const TITLES = {
  en: 'Kishida and Stoltenberg meet in Japan',
  ja: '岸田首相とストルテンベルグ事務総長が東京で会談',
  zh: '北约计划在东京设立联络处',
  ko: '기시다 총리와 스톨텐베르그 사무총장 도쿄서 회담',
  emoji: '👩‍👩‍👧‍👦 Family day 🇯🇵 in Tokyo 👍🏽',
  combining: 'Cafe\u0301 cre\u0300me and ha\u0301c\u030c ek',
  rare: '𠮷野家の牛丼が値上げ',
};

describe('graphemes and word ends', () => {
  it('keeps emoji sequences, flags, skin tones and accents whole', () => {
    expect(graphemes('👩‍👩‍👧‍👦🇯🇵👍🏽e\u0301')).to.deep.equal(['👩‍👩‍👧‍👦', '🇯🇵', '👍🏽', 'e\u0301']);
    expect(graphemes('𠮷野')).to.deep.equal(['𠮷', '野']);
  });

  it('finds word ends in Japanese and Chinese, which have no spaces', () => {
    const ends = wordEnds(TITLES.ja, 'ja');
    expect(ends.length).to.be.greaterThan(3);
    expect(ends.at(-1)).to.equal(TITLES.ja.length);
    expect(wordEnds(TITLES.zh, 'zh').length).to.be.greaterThan(3);
    expect(wordEnds('NATO in Tokyo', 'en')).to.deep.equal([4, 7, 13]);
  });

  it('works without Intl.Segmenter: code points with their marks and joiners, spaces for words', () => {
    const original = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      // A language tag of its own, so no segmenter made earlier is reused.
      const lang = 'en-x-nosegmenter';
      expect(graphemes('👩‍👩‍👧‍👦🇯🇵🇫🇷👍🏽e\u0301𠮷', lang)).to.deep.equal(['👩‍👩‍👧‍👦', '🇯🇵', '🇫🇷', '👍🏽', 'e\u0301', '𠮷']);
      expect(wordEnds('NATO  in T\u014dky\u014d', lang)).to.deep.equal([4, 8, 14]);
      const cut = cutLabel(TITLES.emoji, 95, perGrapheme, lang);
      expectWholeGraphemes(TITLES.emoji, cut.text);
      expect(cut.text).to.equal('👩‍👩‍👧‍👦 Family…');
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = original;
    }
  });
});

describe('plain text (printable ASCII, typeset quotes and dashes)', () => {
  const plainCharacters = 'aZq09 .,;:\'"!?-()/&%$#@+=*[]{}<>|\\^`~\u2013\u2014\u2018\u2019\u201c\u201d\u2026';
  const segmented = (text: string, lang: string) => ({
    graphemes: Array.from(new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text), (part) => part.segment),
    wordEnds: Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text))
      .filter((part) => part.isWordLike)
      .map((part) => part.index + part.segment.length),
  });
  const split = (text: string, lang = '') => ({ graphemes: graphemes(text, lang), wordEnds: wordEnds(text, lang) });

  it('is split into characters, and into words at letters and digits', () => {
    const ends = (text: string) => wordEnds(text, 'en');
    expect(graphemes('A \u201cdeal\u201d\u2026')).to.deep.equal([
      'A',
      ' ',
      '\u201c',
      'd',
      'e',
      'a',
      'l',
      '\u201d',
      '\u2026',
    ]);
    expect(ends("US troops can't stop")).to.deep.equal([2, 9, 15, 20]);
    expect(ends('Biden\u2019s \u2018deal\u2019')).to.deep.equal([7, 13]);
    expect(ends('3,000 men, 1.5;2 or 4.')).to.deep.equal([5, 9, 16, 19, 21]);
    expect(ends('U.S. e-mail: A1b2')).to.deep.equal([1, 3, 6, 11, 17]);
  });

  it("is split as Chromium's segmenter splits it", function () {
    // Firefox's and WebKit's segmenters differ from Chromium's (and among themselves) on numbers.
    if (!isChromium) this.skip();
    for (const lang of ['en', 'fr', 'de', 'el', 'sv', 'ja']) {
      for (const text of ["U.S. troops can't", 'Biden\u2019s 3,000', 'a:b 1;2 No.1 e-mail']) {
        expect(split(text, lang), text).to.deep.equal(segmented(text, lang));
      }
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plainCharacters), { maxLength: 12 }), (characters) => {
        const text = characters.join('');
        expect(split(text), text).to.deep.equal(segmented(text, 'en'));
      }),
      { numRuns: 2000 },
    );
  });

  it("is cut without making a segmenter (a page's first Intl object loads its locale data)", () => {
    const original = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = function () {
        throw new Error('a segmenter was made');
      };
      const lang = 'en-x-plain';
      expect(wordEnds('Kishida and Stoltenberg \u2014 \u201cmeet\u201d', lang)).to.deep.equal([7, 11, 23, 31]);
      expect(cutLabel(TITLES.en, 200, perGrapheme, lang)).to.deep.equal({ text: 'Kishida and…', shortened: true });
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = original;
    }
  });
});

describe('cutLabel', () => {
  it('leaves a label that fits alone', () => {
    expect(cutLabel('NATO summit', 200, perGrapheme)).to.deep.equal({ text: 'NATO summit', shortened: false });
  });

  it('cuts at a word end rather than inside a word', () => {
    // 20 graphemes fit with the ellipsis: "Kishida and Stoltenb" would be mid-word.
    expect(cutLabel(TITLES.en, 210, perGrapheme, 'en').text).to.equal('Kishida and…');
    expect(cutLabel(TITLES.ko, 140, perGrapheme, 'ko').text).to.equal('기시다 총리와…');
  });

  it('keeps a word whole when the cut falls inside it, for the CSS ellipsis to clip', () => {
    // The button's name must contain the words it shows (WCAG 2.5.3): no "Internati" in the text.
    const cut = cutLabel('Internationalisation of the news', 100, perGrapheme, 'en');
    expect(cut).to.deep.equal({ text: 'Internationalisation', shortened: true });
  });

  it('cuts Japanese and Chinese titles between words', () => {
    const ja = cutLabel(TITLES.ja, 150, perGrapheme, 'ja').text;
    expect(ja).to.equal('岸田首相とストルテンベルグ…');
    expect(ja.endsWith(ELLIPSIS)).to.equal(true);
    expect(wordEnds(TITLES.ja, 'ja')).to.include(ja.length - 1);
    const zh = cutLabel(TITLES.zh, 90, perGrapheme, 'zh').text;
    expect(wordEnds(TITLES.zh, 'zh')).to.include(zh.length - 1);
  });

  it('never leaves half a character, at any width, in any script', () => {
    for (const [lang, title] of Object.entries(TITLES)) {
      for (let width = 0; width <= perGrapheme(title) + 10; width += 3) {
        for (const measure of [perGrapheme, drawn]) {
          const { text, shortened } = cutLabel(title, width, measure, lang);
          expectWholeGraphemes(title, text);
          expect(shortened, `${lang} at ${width}px`).to.equal(measure(title) > width);
          if (shortened && text.endsWith(ELLIPSIS) && text !== ELLIPSIS)
            expect(measure(text), `${lang} at ${width}px`).to.be.at.most(width);
          // A cut inside a word keeps the word whole; CSS clips it.
          if (shortened && !text.endsWith(ELLIPSIS)) expect(wordEnds(title, lang)).to.include(text.length);
        }
      }
    }
  });

  it('holds for any mix of scripts, emoji and marks (property)', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '東', '京', '한', '국', '👩‍👩‍👧‍👦', '🇯🇵', '👍🏽', 'e\u0301', '𠮷', '-', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 300 }), (pieces, width) => {
        const title = pieces.join('');
        const { text, shortened } = cutLabel(title, width, drawn);
        expectWholeGraphemes(title, text);
        expect(shortened).to.equal(drawn(title) > width);
        if (shortened && text.endsWith(ELLIPSIS) && text !== ELLIPSIS) expect(drawn(text)).to.be.at.most(width);
        if (shortened && !text.endsWith(ELLIPSIS)) expect([...wordEnds(title), title.length]).to.include(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('estimateLabelWidth', () => {
  it('counts what the reader sees: one em for CJK characters and emoji', () => {
    expect(estimateLabelWidth('東京', 10)).to.equal(20);
    expect(estimateLabelWidth('👩‍👩‍👧‍👦', 10)).to.equal(10);
    expect(estimateLabelWidth('e\u0301t\u00e9', 10)).to.be.closeTo(18, 1e-9);
  });
});

describe('layoutEvents labels', () => {
  it('gives each drawn mark its label text, cut safely where the label was shortened', () => {
    const { events } = normalizeStory([
      { id: 'ja', date: '2023-05-03', title: TITLES.ja },
      { id: 'next', date: '2023-05-20', title: TITLES.zh },
      { id: 'short', date: '2023-09-01', title: '会談' },
    ]);
    const scale = scaleUtc()
      .domain([Date.UTC(2023, 4, 1), Date.UTC(2023, 9, 1)])
      .range([0, 600]);
    const layout = layoutEvents(events, scale, {
      ...defaultLayoutOptions,
      lanes: 1,
      width: 600,
      measureLabel: perGrapheme,
      lang: 'ja',
    });
    const byId = new Map(layout.marks.map((mark) => [mark.event.id, mark]));
    const cut = byId.get('ja')!;
    expect(cut.labelShortened).to.equal(true);
    expect(cut.label.endsWith(ELLIPSIS)).to.equal(true);
    expectWholeGraphemes(TITLES.ja, cut.label);
    expect(perGrapheme(cut.label)).to.be.at.most(cut.labelMaxWidth);
    expect(byId.get('short')!.label).to.equal('会談');
  });
});
