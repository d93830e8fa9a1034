/**
 * Fetches the extras chunk (`./extras.ts`: eras, groups' bands, the wheel hint, the error and
 * the empty story's message), hands it what it draws with from the main file, and adds its
 * rules to the element's sheet.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ownedStyle } from '../directives/inline-style.js';
import { renderMarks } from './marks.js';
import { CLUSTER_ROW, renderClusters } from './clusters.js';
import { groupColour } from './group-colour.js';
import { addStyles } from './added-styles.js';

export type Extras = typeof import('./extras.js');

export async function loadExtras(): Promise<Extras> {
  const part = await import('./extras.js');
  part.useKit({ html, nothing, repeat, ownedStyle, renderMarks, renderClusters, CLUSTER_ROW, groupColour });
  addStyles('extras', part.extrasStyles);
  return part;
}
