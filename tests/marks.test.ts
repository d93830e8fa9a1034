/**
 * The marks as a reader sees them (issue #23): every shape stands out from the page by 3:1
 * (WCAG 1.4.11) in light, dark and forced colours, read from the pixels each engine paints;
 * the point, the bar, the hatched window and the fade stay tellable apart; and a host page
 * can style the shape through the `event-mark` part.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { nextFrame } from './fixtures.js';
import { ratios, readMark, rgb, screenshot, type Pixels, type Screen } from './contrast.js';
import { canEmulate, prefer, resetPreferences } from './preferences.js';

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

/** Each mark's painted pixels, scrolling it into the viewport when it lies outside. */
async function paint(marks: HTMLElement[]): Promise<Map<string, { pixels: Pixels; scale: number }>> {
  const painted = new Map<string, { pixels: Pixels; scale: number }>();
  let screen: Screen | undefined;
  for (const mark of marks) {
    let box = mark.getBoundingClientRect();
    if (!screen || box.left < 0 || box.top < 0 || box.right > innerWidth - 20 || box.bottom > innerHeight - 20) {
      mark.scrollIntoView({ block: 'center', inline: 'center' });
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

type Look = 'light' | 'dark' | 'forced';

async function lookAt(test: Mocha.Context, look: Look): Promise<void> {
  // Light and dark come from the page's color-scheme, in every engine; forced colours only
  // where they can be switched from a test (Chromium).
  if (look === 'forced') await prefer(test, { forcedColors: 'active' });
}

describe('marks: every mark stands out from the page by 3:1, as painted', () => {
  afterEach(resetPreferences);

  for (const look of ['light', 'dark', 'forced'] as const) {
    for (const [name, story] of [
      ['the first story', 'demo'],
      ['one mark of every shape', 'shapes'],
    ] as const) {
      it(`${name}, ${look}: most of each mark's pixels, its outline and its hatching reach 3:1`, async function () {
        await lookAt(this, look);
        const data = story === 'demo' ? ((await (await fetch('/demo/story.en.json')).json()) as StoryData) : everyShape;
        const { element, background } = await mount(data, look);
        const marks = marksOf(element);
        const painted = await paint(marks);
        const failures: string[] = [];
        for (const mark of marks) {
          const id = idOf(mark);
          const { pixels, scale } = painted.get(id)!;
          const reading = readMark(pixels, background, scale);
          const summary = `${id}: ${Math.round(reading.share * 100)} % of ${reading.drawn} drawn pixels at 3:1, ${Math.round(reading.reach * 100)} % of its length`;
          // A clear share of what is drawn, and all along the mark: a fade never drops below 3:1 everywhere.
          if (reading.share < 0.45 || reading.reach < 1) failures.push(summary);
          // Its outline: the top and bottom edges hold strong pixels along most of the mark.
          const rows = ratios(pixels, background);
          const edge = (row: number[]) => row.filter((ratio) => ratio >= 3).length / row.length;
          const outline =
            Math.max(edge(rows[0]!), edge(rows[1] ?? [])) + Math.max(edge(rows.at(-1)!), edge(rows.at(-2) ?? []));
          if (!mark.closest('.instant') && outline / 2 < 0.4)
            failures.push(`${id}: outline ${Math.round(outline * 50)} %`);
          // A window's hatch lines themselves reach 3:1, inside the outline (on the known
          // half of an open one: the other half fades out).
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
        }
        expect(failures).to.deep.equal([]);
      });
    }
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

describe('marks: the point, the bar, the hatched window and the fade stay apart, as painted', () => {
  afterEach(resetPreferences);

  for (const look of ['light', 'dark', 'forced'] as const) {
    it(`${look}`, async function () {
      await lookAt(this, look);
      const { element, background } = await mount(everyShape, look);
      const marks = marksOf(element);
      const painted = await paint(marks);
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

      // A bar is solid along its length (a confirmed one) or an outline (a planned one):
      // its middle row never switches between stripes.
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
    });
  }
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
