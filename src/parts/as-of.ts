/** The labelled "as of" line: the moment the story was told (the article's date). */
import { html, nothing, type TemplateResult } from 'lit';
import { inlineStyle } from '../directives/inline-style.js';

/** Past this share of the width, the label sits to the left of the line. */
const FLIP_AT = 0.6;

/** `x` is the line's pixel, undefined when the date is not in view. */
export function renderAsOf(x: number | undefined, text: string, width: number): TemplateResult | typeof nothing {
  if (x === undefined || x < 0 || x > width) return nothing;
  return html`<div
    part="as-of"
    class=${x > width * FLIP_AT ? 'flip' : ''}
    ${inlineStyle({ 'inset-inline-start': `${x}px` })}
  >
    <span>${text}</span>
  </div>`;
}
