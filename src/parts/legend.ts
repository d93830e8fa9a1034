/** The key to the marks, in two headed groups: the shapes (how the date is known) and the statuses. */
import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../format/strings.js';

const swatch = (classes: string) =>
  html`<span class="swatch ${classes}" aria-hidden="true"><span class="mark"></span></span>`;

export function renderLegend(strings: UiStrings): TemplateResult {
  const { legend, status } = strings;
  return html`<div part="legend" role="group" aria-label=${strings.legendTitle}>
    <p class="legend-heading">${strings.legendDate}</p>
    <ul>
      <li>${swatch('instant confirmed')}${legend.exactDay}</li>
      <li>${swatch('duration confirmed')}${legend.duration}</li>
      <li>${swatch('window confirmed')}${legend.window}</li>
      <li>${swatch('duration soft confirmed')}${legend.fuzzyEdges}</li>
    </ul>
    <p class="legend-heading">${strings.legendStatus}</p>
    <ul>
      <li>${swatch('duration confirmed')}${status.confirmed}</li>
      <li>${swatch('duration reported')}${status.reported}</li>
      <li>${swatch('duration planned')}${status.planned}</li>
    </ul>
  </div>`;
}
