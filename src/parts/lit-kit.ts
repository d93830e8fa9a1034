/**
 * The Lit functions of the parts fetched on demand (the detail card), handed over by the main
 * file when it loads them. Importing 'lit' there would make the built chunk import the main file
 * by its name: a page that renamed it, or loaded it with a query string, would then break the
 * card or load the main file twice. Handed over, the chunk imports nothing.
 */
import type { html as litHtml, nothing as litNothing } from 'lit';
import type { repeat as litRepeat } from 'lit/directives/repeat.js';

export interface LitKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  repeat: typeof litRepeat;
}

// Set by `useLit` before any part of the chunk renders.
export let html = undefined as unknown as LitKit['html'];
export let nothing = undefined as unknown as LitKit['nothing'];
export let repeat = undefined as unknown as LitKit['repeat'];

export function useLit(kit: LitKit): void {
  ({ html, nothing, repeat } = kit);
}
