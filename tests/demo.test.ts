import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { oncePerEngine, prefer, resetPreferences } from './helpers/preferences.js';
import { cases } from './helpers/engine.js';
import { normalizeStory } from '../src/model/normalize.js';
import type { StoryData } from '../src/model/types.js';

interface AxeResults {
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Document): Promise<AxeResults> } };

type Timeline = HTMLElement & { problems: { message: string }[] };

/**
 * The demo page in a frame of the given width, once its timelines are drawn. The tests only
 * read the page, so each language and width is loaded once per file and shared.
 */
const frames = new Map<string, Promise<HTMLIFrameElement>>();

function openDemo(lang: string, width: number): Promise<HTMLIFrameElement> {
  const key = `${lang} ${width}`;
  if (!frames.has(key)) frames.set(key, loadDemo(lang, width));
  return frames.get(key)!;
}

async function loadDemo(lang: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/demo/index.html?lang=${lang}`;
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  document.body.append(frame);
  await waitUntil(
    () => {
      const timelines = [...(frame.contentDocument?.querySelectorAll<Timeline>('story-timeline') ?? [])];
      return (
        timelines.length === 4 &&
        timelines.every((timeline) => (timeline.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0)
      );
    },
    'the demo did not draw its timelines',
    { timeout: 8000 },
  );
  return frame;
}

/** Two frames of the page in the frame: a colour scheme just switched has been applied. */
async function painted(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

async function axe(frame: HTMLIFrameElement): Promise<AxeResults> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  return win.axe!.run(frame.contentDocument!);
}

describe('the demo page', () => {
  afterEach(resetPreferences);
  after(async () => {
    for (const frame of frames.values()) (await frame).remove();
    frames.clear();
  });

  // Both languages in Chromium; French, the story's own, in Firefox and WebKit (an axe run
  // over the four timelines takes seconds there).
  for (const lang of cases(['fr', 'en'], ['fr'])) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1200]) {
        it(`has no axe violations (${lang}, ${colorScheme}, ${width} px) and no sideways scroll`, async function () {
          // WebKit runs this whole file in about 28 s on a quiet machine; on a loaded one a single
          // axe run over the four timelines once went past 30 s (a clean-clone CI run).
          this.timeout(60_000);
          await prefer(this, { colorScheme });
          const frame = await openDemo(lang, width);
          await painted(frame);
          const { violations } = await axe(frame);
          const report = violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
          expect(report).to.deep.equal([]);
          const doc = frame.contentDocument!.documentElement;
          expect(doc.scrollWidth).to.be.at.most(doc.clientWidth);
        });
      }
    }
  }

  it('the axe harness does catch a violation planted in the page', async function () {
    this.timeout(30_000);
    oncePerEngine(this);
    const frame = await openDemo('fr', 1200);
    const image = frame.contentDocument!.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    frame.contentDocument!.body.append(image);
    const { violations } = await axe(frame).finally(() => image.remove());
    expect(violations.map((violation) => violation.id)).to.include('image-alt');
  });

  it('shows the first story in the chosen language, with the "as reported" marker', async function () {
    this.timeout(20_000);
    oncePerEngine(this);
    const frame = await openDemo('en', 1200);
    const timeline = frame.contentDocument!.querySelector('story-timeline')!;
    const ids = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map(
      (mark) => mark.dataset.id,
    );
    expect(ids).to.include.members([
      'kishida-stoltenberg',
      'draft-proposal',
      'nikkei-leak',
      'vilnius-summit',
      'tokyo-office-opening',
    ]);
    expect(timeline.shadowRoot!.querySelector('[part="as-of"]')!.textContent).to.contain('As reported on 3 May 2023');
  });

  for (const [lang, bc, ad, ides] of [
    ['en', 'BC', 'AD', '15 March 44 BC'],
    ['fr', 'av. J.-C.', 'ap. J.-C.', '15 mars 44 av. J.-C.'],
  ]) {
    it(`shows the sample history story across year 1, the axis naming the eras (${lang})`, async function () {
      this.timeout(30_000);
      oncePerEngine(this);
      for (const width of [360, 1200]) {
        const frame = await openDemo(lang!, width);
        const timeline = frame.contentDocument!.getElementById('history')!;
        const root = timeline.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('[part~="event"]').length === 5, 'the five events', {
          timeout: 8000,
        });
        const labels = [...root.querySelectorAll('[part~="axis"] span')].map((span) => span.textContent!.trim());
        expect(
          labels.some((label) => label.endsWith(bc!)),
          `${width}px: ${labels.join(' | ')}`,
        ).to.equal(true);
        // Every year label carries its era; at 360 px the ticks (every 20 years) all fall before year 1.
        const named = labels.every((label) => label.endsWith(bc!) || label.endsWith(ad!));
        expect(named, labels.join(' | ')).to.equal(true);
        if (width > 360)
          expect(
            labels.some((label) => label.endsWith(ad!)),
            labels.join(' | '),
          ).to.equal(true);
        const name = root.querySelector('[part~="event"][data-id="ides-of-march"]')!.getAttribute('aria-label');
        expect(name).to.contain(ides);
        expect(root.querySelector('[part~="title-card"]')!.textContent).to.contain(bc).and.contain(ad);
      }
    });
  }

  for (const lang of ['fr', 'en']) {
    it(`has a second story of one day in groups, with times and zones, saying its hours are a sample (${lang})`, async function () {
      this.timeout(20_000);
      oncePerEngine(this);
      const data = (await (await fetch(`/demo/day.${lang}.json`)).json()) as StoryData;
      const story = normalizeStory(data);
      expect(story.groups!.map((group) => group.id)).to.deep.equal(['press', 'nato', 'japan']);
      expect(data.events.every((event) => /^2023-05-03T\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(event.date))).to.equal(true);
      expect(new Set(data.events.map((event) => event.date.slice(16)))).to.have.length.above(1);
      expect(data.summary).to.match(lang === 'fr' ? /exemple pour la démonstration/ : /illustrative sample/);
      const frame = await openDemo(lang, 1200);
      const day = frame.contentDocument!.getElementById('day') as Timeline;
      expect(frame.contentDocument!.getElementById('day-title')!.parentElement!.textContent).to.match(
        lang === 'fr' ? /pas une information/ : /not reporting/,
      );
      const bands = [...day.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group"]')];
      expect(bands.map((band) => band.dataset.group)).to.deep.equal(['press', 'nato', 'japan', undefined]);
      expect(bands.map((band) => band.querySelector('[part~="group-label"]')!.textContent)).to.deep.equal(
        lang === 'fr' ? ['Presse', 'OTAN', 'Japon', 'Autres'] : ['Press', 'NATO', 'Japan', 'Other'],
      );
      expect(day.problems).to.deep.equal([]);
    });
  }
});
