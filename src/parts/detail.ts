/** The card of the selected event: media, title, status and date, description, eras, source. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';
import { renderMedia } from './media.js';
import { renderRichText } from './rich-text.js';

export interface DetailProps {
  event: TimelineEvent;
  /** The date in words, at the event's precision. */
  when: string;
  strings: UiStrings;
  /** Titles of the eras the event falls in. */
  eras: string[];
  /** The reader pressed this event's play button. */
  playing: boolean;
  onPlay(): void;
  onClose(): void;
}

export function renderDetail({ event, when, strings, eras, playing, onPlay, onClose }: DetailProps): TemplateResult {
  const url = event.source?.url;
  const { media } = event;
  return html`<section part="detail" aria-labelledby="detail-title">
    <button class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${onClose}>×</button>
    ${
      // A fresh figure per event: a hidden broken image or a started player stays with its event.
      media
        ? repeat(
            [media],
            () => event.id,
            () => renderMedia({ media, title: event.title, strings, playing, onPlay }),
          )
        : nothing
    }
    <p class="detail-title" id="detail-title">${event.title}</p>
    <p class="detail-meta"><span class="status ${event.status}">${strings.status[event.status]}</span>${when}</p>
    ${event.description ? renderRichText(event.description) : nothing}
    ${eras.length ? html`<p class="detail-eras">${strings.inPeriods(eras.length, eras.join(', '))}</p>` : nothing}
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
