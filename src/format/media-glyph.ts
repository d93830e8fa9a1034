/**
 * The small sign in an event's label that says it has a picture, a video or a link. Text
 * presentation (U+FE0E), so no platform draws it as a coloured emoji. The label is
 * measured with it, so the sign never cuts the title short.
 */
import type { TimelineEvent } from '../model/types.js';

const GLYPHS = { image: '▣\uFE0E', youtube: '▶\uFE0E', vimeo: '▶\uFE0E', link: '↗\uFE0E' } as const;

export function mediaGlyph(event: TimelineEvent): string {
  return event.media ? GLYPHS[event.media.kind] : '';
}

/** What a label shows: the sign, a space, the title. */
export function labelText(event: TimelineEvent): string {
  return event.media ? `${mediaGlyph(event)} ${event.title}` : event.title;
}
