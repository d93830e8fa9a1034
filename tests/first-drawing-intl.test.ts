// A page's first Intl object loads the engine's locale data (tens of milliseconds on a desktop,
// far more on a phone). A story in plain English is drawn without one: its labels are cut
// without a segmenter, and its clusters and edges count events without a number format.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { generateEvents } from '../demo/generated.js';

const KINDS = ['Segmenter', 'NumberFormat', 'PluralRules', 'DateTimeFormat', 'Collator', 'ListFormat'] as const;

describe('story-timeline: the first drawing of a story in plain English', () => {
  it('makes no Intl object, with labels cut, clusters and events outside the view', async () => {
    const made: string[] = [];
    const originals = new Map<string, unknown>();
    const intl = Intl as unknown as Record<string, unknown>;
    for (const kind of KINDS) {
      const Original = intl[kind] as (new (...args: unknown[]) => object) | undefined;
      if (!Original) continue;
      originals.set(kind, Original);
      const Counted = function (...args: unknown[]) {
        made.push(`${kind}(${JSON.stringify(args)})`);
        return new Original(...args);
      };
      Object.assign(Counted, {
        prototype: Original.prototype,
        supportedLocalesOf: intl[kind] && (Original as unknown as { supportedLocalesOf: unknown }).supportedLocalesOf,
      });
      intl[kind] = Counted;
    }
    try {
      const element = document.createElement('story-timeline') as StoryTimeline;
      element.style.width = '700px';
      element.lang = 'en';
      element.events = generateEvents(2000, 3);
      // A window inside the story: events lie before and after it, counted on the edges.
      element.start = '1990-01-01';
      element.end = '2000-01-01';
      document.body.append(element);
      const shadow = () => element.shadowRoot!;
      await waitUntil(
        () => shadow().querySelector('[part~="event"]') && shadow().querySelector('[part~="cluster"]'),
        'the events and their clusters drawn',
        { timeout: 10_000 },
      );
      const labels = [...shadow().querySelectorAll('[part~="event"]')].map((event) => event.textContent ?? '');
      expect(
        labels.some((label) => label.includes('…')),
        'some labels are cut',
      ).to.equal(true);
      expect(shadow().textContent, 'the events outside the view are counted').to.match(/\d+ (earlier|later) events/);
      expect(made, 'Intl objects made').to.deep.equal([]);
      element.remove();
    } finally {
      for (const [kind, original] of originals) intl[kind] = original;
    }
  });
});
