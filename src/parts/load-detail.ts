/**
 * Fetches the detail card's code (a chunk beside the main file, with the printed list), hands it
 * the main file's Lit, and adds its styles and the print styles to the element's shadow root.
 */
import { adoptStyles, html, nothing, unsafeCSS, type CSSResultOrNative } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export async function loadDetail(
  root: HTMLElement | DocumentFragment,
  elementStyles: readonly CSSResultOrNative[],
): Promise<typeof import('./detail.js')> {
  const part = await import('./detail.js');
  part.useLit({ html, nothing, repeat });
  // The element's own styles again, then the card's: where sheets cannot be adopted, Lit adds
  // <style> elements (with the page's nonce), and the second set of the element's is harmless.
  if (root instanceof ShadowRoot)
    adoptStyles(root, [...elementStyles, unsafeCSS(part.detailStyles), unsafeCSS(part.printStyles)]);
  return part;
}
