// Entry of dist/editor.html. The element comes from ./story-timeline.js, loaded by the page.
import { mountEditor } from './editor-app.js';

mountEditor(document.querySelector('main')!);
