/**
 * The story as the printed page gives it, under the plot: every event as a dated entry (the
 * date in words and the status, the title, the description, the source with its address
 * written out) in date order. Drawn only while the page is printed, and shown only in print.
 */
import type { TemplateResult } from 'lit';
import { html, nothing, richText } from './print-kit.js';
import type { TimelineEvent } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';

export interface PrintListProps {
  /** In date order. */
  events: readonly TimelineEvent[];
  strings: UiStrings;
  /** Each event's date in words, worded once per language. */
  wording: { texts(event: TimelineEvent): { when: string } };
}

export function renderPrintList({ events, strings, wording }: PrintListProps): TemplateResult {
  return html`<ol class="print-list">
    ${events.map(
      (event) =>
        html`<li>
          <p class="print-when">
            ${wording.texts(event).when}${event.status === 'confirmed' ? nothing : ` · ${strings.status[event.status]}`}
          </p>
          <p class="print-title">${event.title}</p>
          ${event.description ? richText(event.description) : nothing}
          ${
            event.source
              ? html`<p class="print-source">
                  ${strings.sourceLabel} ${event.source.name}${event.source.url ? ` (${event.source.url})` : nothing}
                </p>`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}
