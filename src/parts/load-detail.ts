/**
 * Fetches the detail card's code (a chunk beside the main file), hands it the main file's Lit,
 * adds its styles to the element's shadow root, and starts following print requests for the
 * element (printing's own code is a further chunk, which the card's fetches when it is asked
 * for or the page is idle, and whose styles are added here too).
 */
import {
  adoptStyles,
  html,
  nothing,
  render,
  unsafeCSS,
  type CSSResultOrNative,
  type ReactiveControllerHost,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PrintOnDemand } from '../controllers/print-on-demand.js';
import type { ViewController } from '../controllers/view-controller.js';
import type { DetailProps } from './detail.js';

export async function loadDetail(
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  elementStyles: readonly CSSResultOrNative[],
  view: ViewController,
  /** The card to rehearse hidden once the page is idle (see `rehearse`). */
  sample: () => DetailProps | undefined,
): Promise<typeof import('./detail.js') & { print: PrintOnDemand }> {
  const part = await import('./detail.js');
  part.useLit({ html, nothing, repeat });
  // The element's own styles again, then the card's (and printing's, once here): where sheets
  // cannot be adopted, Lit adds <style> elements (with the page's nonce), and the second set of
  // the element's is harmless.
  const adopt = (print = '') => {
    if (host.renderRoot instanceof ShadowRoot)
      adoptStyles(host.renderRoot, [...elementStyles, unsafeCSS(part.detailStyles), unsafeCSS(print)]);
  };
  adopt();
  part.rehearse(host.renderRoot, render, sample);
  return { ...part, print: new part.PrintOnDemand(host, view, adopt) };
}
