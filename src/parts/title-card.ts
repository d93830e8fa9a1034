/**
 * The story's headline: its title, its summary and the span of its events.
 *
 * @csspart title-card - The story's title, summary and span, above the timeline.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TitleCardProps {
  title?: string;
  summary?: string;
  /** The span of the events in words ("January 2023 – 2024"). */
  span: string;
}

export function renderTitleCard({ title, summary, span }: TitleCardProps): TemplateResult | typeof nothing {
  if (!title && !summary) return nothing;
  return html`<header part="title-card">
    ${title ? html`<h2 class="story-title">${title}</h2>` : nothing}
    ${span ? html`<p class="story-span">${span}</p>` : nothing}
    ${summary ? html`<p class="story-summary">${summary}</p>` : nothing}
  </header>`;
}
