/**
 * Parts that move with the view (events, grid lines, ticks) are placed from an origin that
 * stays while the zoom factor does, inside a container translated to it: at each step of a
 * pan only the container moves, and nothing inside is restyled.
 */

/** Where the view's origin is (px from the start edge), and the translation to it. */
export interface Origin {
  origin: number;
  originShift: number;
}

/** A place from the origin, to 1/100 px: the same at each step of a pan, so nothing is rewritten. */
export const fromOrigin = (pixel: number, origin: number): number => Math.round((pixel - origin) * 100) / 100;

/** The container's `translate` for a shift of the origin. */
export const shifted = (shift: number): string => (shift ? `${shift}px 0` : 'none');
