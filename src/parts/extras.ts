/**
 * The parts a first story seldom draws, a chunk fetched when one is wanted: the eras (a story
 * with `eras`), the groups' bands (a story with groups), the wheel hint (after a plain wheel),
 * a failed load's message and the message of a story with nothing to draw. Their styles come
 * with them, added to the element's sheet (`./added-styles.ts`) before they are drawn.
 */
import { colourStyles } from './extras-colours.styles.js';
import { erasStyles } from './eras.styles.js';
import { groupStyles } from './group.styles.js';
import { hintStyles } from './hint.styles.js';
import { errorStyles } from './error.styles.js';
import { emptyStyles } from './empty.styles.js';

export { useKit } from './extras-kit.js';
export { renderEras, renderEraList } from './eras.js';
export { renderGroups } from './group.js';
export { renderWheelHint } from './hint.js';
export { renderError } from './error.js';
export { renderEmpty } from './empty.js';

/** In the order the main sheet had them: a later rule wins a tie. */
export const extrasStyles = colourStyles + groupStyles + erasStyles + hintStyles + errorStyles + emptyStyles;
