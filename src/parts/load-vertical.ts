/**
 * Fetches the vertical reading's code (a chunk beside the main file), hands it the main file's
 * Lit and style directive, and adds its rules to the element's stylesheet: shared by every
 * instance and adopted again by whatever adopts the element's styles, they match nothing
 * outside a vertical plot.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ownedStyle } from '../directives/inline-style.js';
import { addStyles } from './added-styles.js';

export async function loadVertical(): Promise<typeof import('./vertical.js')> {
  const part = await import('./vertical.js');
  part.useKit({ html, nothing, repeat, ownedStyle });
  // Once per page (the module is fetched once).
  addStyles('vertical', part.verticalStyles + part.verticalColumnStyles);
  return part;
}
