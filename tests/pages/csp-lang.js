// Loads Japanese (dist/lang/ja.js, fetched by the bundle) before the element is made,
// so it shows Japanese from its first frame.
import { loadStrings } from '/dist/story-timeline.js';

await loadStrings('ja');
document.body.append(document.createElement('story-timeline'));
