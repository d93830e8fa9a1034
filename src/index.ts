export { StoryTimeline } from './story-timeline.js';
export type {
  StoryErrorDetail,
  StoryLoadDetail,
  StoryRangeDetail,
  StorySelectDetail,
  VisibleRange,
} from './story-timeline.js';
export type { StoryData, StoryEvent, StorySource, EventStatus, Problem, WheelMode } from './model/types.js';
export { parseDate } from './model/edtf.js';
export { normalizeStory } from './model/normalize.js';
export { VERSION } from './version.js';
