/**
 * The key to the marks, in headed lists: the shapes (how the date is known), the statuses,
 * and the colours of the groups that have one (their marks then show the status by their
 * outline alone, so the statuses are drawn without colour).
 *
 * @csspart legend - The key to the marks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ownedStyle } from '../directives/inline-style.js';
import type { UiStrings } from '../format/strings.js';
import type { TimelineGroup } from '../model/types.js';
import { groupColour } from './group-colour.js';

const swatch = (classes: string) =>
  html`<span class="swatch ${classes}" aria-hidden="true"><span class="mark"></span></span>`;

/** `bands`: the bands shown; the groups among them that have a colour get a swatch. */
export function renderLegend(strings: UiStrings, bands: readonly { group?: TimelineGroup }[] = []): TemplateResult {
  const { legend, status } = strings;
  const groups = bands.flatMap(({ group }) => (group?.color ? [group] : []));
  const outline = groups.length ? ' by-outline' : '';
  return html`<div part="legend" role="group" aria-label=${strings.legendTitle}>
    <p class="legend-heading">${strings.legendDate}</p>
    <ul>
      <li>${swatch('instant confirmed')}${legend.exactDay}</li>
      <li>${swatch('duration confirmed')}${legend.duration}</li>
      <li>${swatch('window confirmed')}${legend.window}</li>
      <li>${swatch('duration soft confirmed')}${legend.fuzzyEdges}</li>
    </ul>
    <p class="legend-heading">${outline ? strings.legendStatusOutline : strings.legendStatus}</p>
    <ul>
      <li>${swatch(`duration confirmed${outline}`)}${status.confirmed}</li>
      <li>${swatch(`duration reported${outline}`)}${status.reported}</li>
      <li>${swatch(`duration planned${outline}`)}${status.planned}</li>
    </ul>
    ${
      groups.length
        ? html`<p class="legend-heading">${strings.legendGroups}</p>
            <ul>
              ${groups.map(
                ({ id, title, color }) =>
                  html`<li data-group=${id} ${ownedStyle(groupColour(color))}>
                    ${swatch('duration confirmed group-colour')}${title}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
