import { expect, waitUntil } from '@open-wc/testing';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

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
