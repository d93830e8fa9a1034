/** A description's paragraphs, links, emphasis and strong, from the parsed tree (never from markup). */
import type { TemplateResult } from 'lit';
import { html } from './lit-kit.js';
import { parseRichText, type RichInline } from '../model/rich-text.js';

export function renderRichText(text: string): TemplateResult[] {
  return parseRichText(text).map((paragraph) => html`<p class="detail-description">${paragraph.map(inline)}</p>`);
}

function inline(node: RichInline): string | TemplateResult {
  if (typeof node === 'string') return node;
  const children = node.children.map(inline);
  if (node.tag === 'a') return html`<a href=${node.href!} target="_blank" rel="noopener noreferrer">${children}</a>`;
  return node.tag === 'em' ? html`<em>${children}</em>` : html`<strong>${children}</strong>`;
}
