/**
 * TimelineJS's own example documents (all-media-types, eras), converted by
 * scripts/convert-timelinejs.js into demo/timelinejs/: every event, medium, caption, credit
 * and era is drawn. The page allows images from itself only and no frames, so the test
 * reaches no image host or video site (their pictures fall back to caption and credit).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';

type MediaWindow = Window & { cspViolations: string[] };

async function open(src: string): Promise<{ element: StoryTimeline; win: MediaWindow; data: StoryData }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src="/test-server/media-page" style="width:1000px;height:900px;border:0"></iframe>`,
  );
  await waitUntil(() => frame.contentWindow?.customElements?.get('story-timeline'), 'never defined', {
    timeout: 8000,
  });
  const element = frame.contentDocument!.querySelector('story-timeline') as StoryTimeline;
  const loaded = new Promise((resolve) => element.addEventListener('story-load', resolve, { once: true }));
  element.src = src;
  await loaded;
  const data = (await (await fetch(src)).json()) as StoryData;
  return { element, win: frame.contentWindow as MediaWindow, data };
}

describe('TimelineJS example documents, converted', function () {
  this.timeout(30000);

  it('all-media-types: every event is read, and each medium is shown in its card', async () => {
    const { element, win, data } = await open('/demo/timelinejs/all-media-types.json');
    expect(element.problems).to.deep.equal([]);
    const root = element.shadowRoot!;
    const withMedia = data.events.filter((event) => event.media);
    expect(withMedia).to.have.length(38);

    const counts = { figures: 0, images: 0, posters: 0, links: 0, captions: 0, credits: 0 };
    for (const event of withMedia) {
      element.select(event.id!);
      await element.updateComplete;
      const figure = root.querySelector('[part~="detail"] figure[part="media"]');
      expect(figure, event.title).to.exist;
      counts.figures++;
      const image = figure!.querySelector('img');
      if (image) {
        counts.images++;
        expect(image.alt, event.title).to.not.equal('');
      }
      if (figure!.querySelector('button.poster')) counts.posters++;
      if (figure!.querySelector('a.link-card')) counts.links++;
      const caption = figure!.querySelector('figcaption')?.textContent ?? '';
      if (event.media!.caption) {
        expect(caption, event.title).to.contain(event.media!.caption);
        counts.captions++;
      }
      if (event.media!.credit) {
        expect(figure!.querySelector('.credit')!.textContent, event.title).to.equal(event.media!.credit);
        counts.credits++;
      }
    }
    expect(counts).to.deep.equal({ figures: 38, images: 9, posters: 2, links: 27, captions: 30, credits: 37 });
    // Nothing reached a video site; the only requests stopped were the pictures from elsewhere.
    expect(win.cspViolations.filter((line) => !line.startsWith('img-src'))).to.deep.equal([]);
    expect(root.querySelector('iframe')).to.equal(null);
  });

  it('eras: the three eras are drawn behind the events, and listed', async () => {
    const { element, data } = await open('/demo/timelinejs/eras.json');
    expect(element.problems).to.deep.equal([]);
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('[part~="event"]').length).to.be.above(0);
    const eras = [...root.querySelectorAll<HTMLElement>('[part~="era"]')];
    expect(eras.map((era) => era.textContent!.trim())).to.deep.equal([
      'Era Test 600-650',
      'Era Test 650-700',
      'Era Test 700-720',
    ]);
    expect(root.querySelectorAll('ul[aria-label="Periods"] li')).to.have.length(data.eras!.length);
    // The document gives no colours: neighbours take the palette in turn, so they differ.
    expect(new Set(eras.map((era) => getComputedStyle(era).backgroundColor)).size).to.equal(3);
    // Each with media drawn in its card: all 19 are Wikipedia pages, shown as link cards.
    let links = 0;
    for (const event of data.events.filter((e) => e.media)) {
      element.select(event.id!);
      await element.updateComplete;
      if (root.querySelector('figure[part="media"] a.link-card')) links++;
    }
    expect(links).to.equal(19);
  });
});
