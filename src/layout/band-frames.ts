/**
 * The bands' frames: each band (one per group shown, a single one without groups) is given
 * the lanes its events need in the fitted view, up to its share of the plot, and a row of
 * clusters when they need one there; zooming keeps both, so the page does not jump. Each
 * frame lays every band out again from its last frame. Pure over plain data (the next frame
 * replaces the last in each band's record, as the view controller keeps them).
 */
import type { Arrangement, Band } from './bands.js';
import { emptyFrame, nextFrame, type Frame } from './frame.js';
import { defaultLayoutOptions, layoutEvents, type LayoutOptions, type MarkLayout, type TimeToPixel } from './marks.js';

/** One band's frame: its events' layout, and the lanes and cluster row the fitted view gave it. */
export interface BandFrame {
  band: Band;
  frame: Frame;
  lanes: number;
  clusterRow: boolean;
}

/** The bands fitted: each one's frame, the lanes of them all, and whether any has a cluster row. */
export interface FittedBands {
  bandFrames: BandFrame[];
  lanes: number;
  clusterRow: boolean;
}

/**
 * Lanes a band may use: six when there are one to three bands, fewer with more (never under
 * two), so that eight groups do not make a plot taller than a phone's screen many times over.
 */
export function laneCap(bands: number): number {
  return bands <= 3 ? defaultLayoutOptions.lanes : Math.max(2, Math.floor(18 / bands));
}

/**
 * Lays each band out at the fitted view (`fit`, time to pixels) to find its lanes and cluster
 * row. A band whose events are the same array as in `last` keeps its last frame.
 */
export function fitBandFrames(
  bands: readonly Band[],
  last: readonly BandFrame[],
  fit: TimeToPixel,
  options: (lanes: number) => LayoutOptions,
): FittedBands {
  const cap = laneCap(bands.length);
  const bandFrames = bands.map((band, n) => {
    const atFit = layoutEvents(band.events, fit, options(cap));
    const frame = last[n]?.band.events === band.events ? last[n]!.frame : emptyFrame;
    return { band, frame, lanes: Math.max(1, atFit.lanesUsed), clusterRow: atFit.clusters.length > 0 };
  });
  const lanes = bandFrames.reduce((sum, band) => sum + band.lanes, 0);
  return { bandFrames, lanes: Math.max(1, lanes), clusterRow: bandFrames.some((band) => band.clusterRow) };
}

/**
 * Lays each band out for this frame at `scale`, from its last frame (`nextFrame`), which it
 * replaces; the events in `wanted` (focused, selected) are not crowded out of the band
 * `bandOf` puts them in. Gives every band's drawn marks.
 */
export function nextBandFrames(
  bandFrames: readonly BandFrame[],
  scale: TimeToPixel,
  options: (lanes: number) => LayoutOptions,
  wanted: readonly string[],
  bandOf: Arrangement['bandOf'] | undefined,
): MarkLayout[] {
  const marks: MarkLayout[] = [];
  bandFrames.forEach((band, n) => {
    const mine = wanted.filter((id) => bandOf?.get(id) === n);
    band.frame = nextFrame(band.frame, band.band.events, scale, options(band.lanes), mine);
    for (const mark of band.frame.layout.marks) marks.push(mark);
  });
  return marks;
}
