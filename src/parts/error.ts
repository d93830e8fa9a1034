/**
 * Why the story could not be loaded, with a way to try again.
 *
 * @csspart error - The loading error message.
 */
import type { TemplateResult } from 'lit';
import { html } from './extras-kit.js';
import type { UiStrings } from '../format/strings.js';

export function renderError(message: string, strings: UiStrings, onRetry: () => void): TemplateResult {
  return html`<div part="error" role="alert">
    <span>${message}</span> <button type="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
