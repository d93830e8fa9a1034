/**
 * Stands in for d3-interpolate where the element is bundled whole (aliased in
 * vite.config.ts and web-test-runner.config.js). d3-zoom and the zoom controller use only
 * `interpolateZoom`, but d3-interpolate ships as one flat module whose colour
 * interpolators are built when it loads, so importing it brings all of d3-color along:
 * some 4 KB gzip for a dozen lines of maths.
 *
 * This is the same smooth zoom-and-pan path (van Wijk and Nuij, "Smooth and efficient
 * zooming and panning", 2003) with d3's curvature ρ = √2, written with the same
 * arithmetic so it gives d3's numbers exactly (tests/zoom-animation.test.ts compares).
 */

/** A view: centre x, centre y, and the size of the window around it. */
export type ZoomView = [number, number, number];

export interface ZoomInterpolator {
  (t: number): ZoomView;
  /** A natural length for the flight, in ms (d3's, which d3-zoom does not read). */
  duration: number;
}

const RHO = Math.SQRT2;
// ρ² and ρ⁴ as d3 writes them: squaring √2 in floating point would not give exactly 2.
const RHO2 = 2;
const RHO4 = 4;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

export function interpolateZoom([x0, y0, w0]: ZoomView, [x1, y1, w1]: ZoomView): ZoomInterpolator {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let at: (t: number) => ZoomView;
  if (d2 < 1e-12) {
    // Same centre: the window only grows or shrinks, at a steady rate.
    S = Math.log(w1 / w0) / RHO;
    at = (t) => [x0 + t * dx, y0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    at = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [x0 + u * dx, y0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(at, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
