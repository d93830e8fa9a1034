/**
 * Fetches the detail card's code (a chunk beside the main file, with printing: the controller
 * and the printed list), hands it the main file's Lit, adds its styles and the print styles to
 * the element's shadow root, and starts following print for the element.
 */
import { adoptStyles, html, nothing, unsafeCSS, type CSSResultOrNative, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PrintController } from '../controllers/print-controller.js';
import type { ViewController } from '../controllers/view-controller.js';

export async function loadDetail(
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  elementStyles: readonly CSSResultOrNative[],
  view: ViewController,
): Promise<typeof import('./detail.js') & { print: PrintController }> {
  const part = await import('./detail.js');
  part.useLit({ html, nothing, repeat });
  // The element's own styles again, then the card's: where sheets cannot be adopted, Lit adds
  // <style> elements (with the page's nonce), and the second set of the element's is harmless.
  if (host.renderRoot instanceof ShadowRoot)
    adoptStyles(host.renderRoot, [...elementStyles, unsafeCSS(part.detailStyles), unsafeCSS(part.printStyles)]);
  return { ...part, print: new part.PrintController(host, view) };
}
