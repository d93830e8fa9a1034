/**
 * What the element shows instead of a bare axis when data was read but none of its events
 * could be shown (dates missing or unreadable, titles missing…): that nothing could be shown,
 * the first few problems, and how many more there are. `story-load` still fires, with
 * `count: 0` and every problem.
 *
 * @csspart empty - The message shown when no event of the data could be shown, with its first problems.
 */
import type { TemplateResult } from 'lit';
import { html, nothing } from './extras-kit.js';
import type { UiStrings } from '../format/strings.js';
import type { NormalizedStory } from '../model/types.js';

/** How many problems the message lists; `.problems` and `story-load` have them all. */
export const PROBLEMS_SHOWN = 3;

export function renderEmpty(story: NormalizedStory, strings: UiStrings): TemplateResult | typeof nothing {
  const { events, problems } = story;
  if (events.length || !problems.length) return nothing;
  const more = problems.length - PROBLEMS_SHOWN;
  return html`<div part="empty" role="status">
    <p>${strings.noEvents}</p>
    <ul>
      ${problems.slice(0, PROBLEMS_SHOWN).map((problem) => html`<li>${problem.message}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${strings.moreProblems(more)}</p>` : nothing}
  </div>`;
}
