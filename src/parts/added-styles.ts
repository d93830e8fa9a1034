/**
 * Rules that come with a chunk (the extras, the vertical reading), added to the element's own
 * sheet: shared by every instance and adopted again by whatever adopts the element's styles.
 * Through the CSSOM, which a strict Content-Security-Policy allows. The sheet is written again
 * whole each time, the chunks' rules always after the main ones and in this order (the
 * vertical reading overrides the horizontal rules, the extras' included), whichever came first.
 */
import type { CSSResult } from 'lit';
import styles from '../story-timeline.styles.js';

const ORDER = ['extras', 'vertical'] as const;
const added: Partial<Record<(typeof ORDER)[number], string>> = {};

export function addStyles(chunk: (typeof ORDER)[number], rules: string): void {
  added[chunk] = rules;
  (styles as CSSResult).styleSheet?.replaceSync(styles.cssText + ORDER.map((name) => added[name] ?? '').join(''));
}
