/** The time axis under the events, and the grid lines it draws across the plot. */
import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { inlineStyle } from '../directives/inline-style.js';
import type { AxisTick } from '../layout/ticks.js';

/** Tick labels this close to an edge are aligned to it rather than centred. */
const EDGE = 24;

export function renderGrid(ticks: readonly AxisTick[]): TemplateResult[] {
  return ticks.map(
    (tick) =>
      html`<div
        class="grid ${tick.major ? 'major' : ''}"
        ${inlineStyle({ 'inset-inline-start': `${tick.x}px` })}
      ></div>`,
  );
}

export function renderAxis(ticks: readonly AxisTick[], width: number): TemplateResult {
  return html`<div part="axis" aria-hidden="true">
    ${ticks.map(
      (tick) =>
        html`<div
          class=${classMap({ tick: true, major: tick.major, 'at-start': tick.x < EDGE, 'at-end': tick.x > width - EDGE })}
          ${inlineStyle({ 'inset-inline-start': `${tick.x}px` })}
        >
          <span>${tick.label}</span>
        </div>`,
    )}
  </div>`;
}
