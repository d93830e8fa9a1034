/**
 * `import type {} from 'story-timeline/react'` (or `"types": ["story-timeline/react"]` in
 * tsconfig.json) lets React 19 TSX use <story-timeline> with typed attributes, object
 * properties and `onstory-*` listeners. React 19 keeps JSX in the `React.JSX` namespace,
 * which is where its types look up intrinsic elements; the global `JSX` is gone.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { StoryTimeline } from '../index.js';
import type { StoryTimelineAttributes, StoryTimelineHandlers } from './attributes.js';

export type { StoryTimelineAttributes, StoryTimelineEventMap, StoryTimelineHandlers } from './attributes.js';

/** The props of <story-timeline> in React: an HTML element's, with the element's own. */
export type StoryTimelineReactProps = Omit<
  DetailedHTMLProps<HTMLAttributes<StoryTimeline>, StoryTimeline>,
  keyof StoryTimelineAttributes
> &
  StoryTimelineAttributes &
  StoryTimelineHandlers;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React's types are extended
  namespace JSX {
    interface IntrinsicElements {
      'story-timeline': StoryTimelineReactProps;
    }
  }
}
