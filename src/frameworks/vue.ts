/**
 * `import type {} from 'story-timeline/vue'` (or `"types": ["story-timeline/vue"]`) adds
 * <story-timeline> to Vue's `GlobalComponents`, so vue-tsc (Volar) checks its attributes,
 * properties and `@story-*` listeners in templates. This is the shape Vue's guide gives
 * for custom elements not built with Vue: a constructor whose instances are the element,
 * with `$props` and `$emit` for the template type checker only.
 *
 * The compiler must still be told the tag is a custom element
 * (`compilerOptions.isCustomElement`), and objects go in as properties (`:data.prop`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { StoryTimeline } from '../index.js';
import type { StoryTimelineAttributes, StoryTimelineEventMap } from './attributes.js';

export type { StoryTimelineAttributes, StoryTimelineEventMap } from './attributes.js';

/** What a Vue template can give <story-timeline>. */
export type StoryTimelineVueProps = Omit<HTMLAttributes, keyof StoryTimelineAttributes> &
  StoryTimelineAttributes &
  PublicProps;

/** <story-timeline> as Vue's template type checker sees it. */
export type StoryTimelineVueComponent = new () => StoryTimeline & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: StoryTimelineVueProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof StoryTimelineEventMap]: (event: StoryTimelineEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'story-timeline': StoryTimelineVueComponent;
  }
}
