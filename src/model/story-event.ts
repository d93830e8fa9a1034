/** From the element's reading of an event back to the public shape a page gave (`story-select`'s detail). */
import type { EventMedia, StoryEvent, StoryMedia, TimelineEvent } from './types.js';

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
    ...(event.media ? { media: toStoryMedia(event.media) } : {}),
    ...(event.group ? { group: event.group } : {}),
  };
}

function toStoryMedia({ kind, url, alt, caption, credit, link }: EventMedia): StoryMedia {
  return {
    url,
    kind: kind === 'youtube' || kind === 'vimeo' ? 'video' : kind,
    ...(alt ? { alt } : {}),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(link ? { link } : {}),
  };
}
