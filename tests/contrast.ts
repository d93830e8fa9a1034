/** WCAG contrast between computed colours, for the tests that hold marks to 3:1. */

/** The red, green and blue of a computed `rgb()` / `rgba()` colour. */
export function rgb(text: string): number[] {
  return text
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: number[], b: number[]): number {
  const luminance = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
