/**
 * The origin the events are placed from, in pixels from the start edge: each event is placed
 * from it and the list of events is moved to it, so that while the zoom factor stays a pan
 * moves only the list. It is kept from frame to frame where it can be. Pure.
 */
import type { TimeToPixels } from './time-scale.js';

/** The time an origin was taken at, and the zoom factor and width it was taken for. */
export interface OriginAnchor {
  time: number;
  k: number;
  width: number;
}

/**
 * This frame's anchor: a new one (the time at the start edge) when the zoom factor or the
 * width changed, or the last one is far off (four widths); else the last one. A window asked
 * for again at the same span gives a factor a rounding away: the same one.
 */
export function originAnchor(
  last: OriginAnchor | undefined,
  scale: TimeToPixels,
  k: number,
  width: number,
): OriginAnchor {
  if (!last || Math.abs(last.k - k) > k * 1e-9 || last.width !== width || Math.abs(scale(last.time)) > 4 * width) {
    return { time: +scale.invert(0), k, width };
  }
  return last;
}
