/**
 * Pictures, videos and link cards in the detail card, and the description's notation.
 * The element runs in a page whose policy allows images from itself only and no frame at
 * all (/test-server/media-page), so nothing here can reach YouTube, Vimeo or an image
 * host: a request the element tried to make shows up as a policy violation instead.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { normalizeStory } from '../src/model/normalize.js';
import { readMedia } from '../src/model/media.js';
import type { Problem, StoryEvent } from '../src/model/types.js';
import type { StoryTimeline } from '../src/story-timeline.js';

type MediaWindow = Window & { cspViolations: string[] };

const PHOTO = '/demo/media/harbour.svg';

async function openPage(width = 700): Promise<{ element: StoryTimeline; win: MediaWindow }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src="/test-server/media-page" style=${`width:${width}px;height:900px;border:0`}></iframe>`,
  );
  await waitUntil(() => frame.contentWindow?.customElements?.get('story-timeline'), 'the element was never defined', {
    timeout: 8000,
  });
  const element = frame.contentDocument!.querySelector('story-timeline') as StoryTimeline;
  return { element, win: frame.contentWindow as MediaWindow };
}

async function show(element: StoryTimeline, events: StoryEvent[], selected: string): Promise<HTMLElement> {
  element.events = events;
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'nothing was drawn');
  element.select(selected);
  await element.updateComplete;
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')!;
}

function media(value: unknown): { media: ReturnType<typeof readMedia>; problems: Problem[] } {
  const problems: Problem[] = [];
  return { media: readMedia(value, () => 'Event 1', 0, problems), problems };
}

describe('media: what the data may ask for', () => {
  it('keeps an image without alt, with alt="", and says what is missing', () => {
    const { media: image, problems } = media({ url: 'photo.jpg', caption: 'A quay' });
    expect(image).to.deep.equal({ kind: 'image', url: 'photo.jpg', alt: '', caption: 'A quay' });
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.contain('"alt"');
  });

  it('links a picture only to an http(s) address', () => {
    expect(media({ url: 'a.png', alt: 'a', link: 'https://example.org/' }).media?.link).to.equal(
      'https://example.org/',
    );
    expect(media({ url: 'a.png', alt: 'a', link: 'javascript:alert(1)' }).media).to.not.have.property('link');
  });

  it('loads images from http(s) and relative addresses only', () => {
    expect(media({ url: 'https://example.org/a.png', alt: 'a' }).media?.kind).to.equal('image');
    expect(media({ url: '../pictures/a.webp?w=2', alt: 'a' }).media?.url).to.equal('../pictures/a.webp?w=2');
    for (const url of ['javascript:alert(1)//a.png', 'data:image/png;base64,AAAA', 'file:///etc/a.png']) {
      const { media: shown, problems } = media({ url, alt: 'a', kind: 'image' });
      expect(shown, url).to.equal(undefined);
      expect(problems[0]!.message, url).to.contain('use an http, https or relative address');
    }
  });

  it('reads YouTube and Vimeo addresses as click-to-load players, privacy-enhanced', () => {
    const youtube = [
      'https://www.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
      'https://m.youtube.com/watch?v=pi2v1m6gmD8',
      'https://youtu.be/pi2v1m6gmD8',
      'https://www.youtube.com/embed/pi2v1m6gmD8',
      'https://www.youtube.com/shorts/pi2v1m6gmD8',
    ];
    for (const url of youtube) {
      expect(media({ url }).media, url).to.include({
        kind: 'youtube',
        player: 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8',
      });
    }
    for (const url of ['http://vimeo.com/20839673', 'https://player.vimeo.com/video/20839673']) {
      expect(media({ url }).media, url).to.include({
        kind: 'vimeo',
        player: 'https://player.vimeo.com/video/20839673?dnt=1',
      });
    }
  });

  it('shows any other address as a link card, and drops what is not an address', () => {
    expect(media({ url: 'https://www.flickr.com/photos/x/1' }).media).to.deep.equal({
      kind: 'link',
      url: 'https://www.flickr.com/photos/x/1',
    });
    // A YouTube page that is not a video, and "video" that is neither site, are links too.
    expect(media({ url: 'https://www.youtube.com/@channel' }).media?.kind).to.equal('link');
    expect(media({ url: 'https://example.org/clip', kind: 'video' }).media?.kind).to.equal('link');
    for (const value of [{ url: '<blockquote>x</blockquote>' }, { url: 'relative/page' }, { caption: 'x' }, 'x']) {
      const { media: shown, problems } = media(value);
      expect(shown, JSON.stringify(value)).to.equal(undefined);
      expect(problems, JSON.stringify(value)).to.have.length(1);
    }
  });

  it('goes through normalizeStory: problems name the event, and every event stays', () => {
    const story = normalizeStory([
      { id: 'a', date: '2023-05-03', title: 'A', media: { url: 'a.jpg' } },
      { id: 'b', date: '2023-05-04', title: 'B', media: { url: 'javascript:alert(1)' } },
    ]);
    expect(story.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect(story.events[1]!.media).to.equal(undefined);
    expect(story.problems.map((problem) => problem.id)).to.deep.equal(['a', 'b']);
    expect(story.problems[0]!.message).to.match(/^Event 1 \("A"\): .*"alt"/);
  });
});

describe('media: the card', function () {
  this.timeout(20000);

  it('shows a photograph lazily, in a box kept before it loads, with its caption and credit', async () => {
    const { element, win } = await openPage();
    const card = await show(
      element,
      [
        {
          id: 'quay',
          date: '2023-05-03',
          title: 'The new quay opens',
          description: 'The boats moor.',
          media: { url: PHOTO, alt: 'Boats at a quay', caption: 'The quay at dusk.', credit: 'Photo: A. Reporter' },
        },
      ],
      'quay',
    );
    const figure = card.querySelector('figure[part="media"]')!;
    expect(figure, 'a figure').to.exist;
    // Above the text.
    expect(figure.compareDocumentPosition(card.querySelector('.detail-title')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Boats at a quay');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    const boxBefore = image.getBoundingClientRect().height;
    expect(boxBefore, 'room kept before the picture arrives').to.be.above(100);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the local picture never loaded');
    expect(image.getBoundingClientRect().height).to.equal(boxBefore);
    expect(figure.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The quay at dusk. Photo: A. Reporter',
    );
    const credit = figure.querySelector('.credit')!;
    expect(credit.textContent).to.equal('Photo: A. Reporter');
    expect(parseFloat(getComputedStyle(credit).fontSize)).to.be.below(
      parseFloat(getComputedStyle(figure.querySelector('figcaption')!).fontSize),
    );
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('hides a picture that fails to load and keeps its caption and credit', async () => {
    const { element } = await openPage();
    const card = await show(
      element,
      [
        {
          id: 'gone',
          date: '2023-05-03',
          title: 'Gone',
          media: { url: '/no-such-picture.png', alt: 'Lost', caption: 'Still captioned', credit: 'Someone' },
        },
      ],
      'gone',
    );
    const image = card.querySelector('img')!;
    await waitUntil(() => image.hidden, 'the broken picture was not hidden');
    expect(image.getBoundingClientRect().height).to.equal(0);
    expect(card.querySelector('figcaption')!.textContent).to.contain('Still captioned');
    expect(card.querySelector('.credit')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('asks nothing of YouTube before the reader presses play, then embeds the no-cookie player', async () => {
    const { element, win } = await openPage();
    const card = await show(
      element,
      [{ id: 'clip', date: '2023-05-03', title: 'The mayor speaks', media: { url: 'https://youtu.be/pi2v1m6gmD8' } }],
      'clip',
    );
    const root = element.shadowRoot!;
    const fromVideoSites = () =>
      [...root.querySelectorAll('[src], [href], [srcset], [poster]')].filter((node) =>
        /youtube|vimeo|ytimg/.test(node.outerHTML),
      );
    expect(fromVideoSites()).to.deep.equal([]);
    expect(root.querySelector('iframe')).to.equal(null);
    const poster = card.querySelector<HTMLButtonElement>('figure[part="media"] button.poster')!;
    expect(poster.getAttribute('aria-label')).to.equal('Play video: The mayor speaks');
    expect(poster.textContent).to.contain('The mayor speaks');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.cspViolations, 'no request before the click').to.deep.equal([]);
    expect(
      win.performance.getEntriesByType('resource').filter((entry) => /youtube|ytimg/.test(entry.name)),
    ).to.have.length(0);

    poster.click();
    await element.updateComplete;
    const player = root.querySelector('iframe')!;
    await waitUntil(() => root.activeElement === player, 'the focus did not move to the player');
    expect(player.src.startsWith('https://www.youtube-nocookie.com/embed/pi2v1m6gmD8')).to.equal(true);
    expect(player.title).to.equal('The mayor speaks');
    // This page's policy refuses every frame: the request the click made was stopped there.
    await waitUntil(() => win.cspViolations.length > 0, 'the player was never asked for');
    // (A report names the origin only.)
    expect(win.cspViolations[0]).to.match(/^frame-src blocked https:\/\/www\.youtube-nocookie\.com\b/);
  });

  it('embeds Vimeo with do-not-track, only after the click', async () => {
    const { element } = await openPage();
    const card = await show(
      element,
      [{ id: 'clip', date: '2023-05-03', title: 'Fishermen', media: { url: 'http://vimeo.com/20839673' } }],
      'clip',
    );
    expect(element.shadowRoot!.querySelector('iframe')).to.equal(null);
    card.querySelector<HTMLButtonElement>('button.poster')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.match(
      /^https:\/\/player\.vimeo\.com\/video\/20839673\?dnt=1/,
    );
  });

  it('shows another address as a link card with its host', async () => {
    const { element } = await openPage();
    const card = await show(
      element,
      [{ id: 'doc', date: '2023-05-03', title: 'The plan', media: { url: 'https://www.example.org/plan.pdf' } }],
      'doc',
    );
    const link = card.querySelector<HTMLAnchorElement>('figure[part="media"] a')!;
    expect(link.href).to.equal('https://www.example.org/plan.pdf');
    expect(link.textContent).to.contain('www.example.org');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('marks events with media on the timeline, and says so in their names', async () => {
    const { element } = await openPage();
    element.events = [
      { id: 'photo', date: '2023-05-03', title: 'Photo', media: { url: PHOTO, alt: 'a' } },
      { id: 'video', date: '2023-06-03', title: 'Video', media: { url: 'https://youtu.be/pi2v1m6gmD8' } },
      { id: 'plain', date: '2023-07-03', title: 'Plain' },
    ];
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 3);
    const button = (id: string) => element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)!;
    expect(button('photo').getAttribute('aria-label')).to.match(/, with photo$/);
    expect(button('video').getAttribute('aria-label')).to.match(/, with video$/);
    expect(button('plain').getAttribute('aria-label')).not.to.contain('with');
    const glyph = button('photo').querySelector('[part~="event-label"] .glyph')!;
    expect(glyph.getAttribute('aria-hidden')).to.equal('true');
    expect(button('plain').querySelector('.glyph')).to.equal(null);
    // The label is measured with its sign: the title is not cut short for it.
    const label = button('photo').querySelector<HTMLElement>('[part~="event-label"]')!;
    expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);

    // French is loaded on demand: the names follow once it has arrived.
    element.setAttribute('lang', 'fr');
    await waitUntil(() => /, avec photo$/.test(button('photo').getAttribute('aria-label') ?? ''), 'French names');
  });
});
