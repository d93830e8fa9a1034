/**
 * What the parts of the extras chunk (`./extras.ts`: eras, groups, the wheel hint, the error
 * and the empty story's message) use from the main file, handed over when the chunk arrives
 * (`./load-extras.ts`). Importing it there would make the built chunk import the main file by
 * its name (see `./lit-kit.ts`); handed over, the chunk imports nothing.
 */
import type { html as litHtml, nothing as litNothing } from 'lit';
import type { repeat as litRepeat } from 'lit/directives/repeat.js';
import type { ownedStyle as ownedStyleDirective } from '../directives/inline-style.js';
import type { renderMarks as marks } from './marks.js';
import type { renderClusters as clusters } from './clusters.js';
import type { groupColour as colour } from './group-colour.js';

export interface ExtrasKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  repeat: typeof litRepeat;
  ownedStyle: typeof ownedStyleDirective;
  /** A group's band draws its marks and clusters as the plot does. */
  renderMarks: typeof marks;
  renderClusters: typeof clusters;
  /** The height of a row of clusters, as the plot counts it. */
  CLUSTER_ROW: number;
  /** A group's colour, as the legend gives it. */
  groupColour: typeof colour;
}

// Set by `useKit` before any part of the chunk renders.
export let html = undefined as unknown as ExtrasKit['html'];
export let nothing = undefined as unknown as ExtrasKit['nothing'];
export let repeat = undefined as unknown as ExtrasKit['repeat'];
export let ownedStyle = undefined as unknown as ExtrasKit['ownedStyle'];
export let renderMarks = undefined as unknown as ExtrasKit['renderMarks'];
export let renderClusters = undefined as unknown as ExtrasKit['renderClusters'];
export let CLUSTER_ROW = 0;
export let groupColour = undefined as unknown as ExtrasKit['groupColour'];

export function useKit(kit: ExtrasKit): void {
  ({ html, nothing, repeat, ownedStyle, renderMarks, renderClusters, CLUSTER_ROW, groupColour } = kit);
}
