/**
 * The time axis under the events, and the grid lines it draws across the plot. Ticks are
 * kept by their time: a pan moves the ones still in view instead of rewording them all.
 *
 * @csspart axis - The time axis.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle } from '../directives/inline-style.js';
import type { AxisTick } from '../layout/ticks.js';
import { fromOrigin, shifted, type Origin } from './origin.js';

/** Tick labels this close to an edge are aligned to it rather than centred. */
const EDGE = 24;

const byTime = (tick: AxisTick) => tick.time;

export function renderGrid(ticks: readonly AxisTick[], { origin, originShift }: Origin): TemplateResult {
  return html`<div class="grid-lines" ${inlineStyle({ translate: shifted(originShift) })}>
    ${repeat(
      ticks,
      byTime,
      (tick) =>
        html`<div
          class="grid ${tick.major ? 'major' : ''}"
          ${inlineStyle({ 'inset-inline-start': `${fromOrigin(tick.x, origin)}px` })}
        ></div>`,
    )}
  </div>`;
}

export function renderAxis(ticks: readonly AxisTick[], width: number, { origin, originShift }: Origin): TemplateResult {
  return html`<div part="axis" aria-hidden="true">
    <div class="ticks" ${inlineStyle({ translate: shifted(originShift) })}>
      ${repeat(
        ticks,
        byTime,
        (tick) =>
          html`<div
            class="tick${tick.major ? ' major' : ''}${tick.x < EDGE ? ' at-start' : tick.x > width - EDGE ? ' at-end' : ''}"
            ${inlineStyle({ 'inset-inline-start': `${fromOrigin(tick.x, origin)}px` })}
          >
            <span>${tick.label}</span>
          </div>`,
      )}
    </div>
  </div>`;
}
