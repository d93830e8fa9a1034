/**
 * Label widths for the layout, measured once per text in the labels' font and kept.
 * The font is read from the page (the element hands over a reader); the widths come
 * from a canvas, which measures without touching the page's layout.
 */

/** Measures `text` in a CSS `font`; a canvas by default. */
export type TextMeasure = (text: string, font: string) => number;

/** Room on either side of a label's text. */
const PADDING = 4;
/** Used until the font is known: an average character of a 13 px sans-serif. */
const FALLBACK_CHAR_WIDTH = 7.5;
/**
 * Widths kept at the most. Cutting labels measures their starts too, new ones at every zoom
 * step: without a bound a long reading of a large story would keep them all.
 */
export const KEPT_WIDTHS = 10_000;

export class LabelWidths {
  private readonly widths = new Map<string, number>();
  private font = '';

  /** `readFont` gives the labels' font, or '' while it cannot be known (not rendered yet). */
  constructor(
    private readonly readFont: () => string,
    private readonly measureText: TextMeasure = canvasMeasure(),
  ) {}

  /** Width in pixels of a label showing `text`, padding included. */
  readonly measure = (text: string): number => {
    const cached = this.widths.get(text);
    if (cached !== undefined) return cached;
    if (!this.font) this.font = this.readFont();
    if (!this.font) return Math.ceil(text.length * FALLBACK_CHAR_WIDTH) + PADDING;
    const width = Math.ceil(this.measureText(text, this.font)) + PADDING;
    if (this.widths.size >= KEPT_WIDTHS) this.widths.clear();
    this.widths.set(text, width);
    return width;
  };

  /** Forgets every width and the font (new story, new language). */
  clear(): void {
    this.widths.clear();
    this.font = '';
  }
}

/** A measure backed by one 2D canvas context, setting its font only when it changes. */
export function canvasMeasure(): TextMeasure {
  let context: CanvasRenderingContext2D | null | undefined;
  let contextFont = '';
  return (text, font) => {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * FALLBACK_CHAR_WIDTH;
    // Setting a canvas font parses it: only when it differs.
    if (contextFont !== font) {
      context.font = font;
      contextFont = font;
    }
    return context.measureText(text).width;
  };
}
