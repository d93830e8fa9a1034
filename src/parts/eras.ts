/**
 * Eras: labelled bands behind the events, cut to the plot so each label stays in view while
 * any of its era does; and, for assistive technology, the list of them once, before the events.
 *
 * @csspart era - One era's band behind the events, with `data-id`.
 */
import type { TemplateResult } from 'lit';
import { html, nothing, ownedStyle, repeat } from './extras-kit.js';
import type { TimelineEra } from '../model/types.js';

export interface ErasProps {
  eras: readonly TimelineEra[];
  /** The place of a time in this frame, in pixels from the start edge. */
  x(time: number): number;
  width: number;
}

export function renderEras({ eras, x, width }: ErasProps): TemplateResult | typeof nothing {
  if (!eras.length) return nothing;
  return html`<div class="eras" aria-hidden="true">
    ${repeat(
      eras,
      (era) => era.id,
      (era) => {
        const start = x(era.date.start);
        const left = Math.max(0, start);
        const right = Math.min(width, x(era.date.end));
        if (right <= left) return nothing;
        const color = era.color;
        return html`<div
          part="era"
          data-id=${era.id}
          class=${start < 0 ? 'cut' : ''}
          ${ownedStyle(
            `inset-inline-start:${left}px;width:${right - left}px;` +
              `--_era:var(--story-era-${color},var(--_era-${color},var(--_era-grey)))`,
          )}
        >
          <span>${era.title}</span>
        </div>`;
      },
    )}
  </div>`;
}

/** `when` words an era's date in the element's language. */
export function renderEraList(
  eras: readonly TimelineEra[],
  name: string,
  when: (era: TimelineEra) => string,
): TemplateResult | typeof nothing {
  if (!eras.length) return nothing;
  return html`<ul class="visually-hidden" aria-label=${name}>
    ${eras.map((era) => html`<li>${era.title}, ${when(era)}</li>`)}
  </ul>`;
}
