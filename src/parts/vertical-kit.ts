/** Lit and the style directive, as the vertical reading's modules use them. */
import type { ownedStyle as ownedStyleDirective } from '../directives/inline-style.js';
import type { LitKit } from './lit-kit.js';

/**
 * This part is a chunk fetched when an element may read vertically: it imports nothing, and
 * is handed the main file's Lit and style directive when it arrives (as the detail card is).
 */
export interface VerticalKit extends LitKit {
  ownedStyle: typeof ownedStyleDirective;
}
export let html = undefined as unknown as VerticalKit['html'];
export let nothing = undefined as unknown as VerticalKit['nothing'];
export let repeat = undefined as unknown as VerticalKit['repeat'];
export let ownedStyle = undefined as unknown as VerticalKit['ownedStyle'];

export function useKit(kit: VerticalKit): void {
  ({ html, nothing, repeat, ownedStyle } = kit);
}
