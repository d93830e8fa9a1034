/**
 * The marks as a reader sees them (issue #23): every shape stands out from the page by 3:1
 * (WCAG 1.4.11) in light, dark and forced colours, read from the pixels each engine paints;
 * the point, the bar, the hatched window and the fade stay tellable apart; and a host page
 * can style the shape through the `event-mark` part.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { nextFrame } from './helpers/fixtures.js';
import { ratios, readMark, rgb, screenshot, type Pixels, type Screen } from './helpers/contrast.js';
import { canEmulate, prefer, resetPreferences } from './helpers/preferences.js';

/** The demo page's own backgrounds, the page the first story is read on. */
const pageBackground = { light: '#fbfaf7', dark: '#141414' };

/** One event of each shape and status, and each kind of soft or open edge. */
const everyShape: StoryData = {
  title: 'Every shape',
  lang: 'en',
  events: [
    { id: 'day-confirmed', date: '2023-02-10', title: 'A day', status: 'confirmed' },
    { id: 'day-reported', date: '2023-03-20', title: 'A day', status: 'reported' },
    { id: 'day-planned', date: '2023-05-01', title: 'A day', status: 'planned' },
    { id: 'day-soft', date: '2023-06-10~', title: 'About a day', status: 'confirmed' },
    { id: 'bar-confirmed', date: '2023-02-01/2023-04-15', title: 'A stretch', status: 'confirmed' },
    { id: 'bar-reported', date: '2023-07-01/2023-09-15', title: 'A stretch', status: 'reported' },
    { id: 'bar-planned', date: '2023-10-01/2023-12-15', title: 'A stretch', status: 'planned' },
    { id: 'bar-soft', date: '2024-01~/2024-03~', title: 'About a stretch', status: 'confirmed' },
    { id: 'window-confirmed', date: '[2023-04-21..2023-05-31]', title: 'Some day', status: 'confirmed' },
    { id: 'window-reported', date: '2023-08', title: 'Some day', status: 'reported' },
    { id: 'window-planned', date: '2024-05', title: 'Some day', status: 'planned' },
    // Open marks away from the ends of the story, so that their open stretch is in view.
    { id: 'bar-open-end', date: '2024-02-01/..', title: 'Since', status: 'confirmed' },
    { id: 'window-open-start', date: '[..2023-11-20]', title: 'Before', status: 'planned' },
    { id: 'last', date: '2024-12-31', title: 'The end', status: 'confirmed' },
  ],
};

interface Mounted {
  element: StoryTimeline;
  background: number[];
}

async function mount(data: StoryData, look: 'light' | 'dark' | 'forced', width = 1200): Promise<Mounted> {
  const background = look === 'forced' ? 'Canvas' : pageBackground[look];
  const scheme = look === 'dark' ? 'dark' : 'light';
  const holder = await fixture<HTMLDivElement>(
    html`<div style=${`color-scheme:${scheme};background:${background};width:${width}px;padding:8px`}></div>`,
  );
  holder.innerHTML = `<story-timeline lang="en"></story-timeline>`;
  const element = holder.firstElementChild as StoryTimeline;
  element.data = data;
  await waitUntil(
    () => element.shadowRoot?.querySelectorAll('[part~="event"]').length === data.events.length,
    'not every event was drawn',
  );
  await nextFrame();
  return { element, background: rgb(getComputedStyle(holder).backgroundColor) };
}

const marksOf = (element: StoryTimeline) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"] .mark'),
];
const idOf = (mark: HTMLElement) => mark.closest<HTMLElement>('[part~="event"]')!.dataset.id!;

type Painted = Map<string, { pixels: Pixels; scale: number }>;

/**
 * Each mark's painted pixels. Screenshots are slow (seconds in WebKit): one is taken only
 * when a mark lies outside the last one, after scrolling that mark to the top left.
 */
async function paint(marks: HTMLElement[]): Promise<Painted> {
  const painted: Painted = new Map();
  let screen: Screen | undefined;
  const byPlace = [...marks].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
  for (const mark of byPlace) {
    let box = mark.getBoundingClientRect();
    if (!screen || box.left < 0 || box.top < 0 || box.right > innerWidth - 20 || box.bottom > innerHeight - 20) {
      scrollBy(box.left - 16, box.top - 16);
      await nextFrame();
      screen = await screenshot();
      box = mark.getBoundingClientRect();
    }
    // What the plot clips off (an open stretch beyond the view) is not seen.
    const plot = mark.closest('.plot')!.getBoundingClientRect();
    const seen = new DOMRect(box.left, box.top, 0, box.height);
    seen.x = Math.max(box.left, plot.left);
    seen.width = Math.min(box.right, plot.right) - seen.x;
    const pixels = screen.read(seen);
    painted.set(idOf(mark), { pixels, scale: pixels.width / seen.width });
  }
  scrollTo(0, 0);
  return painted;
}

/** What keeps a mark from reading at 3:1 against the background: nothing, or a line each. */
function belowThreeToOne(
  mark: HTMLElement,
  { pixels, scale }: { pixels: Pixels; scale: number },
  background: number[],
) {
  const id = idOf(mark);
  const failures: string[] = [];
  const reading = readMark(pixels, background, scale);
  // A clear share of what is drawn, and all along the mark: a fade never drops below 3:1 everywhere.
  if (reading.share < 0.45 || reading.reach < 1) {
    const share = Math.round(reading.share * 100);
    failures.push(
      `${id}: ${share} % of ${reading.drawn} drawn pixels at 3:1, ${Math.round(reading.reach * 100)} % of its length`,
    );
  }
  // Its outline: the top and bottom edges of a bar or band hold strong pixels along it (a
  // dotted or dashed one is ink for half its length at best).
  const rows = ratios(pixels, background);
  const edge = (row: number[] = []) => row.filter((ratio) => ratio >= 3).length / Math.max(1, row.length);
  const outline = (Math.max(edge(rows[0]), edge(rows[1])) + Math.max(edge(rows.at(-1)), edge(rows.at(-2)))) / 2;
  if (!mark.closest('.instant') && outline < 0.3) failures.push(`${id}: outline ${Math.round(outline * 100)} %`);
  // A window's hatch lines themselves reach 3:1, inside the outline (on the known half of
  // an open one: the other half fades out).
  if (mark.closest('.window')) {
    const inset = Math.round(3 * scale);
    const half = Math.floor(pixels.width / 2);
    const [from, to] = mark.closest('.open-start')
      ? [half, -inset]
      : mark.closest('.open-end')
        ? [inset, half]
        : [inset, -inset];
    const inside = rows.slice(inset, -inset).flatMap((row) => row.slice(from, to));
    const hatch = inside.filter((ratio) => ratio >= 3).length / inside.length;
    if (hatch < 0.15) failures.push(`${id}: hatch lines ${Math.round(hatch * 100)} % at 3:1`);
  }
  return failures;
}

/** The point, the bar, the hatched window and the fade, told apart by their pixels. */
function expectShapesApart(element: StoryTimeline, painted: Painted, background: number[]): void {
  const rowsOf = (id: string) => ratios(painted.get(id)!.pixels, background);
  const middle = (rows: number[][]) => rows[Math.floor(rows.length / 2)]!;
  const strongShare = (row: number[]) => row.filter((ratio) => ratio >= 3).length / row.length;
  /** How often a row switches between strong and faint pixels. */
  const switches = (row: number[]) => row.slice(1).filter((ratio, i) => ratio >= 3 !== row[i]! >= 3).length;

  // A point is round: its box's corners are background, its centre is drawn.
  const dot = rowsOf('day-confirmed');
  expect(dot[0]![0], 'corner of a point').to.be.below(1.5);
  expect(middle(dot)[Math.floor(dot[0]!.length / 2)], 'centre of a point').to.be.at.least(3);
  const dotBox = element.shadowRoot!.querySelector('[data-id="day-confirmed"] .mark')!.getBoundingClientRect();
  expect(Math.abs(dotBox.width - dotBox.height)).to.be.below(1);

  // A confirmed bar is solid along its length: its middle row has no stripes.
  const bar = middle(rowsOf('bar-confirmed'));
  expect(strongShare(bar), 'a confirmed bar is solid').to.be.above(0.9);
  expect(switches(bar), 'a bar has no stripes').to.be.at.most(2);

  // A window is striped: its middle row goes in and out of its hatch lines.
  for (const id of ['window-confirmed', 'window-reported', 'window-planned']) {
    const row = middle(rowsOf(id));
    expect(switches(row), `${id} is hatched`).to.be.at.least(row.length / (8 * painted.get(id)!.scale));
  }

  // An open start fades: the inside of its open quarter is fainter than its known end's.
  const open = rowsOf('window-open-start');
  const mean = (from: number, to: number) => {
    const inside = open.slice(2, -2).flatMap((row) => row.slice(from, to));
    return inside.reduce((sum, ratio) => sum + ratio, 0) / inside.length;
  };
  const width = open[0]!.length;
  expect(mean(0, width / 4), 'the open side is fainter').to.be.below(mean((3 * width) / 4, width) * 0.75);
}

async function lookAt(test: Mocha.Context, look: 'light' | 'dark' | 'forced'): Promise<void> {
  // A screenshot through WebKit's WebDriver takes seconds.
  test.timeout(60_000);
  // Light and dark come from the page's color-scheme, in every engine; forced colours only
  // where they can be switched from a test (Chromium).
  if (look === 'forced') await prefer(test, { forcedColors: 'active' });
}

describe('marks: seen at 3:1 (WCAG 1.4.11), as painted', () => {
  afterEach(resetPreferences);

  for (const look of ['light', 'dark', 'forced'] as const) {
    it(`the first story, ${look}: most of each mark's pixels, its outline and its hatching reach 3:1`, async function () {
      await lookAt(this, look);
      const story = (await (await fetch('/demo/story.en.json')).json()) as StoryData;
      const { element, background } = await mount(story, look);
      const painted = await paint(marksOf(element));
      expect(
        marksOf(element).flatMap((mark) => belowThreeToOne(mark, painted.get(idOf(mark))!, background)),
      ).to.deep.equal([]);
    });

    it(`every shape, ${look}: each reaches 3:1, and the point, bar, hatched window and fade stay apart`, async function () {
      await lookAt(this, look);
      const { element, background } = await mount(everyShape, look);
      const painted = await paint(marksOf(element));
      expect(
        marksOf(element).flatMap((mark) => belowThreeToOne(mark, painted.get(idOf(mark))!, background)),
      ).to.deep.equal([]);
      expectShapesApart(element, painted, background);
    });
  }

  it('forced colours: every mark is drawn in the system text colour, whatever its status', async function () {
    if (!canEmulate) this.skip();
    await prefer(this, { forcedColors: 'active' });
    const { element } = await mount(everyShape, 'forced');
    const probe = element.shadowRoot!.querySelector<HTMLElement>('[part~="event-label"]')!;
    const text = getComputedStyle(probe).color;
    const colours = marksOf(element).map((mark) => `${idOf(mark)} ${getComputedStyle(mark).borderTopColor}`);
    expect(colours).to.deep.equal(marksOf(element).map((mark) => `${idOf(mark)} ${text}`));
  });
});

describe('marks: the event-mark part', () => {
  it('each drawn event holds exactly one event-mark, its drawn shape', async () => {
    const { element } = await mount(everyShape, 'light');
    const events = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
    expect(events).to.have.length(everyShape.events.length);
    for (const event of events) {
      const marks = event.querySelectorAll('[part~="event-mark"]');
      expect(marks, event.dataset.id).to.have.length(1);
      const box = marks[0]!.getBoundingClientRect();
      expect(box.width * box.height, event.dataset.id).to.be.above(0);
    }
  });

  it('a host page styles the shapes through ::part(event-mark)', async () => {
    const { element } = await mount(everyShape, 'light');
    const style = document.createElement('style');
    style.textContent =
      'story-timeline::part(event-mark) { border-color: rgb(0, 128, 0); outline: 3px solid rgb(255, 0, 255); }';
    document.head.append(style);
    try {
      for (const mark of marksOf(element)) {
        const computed = getComputedStyle(mark);
        expect(computed.borderTopColor, idOf(mark)).to.equal('rgb(0, 128, 0)');
        expect(`${computed.outlineStyle} ${computed.outlineWidth} ${computed.outlineColor}`).to.equal(
          'solid 3px rgb(255, 0, 255)',
        );
      }
      // Nothing else in the element takes the host's rule: the legend's swatches are not events.
      const swatch = element.shadowRoot!.querySelector('.swatch .mark')!;
      expect(getComputedStyle(swatch).outlineStyle).to.equal('none');
    } finally {
      style.remove();
    }
  });
});
