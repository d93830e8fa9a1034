import { expect, fixture, html } from '@open-wc/testing';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { escapeXml } from '../src/export/svg.js';
import { firstStory } from './helpers/fixtures.js';

let keys = 0;
const unique = () => `k${Date.now()}-${keys++}`;

async function mount(data: StoryData | undefined, lang = 'en'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang=${lang} style="width:700px"></story-timeline>`,
  );
  if (data) element.data = data;
  await element.updateComplete;
  return element;
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

async function svgOf(element: StoryTimeline, options = {}): Promise<Document> {
  const blob = await element.exportImage(options);
  expect(blob.type).to.equal('image/svg+xml');
  const doc = parse(await blob.text());
  expect(doc.getElementsByTagName('parsererror').length, 'the SVG parses as XML').to.equal(0);
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((text) => text.textContent!);

/** The picture drawn as an <img> on a white canvas: how many pixels are not white. */
async function inkOf(blob: Blob): Promise<{ ink: number; width: number }> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return { ink, width: image.naturalWidth };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The left edges of the events' marks in the picture, in date order. */
function markLefts(doc: Document): number[] {
  return [...doc.querySelectorAll('g.event')].map((group) => {
    const shape = group.querySelector('rect, circle')!;
    return shape.localName === 'circle' ? +shape.getAttribute('cx')! : +shape.getAttribute('x')!;
  });
}

describe('exportImage: a picture of the story', () => {
  it('gives an SVG that parses as XML, with the title and every event’s label as text', async () => {
    const element = await mount(firstStory);
    const doc = await svgOf(element, { width: 1000 });
    const words = texts(doc);
    expect(words).to.include(firstStory.title);
    for (const event of firstStory.events) expect(words, event.title).to.include(event.title);
    // Dates in words, the legend and the source line.
    expect(words).to.include('late January 2023');
    expect(words).to.include('11–12 July 2023');
    expect(words.some((text) => /^Source:.*Nikkei/.test(text))).to.be.true;
    expect(words).to.include('Exact day');
    // Self-contained: no link to anything outside.
    const svg = new XMLSerializer().serializeToString(doc);
    expect(svg).not.to.match(/href="(?!#)|url\((?!#)|<image|<foreignObject/);
  });

  it('writes text that XML cannot hold as plain characters, and escapes markup', async () => {
    const title = 'Fish & chips <b>"bold"</b> \u0001 done';
    const element = await mount({ title, events: [{ date: '2023-05-03', title: '<img src=x onerror=alert(1)>' }] });
    const doc = await svgOf(element);
    expect(texts(doc)).to.include('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('img, b').length).to.equal(0);
    expect(texts(doc)[0]).to.equal('Fish & chips <b>"bold"</b>  done');
    expect(escapeXml('a\uD800b<')).to.equal('ab&lt;');
  });

  it('draws with ink when the SVG is used as an image', async () => {
    const element = await mount(firstStory);
    const blob = await element.exportImage({ width: 800 });
    const { ink, width } = await inkOf(blob);
    expect(width).to.equal(800);
    expect(ink).to.be.above(2000);
  });

  it('gives a PNG of width × pixelRatio pixels', async () => {
    const element = await mount(firstStory);
    const blob = await element.exportImage({ type: 'image/png', width: 1200, pixelRatio: 2 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(2400);
    expect(bitmap.height).to.be.above(300);
    const { ink } = await inkOf(blob);
    expect(ink).to.be.above(5000);
  });

  for (const lang of ['ar', 'he']) {
    it(`runs time from right to left in ${lang}, its text anchored at the right`, async () => {
      const element = await mount(firstStory, lang);
      const doc = await svgOf(element, { width: 900 });
      const root = doc.documentElement;
      expect(root.getAttribute('direction')).to.equal('rtl');
      const lefts = markLefts(doc);
      expect(lefts.length).to.be.above(3);
      expect(lefts[0]!, 'the first event is right of the last').to.be.above(lefts.at(-1)!);
      // The title starts at the right edge: drawn, its right side is near the picture's.
      const shown = document.body.appendChild(document.importNode(root, true)) as unknown as SVGSVGElement;
      try {
        const title = shown.querySelector('text')!.getBBox();
        expect(title.x + title.width).to.be.within(900 - 24 - 4, 900 - 24 + 1);
      } finally {
        shown.remove();
      }
    });
  }

  it('words a Japanese picture in Japanese', async () => {
    const element = await mount(firstStory, 'ja');
    const words = texts(await svgOf(element, { width: 900 }));
    expect(words).to.include('2023年5月3日');
    expect(words.some((text) => /^\d+年$/.test(text) || /年\d+月/.test(text))).to.be.true;
    expect(words).to.include(firstStory.title);
  });

  it('says so when the story has no events', async () => {
    const element = await mount({ title: 'Nothing yet', events: [] });
    const words = texts(await svgOf(element));
    expect(words).to.include('Nothing yet');
    expect(words).to.include('0 events');
    const french = await mount({ events: [] }, 'fr');
    expect(texts(await svgOf(french))).to.include('0 événement');
  });

  it('rejects a bad request with an error that says which', async () => {
    const element = await mount(firstStory);
    const cases: [object, typeof Error, RegExp][] = [
      [{ type: 'image/gif' }, TypeError, /type.*image\/gif/],
      [{ width: 0 }, RangeError, /width/],
      [{ width: -5 }, RangeError, /width/],
      [{ width: 10_001 }, RangeError, /width.*10,000/],
      [{ width: Infinity }, RangeError, /width/],
      [{ width: NaN }, RangeError, /width/],
      [{ pixelRatio: 5 }, RangeError, /pixelRatio/],
      [{ pixelRatio: 0 }, RangeError, /pixelRatio/],
      [{ theme: 'sepia' }, TypeError, /theme/],
    ];
    for (const [options, kind, words] of cases) {
      const result = element.exportImage(options);
      expect(result, JSON.stringify(options)).to.be.instanceOf(Promise);
      const error = await result.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(options)).to.be.instanceOf(kind);
      expect((error as Error).message).to.match(words);
    }
  });

  it('waits for a story that is loading', async () => {
    const element = await mount(undefined);
    element.src = `/test-server/story?title=Slow&count=3&delay=400&key=${unique()}`;
    await element.updateComplete;
    const words = texts(await svgOf(element));
    expect(words).to.include.members(['Slow 1', 'Slow 2', 'Slow 3']);
  });

  it('rejects at once, saying why, for an element never put in a page', async () => {
    const element = document.createElement('story-timeline') as StoryTimeline;
    element.data = firstStory;
    const unanswered = 'no answer within a second';
    const answer = await Promise.race([
      element.exportImage().then(
        () => 'drawn',
        (e: unknown) => e,
      ),
      new Promise((resolve) => setTimeout(() => resolve(unanswered), 1000)),
    ]);
    expect(answer).to.be.instanceOf(Error);
    expect((answer as Error).message).to.match(/must be connected/);
  });

  it('rejects with the load’s error when the story cannot be loaded', async () => {
    const element = await mount(undefined);
    element.src = `/test-server/status/404?key=${unique()}`;
    const error = await element.exportImage().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/404/);
  });
});
