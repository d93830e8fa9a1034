/** Fetches the detail card's code (a chunk beside the main file) and hands it the main file's Lit. */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export async function loadDetail(): Promise<typeof import('./detail.js')> {
  const part = await import('./detail.js');
  part.useLit({ html, nothing, repeat });
  return part;
}
