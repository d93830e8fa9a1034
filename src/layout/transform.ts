/**
 * A zoom transform (`x' = x * k + x`, `y' = y * k + y`): the part of d3-zoom's
 * `ZoomTransform` the view draws with, so the first drawing needs no d3-zoom (its gesture
 * machinery arrives after the first render). Same arithmetic as d3-zoom's src/transform.js
 * (ISC licence, Mike Bostock); tests/transform.test.ts holds it to d3-zoom's results.
 * d3-zoom takes and gives back objects of either kind, since it only reads k, x, y and calls
 * these methods (of ZoomTransform's, `apply`, `applyX`, `applyY` and `toString` are left out:
 * neither d3-zoom nor the view calls them).
 */
import type { TimeScale } from './time-scale.js';

export class Transform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): Transform {
    return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): Transform {
    return x === 0 && y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  invert(location: [number, number]): [number, number] {
    return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX(scale: TimeScale): TimeScale {
    return scale.copy().domain(scale.range().map((pixel) => scale.invert(this.invertX(pixel))));
  }
}

/** What every transform-like value has: d3-zoom's `ZoomTransform` is one too. */
export type TransformLike = Pick<Transform, 'k' | 'x' | 'y' | 'invertX' | 'invertY' | 'translate'>;

export const identity = new Transform(1, 0, 0);

/** Ours, from any transform with the same k, x, y (d3-zoom's). */
export function transformOf({ k, x, y }: { k: number; x: number; y: number }): Transform {
  return new Transform(k, x, y);
}

/**
 * Keeps a view of `extent` inside `translateExtent`: d3-zoom's default `constrain`, so a
 * view set here before d3-zoom has arrived is the one d3-zoom would have made.
 */
export function constrain(
  transform: Transform,
  extent: [[number, number], [number, number]],
  translateExtent: [[number, number], [number, number]],
): Transform {
  const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
  const dy0 = transform.invertY(extent[0][1]) - translateExtent[0][1];
  const dy1 = transform.invertY(extent[1][1]) - translateExtent[1][1];
  return transform.translate(
    dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
    dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1),
  );
}

/** Zooms by `factor` about a pixel: the time at that pixel stays there. */
export function scaleAbout(transform: Transform, factor: number, pixel: number): Transform {
  const base = transform.invertX(pixel);
  const k = transform.k * factor;
  return new Transform(k, pixel - base * k, transform.y);
}
