/** WCAG contrast between computed colours, for the tests that hold marks to 3:1. */
import { executeServerCommand } from '@web/test-runner-commands';

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

/** The pixels of a box of the viewport, as the engine painted them. */
export interface Pixels {
  /** In device pixels. */
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray;
}

/** What the reader sees: a screenshot of the viewport, read box by box (CSS pixels). */
export interface Screen {
  read(box: DOMRect): Pixels;
}

/**
 * Takes a screenshot of the viewport through the test runner's `screenshot` command
 * (every engine has one) and decodes it in the page. Boxes must lie inside the viewport.
 */
export async function screenshot(): Promise<Screen> {
  // WebKit's WebDriver takes its screenshot at the page's next painted update, and a still
  // page paints none: one pixel in the viewport's bottom corner (never a mark's, see paint()
  // in the tests) changes colour at every frame until the picture is taken.
  const ticker = document.createElement('div');
  ticker.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;pointer-events:none';
  document.body.append(ticker);
  let ticking = true;
  let frames = 0;
  const tick = () => {
    ticker.style.background = frames++ % 2 ? '#000' : '#fff';
    if (ticking) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let png: string;
  try {
    png = await executeServerCommand<string, undefined>('screenshot');
  } finally {
    ticking = false;
    ticker.remove();
  }
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const scale = image.naturalWidth / window.innerWidth;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  return {
    read(box) {
      const x = Math.round(box.left * scale);
      const y = Math.round(box.top * scale);
      const width = Math.max(1, Math.round(box.right * scale) - x);
      const height = Math.max(1, Math.round(box.bottom * scale) - y);
      return { width, height, data: context.getImageData(x, y, width, height).data };
    },
  };
}

/** How a mark reads, from its painted pixels. */
export interface MarkReading {
  /** Pixels that differ visibly from the background (1.15:1 or more). */
  drawn: number;
  /** Pixels at 3:1 or more against the background. */
  strong: number;
  /** The share of the drawn pixels that are strong. */
  share: number;
  /** The share of the mark's slices (every 12 CSS px along it) that hold strong pixels. */
  reach: number;
}

/** The contrast of every pixel against the background, row by row. */
export function ratios(pixels: Pixels, background: number[]): number[][] {
  const rows: number[][] = [];
  for (let y = 0; y < pixels.height; y++) {
    const row: number[] = [];
    for (let x = 0; x < pixels.width; x++) {
      const i = (y * pixels.width + x) * 4;
      row.push(contrast([pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!], background));
    }
    rows.push(row);
  }
  return rows;
}

/** Reads a mark's pixels: `scale` is device pixels per CSS pixel. */
export function readMark(pixels: Pixels, background: number[], scale = 1): MarkReading {
  const rows = ratios(pixels, background);
  const all = rows.flat();
  const drawn = all.filter((ratio) => ratio >= 1.15).length;
  const strong = all.filter((ratio) => ratio >= 3).length;
  const slice = Math.max(1, Math.round(12 * scale));
  let slices = 0;
  let reached = 0;
  for (let start = 0; start < pixels.width; start += slice) {
    slices++;
    if (rows.some((row) => row.slice(start, start + slice).some((ratio) => ratio >= 3))) reached++;
  }
  return { drawn, strong, share: strong / Math.max(1, drawn), reach: reached / slices };
}
