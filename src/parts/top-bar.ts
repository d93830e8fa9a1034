/** The bar above the plot: the "earlier" and "later" cues, the loading state and the zoom buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { OutsideEvents } from '../layout/view.js';
import { renderEdgeCue, type Side } from './edge-cues.js';
import { renderControls, type ControlsProps } from './controls.js';

export interface TopBarProps extends ControlsProps {
  outside: OutsideEvents;
  onGo(side: Side, userEvent: Event): void;
  /** Narrow widths: the cues show only their counts. */
  narrow: boolean;
  loading: boolean;
}

export function renderTopBar(props: TopBarProps): TemplateResult {
  const { outside, strings: t, onGo, narrow } = props;
  return html`<div class="top">
    ${renderEdgeCue('earlier', outside, t, onGo, narrow)}
    <div class="state" role="status">${props.loading ? html`<span class="loading">${t.loading}</span>` : nothing}</div>
    ${renderEdgeCue('later', outside, t, onGo, narrow)} ${renderControls(props)}
  </div>`;
}
