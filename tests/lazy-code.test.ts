import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';

/** Has the page fetched a module whose address holds `name`? */
const fetched = (name: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

/** The chunk of the eras, the groups' bands, the wheel hint and the messages (`npm run build` names it `story-timeline-extras-…`). */
const EXTRAS = '/src/parts/extras.ts';

const drawn = (element: StoryTimeline): number => element.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;
const plot = (element: StoryTimeline): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('.plot')!;

function timeline(): StoryTimeline {
  const element = document.createElement('story-timeline');
  element.style.width = '700px';
  element.data = firstStory;
  document.body.append(element);
  return element;
}

describe('story-timeline: code the first drawing does not need', () => {
  afterEach(() => document.querySelectorAll('story-timeline').forEach((element) => element.remove()));

  // Before any other test of the file has fetched the card's code or the gestures.
  it("draws a first story before fetching the card's code, then fetches it unasked", async () => {
    const element = document.createElement('story-timeline');
    element.style.width = '700px';
    element.data = firstStory;
    let drawnAt = 0;
    const watch = new MutationObserver(() => {
      if (!drawnAt && drawn(element) > 0) drawnAt = performance.now();
    });
    document.body.append(element);
    watch.observe(element.shadowRoot!, { childList: true, subtree: true });
    const card = () => performance.getEntriesByType('resource').find((entry) => entry.name.includes('/parts/detail.'));
    await waitUntil(card, "the card's code, fetched after the first drawing without a reader asking", {
      timeout: 5000,
    });
    watch.disconnect();
    expect(drawnAt, 'the events were drawn').to.be.above(0);
    expect(card()!.startTime, "the card's code was asked for after the events were drawn").to.be.above(drawnAt);
    expect(fetched('zoom-gestures'), 'the gestures, with no reader on the plot').to.equal(false);
  });

  // The first test of the file: nothing has fetched the gestures or the extras yet.
  it('draws a first story without fetching the gestures until a pointer comes over the plot', async () => {
    const element = timeline();
    await waitUntil(() => drawn(element) === 5, 'the events drawn');
    expect(fetched('zoom-gestures'), 'the gestures, before the drawing').to.equal(false);
    await nextFrame();
    await nextFrame();
    expect(fetched('zoom-gestures'), 'the gestures, with no reader on the plot').to.equal(false);
    // No eras, groups, error or empty story: their parts are not fetched at all.
    await element.updateComplete;
    expect(fetched(EXTRAS), 'the eras, groups and messages, for a story without them').to.equal(false);
    expect(fetched('/src/model/declarative'), 'the light DOM reader, for an element with no content').to.equal(false);
    plot(element).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => fetched('zoom-gestures'), 'the gestures fetched when a pointer comes over the plot');
  });

  it('draws orientation="auto" at 1,000 px across without fetching the vertical reading, and fetches it on narrowing', async () => {
    const element = timeline();
    element.setAttribute('orientation', 'auto');
    element.style.width = '1000px';
    await waitUntil(() => drawn(element) === 5, 'the events drawn');
    await element.updateComplete;
    await nextFrame();
    expect(element.shadowRoot!.querySelector('.plot.vertical')).to.equal(null);
    expect(fetched('/parts/vertical'), 'the vertical reading, at 1,000 px').to.equal(false);
    element.style.width = '390px';
    // Fetched now: the dev server builds it on demand, which can take a while on a busy machine.
    await waitUntil(() => element.shadowRoot!.querySelector('.plot.vertical'), 'drawn vertically at 390 px', {
      timeout: 5000,
    });
    expect(fetched('/parts/vertical')).to.equal(true);
  });

  it('pans with a drag begun before the gestures came', async () => {
    const element = timeline();
    await waitUntil(() => drawn(element) === 5, 'the events drawn');
    element.zoomBy(2);
    const before = element.visibleRange;
    const box = plot(element).getBoundingClientRect();
    const y = box.bottom - 10;
    const x = box.left + box.width / 2;
    const mouse = (type: string, clientX: number, buttons: number) =>
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        clientX,
        clientY: y,
        buttons,
      });
    // Pressed before the gestures are here: they come (the mouse's pointerdown asks for them)
    // and take the press over.
    plot(element).dispatchEvent(
      new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'mouse', clientX: x, clientY: y }),
    );
    plot(element).dispatchEvent(mouse('mousedown', x, 1));
    await element.updateComplete;
    const fired = oneEvent(element, 'story-rangechange');
    window.dispatchEvent(mouse('mousemove', x + 50, 1));
    window.dispatchEvent(mouse('mousemove', x + 150, 1));
    window.dispatchEvent(mouse('mouseup', x + 150, 0));
    await fired;
    const msPerPixel = (+before.end - +before.start) / box.width;
    expect(+element.visibleRange.start).to.be.closeTo(+before.start - 150 * msPerPixel, 5 * msPerPixel);
  });

  it('fetches the eras and groups with a story that has them, and shows no frame without them', async () => {
    const grouped = document.createElement('story-timeline');
    grouped.style.width = '700px';
    grouped.data = {
      ...firstStory,
      eras: [{ date: '2023-01/2023-06', title: 'Spring talks', color: 'blue' }],
      groups: [{ id: 'nato', title: 'NATO' }],
      events: firstStory.events.map((event) => ({ ...event, group: 'nato' })),
    };
    const loaded = oneEvent(grouped, 'story-load');
    // Connected, it has its shadow root; its first update comes later.
    document.body.append(grouped);
    // Lit commits each frame whole: every time the frame is shown, its eras and groups must be in it.
    const shownWithout: string[] = [];
    const root = grouped.shadowRoot!;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.frame:not(.pending)')) return;
      if (!root.querySelector('[part~="era"]')) shownWithout.push('era');
      if (!root.querySelector('[part~="group"]')) shownWithout.push('group');
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    await loaded;
    observer.disconnect();
    expect(fetched(EXTRAS), 'the extras, for a story with eras and groups').to.equal(true);
    expect(root.querySelectorAll('[part~="era"]')).to.have.length(1);
    expect(root.querySelector('[part~="group-label"]')!.textContent).to.equal('NATO');
    expect(shownWithout, 'a frame shown without its eras or groups').to.deep.equal([]);
  });
});
