/**
 * `exportImage`'s work, in a chunk fetched the first time a page asks for a picture: it checks
 * the request, waits for the story, lays the whole story out at the picture's width with the
 * element's own layout functions (handed over by the main file, so this chunk imports nothing
 * from it), words it in the element's language, writes the SVG (`svg.ts`) and, for a PNG,
 * draws that SVG on a canvas.
 */
import type { TimelineEvent, TimelineGroup } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';
import type { ExportKit, ExportOptions, ExportSource } from './export-image.js';
import {
  FONT,
  PAD,
  pictureSvg,
  type LegendItem,
  type MarkStyle,
  type PictureBand,
  type PictureInput,
  type PictureTheme,
} from './svg.js';

const TYPES = ['image/svg+xml', 'image/png'];
const MAX_WIDTH = 10_000;
const MAX_PIXEL_RATIO = 4;
/** Lanes tall enough for the mark, the label and the date under it. */
const LANE_HEIGHT = 52;
const LABEL_FONT = `13px ${FONT}`;
/** The dot the SVG draws, whatever the page's text size. */
const DOT_SIZE = 12;
const SMALL_FONT = `11px ${FONT}`;

const LIGHT: PictureTheme = {
  background: '#ffffff',
  ink: '#1b1b1f',
  muted: '#50505a',
  grid: '#e2e2e8',
  axis: '#8a8a96',
  asOf: '#b3261e',
  status: { confirmed: '#1d4f9c', reported: '#a04a00', planned: '#6a3d9a' },
  eras: { grey: '#efeff2', blue: '#e8eff9', green: '#e7f3ea', yellow: '#f9f4e1', red: '#f9e8e6', purple: '#f1eaf7' },
  groups: { grey: '#5f5f6b', blue: '#1d4f9c', green: '#1e7b3a', yellow: '#7d6400', red: '#b3261e', purple: '#6a3d9a' },
};

const DARK: PictureTheme = {
  background: '#1d1d22',
  ink: '#ececf1',
  muted: '#b4b4c0',
  grid: '#34343c',
  axis: '#7a7a86',
  asOf: '#ff8a80',
  status: { confirmed: '#8cb8ff', reported: '#ffb067', planned: '#cfa8ff' },
  eras: { grey: '#27272e', blue: '#1d2735', green: '#1c2d22', yellow: '#302b19', red: '#352020', purple: '#2b2233' },
  groups: { grey: '#b4b4c0', blue: '#8cb8ff', green: '#7fd49a', yellow: '#e8c547', red: '#ff8a80', purple: '#cfa8ff' },
};

/** The request checked: a bad one is an error that says what was wrong, never a blank picture. */
export function checkOptions(options: ExportOptions | undefined): Required<Omit<ExportOptions, 'width'>> & {
  width: number | undefined;
} {
  const { type = 'image/svg+xml', width, pixelRatio = 1, theme = 'auto' } = options ?? {};
  if (!TYPES.includes(type)) {
    throw new TypeError(`exportImage: type must be "image/svg+xml" or "image/png", not "${String(type)}"`);
  }
  if (width !== undefined && !(typeof width === 'number' && width > 0 && width <= MAX_WIDTH)) {
    throw new RangeError(`exportImage: width must be a number of pixels above 0 and at most 10,000, not ${width}`);
  }
  if (!(typeof pixelRatio === 'number' && pixelRatio > 0 && pixelRatio <= MAX_PIXEL_RATIO)) {
    throw new RangeError(`exportImage: pixelRatio must be above 0 and at most 4, not ${pixelRatio}`);
  }
  if (!['light', 'dark', 'auto'].includes(theme)) {
    throw new TypeError(`exportImage: theme must be "light", "dark" or "auto", not "${String(theme)}"`);
  }
  return { type, width, pixelRatio, theme };
}

/** Waits until the story in force has come (or failed to: the load's error is thrown). */
async function storyReady({ host, loader }: ExportSource): Promise<void> {
  // An element never put in a page never updates, so it never reads its data or fetches
  // `src`: say so rather than wait for ever.
  if (!host.isConnected && (!host.hasUpdated || loader.state.phase === 'loading')) {
    throw new Error('exportImage: the element must be connected to a document to draw its story');
  }
  await host.updateComplete;
  while (loader.state.phase === 'loading') {
    // The load ends with one of the element's own events: a story drawn, or an error.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        host.removeEventListener('story-load', done);
        host.removeEventListener('story-error', done);
        resolve();
      };
      host.addEventListener('story-load', done);
      host.addEventListener('story-error', done);
    });
    await host.updateComplete;
  }
  if (loader.state.phase === 'error') throw new Error(loader.state.message);
}

/** The colours: the theme asked for (`auto`: the page's scheme), then any plain colour the page set. */
function themeFor(host: HTMLElement, theme: 'light' | 'dark' | 'auto'): PictureTheme {
  const style = getComputedStyle(host);
  const dark =
    theme === 'dark' ||
    (theme === 'auto' && /dark/.test(style.colorScheme) && matchMedia('(prefers-color-scheme: dark)').matches);
  const base = dark ? DARK : LIGHT;
  const own = (name: string, fallback: string): string => {
    const value = style.getPropertyValue(`--story-${name}`).trim();
    return value && !/var\(|light-dark\(/.test(value) ? value : fallback;
  };
  return {
    ...base,
    background: own('background', base.background).replace(/^transparent$/, base.background),
    ink: own('ink', base.ink),
    muted: own('muted', base.muted),
    grid: own('grid', base.grid),
    axis: own('axis', base.axis),
    asOf: own('as-of', base.asOf),
    status: {
      confirmed: own('confirmed', base.status.confirmed),
      reported: own('reported', base.status.reported),
      planned: own('planned', base.status.planned),
    },
  };
}

/** Measures text in a font with one canvas. */
function measurer(): (text: string, font: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!context) return text.length * 7;
    if (context.font !== font) context.font = font;
    return context.measureText(text).width;
  };
}

/** `text` in lines no wider than `width`: at spaces, or between characters where a word is too long. */
function wrap(text: string, width: number, measure: (text: string) => number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    const pieces = measure(word) > width ? [...word] : [word];
    for (const piece of pieces) {
      if (line && measure(line + piece) > width) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = fit(`${lines[maxLines - 1]}…`, width, measure);
  }
  return lines;
}

/** `text`, cut with an ellipsis until it is no wider than `width`. */
function fit(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text.replace(/…$/, '')];
  while (chars.length && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function styleOf(event: TimelineEvent, group?: TimelineGroup): MarkStyle {
  const { date } = event;
  return {
    kind: date.kind,
    status: event.status,
    soft: date.approximate || date.uncertain,
    openStart: !!date.openStart,
    openEnd: !!date.openEnd,
    colour: group?.color,
  };
}

function legendOf(strings: UiStrings, groups: TimelineGroup[], measure: (text: string) => number): LegendItem[] {
  const { legend, status } = strings;
  const items: [string, MarkStyle][] = [
    [legend.exactDay, { kind: 'instant', status: 'confirmed' }],
    [legend.duration, { kind: 'duration', status: 'confirmed' }],
    [legend.window, { kind: 'window', status: 'confirmed' }],
    [legend.fuzzyEdges, { kind: 'duration', status: 'confirmed', soft: true }],
    [status.confirmed, { kind: 'duration', status: 'confirmed' }],
    [status.reported, { kind: 'duration', status: 'reported' }],
    [status.planned, { kind: 'duration', status: 'planned' }],
    ...groups.map((group): [string, MarkStyle] => [
      group.title,
      { kind: 'duration', status: 'confirmed', colour: group.color },
    ]),
  ];
  return items.map(([label, swatch]) => ({ label, labelWidth: Math.ceil(measure(label)), swatch }));
}

/** The picture's plain data: the story laid out at `width`, worded in the element's language. */
export function pictureInput(source: ExportSource, kit: ExportKit, width: number, theme: PictureTheme): PictureInput {
  const { host, stories, language, times, wording } = source;
  const { lang, strings } = language;
  const measureText = measurer();
  const { story, arrangement } = stories;
  const events = arrangement.events;
  const plotWidth = Math.max(1, width - 2 * PAD);
  const titleSize = Math.round(Math.min(36, Math.max(20, width / 34)));
  const title = story.title || host.label;
  const name = title || strings.defaultLabel;
  const input: PictureInput = {
    width,
    dir: language.direction,
    lang,
    theme,
    title: title ? wrap(title, width - 2 * PAD, (text) => measureText(text, `700 ${titleSize}px ${FONT}`), 3) : [],
    titleSize,
    subtitle: events.length ? stories.span(lang) : undefined,
    plot: { width: plotWidth, laneHeight: LANE_HEIGHT, bands: [], ticks: [], eras: [] },
    legend: [],
    name,
  };
  if (!events.length) {
    input.empty = strings.eventCount(0);
    return input;
  }
  const eras = story.eras ?? [];
  // A second reading of the element's layout: a view of its own, at the picture's width, fitted
  // to the story (its events and eras), never connected, so it fetches no gestures.
  const quiet = {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  };
  const layout = new kit.ViewController(quiet, {
    onRangeChange() {},
    onWheelHint() {},
    measureLabel: (text) => Math.ceil(measureText(text, LABEL_FONT)) + 4,
  });
  layout.setWidth(plotWidth);
  layout.setMetrics(LANE_HEIGHT, DOT_SIZE, 1);
  layout.setEvents(arrangement, () => 'fit', eras);
  layout.update({ lang, wanted: [], fine: times.fine });
  const x = (time: number) => layout.x(time);
  input.plot.bands = layout.bandFrames.map(({ band, frame, lanes }): PictureBand => ({
    title: arrangement.grouped ? (band.group?.title ?? strings.otherGroup) : undefined,
    lanes,
    marks: frame.layout.marks.map((mark) => {
      const when = mark.labelShortened ? undefined : wording.texts(mark.event).when;
      const textWidth = Math.max(measureText(mark.label, LABEL_FONT), when ? measureText(when, SMALL_FONT) : 0);
      return {
        ...styleOf(mark.event, band.group),
        id: mark.event.id,
        lane: mark.lane,
        left: mark.left,
        width: mark.width,
        labelLeft: mark.labelLeft,
        label: mark.label,
        when,
        textWidth: Math.min(Math.ceil(textWidth), mark.labelMaxWidth),
      };
    }),
    clusters: frame.layout.clusters.map(({ left, width: clusterWidth, count }) => ({
      left,
      width: clusterWidth,
      count,
    })),
  }));
  input.plot.ticks = layout.ticks;
  input.plot.eras = eras.flatMap((era) => {
    const left = Math.max(0, x(era.date.start));
    const right = Math.min(plotWidth, x(era.date.end));
    return right > left ? [{ left, right, title: era.title, colour: era.color ?? 'grey' }] : [];
  });
  const asOf = kit.asOfTime(host.asOf, times.zone);
  if (asOf !== undefined && x(asOf) >= 0 && x(asOf) <= plotWidth) {
    input.plot.asOf = { x: x(asOf), text: host.asOfLabel || strings.asOf(kit.formatDay(asOf, lang)) };
  }
  const groups = arrangement.bands.flatMap(({ group }) => (group?.color ? [group] : []));
  input.legend = legendOf(strings, groups, (text) => measureText(text, `12px ${FONT}`));
  const sources = [...new Set(events.flatMap((event) => (event.source?.name ? [event.source.name] : [])))];
  if (sources.length) {
    const line = `${strings.sourceLabel} ${sources.join(', ')}`;
    input.source = fit(line, width - 2 * PAD, (text) => measureText(text, `12px ${FONT}`));
  }
  return input;
}

/** Draws an SVG document on a canvas `ratio` times its size, as a PNG. */
async function toPng(svg: string, width: number, height: number, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new RangeError('exportImage: the picture is too large to draw');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new RangeError('exportImage: the picture is too large to draw'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function makePicture(
  options: ExportOptions | undefined,
  source: ExportSource,
  kit: ExportKit,
): Promise<Blob> {
  const { type, width, pixelRatio, theme } = checkOptions(options);
  await storyReady(source);
  const pictureWidth = Math.max(1, Math.round(width ?? (source.host.getBoundingClientRect().width || 800)));
  const { svg, height } = pictureSvg(pictureInput(source, kit, pictureWidth, themeFor(source.host, theme)));
  if (type === 'image/png') return toPng(svg, pictureWidth, height, pixelRatio);
  return new Blob([svg], { type: 'image/svg+xml' });
}
