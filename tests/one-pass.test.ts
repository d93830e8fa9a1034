import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { firstStory, nextFrame, settle } from './helpers/fixtures.js';

interface Watched {
  /** Updates run, and those after which another was already scheduled (Lit's "change-in-update"). */
  updates: number;
  scheduledAfter: string[];
}

/**
 * A timeline whose updates are counted: after each, is another already scheduled? That is what
 * Lit's dev mode warns of ("scheduled an update … after an update completed"), once per page.
 */
function watchedTimeline(): [StoryTimeline, Watched] {
  const element = document.createElement('story-timeline');
  const watched: Watched = { updates: 0, scheduledAfter: [] };
  const host = element as unknown as { updated(changed: Map<PropertyKey, unknown>): void };
  const updated = host.updated.bind(element);
  host.updated = (changed) => {
    updated(changed);
    watched.updates++;
    if (element.isUpdatePending)
      watched.scheduledAfter.push(`update ${watched.updates}: ${[...changed.keys()].join(', ')}`);
  };
  element.style.width = '700px';
  return [element, watched];
}

const drawn = (element: StoryTimeline): number => element.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;

/**
 * Thirty days of March 2023 between events decades apart: fitted, March is one cluster, so
 * an event selected in it must be brought into view (the view moves to draw it).
 */
const crowded: StoryData = {
  title: 'A crowded month',
  lang: 'en',
  events: [
    { id: 'long-before', date: '2000', title: 'Long before' },
    ...Array.from({ length: 30 }, (_, day) => ({
      id: `march-${day + 1}`,
      date: `2023-03-${String(day + 1).padStart(2, '0')}`,
      title: `Day ${day + 1} of March`,
    })),
    { id: 'long-after', date: '2040', title: 'Long after' },
  ],
};

const mark = (element: StoryTimeline, id: string): Element | null | undefined =>
  element.shadowRoot?.querySelector(`.frame:not(.pending) [part~="event"][data-id="${id}"]`);

/** The crowded story, opened on an event of its cluster, drawn and settled. */
async function openedInCluster(): Promise<[StoryTimeline, Watched]> {
  const [element, watched] = watchedTimeline();
  element.data = crowded;
  element.selected = 'march-15';
  document.body.append(element);
  await waitUntil(() => mark(element, 'march-15'), 'the selected event not drawn');
  await settle(element);
  return [element, watched];
}

describe('story-timeline: a first drawing is one pass', () => {
  afterEach(() => document.querySelectorAll('story-timeline').forEach((element) => element.remove()));

  it('schedules no update from a finished one when a story is set', async () => {
    const [element, watched] = watchedTimeline();
    element.data = firstStory;
    document.body.append(element);
    await waitUntil(() => drawn(element) === 5, 'the events drawn');
    await element.updateComplete;
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when the story comes from src', async () => {
    const [element, watched] = watchedTimeline();
    element.src = '/demo/story.en.json';
    document.body.append(element);
    await waitUntil(() => drawn(element) > 0, 'the events drawn');
    await element.updateComplete;
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when it opens on a selected event', async () => {
    const [element, watched] = watchedTimeline();
    element.data = firstStory;
    element.selected = 'nikkei-leak';
    document.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part="detail"]'), 'the card drawn');
    await element.updateComplete;
    expect(watched.scheduledAfter).to.deep.equal([]);
  });
});

describe('story-timeline: bringing the selected event into view is part of the update', () => {
  afterEach(() => document.querySelectorAll('story-timeline').forEach((element) => element.remove()));

  it('schedules no update from a finished one when new data has the selected event in a cluster', async () => {
    const [element, watched] = watchedTimeline();
    element.data = firstStory;
    element.selected = 'march-15';
    document.body.append(element);
    await waitUntil(() => drawn(element) === 5, 'the first story drawn');
    await settle(element);
    element.data = crowded;
    await waitUntil(() => mark(element, 'march-15'), 'the selected event not brought into view');
    await settle(element);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when a new width brings the selected event into view', async () => {
    const [element, watched] = await openedInCluster();
    element.style.width = '480px';
    await settle(element);
    expect(mark(element, 'march-15'), 'the selected event is not drawn at the new width').to.not.equal(null);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when an event in a cluster is selected', async () => {
    const [element, watched] = watchedTimeline();
    element.data = crowded;
    document.body.append(element);
    await waitUntil(() => drawn(element) > 0, 'the events drawn');
    // Not `updateComplete`, which fetches the gestures: without them, the move to the event jumps.
    await nextFrame();
    expect(mark(element, 'march-15'), 'the event is drawn before it is selected').to.equal(null);
    element.selected = 'march-15';
    await waitUntil(() => mark(element, 'march-15'), 'the selected event not brought into view');
    await settle(element);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when it reads vertically with a selected event', async () => {
    const [element, watched] = watchedTimeline();
    element.orientation = 'vertical';
    element.data = crowded;
    element.selected = 'march-15';
    document.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('.frame.vertical:not(.pending)'), 'not drawn vertically');
    await settle(element);
    expect(mark(element, 'march-15')).to.not.equal(null);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when src cannot be read', async () => {
    const [element, watched] = watchedTimeline();
    element.selected = 'march-15';
    const failed = oneEvent(element, 'story-error');
    element.src = `/test-server/text/notes?type=text%2Fplain&body=${encodeURIComponent('This is { not json')}`;
    document.body.append(element);
    await failed;
    await settle(element);
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });

  it('schedules no update from a finished one when an animated zoom lands', async () => {
    const [element, watched] = await openedInCluster();
    const landed = oneEvent(element, 'story-rangechange');
    element.zoomTo('2022-06', '2023-12', { animate: true });
    await landed;
    await settle(element);
    expect(watched.scheduledAfter).to.deep.equal([]);
  });
});
