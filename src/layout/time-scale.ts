/**
 * A linear UTC time scale: the one part of d3-scale's `scaleUtc` the timeline uses.
 *
 * d3-scale brings its tick and format machinery (d3-time-format, most of d3-time)
 * into the bundle even when only the straight line is used; our ticks are our own
 * (ticks.ts), so this keeps the line and drops the rest. It does what
 * `ZoomTransform.rescaleX` needs (copy, domain, range, invert) and computes with the
 * same arithmetic as d3-scale, so both give the same pixels to the last bit
 * (tests/time-scale.test.ts checks it against d3-scale).
 */

/** Time to pixel and back: what layout and ticks read (a d3 `ScaleTime` fits too). */
export interface TimeToPixels {
  (time: Date | number): number;
  invert(pixel: number): Date;
}

export interface TimeScale extends TimeToPixels {
  domain(): Date[];
  /** Numbers are UTC ms, rounded to whole ms as d3-scale does. */
  domain(domain: Iterable<Date | number>): this;
  range(): number[];
  range(range: Iterable<number>): this;
  copy(): TimeScale;
}

/**
 * The line through (a, ra) and (b, rb), written as d3-scale's `bimap` writes it:
 * normalise from the smaller end, then `interpolateNumber`.
 */
function line(a: number, b: number, ra: number, rb: number): (x: number) => number {
  if (b < a) [a, b, ra, rb] = [b, a, rb, ra];
  const span = b - a;
  return (x) => {
    const t = span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5;
    return ra * (1 - t) + rb * t;
  };
}

/** A linear UTC time scale; unset, it maps 1 January 2000 to 0 and the next day to 1, as d3's does. */
export function scaleUtc(): TimeScale {
  let domain = [946_684_800_000, 946_771_200_000];
  let range = [0, 1];
  let forward: (x: number) => number;
  let backward: (x: number) => number;
  const update = () => {
    forward = line(domain[0]!, domain[1]!, range[0]!, range[1]!);
    backward = line(range[0]!, range[1]!, domain[0]!, domain[1]!);
    return scale;
  };

  const scale = ((time: Date | number) => forward(+time)) as TimeScale;
  scale.invert = (pixel) => new Date(Math.round(backward(+pixel)));
  scale.domain = ((next?: Iterable<Date | number>) =>
    next
      ? ((domain = Array.from(next, (t) => (t instanceof Date ? +t : Math.round(t)))), update())
      : domain.map((t) => new Date(t))) as TimeScale['domain'];
  scale.range = ((next?: Iterable<number>) =>
    next ? ((range = Array.from(next, Number)), update()) : range.slice()) as TimeScale['range'];
  scale.copy = () => scaleUtc().domain(domain).range(range);
  return update();
}
