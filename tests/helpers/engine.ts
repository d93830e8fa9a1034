/**
 * How much of a test runs in each engine. The test command runs every file in Chromium,
 * Firefox and WebKit one after another, inside CI's time limit. What cannot differ between
 * engines (generated inputs for our own parsing, many reloads of the same page) runs in full
 * in Chromium and as a sample in the other two, where it still catches what the engine changes.
 */
export const isChromium = /Chrome\//.test(navigator.userAgent);

/** `count` in Chromium; a quarter of it (at least `least`) in Firefox and WebKit. */
export function runs(count: number, least = 5): number {
  return isChromium ? count : Math.max(least, Math.round(count / 4));
}

/** Every case in Chromium; the sample in Firefox and WebKit. */
export function cases<T>(every: readonly T[], sample: readonly T[]): readonly T[] {
  return isChromium ? every : sample;
}
