/**
 * `import type {} from 'story-timeline/preact'` (or `"types": ["story-timeline/preact"]`)
 * lets Preact TSX use <story-timeline> with typed attributes, object properties and
 * `onstory-*` listeners. Preact's JSX namespace is `JSXInternal`, re-exported as `JSX`
 * from 'preact' and from its JSX runtimes; extending it there reaches all of them.
 */
import type { HTMLAttributes } from 'preact';
import type { StoryTimeline } from '../index.js';
import type { StoryTimelineAttributes, StoryTimelineHandlers } from './attributes.js';

export type { StoryTimelineAttributes, StoryTimelineEventMap, StoryTimelineHandlers } from './attributes.js';

/** The props of <story-timeline> in Preact: an HTML element's, with the element's own. */
export type StoryTimelinePreactProps = Omit<HTMLAttributes<StoryTimeline>, keyof StoryTimelineAttributes> &
  StoryTimelineAttributes &
  StoryTimelineHandlers;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Preact's types are extended
  namespace JSX {
    interface IntrinsicElements {
      'story-timeline': StoryTimelinePreactProps;
    }
  }
}
