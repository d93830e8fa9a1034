/**
 * Cues beside the zoom buttons that count the events outside the window and pan to the nearest.
 *
 * @csspart earlier - Counts the events before the window; pans to the nearest.
 * @csspart later - Counts the events after the window; pans to the nearest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../format/strings.js';
import type { OutsideEvents } from '../layout/view.js';

export type Side = 'earlier' | 'later';

/** One cue: nothing when no event lies on that side. */
export function renderEdgeCue(
  side: Side,
  outside: OutsideEvents,
  strings: UiStrings,
  onGo: (side: Side, userEvent: Event) => void,
  /** Only the count is shown (narrow widths); the name keeps the words. */
  short: boolean,
): TemplateResult | typeof nothing {
  const n = outside[side];
  if (!n) return nothing;
  const text = strings[side](n);
  const shown = short ? String(n) : text;
  return html`<button part=${side} type="button" aria-label=${text} @click=${(e: Event) => onGo(side, e)}>
    ${side === 'earlier' ? `◀ ${shown}` : `${shown} ▶`}
  </button>`;
}
