/** The card of the selected event: title, status and date, description, source. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';

export interface DetailProps {
  event: TimelineEvent;
  /** The date in words, at the event's precision. */
  when: string;
  strings: UiStrings;
  onClose(): void;
}

export function renderDetail({ event, when, strings, onClose }: DetailProps): TemplateResult {
  const url = event.source?.url;
  return html`<section part="detail" aria-labelledby="detail-title">
    <button class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${onClose}>×</button>
    <p class="detail-title" id="detail-title">${event.title}</p>
    <p class="detail-meta"><span class="status ${event.status}">${strings.status[event.status]}</span>${when}</p>
    ${event.description ? html`<p class="detail-description">${event.description}</p>` : nothing}
    ${
      event.source
        ? html`<p class="detail-source">
            ${strings.sourceLabel}
            ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${event.source.name}</a>` : event.source.name}
          </p>`
        : nothing
    }
  </section>`;
}
