/** Ids made from text, for events and eras that come without one. */

const MAX_DERIVED_ID_LENGTH = 60;

/** What an id given in the data may hold: letters, digits, - and _. */
export const URL_SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** Letters that NFD does not split into base + accent but that French and German use. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * A URL-safe, lowercase, accent-free slug; `''` when nothing usable remains.
 * "Le Nikkei révèle le projet" → "le-nikkei-revele-le-projet".
 */
export function slugify(text: string, maxLength = MAX_DERIVED_ID_LENGTH): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (letter) => LIGATURES[letter] ?? '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not in `used`. */
export function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const id = `${base}-${suffix}`;
    if (!used.has(id)) return id;
  }
}
