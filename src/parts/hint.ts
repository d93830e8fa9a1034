/** "Ctrl + scroll to zoom": shown for a moment when a plain wheel went to the page. */
import type { TemplateResult } from 'lit';
import { html } from './extras-kit.js';
import type { UiStrings } from '../format/strings.js';

export function renderWheelHint(shown: boolean, strings: UiStrings): TemplateResult {
  return html`<div class="hint ${shown ? 'shown' : ''}" aria-hidden="true">
    <span>${isMac() ? strings.wheelHintMac : strings.wheelHint}</span>
  </div>`;
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
