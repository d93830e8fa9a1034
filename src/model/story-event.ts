/** From the element's reading of an event back to the public shape a page gave (`story-select`'s detail). */
import type { StoryEvent, TimelineEvent } from './types.js';

export function toStoryEvent(event: TimelineEvent): StoryEvent {
  return {
    id: event.id,
    date: event.dateText,
    title: event.title,
    ...(event.displayDate ? { displayDate: event.displayDate } : {}),
    ...(event.description ? { description: event.description } : {}),
    status: event.status,
    ...(event.source ? { source: { ...event.source } } : {}),
    tags: [...event.tags],
  };
}
