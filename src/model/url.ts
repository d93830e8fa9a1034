/**
 * The one check every address the story brings passes: http or https only, never
 * `javascript:`, `data:`, `file:` and the like.
 */

/**
 * `text` as an http or https URL, or undefined for another scheme or text that is no URL.
 * Without `base` only absolute addresses pass; with it, a relative one resolves against it.
 */
export function httpUrl(text: string, base?: string): URL | undefined {
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
