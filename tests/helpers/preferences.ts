/**
 * The reader's preferences (colour scheme, reduced motion, forced colours) for a test.
 * Chromium switches them from a test (emulateMedia). Firefox and WebKit take them at launch:
 * the test command launches each of them twice, once light with motion and once dark with
 * reduced motion (scripts/engines.js), and a test that asks for what its launch does not
 * have is skipped there and runs in the other.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { isChromium } from './engine.js';

export interface Preferences {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

/** Only Chromium's DevTools protocol can change media features while a page runs. */
export const canEmulate = isChromium;

const mediaFeature = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

export async function prefer(test: Mocha.Context, wanted: Preferences): Promise<void> {
  if (canEmulate) {
    await emulateMedia(wanted);
    return;
  }
  const unmet = Object.entries(wanted).filter(
    ([feature, value]) => !matchMedia(`(${mediaFeature[feature as keyof Preferences]}: ${value})`).matches,
  );
  if (unmet.length > 0) test.skip();
}

/** Back to a light scheme, motion and no forced colours, where they were emulated. */
export async function resetPreferences(): Promise<void> {
  if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
}

/**
 * Whether this is the second launch of Firefox or WebKit, the one with a dark scheme and
 * reduced motion: a test that asks for no preference has already run in the first launch.
 */
export const inPreferenceLaunch = !canEmulate && matchMedia('(prefers-color-scheme: dark)').matches;

/** Skips a test that does not depend on the reader's preferences in the second launch. */
export function oncePerEngine(test: Mocha.Context): void {
  if (inPreferenceLaunch) test.skip();
}
