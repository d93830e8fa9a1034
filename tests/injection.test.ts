/**
 * The element runs inside news sites and shows text typed in a CMS or fetched from a
 * URL: none of it may become markup, a script or a link to anything but http(s).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData, StoryEvent } from '../src/model/types.js';
import { nextFrame } from './helpers/fixtures.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  `'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
];

/** Element types that would mean the payload was parsed as HTML (the element draws none of them). */
const INJECTED = 'img, script, svg, iframe, object, embed, style, link';

/** Long enough for a broken image to fire onerror and an inline handler to run. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(html`<story-timeline lang="en" style="width:800px"></story-timeline>`);
  await element.updateComplete;
  return element;
}

async function settle(element: StoryTimeline): Promise<void> {
  for (let round = 0; round < 10 && !(await element.updateComplete); round++);
  await nextFrame();
  await element.updateComplete;
}

function root(element: StoryTimeline): ShadowRoot {
  return element.shadowRoot!;
}

function detail(element: StoryTimeline): HTMLElement {
  const card = root(element).querySelector<HTMLElement>('[part~="detail"]');
  if (!card) throw new Error('no detail card');
  return card;
}

async function expectNothingInjected(element: StoryTimeline): Promise<void> {
  await sleep(200);
  expect(root(element).querySelectorAll(INJECTED).length, 'elements injected into the shadow root').to.equal(0);
  expect(element.querySelectorAll(INJECTED).length, 'elements injected into the light DOM').to.equal(0);
  expect(window.__pwned, 'a payload ran').to.equal(undefined);
}

beforeEach(() => {
  delete window.__pwned;
});

describe('injection: text fields stay text', () => {
  PAYLOADS.forEach((payload, n) => {
    it(`title, description, source name and displayDate: ${payload}`, async () => {
      const element = await mount();
      const id = `payload-${n}`;
      element.events = [
        {
          id,
          date: '2023-05-03',
          title: payload,
          description: payload,
          displayDate: payload,
          source: { name: payload, url: 'https://example.com/a' },
        },
      ];
      await settle(element);
      const mark = root(element).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`)!;
      // The label shows the title, or its start when it is cut to fit.
      const label = mark.querySelector('[part~="event-label"]')!.textContent!;
      expect(payload.startsWith(label.replace(/…$/, '')), label).to.equal(true);
      expect(mark.getAttribute('aria-label')).to.include(payload);

      element.select(id);
      await settle(element);
      const card = detail(element);
      expect(card.querySelector('#detail-title')!.textContent).to.equal(payload);
      expect(card.querySelector('.detail-description')!.textContent).to.equal(payload);
      expect(card.querySelector('.detail-meta')!.textContent).to.include(payload);
      expect(card.querySelector('a')!.textContent).to.equal(payload);
      await expectNothingInjected(element);
    });
  });

  it('the story title (data.title) and label become accessible names as written', async () => {
    const element = await mount();
    const [titlePayload, labelPayload] = PAYLOADS;
    element.data = { title: titlePayload!, events: [{ date: '2023-05-03', title: 'Plain' }] };
    await settle(element);
    const names = () =>
      [...root(element).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
    expect(names()).to.include(titlePayload);

    element.label = labelPayload!;
    await settle(element);
    expect(names()).to.include(labelPayload);
    await expectNothingInjected(element);
  });

  it('the as-of marker label is text', async () => {
    const element = await mount();
    const payload = PAYLOADS[0]!;
    element.asOf = '2023-05-03';
    element.asOfLabel = payload;
    element.events = [
      { date: '2023-04-20', title: 'Before' },
      { date: '2023-05-20', title: 'After' },
    ];
    await settle(element);
    expect(root(element).querySelector('[part~="as-of"]')!.textContent!.trim()).to.equal(payload);
    await expectNothingInjected(element);
  });
});

describe('injection: links', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative',
    'relative/path',
  ];

  it('only http(s) source links become links; the others keep their name as text and are reported', async () => {
    const element = await mount();
    const events: StoryEvent[] = refused.map((url, index) => ({
      id: `bad-${index}`,
      date: `2023-05-${String(index + 1).padStart(2, '0')}`,
      title: `Event ${index}`,
      source: { name: `Source ${index}`, url },
    }));
    element.events = events;
    await settle(element);

    for (const [index, url] of refused.entries()) {
      element.select(`bad-${index}`);
      await settle(element);
      const card = detail(element);
      expect(card.querySelectorAll('a').length, `a link for ${JSON.stringify(url)}`).to.equal(0);
      expect(card.querySelector('.detail-source')!.textContent, url).to.include(`Source ${index}`);
      expect(
        element.problems.some((problem) => problem.index === index && /link/.test(problem.message)),
        `no problem for ${url}`,
      ).to.equal(true);
    }
    expect(root(element).querySelectorAll('a[href]').length).to.equal(0);
    await expectNothingInjected(element);
  });

  it('an https link is a link that opens without giving the page away', async () => {
    const element = await mount();
    element.events = [
      { id: 'good', date: '2023-05-03', title: 'Good', source: { name: 'Example', url: 'https://example.com/a' } },
    ];
    await settle(element);
    element.select('good');
    await settle(element);
    const link = detail(element).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/a');
    expect(link.textContent).to.equal('Example');
    expect(link.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
  });

  it('an https link carrying markup stays one attribute', async () => {
    const element = await mount();
    const url = 'https://example.com/"><img src=x onerror="window.__pwned=1">';
    element.events = [{ id: 'odd', date: '2023-05-03', title: 'Odd', source: { name: 'Odd', url } }];
    await settle(element);
    element.select('odd');
    await settle(element);
    const links = detail(element).querySelectorAll('a');
    expect(links.length).to.equal(1);
    expect(links[0]!.href).to.equal(new URL(url).href);
    await expectNothingInjected(element);
  });
});

describe('injection: media, the description notation and eras', () => {
  PAYLOADS.forEach((payload, n) => {
    it(`caption, credit, alt, link notation and era titles stay text: ${payload}`, async () => {
      const element = await mount();
      element.data = {
        eras: [{ id: 'era', date: '2023', title: payload }],
        events: [
          {
            id: 'linked',
            date: '2023-05-03',
            title: 'Linked',
            description: `[${payload}](https://example.com/${n}) *${payload}*\n\n**${payload}** [x](javascript:window.__pwned=1)`,
            // A link card: the one medium that draws no element of its own kind.
            media: { url: 'https://example.com/page', caption: payload, credit: payload, alt: payload },
          },
          // An address made of markup is no address: no picture at all.
          {
            id: 'pictured',
            date: '2023-06-03',
            title: 'Pictured',
            media: { url: payload, alt: payload, kind: 'image' },
          },
          // A video's poster is drawn from the title; its caption is text.
          {
            id: 'video',
            date: '2023-07-03',
            title: payload,
            media: { url: 'https://youtu.be/pi2v1m6gmD8', caption: payload, credit: payload },
          },
        ],
      };
      await settle(element);
      const band = root(element).querySelector('[part~="era"]')!;
      expect(band.textContent!.trim()).to.equal(payload);
      expect(root(element).querySelector('ul[aria-label="Periods"] li')!.textContent).to.contain(payload);

      element.select('linked');
      await settle(element);
      const card = detail(element);
      const links = [...card.querySelectorAll<HTMLAnchorElement>('.detail-description a')];
      expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([[payload, `https://example.com/${n}`]]);
      expect(card.querySelector('.detail-description em')!.textContent).to.equal(payload);
      expect(card.querySelector('.detail-description strong')!.textContent).to.equal(payload);
      expect(card.textContent).to.contain('[x](javascript:window.__pwned=1)');
      expect(card.querySelector('figcaption')!.textContent).to.contain(payload);
      expect(card.querySelector('.credit')!.textContent).to.equal(payload);
      expect(card.querySelector('.detail-eras')!.textContent).to.contain(payload);

      element.select('pictured');
      await settle(element);
      expect(detail(element).querySelector('figure')).to.equal(null);
      expect(element.problems.some((problem) => problem.id === 'pictured')).to.equal(true);

      element.select('video');
      await settle(element);
      expect(detail(element).querySelector('button.poster')!.textContent).to.contain(payload);
      expect(detail(element).querySelector('figcaption')!.textContent).to.contain(payload);
      await expectNothingInjected(element);
    });
  });

  it('media addresses that are not http(s) or relative are refused and reported', async () => {
    const element = await mount();
    const refused = [
      'javascript:window.__pwned=1//a.png',
      'data:image/svg+xml,<svg onload="window.__pwned=1">',
      'vbscript:x.gif',
    ];
    element.events = refused.map((url, index) => ({
      id: `m${index}`,
      date: `2023-05-0${index + 1}`,
      title: `M${index}`,
      media: { url, alt: 'x', link: 'javascript:window.__pwned=1' },
    }));
    await settle(element);
    for (const [index] of refused.entries()) {
      element.select(`m${index}`);
      await settle(element);
      expect(detail(element).querySelector('figure'), refused[index]).to.equal(null);
      expect(element.problems.some((problem) => problem.id === `m${index}`)).to.equal(true);
    }
    await expectNothingInjected(element);
  });
});

describe('injection: src', () => {
  let fetched: string[];
  let realFetch: typeof window.fetch;
  beforeEach(() => {
    fetched = [];
    realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  for (const src of [
    'javascript:alert(1)',
    'data:application/json,[]',
    'JAVASCRIPT:window.__pwned=1',
    'blob:https://example.com/x',
    'file:///etc/passwd',
  ]) {
    it(`refuses src=${JSON.stringify(src)} with story-error and fetches nothing`, async () => {
      const element = await mount();
      const story: StoryData = { events: [{ id: 'kept', date: '2023-05-03', title: 'Already shown' }] };
      element.data = story;
      await settle(element);

      const failed = oneEvent(element, 'story-error');
      element.src = src;
      const { detail: error } = await failed;
      expect(error.message).to.be.a('string').and.not.equal('');
      await settle(element);
      expect(fetched).to.deep.equal([]);
      expect(root(element).querySelector('[part~="error"]'), 'a visible error').to.not.equal(null);
      expect(root(element).querySelector('[part~="event"][data-id="kept"]'), 'earlier data still shown').to.not.equal(
        null,
      );
      await expectNothingInjected(element);
    });
  }

  it('shows a refused src that carries markup as text', async () => {
    const element = await mount();
    const src = `javascript:${PAYLOADS[0]}`;
    const failed = oneEvent(element, 'story-error');
    element.src = src;
    await failed;
    await settle(element);
    expect(root(element).querySelector('[part~="error"]')!.textContent).to.include(PAYLOADS[0]);
    expect(fetched).to.deep.equal([]);
    await expectNothingInjected(element);
  });
});
