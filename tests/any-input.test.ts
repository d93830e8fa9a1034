/**
 * Property-based tests (fast-check): whatever a CMS, an editor or a hostile page hands
 * the parser, the normaliser or the element, nothing throws, every rejected event is
 * explained in the problems, and every valid event is drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { parseDate } from '../src/model/edtf.js';
import { isStoryShape, normalizeStory } from '../src/model/normalize.js';
import { parseRichText, type RichInline } from '../src/model/rich-text.js';
import type { StoryData, StoryEvent } from '../src/model/types.js';
import {
  eraArb,
  mediaArb,
  mixedEventsArb,
  notationArb,
  rejectedEventArb,
  validDateArb,
  validEventArb,
} from './helpers/arbitraries.js';
import { nextFrame } from './helpers/fixtures.js';
import { runs } from './helpers/engine.js';

// In full in Chromium, a quarter in Firefox and WebKit (tests/helpers/engine.ts).
const PURE_RUNS = runs(200);
const ELEMENT_RUNS = runs(40);

/** Strings made of the characters EDTF is written with, where parsers slip. */
const edtfIsh = fc.string({ unit: fc.constantFrom(...'0123456789-/.~?%[]'), maxLength: 30 });

/** Any field of an event holding any JSON value, or a plausible one. */
const eventishRecord = fc.record(
  {
    id: fc.oneof(fc.jsonValue(), fc.constantFrom('a', 'a', 'b', 'not safe!', ' a ')),
    date: fc.oneof(
      fc.jsonValue(),
      edtfIsh,
      validDateArb().map((d) => d.text),
    ),
    title: fc.oneof(fc.jsonValue(), fc.string()),
    displayDate: fc.jsonValue(),
    description: fc.jsonValue(),
    status: fc.oneof(fc.jsonValue(), fc.constantFrom('confirmed', 'Reported', ' planned', 'rumour')),
    source: fc.oneof(fc.jsonValue(), fc.record({ name: fc.jsonValue(), url: fc.oneof(fc.jsonValue(), fc.webUrl()) })),
    tags: fc.jsonValue(),
    media: fc.oneof(fc.jsonValue(), mediaArb),
  },
  { requiredKeys: [] },
);

/** Whole documents: any JSON, or the right shape holding anything. */
const documents: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      title: fc.jsonValue(),
      lang: fc.oneof(fc.jsonValue(), fc.constantFrom('fr', 'de-CH', 'zz', '', '\u0000')),
      eras: fc.oneof(fc.jsonValue(), fc.array(fc.oneof(eraArb, fc.jsonValue()), { maxLength: 6 })),
      events: fc.oneof(
        { arbitrary: fc.jsonValue(), weight: 1 },
        {
          arbitrary: fc.array(fc.oneof(validEventArb, rejectedEventArb, eventishRecord), { maxLength: 25 }),
          weight: 3,
        },
      ),
    },
    { requiredKeys: [] },
  ),
);

function checkParsed(text: unknown): void {
  const result = parseDate(text as string);
  if (result.ok) {
    const { start, end } = result.value;
    expect(Number.isFinite(start) && Number.isFinite(end), `finite bounds for ${JSON.stringify(text)}`).to.equal(true);
    expect(end, `end after start for ${JSON.stringify(text)}`).to.be.above(start);
  } else {
    expect(result.message)
      .to.be.a('string')
      .and.match(/^Unreadable date/);
  }
}

describe('any input: parseDate', () => {
  it('never throws, and answers with bounds or a message, for any string', () => {
    for (const strings of [fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), edtfIsh]) {
      fc.assert(fc.property(strings, checkParsed), { numRuns: PURE_RUNS });
    }
  });

  it('never throws for a non-string slipped in from JavaScript', () => {
    fc.assert(fc.property(fc.anything(), checkParsed), { numRuns: PURE_RUNS });
  });

  it('reads every generated date of the SPEC subset', () => {
    fc.assert(
      fc.property(validDateArb(), ({ text }) => {
        const result = parseDate(text);
        expect(result.ok, result.ok ? '' : result.message).to.equal(true);
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it('gives up quickly on long hostile dates instead of freezing the page', () => {
    // A backtracking pattern once took 4.6 s on 100 000 marks in Node 20's V8; recent
    // Chromium falls back to a linear engine, so this guards the other engines and slow paths.
    // Half a second leaves a loaded CI machine room, and still catches a freeze of seconds.
    const hostile = [
      '~'.repeat(100_000) + 'x',
      '%?'.repeat(50_000) + '-',
      '1'.repeat(100_000),
      `[${'..'.repeat(50_000)}]`,
      `${'2023/'.repeat(20_000)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      const result = parseDate(text);
      expect(performance.now() - started, `time for ${text.slice(0, 10)}…`).to.be.below(500);
      expect(result.ok).to.equal(false);
    }
  });
});

describe('any input: normalizeStory', () => {
  it('never throws for any JSON value, and explains a document of the wrong shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const story = normalizeStory(value);
        expect(story.events).to.be.an('array');
        const isShape =
          Array.isArray(value) ||
          (typeof value === 'object' && value !== null && Array.isArray((value as { events?: unknown }).events));
        if (!isShape) expect(story.problems.map((p) => p.index)).to.deep.equal([-1]);
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it('never throws for values only JavaScript can hand over', () => {
    const jsValues = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(jsValues, fc.array(jsValues), fc.record({ events: fc.array(jsValues) })), (value) => {
        expect(() => normalizeStory(value)).not.to.throw();
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it('keeps or explains every event, sorted, with unique URL-safe ids', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(eventishRecord, validEventArb, fc.jsonValue()), { maxLength: 30 }), (input) => {
        const { events, problems } = normalizeStory(input);
        const kept = events.map((event) => event.index);
        expect(new Set(kept).size, 'an input event kept twice').to.equal(kept.length);
        const explained = new Set(problems.map((problem) => problem.index));
        input.forEach((_, index) => {
          expect(kept.includes(index) || explained.has(index), `event ${index} vanished without a problem`).to.equal(
            true,
          );
        });
        for (let i = 1; i < events.length; i++) {
          const [a, b] = [events[i - 1]!.date, events[i]!.date];
          expect(
            a.start < b.start || (a.start === b.start && a.end <= b.end),
            `events ${i - 1} and ${i} out of order`,
          ).to.equal(true);
        }
        const ids = events.map((event) => event.id);
        expect(new Set(ids).size, 'duplicate ids').to.equal(ids.length);
        for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]+$/);
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it('keeps exactly the valid events of a mixed list and explains each rejected one', () => {
    fc.assert(
      fc.property(mixedEventsArb(30), (entries) => {
        const { events, problems } = normalizeStory(entries.map((entry) => entry.value));
        const validIndexes = entries.flatMap((entry, index) => (entry.valid ? [index] : []));
        expect(events.map((event) => event.index).sort((a, b) => a - b)).to.deep.equal(validIndexes);
        const explained = new Set(problems.map((problem) => problem.index));
        entries.forEach((entry, index) => {
          if (!entry.valid) expect(explained.has(index), `rejected event ${index} has no problem`).to.equal(true);
        });
      }),
      { numRuns: PURE_RUNS },
    );
  });
});

describe('any input: the description notation', () => {
  /** Every element of the tree, depth first. */
  function* elements(nodes: readonly RichInline[]): Generator<Exclude<RichInline, string>> {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      yield node;
      yield* elements(node.children);
    }
  }
  const textOf = (nodes: readonly RichInline[]): string =>
    nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');

  it('makes nothing but paragraphs, links to http(s), emphasis and strong, from any text', () => {
    for (const texts of [notationArb, fc.string(), fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(texts, (text) => {
          for (const paragraph of parseRichText(text)) {
            expect(paragraph.length, 'an empty paragraph').to.be.above(0);
            for (const node of elements(paragraph)) {
              expect(['a', 'em', 'strong']).to.include(node.tag);
              if (node.tag === 'a') {
                expect(new URL(node.href!).protocol).to.be.oneOf(['http:', 'https:']);
                expect(
                  [...elements(node.children)].some((child) => child.tag === 'a'),
                  'a link in a link',
                ).to.equal(false);
              } else {
                expect(node.href).to.equal(undefined);
              }
            }
          }
        }),
        { numRuns: PURE_RUNS },
      );
    }
  });

  it('leaves text without marks as typed, paragraph by paragraph', () => {
    const unmarked = fc.string({ unit: fc.constantFrom(...'ab (){}<>&"\'/:.\n\t'), maxLength: 60 });
    fc.assert(
      fc.property(unmarked, (text) => {
        const expected = text
          .split(/\n[^\S\n]*\n\s*/)
          .map((part) => part.trim())
          .filter(Boolean);
        expect(parseRichText(text).map(textOf)).to.deep.equal(expected);
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it('hostile notation in the element: the card holds p, a, em and strong only, links http(s) only', async function () {
    this.timeout(20_000);
    const element = await fixture<StoryTimeline>(html`<story-timeline lang="en" style="width:600px"></story-timeline>`);
    await fc.assert(
      fc.asyncProperty(notationArb, async (description) => {
        element.events = [{ id: 'x', date: '2023-05-03', title: 'X', description }];
        element.select('x');
        await element.updateComplete;
        const card = element.shadowRoot!.querySelector('[part~="detail"]')!;
        for (const paragraph of card.querySelectorAll('.detail-description')) {
          expect(paragraph.tagName).to.equal('P');
          for (const node of paragraph.querySelectorAll('*')) {
            expect(['A', 'EM', 'STRONG']).to.include(node.tagName);
            if (node instanceof HTMLAnchorElement) {
              expect(node.protocol).to.be.oneOf(['http:', 'https:']);
              expect(node.rel).to.equal('noopener noreferrer');
              expect(node.target).to.equal('_blank');
            }
          }
        }
      }),
      { numRuns: ELEMENT_RUNS },
    );
  });
});

// ——— the element ———

/** Waits until Lit has no update pending and a frame has been painted. */
async function settle(element: StoryTimeline): Promise<void> {
  for (let round = 0; round < 10 && !(await element.updateComplete); round++);
  await nextFrame();
  for (let round = 0; round < 10 && !(await element.updateComplete); round++);
}

/** Events drawn one by one plus the ones counted in cluster badges ("+3"). */
function shownCount(element: StoryTimeline): number {
  const root = element.shadowRoot!;
  const marks = root.querySelectorAll('[part~="event"]').length;
  let clustered = 0;
  for (const cluster of root.querySelectorAll('[part~="cluster"]')) {
    clustered += Number(/\+(\d+)/.exec(cluster.textContent ?? '')?.[1] ?? Number.NaN);
  }
  return marks + clustered;
}

/** Errors thrown asynchronously (a failed Lit update) never reach the caller's try/catch. */
function collectPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function mount(): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(html`<story-timeline lang="en" style="width:600px"></story-timeline>`);
  await settle(element);
  return element;
}

describe('any input: the element', function () {
  this.timeout(20_000);

  let pageErrors: ReturnType<typeof collectPageErrors>;
  beforeEach(() => {
    pageErrors = collectPageErrors();
  });
  afterEach(() => pageErrors.stop());

  async function showAndCheck(
    element: StoryTimeline,
    assign: () => void,
    expected: { shown: number; rejected: number[] },
  ): Promise<void> {
    expect(assign).not.to.throw();
    await settle(element);
    element.fit();
    await settle(element);
    const explained = new Set(element.problems.map((problem) => problem.index));
    for (const index of expected.rejected)
      expect(explained.has(index), `rejected event ${index} is not in .problems`).to.equal(true);
    expect(shownCount(element), 'drawn events + clustered counts').to.equal(expected.shown);
    expect(pageErrors.errors, 'errors thrown in the page').to.deep.equal([]);
  }

  it('.events: never throws, explains every rejected event and draws every valid one', async () => {
    const element = await mount();
    await fc.assert(
      fc.asyncProperty(mixedEventsArb(25), async (entries) => {
        await showAndCheck(element, () => (element.events = entries.map((entry) => entry.value) as StoryEvent[]), {
          shown: entries.filter((entry) => entry.valid).length,
          rejected: entries.flatMap((entry, index) => (entry.valid ? [] : [index])),
        });
      }),
      { numRuns: ELEMENT_RUNS },
    );
  });

  it('.events: still draws every valid event in lists long enough for the time index', async () => {
    const element = await mount();
    await fc.assert(
      fc.asyncProperty(mixedEventsArb(120, 64), async (entries) => {
        await showAndCheck(element, () => (element.events = entries.map((entry) => entry.value) as StoryEvent[]), {
          shown: entries.filter((entry) => entry.valid).length,
          rejected: entries.flatMap((entry, index) => (entry.valid ? [] : [index])),
        });
      }),
      { numRuns: runs(15, 4) },
    );
  });

  it('.data: any JSON value never throws, and what the model keeps is drawn', async () => {
    const element = await mount();
    await fc.assert(
      fc.asyncProperty(documents, async (value) => {
        // The oracle here is the model: its own properties are checked above.
        const model = normalizeStory(value);
        const rawEvents = Array.isArray(value) ? value : (value as { events?: unknown } | null)?.events;
        const rejected = Array.isArray(rawEvents)
          ? rawEvents.flatMap((_, index) => (model.events.some((event) => event.index === index) ? [] : [index]))
          : [];
        await showAndCheck(element, () => (element.data = value as unknown as StoryData), {
          shown: model.events.length,
          rejected,
        });
        if (!Array.isArray(rawEvents)) expect(element.problems.map((problem) => problem.index)).to.deep.equal([-1]);
      }),
      { numRuns: ELEMENT_RUNS },
    );
  });

  it('.events: any JSON value never throws; what is not a list is reported', async () => {
    const element = await mount();
    // null is left out: like undefined, it means "no events set" and hands over to .data.
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue().filter((value) => value !== null),
        async (value) => {
          const model = normalizeStory(Array.isArray(value) ? value : [value]);
          await showAndCheck(element, () => (element.events = value as unknown as StoryEvent[]), {
            shown: Array.isArray(value) ? model.events.length : 0,
            rejected: [],
          });
          if (!Array.isArray(value)) expect(element.problems.map((problem) => problem.index)).to.deep.equal([-1]);
        },
      ),
      { numRuns: ELEMENT_RUNS },
    );
  });

  it('inline JSON: any document never throws; a wrong shape is an error, a right one is drawn', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (value) => {
        const element = document.createElement('story-timeline');
        element.lang = 'en';
        element.style.width = '600px';
        const script = document.createElement('script');
        script.type = 'application/json';
        // Built as DOM, not HTML: a "</script>" inside a string must not end the element early.
        script.textContent = JSON.stringify(value);
        element.append(script);
        let outcome = '';
        element.addEventListener('story-load', () => (outcome ||= 'load'));
        element.addEventListener('story-error', () => (outcome ||= 'error'));
        document.body.append(element);
        try {
          await settle(element);
          const model = normalizeStory(value);
          const isShape = isStoryShape(value);
          if (isShape) {
            expect(outcome).to.equal('load');
            expect(shownCount(element)).to.equal(model.events.length);
          } else {
            expect(outcome).to.equal('error');
            expect(element.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
          }
          expect(pageErrors.errors, 'errors thrown in the page').to.deep.equal([]);
        } finally {
          element.remove();
        }
      }),
      { numRuns: 30 },
    );
  });

  it('src: any JSON body never throws; a wrong shape is an error and the earlier data stays', async () => {
    const element = await mount();
    const bodies = new Map<string, string>();
    const realFetch = window.fetch;
    // Served from memory: the element's whole loading path runs, without a server route per value.
    window.fetch = async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      const body = bodies.get(new URL(url).pathname);
      return body === undefined
        ? new Response('missing', { status: 404 })
        : new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    let shownBefore = 0;
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(documents, async (value) => {
          const path = `/fuzz/${run++}.json`;
          bodies.set(path, JSON.stringify(value));
          const outcome = new Promise<string>((resolve) => {
            element.addEventListener('story-load', () => resolve('load'), { once: true });
            element.addEventListener('story-error', () => resolve('error'), { once: true });
          });
          element.src = path;
          const result = await outcome;
          await settle(element);
          element.fit();
          await settle(element);
          const model = normalizeStory(value);
          const isShape = isStoryShape(value);
          expect(result).to.equal(isShape ? 'load' : 'error');
          if (isShape) shownBefore = model.events.length;
          expect(shownCount(element), 'drawn events (the earlier ones after an error)').to.equal(shownBefore);
          expect(pageErrors.errors, 'errors thrown in the page').to.deep.equal([]);
        }),
        { numRuns: 30 },
      );
    } finally {
      window.fetch = realFetch;
    }
  });
});
