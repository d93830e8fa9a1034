/**
 * The labelled "as of" line: the moment the story was told (the article's date).
 *
 * @csspart as-of - The "as of" marker.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { inlineStyle } from '../directives/inline-style.js';

/** Past this share of the width, the label sits before the line (the side with more room). */
const FLIP_AT = 0.5;

/** `x` is the line's pixel, undefined when the date is not in view. */
export function renderAsOf(x: number | undefined, text: string, width: number): TemplateResult | typeof nothing {
  if (x === undefined || x < 0 || x > width) return nothing;
  const flip = x > width * FLIP_AT;
  // The room on the label's side, less its offset from the line and a margin.
  const room = Math.max(0, (flip ? x : width - x) - 8);
  return html`<div
    part="as-of"
    class=${flip ? 'flip' : ''}
    ${inlineStyle({ 'inset-inline-start': `${x}px`, '--_room': `${room}px` })}
  >
    <span title=${text}>${text}</span>
  </div>`;
}
