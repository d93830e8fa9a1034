/**
 * The zoom buttons: in, out, and back to the whole story.
 *
 * @csspart controls - The zoom buttons' container.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart fit - The show-everything button.
 */
import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../format/strings.js';
import type { ZoomAction } from '../controllers/zoom/zoom-types.js';

export interface ControlsProps {
  strings: UiStrings;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom(action: ZoomAction, userEvent: Event): void;
}

export function renderControls({ strings, canZoomIn, canZoomOut, onZoom }: ControlsProps): TemplateResult {
  const button = (action: ZoomAction, name: string, glyph: string, disabled: boolean) =>
    html`<button
      part=${action === 'fit' ? 'fit' : `zoom-${action}`}
      type="button"
      aria-label=${name}
      title=${name}
      ?disabled=${disabled}
      @click=${(e: Event) => onZoom(action, e)}
    >
      ${glyph}
    </button>`;
  return html`<div part="controls" role="group" aria-label=${strings.zoomControls}>
    ${button('in', strings.zoomIn, '+', !canZoomIn)} ${button('out', strings.zoomOut, '−', !canZoomOut)}
    ${button('fit', strings.fit, strings.fit, false)}
  </div>`;
}
