/** Writing direction of a language: right-to-left for Arabic, Hebrew and the other RTL scripts. */
export type Direction = 'ltr' | 'rtl';

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The direction a BCP 47 tag is written in (by its primary language subtag). */
export function directionOf(lang: string): Direction {
  return RIGHT_TO_LEFT.has(lang.toLowerCase().split(/[-_]/)[0]!) ? 'rtl' : 'ltr';
}
