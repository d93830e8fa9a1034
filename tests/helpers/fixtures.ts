/** The first story, as the SPEC's table gives it; shared by the element tests. */
import type { StoryData } from '../../src/model/types.js';

export const firstStory: StoryData = {
  title: 'NATO liaison office in Tokyo',
  lang: 'en',
  events: [
    {
      id: 'kishida-stoltenberg',
      date: '[2023-01-21..2023-01-31]',
      displayDate: 'late January 2023',
      title: 'Kishida and Stoltenberg meet in Japan',
      description: 'The project starts at this meeting.',
      status: 'confirmed',
      source: { name: 'Nikkei, as reported on 3 May 2023' },
    },
    { id: 'draft-proposal', date: '2023-04', title: 'Draft proposal sent to the 31 members', status: 'reported' },
    {
      id: 'nikkei-leak',
      date: '2023-05-03',
      title: 'Nikkei reports the plan',
      status: 'confirmed',
      source: { name: 'Nikkei', url: 'https://example.com/nikkei' },
    },
    { id: 'vilnius-summit', date: '2023-07-11/2023-07-12', title: 'NATO summit in Vilnius', status: 'confirmed' },
    { id: 'tokyo-office-opening', date: '2024', title: 'Planned opening of the Tokyo office', status: 'planned' },
  ],
};

export const storyIds = firstStory.events.map((event) => event.id!);

/** Waits for the next painted frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Waits until an element has taken in what was given to it (a width, a story): a new width
 * is drawn in a task after the frame that measured it.
 */
export async function settle(element: { updateComplete: Promise<boolean> }): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}
