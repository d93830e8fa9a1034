/**
 * The story as an SVG document, written as a string from plain data: the title, the era
 * bands, grid and axis, the "as of" line, each band's marks with their encodings (a dot for a
 * day, a bar for a duration, a hatched band for a window, faded edges for soft or open dates),
 * the labels and their dates, the legend and the source line. Pure: the places come from the
 * element's layout (`picture.ts` makes them), measured in pixels from the start edge; this only
 * mirrors them in right to left and writes them down. Text stays text, and nothing is fetched.
 */

export type MarkKind = 'instant' | 'duration' | 'window';
export type MarkStatus = 'confirmed' | 'reported' | 'planned';

export interface PictureTheme {
  background: string;
  ink: string;
  muted: string;
  grid: string;
  axis: string;
  asOf: string;
  status: Record<MarkStatus, string>;
  /** Era tints and group colours by colour name; `grey` is the fallback. */
  eras: Record<string, string>;
  groups: Record<string, string>;
}

/** How a mark is drawn: its shape, its status and its edges. */
export interface MarkStyle {
  kind: MarkKind;
  status: MarkStatus;
  /** Approximate or uncertain: soft edges. */
  soft?: boolean;
  openStart?: boolean;
  openEnd?: boolean;
  /** A group's colour name: it replaces the status colour, the status stays in the outline. */
  colour?: string;
}

export interface PictureMark extends MarkStyle {
  id: string;
  lane: number;
  /** From the start edge of the plot, px. */
  left: number;
  width: number;
  labelLeft: number;
  label: string;
  /** The date in words under the label, when there is room. */
  when?: string;
  /** The wider of the label and the date, px: a backdrop behind them keeps lines off the words. */
  textWidth: number;
}

export interface PictureBand {
  /** A group's title; none for a story without groups. */
  title?: string;
  lanes: number;
  marks: PictureMark[];
  /** Events that found no lane, counted. */
  clusters: { left: number; width: number; count: number }[];
}

export interface LegendItem {
  label: string;
  /** The label's width in px at the legend's size. */
  labelWidth: number;
  swatch: MarkStyle;
}

export interface PictureInput {
  width: number;
  dir: 'ltr' | 'rtl';
  lang: string;
  theme: PictureTheme;
  /** The title, already broken into lines that fit; and the line under it (the span). */
  title: string[];
  titleSize: number;
  subtitle?: string;
  plot: {
    width: number;
    laneHeight: number;
    bands: PictureBand[];
    ticks: { x: number; label: string; major: boolean }[];
    eras: { left: number; right: number; title: string; colour: string }[];
    asOf?: { x: number; text: string };
  };
  legend: LegendItem[];
  /** The line at the foot: the sources. */
  source?: string;
  /** Said in place of the plot when the story has no events. */
  empty?: string;
  /** An accessible name for the picture. */
  name: string;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
export const PAD = 24;
const LABEL_SIZE = 13;
const SMALL_SIZE = 11;
const TOP_ROOM = 20;
const GROUP_ROW = 22;
const CLUSTER_ROW = 30;
const AXIS_HEIGHT = 28;
const SWATCH = 22;
const LEGEND_GAP = 18;
const LEGEND_ROW = 22;
/** Mark thickness, and a dot's diameter. */
const DOT = 12;

/** What XML 1.0 cannot hold at all: control characters, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for an XML text node or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

/** A colour by name from a table, with its grey as the fallback. */
const named = (table: Record<string, string>, name: string | undefined): string =>
  table[name ?? 'grey'] ?? table.grey ?? '#888';

function markColour(theme: PictureTheme, style: MarkStyle): string {
  return style.colour ? named(theme.groups, style.colour) : theme.status[style.status];
}

/** The band's height: its title row (with groups), its lanes, and a row for its clusters. */
export function bandHeight(band: PictureBand, laneHeight: number, grouped: boolean): number {
  return (grouped ? GROUP_ROW : 0) + band.lanes * laneHeight + (band.clusters.length ? CLUSTER_ROW : 0);
}

/**
 * One mark at (x, top), x its left edge on the page: its shape by kind, its outline by
 * status (dotted for reported, dashed for planned), faded where the date is soft or open.
 */
function markSvg(style: MarkStyle, x: number, width: number, top: number, theme: PictureTheme, rtl: boolean): string {
  const colour = markColour(theme, style);
  const dash =
    style.status === 'reported'
      ? ' stroke-dasharray="2 2"'
      : style.status === 'planned'
        ? ' stroke-dasharray="5 3"'
        : '';
  const fill =
    style.status === 'planned' && !style.colour
      ? 'none'
      : style.status === 'reported' && !style.colour
        ? `${colour}" fill-opacity="0.45`
        : colour;
  if (style.kind === 'instant') {
    const halo = style.soft
      ? `<circle cx="${n(x + DOT / 2)}" cy="${n(top + DOT / 2)}" r="${DOT / 2 + 4}" fill="${colour}" fill-opacity="0.25"/>`
      : '';
    return `${halo}<circle cx="${n(x + DOT / 2)}" cy="${n(top + DOT / 2)}" r="${DOT / 2 - 1}" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}/>`;
  }
  // Fades: soft dates fade at both ends; an open end fades on its side (the start is the right in RTL).
  const fadeLeft = style.soft || (rtl ? style.openEnd : style.openStart);
  const fadeRight = style.soft || (rtl ? style.openStart : style.openEnd);
  const mask =
    fadeLeft && fadeRight
      ? ' mask="url(#fade-both)"'
      : fadeLeft
        ? ' mask="url(#fade-left)"'
        : fadeRight
          ? ' mask="url(#fade-right)"'
          : '';
  const w = Math.max(width, DOT);
  const left = x - (w - width) / 2;
  if (style.kind === 'window') {
    const hatch = `url(#hatch-${style.colour ? `g-${patternId(style.colour)}` : style.status})`;
    return `<rect x="${n(left)}" y="${n(top - 2)}" width="${n(w)}" height="${DOT + 4}" rx="2" fill="${hatch}" stroke="${colour}" stroke-width="1"${dash}${mask}/>`;
  }
  return `<rect x="${n(left + 1)}" y="${n(top + 1)}" width="${n(Math.max(0, w - 2))}" height="${DOT - 2}" rx="3" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}${mask}/>`;
}

const patternId = (name: string): string => name.replace(/[^\w-]/g, '_');

function hatchPattern(id: string, colour: string): string {
  return (
    `<pattern id="hatch-${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="2" height="6" fill="${colour}" fill-opacity="0.7"/></pattern>`
  );
}

function fadeMask(id: string, from: number, to: number, stops: [number, number][]): string {
  const gradient = stops
    .map(([offset, opacity]) => `<stop offset="${offset}" stop-color="#fff" stop-opacity="${opacity}"/>`)
    .join('');
  return (
    `<linearGradient id="grad-${id}" x1="${from}" x2="${to}" y1="0" y2="0">${gradient}</linearGradient>` +
    `<mask id="fade-${id}" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#grad-${id})"/></mask>`
  );
}

function defs(theme: PictureTheme, groupColours: string[]): string {
  const patterns = (Object.keys(theme.status) as MarkStatus[]).map((status) =>
    hatchPattern(status, theme.status[status]),
  );
  for (const name of groupColours) patterns.push(hatchPattern(`g-${patternId(name)}`, named(theme.groups, name)));
  return (
    `<defs>${patterns.join('')}` +
    fadeMask('left', 0, 1, [
      [0, 0],
      [0.85, 1],
    ]) +
    fadeMask('right', 1, 0, [
      [0, 0],
      [0.85, 1],
    ]) +
    fadeMask('both', 0, 1, [
      [0, 0],
      [0.3, 1],
      [0.7, 1],
      [1, 0],
    ]) +
    `</defs>`
  );
}

/** A text at (x, y); `align` is the start edge (the right in RTL), `middle` or the end. */
function text(
  content: string,
  x: number,
  y: number,
  {
    size,
    fill,
    weight,
    anchor = 'start',
    halo: haloColour,
  }: { size: number; fill: string; weight?: string; anchor?: 'start' | 'middle' | 'end'; halo?: string },
): string {
  const bold = weight ? ` font-weight="${weight}"` : '';
  // A halo in the background colour: grid and "as of" lines run behind the words, never across them.
  const halo = haloColour
    ? ` stroke="${haloColour}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
    : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" fill="${fill}"${bold}${halo} text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** The picture's height and its SVG text. */
export function pictureSvg(input: PictureInput): { svg: string; height: number } {
  const { width, theme, plot } = input;
  const rtl = input.dir === 'rtl';
  const plotLeft = (width - plot.width) / 2;
  // A place from the start edge to a place on the page; a span from the start edge to its left.
  const X = (px: number) => (rtl ? plotLeft + plot.width - px : plotLeft + px);
  const leftOf = (px: number, w: number) => (rtl ? plotLeft + plot.width - px - w : plotLeft + px);
  const startX = rtl ? width - PAD : PAD;
  const body: string[] = [];
  let y = PAD;

  input.title.forEach((line, i) => {
    y += i ? input.titleSize * 1.25 : input.titleSize;
    body.push(text(line, startX, y, { size: input.titleSize, fill: theme.ink, weight: '700' }));
  });
  if (input.subtitle) {
    y += 22;
    body.push(text(input.subtitle, startX, y, { size: 14, fill: theme.muted }));
  }
  y += input.title.length || input.subtitle ? 16 : 0;

  const grouped = plot.bands.some((band) => band.title !== undefined);
  const groupColours = [
    ...new Set(plot.bands.flatMap((band) => band.marks.flatMap((m) => (m.colour ? [m.colour] : [])))),
  ];
  if (input.empty) {
    y += 40;
    body.push(text(input.empty, width / 2, y, { size: 16, fill: theme.muted, anchor: 'middle' }));
    y += 24;
  } else {
    const plotTop = y;
    const lanesTop = plotTop + TOP_ROOM;
    const bandsHeight = plot.bands.reduce((sum, band) => sum + bandHeight(band, plot.laneHeight, grouped), 0);
    const axisY = lanesTop + bandsHeight + 4;
    // Eras behind everything, their titles at the top.
    for (const era of plot.eras) {
      const left = leftOf(era.left, era.right - era.left);
      body.push(
        `<rect x="${n(left)}" y="${n(plotTop)}" width="${n(era.right - era.left)}" height="${n(axisY - plotTop)}" fill="${named(theme.eras, era.colour)}"/>`,
        text(era.title, X(era.left) + (rtl ? -4 : 4), plotTop + 13, { size: SMALL_SIZE, fill: theme.muted }),
      );
    }
    for (const tick of plot.ticks) {
      body.push(
        `<line x1="${n(X(tick.x))}" x2="${n(X(tick.x))}" y1="${n(lanesTop)}" y2="${n(axisY)}" stroke="${theme.grid}" stroke-width="1"${tick.major ? '' : ' stroke-opacity="0.6"'}/>`,
      );
    }
    if (plot.asOf) {
      const x = X(plot.asOf.x);
      // The label on the side with more room, as on the page.
      const flip = plot.asOf.x > plot.width / 2;
      body.push(
        `<line x1="${n(x)}" x2="${n(x)}" y1="${n(plotTop + 2)}" y2="${n(axisY)}" stroke="${theme.asOf}" stroke-width="2"/>`,
        `<text x="${n(x + (flip !== rtl ? -6 : 6))}" y="${n(plotTop + 14)}" font-size="${SMALL_SIZE}" fill="${theme.asOf}" text-anchor="${flip ? 'end' : 'start'}">${escapeXml(plot.asOf.text)}</text>`,
      );
    }
    let top = lanesTop;
    for (const band of plot.bands) {
      const lanes = top + (grouped ? GROUP_ROW : 0);
      if (grouped && band.title !== undefined) {
        body.push(text(band.title, X(0) + (rtl ? -2 : 2), top + 15, { size: 12, fill: theme.ink, weight: '600' }));
      }
      for (const mark of band.marks) {
        const laneTop = lanes + mark.lane * plot.laneHeight;
        body.push(
          `<g class="event" data-id="${escapeXml(mark.id)}">`,
          markSvg(mark, leftOf(mark.left, mark.width), mark.width, laneTop + 6, theme, rtl),
          `<rect x="${n(leftOf(mark.labelLeft, mark.textWidth) - 2)}" y="${n(laneTop + DOT + 9)}" width="${n(mark.textWidth + 4)}" height="${mark.when ? 32 : 18}" fill="${theme.background}"/>`,
          text(mark.label, X(mark.labelLeft), laneTop + 6 + DOT + 15, {
            size: LABEL_SIZE,
            fill: theme.ink,
            halo: theme.background,
          }),
          mark.when
            ? text(mark.when, X(mark.labelLeft), laneTop + 6 + DOT + 29, {
                size: SMALL_SIZE,
                fill: theme.muted,
                halo: theme.background,
              })
            : '',
          `</g>`,
        );
      }
      const clustersTop = lanes + band.lanes * plot.laneHeight + 2;
      for (const cluster of band.clusters) {
        body.push(
          `<rect x="${n(leftOf(cluster.left, cluster.width) + 2)}" y="${n(clustersTop)}" width="${n(cluster.width - 4)}" height="22" rx="11" fill="none" stroke="${theme.axis}"/>`,
          text(`+${cluster.count}`, leftOf(cluster.left, cluster.width) + cluster.width / 2, clustersTop + 15, {
            size: SMALL_SIZE,
            fill: theme.ink,
            anchor: 'middle',
          }),
        );
      }
      top += bandHeight(band, plot.laneHeight, grouped);
    }
    body.push(
      `<line x1="${n(plotLeft)}" x2="${n(plotLeft + plot.width)}" y1="${n(axisY)}" y2="${n(axisY)}" stroke="${theme.axis}" stroke-width="1"/>`,
    );
    for (const tick of plot.ticks) {
      const x = X(tick.x);
      // Labels near an edge are aligned to it, so none leaves the picture.
      const anchor = tick.x < 24 ? 'start' : tick.x > plot.width - 24 ? 'end' : 'middle';
      body.push(
        `<line x1="${n(x)}" x2="${n(x)}" y1="${n(axisY)}" y2="${n(axisY + 5)}" stroke="${theme.axis}"/>`,
        text(tick.label, x, axisY + 18, { size: SMALL_SIZE, fill: tick.major ? theme.ink : theme.muted, anchor }),
      );
    }
    y = axisY + AXIS_HEIGHT;
  }

  // The legend: swatch and words, flowed into rows from the start edge.
  if (input.legend.length) {
    y += 14;
    let x = 0;
    const row: string[] = [];
    for (const item of input.legend) {
      const itemWidth = SWATCH + 6 + item.labelWidth;
      if (x && x + itemWidth > width - 2 * PAD) {
        x = 0;
        y += LEGEND_ROW;
      }
      const swatchLeft = rtl ? width - PAD - x - SWATCH : PAD + x;
      const markWidth = item.swatch.kind === 'instant' ? DOT : SWATCH;
      row.push(
        markSvg(item.swatch, swatchLeft + (SWATCH - markWidth) / 2, markWidth, y - 11, theme, rtl),
        text(item.label, rtl ? swatchLeft - 6 : swatchLeft + SWATCH + 6, y, { size: 12, fill: theme.ink }),
      );
      x += itemWidth + LEGEND_GAP;
    }
    body.push(...row);
    y += 10;
  }
  if (input.source) {
    y += 20;
    body.push(text(input.source, startX, y, { size: 12, fill: theme.muted }));
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-label="${escapeXml(input.name)}" lang="${escapeXml(input.lang)}" xml:lang="${escapeXml(input.lang)}"` +
    ` direction="${input.dir}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(input.name)}</title>` +
    defs(theme, groupColours) +
    `<rect width="100%" height="100%" fill="${theme.background}"/>` +
    body.join('') +
    `</svg>`;
  return { svg, height };
}
