/** A linear time scale for the bench: `[d0, d1]` (UTC ms) onto `[0, width]` px, with its inverse. */
export function linear([d0, d1]: [number, number], width: number) {
  const x = (time: number | Date) => ((+time - d0) / (d1 - d0)) * width;
  x.invert = (pixel: number) => d0 + (pixel / width) * (d1 - d0);
  return x;
}
