// First: the stories already in the page are requested before the rest of the script runs.
import './data/early-request.js';
export { StoryTimeline } from './story-timeline.js';
export type {
  StoryErrorDetail,
  StoryLoadDetail,
  StoryRangeDetail,
  StorySelectDetail,
  VisibleRange,
} from './story-events.js';
export type {
  StoryData,
  StoryEvent,
  StoryEra,
  StoryMedia,
  StorySource,
  EventStatus,
  Problem,
  WheelMode,
} from './model/types.js';
export type { Orientation } from './controllers/orientation-controller.js';
export { parseDate } from './model/edtf.js';
export { normalizeStory } from './model/normalize.js';
export { VERSION } from './version.js';
// Languages other than those bundled load on demand; a page can have one ready before
// its elements pick their language: `await loadStrings('ja')`.
export { languages, loadStrings } from './format/strings.js';
