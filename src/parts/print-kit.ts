/**
 * What printing's chunk is handed when it arrives: the main file's Lit (as the detail card's
 * chunk has it, `lit-kit.ts`) and the card's rich text, for the descriptions. Shared with the
 * card's chunk instead, these modules would become a third chunk that the card fetches too;
 * handed over, printing's chunk imports nothing.
 */
import type { TemplateResult } from 'lit';
import type { html as kitHtml, nothing as kitNothing } from './lit-kit.js';

export interface PrintKit {
  html: typeof kitHtml;
  nothing: typeof kitNothing;
  richText(text: string): TemplateResult[];
}

// Set by `usePrintKit` before the printed list is drawn.
export let html = undefined as unknown as PrintKit['html'];
export let nothing = undefined as unknown as PrintKit['nothing'];
export let richText = undefined as unknown as PrintKit['richText'];

export function usePrintKit(kit: PrintKit): void {
  ({ html, nothing, richText } = kit);
}
