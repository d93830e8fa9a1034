/**
 * The vertical reading: the events down the page beside a rail, in date order, each row at
 * least as tall as its time to the next (`layout/vertical.ts`), a long empty stretch folded
 * into a worded break. On the rail: the axis's month and year ticks, each event's mark (a
 * point for a day, a bar along the rail for an interval, a hatched band for a window), the
 * eras as bands and the "as of" moment as a line across it. Beside it: the label on whole
 * lines, the date under it, the group as a tag, and the selected event's card.
 *
 * @csspart event-mark - An event's mark (its date's shape) in the vertical reading.
 * @csspart fold - A folded stretch of empty time in the vertical reading ("14 months later").
 */
import type { ReactiveControllerHost, TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { repeat as litRepeat } from 'lit/directives/repeat.js';
import type { ownedStyle as ownedStyleDirective } from '../directives/inline-style.js';
import type { TimelineEra, TimelineEvent, TimelineGroup } from '../model/types.js';
import type { UiStrings } from '../format/words.js';
import type { EventTexts } from '../format/event-texts.js';
import type { ZoomAction } from '../controllers/zoom/zoom-types.js';
import {
  defaultMsPerPx,
  layoutVertical,
  type VerticalEntry,
  type VerticalLayout,
  type VerticalRow,
} from '../layout/vertical.js';
import { formatGap, formatTick } from '../format/rail.js';

export { verticalStyles } from './vertical.styles.js';

/**
 * This part is a chunk fetched when an element may read vertically: it imports nothing, and
 * is handed the main file's Lit and style directive when it arrives (as the detail card is).
 */
export interface VerticalKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  repeat: typeof litRepeat;
  ownedStyle: typeof ownedStyleDirective;
}
let html = undefined as unknown as VerticalKit['html'];
let nothing = undefined as unknown as VerticalKit['nothing'];
let repeat = undefined as unknown as VerticalKit['repeat'];
let ownedStyle = undefined as unknown as VerticalKit['ownedStyle'];

export function useKit(kit: VerticalKit): void {
  ({ html, nothing, repeat, ownedStyle } = kit);
}

export type VerticalItem = { event: TimelineEvent; time: number } | { asOf: true; time: number };

export interface VerticalFrame {
  /** The events and the "as of" moment, in time order. */
  entries: readonly VerticalItem[];
  layout: VerticalLayout;
  msPerPx: number;
}

/** In ems: the room beside the rail for the axis and the rail itself (the stylesheet's gutter, at most). */
const GUTTER_EM = 5.25;

/**
 * The rows for these events and "as of" moment: `level` zoom steps (each halving the time per
 * pixel) from a scale fitted to the story's usual step; `em` is the element's font size.
 */
export function verticalFrame(
  events: readonly TimelineEvent[],
  asOf: number | undefined,
  { level, em, width }: { level: number; em: number; width: number },
): VerticalFrame {
  // Kept while nothing it depends on changes: a render for another reason reuses it.
  const key = `${level} ${em} ${width}`;
  if (kept?.events === events && kept.asOf === asOf && kept.key === key) return kept.frame;
  const frame = frameFor(events, asOf, level, em, width);
  kept = { events, asOf, key, frame };
  return frame;
}

let kept: { events: readonly TimelineEvent[]; asOf: number | undefined; key: string; frame: VerticalFrame } | undefined;

function frameFor(
  events: readonly TimelineEvent[],
  asOf: number | undefined,
  level: number,
  em: number,
  width: number,
): VerticalFrame {
  const msPerPx = defaultMsPerPx(events.map((event) => event.date.start)) / 2 ** level;
  const entries: VerticalItem[] = events.map((event) => ({ event, time: event.date.start }));
  if (asOf !== undefined) {
    const at = entries.findIndex((entry) => entry.time > asOf);
    entries.splice(at < 0 ? entries.length : at, 0, { asOf: true, time: asOf });
  }
  // A label's lines, estimated from its length at the label's size, and the date line under it.
  const textWidth = Math.max(8 * em, width - GUTTER_EM * em);
  const heights = entries.map((entry) =>
    'event' in entry ? (Math.ceil((entry.event.title.length * 0.5 * 0.94 * em) / textWidth) + 1) * 1.15 * em : em,
  );
  const spans: VerticalEntry[] = entries.map((entry) =>
    'event' in entry ? entry.event.date : { start: entry.time, end: entry.time, kind: 'instant' },
  );
  const layout = layoutVertical(spans, {
    msPerPx,
    point: 0.75 * em,
    foldAbove: 14 * em,
    breakHeight: 2.5 * em,
    heights,
    gap: 0.75 * em,
    tickSpacing: 1.75 * em,
  });
  return { entries, layout, msPerPx };
}

export interface VerticalPlot {
  /** This chunk's drawing, for the plot to call (the main file does not import it). */
  draw: typeof renderVertical;
  frame: VerticalFrame;
  /** The story's groups: an event's is named in a tag under its date. */
  groups: readonly TimelineGroup[];
  /** The selected event's card, drawn under the event. */
  card: unknown;
  /** Ctrl (or ⌘) + wheel zooms. */
  onZoom(action: ZoomAction, userEvent: Event): void;
}

export interface VerticalProps {
  strings: UiStrings;
  name: string;
  selected: string;
  /** The event that takes the list's Tab stop (the first when it is not one of them). */
  tabStop: string;
  eras: readonly TimelineEra[];
  asOf: { time: number; text: string } | undefined;
  texts(mark: { event: TimelineEvent }): EventTexts;
  onClick(event: Event): void;
  onFocusIn(event: FocusEvent): void;
}

export function renderVertical(props: VerticalProps, plot: VerticalPlot): TemplateResult {
  const { entries, layout } = plot.frame;
  const first = entries.find((entry) => 'event' in entry);
  const tabStop =
    props.tabStop && entries.some((entry) => 'event' in entry && entry.event.id === props.tabStop)
      ? props.tabStop
      : first && 'event' in first
        ? first.event.id
        : '';
  const groups = new Map(plot.groups.map((group) => [group.id, group]));
  return html`<ol
    class="rail"
    aria-label=${props.name}
    @click=${props.onClick}
    @focusin=${props.onFocusIn}
    @wheel=${(event: WheelEvent) => onWheel(event, plot)}
    @mousedown=${keepFromGestures}
    @pointerdown=${(event: PointerEvent) => onPointer(event, plot)}
    @pointermove=${(event: PointerEvent) => onPointer(event, plot)}
    @pointerup=${endPointer}
    @pointercancel=${endPointer}
    @touchstart=${keepFromGestures}
    @dblclick=${keepFromGestures}
  >
    ${repeat(
      entries,
      (entry) => ('event' in entry ? entry.event.id : ' as-of'),
      (entry, n) => renderRow(entry, entries[n - 1], entries[n + 1], layout.rows[n]!, props, plot, { tabStop, groups }),
    )}
  </ol>`;
}

/** The page scrolls the story: a plain wheel, a drag or a swipe is the page's, not the zoom's. */
function keepFromGestures(event: Event): void {
  event.stopPropagation();
}

/**
 * Two fingers on the story pinch its time per pixel (the plot's `touch-action: pan-y` keeps the
 * page from zooming there); one finger scrolls the page. Each time the fingers' distance has
 * grown or shrunk by this factor since the last step, the story zooms in or out one level.
 */
const PINCH_STEP = 1.4;
const pinches = new WeakMap<Element, { points: Map<number, { x: number; y: number }>; distance: number }>();

function onPointer(event: PointerEvent, plot: VerticalPlot): void {
  event.stopPropagation();
  if (event.pointerType === 'mouse') return;
  const rail = event.currentTarget as Element;
  let pinch = pinches.get(rail);
  if (event.type === 'pointerdown') {
    if (!pinch) pinches.set(rail, (pinch = { points: new Map(), distance: 0 }));
    pinch.points.set(event.pointerId, { x: event.clientX, y: event.clientY });
    pinch.distance = pinch.points.size === 2 ? spread(pinch.points) : 0;
    return;
  }
  if (!pinch?.points.has(event.pointerId)) return;
  pinch.points.set(event.pointerId, { x: event.clientX, y: event.clientY });
  if (pinch.points.size !== 2 || !pinch.distance) return;
  event.preventDefault();
  const distance = spread(pinch.points);
  const ratio = distance / pinch.distance;
  if (ratio < PINCH_STEP && ratio > 1 / PINCH_STEP) return;
  pinch.distance = distance;
  plot.onZoom(ratio > 1 ? 'in' : 'out', event);
}

function endPointer(event: PointerEvent): void {
  event.stopPropagation();
  const pinch = pinches.get(event.currentTarget as Element);
  if (!pinch) return;
  pinch.points.delete(event.pointerId);
  pinch.distance = 0;
}

function spread(points: Map<number, { x: number; y: number }>): number {
  const [a, b] = [...points.values()] as [{ x: number; y: number }, { x: number; y: number }];
  return Math.hypot(a.x - b.x, a.y - b.y) || 1;
}

function onWheel(event: WheelEvent, plot: VerticalPlot): void {
  event.stopPropagation();
  if (!(event.ctrlKey || event.metaKey) || !event.deltaY) return;
  event.preventDefault();
  plot.onZoom(event.deltaY < 0 ? 'in' : 'out', event);
}

function renderRow(
  entry: VerticalItem,
  previous: VerticalItem | undefined,
  next: VerticalItem | undefined,
  row: VerticalRow,
  props: VerticalProps,
  plot: VerticalPlot,
  { tabStop, groups }: { tabStop: string; groups: ReadonlyMap<string, TimelineGroup> },
): TemplateResult {
  const { strings: t } = props;
  const { msPerPx } = plot.frame;
  const ticks = row.ticks.length
    ? html`<div part="axis" class="rail-axis" aria-hidden="true">
        ${row.ticks.map(
          (tick) =>
            html`<span class=${`rail-tick ${tick.unit}`} ${ownedStyle(`top:${tick.offset}px`)}
              >${formatTick(tick.time, tick.unit, t.locale)}</span
            >`,
        )}
      </div>`
    : nothing;
  const eras = props.eras.filter((era) => era.date.start < (next?.time ?? entry.time + 1) && era.date.end > entry.time);
  const bands = eras.map((era) => {
    const from = Math.max(0, (era.date.start - entry.time) / msPerPx);
    const to = next && era.date.end < next.time && !row.folded ? (era.date.end - entry.time) / msPerPx : undefined;
    const color = era.color;
    return html`<span
      part="era"
      class="rail-era"
      data-id=${era.id}
      aria-hidden="true"
      title=${era.title}
      ${ownedStyle(
        `top:${from}px;${to === undefined ? 'bottom:0' : `height:${Math.max(2, to - from)}px`};` +
          `--_era:var(--story-era-${color},var(--_era-${color},var(--_era-grey)))`,
      )}
    ></span>`;
  });
  // An era's name where its band begins (or on the first row, for one begun before the story):
  // before the event when it begins by the event's time, after it when it begins later in the row.
  const names = (before: boolean) =>
    eras
      .filter((era) =>
        before
          ? era.date.start === entry.time || (!previous && era.date.start < entry.time)
          : era.date.start > entry.time,
      )
      .map((era) => html`<span class="rail-era-name" aria-hidden="true">${era.title}</span>`);
  const fold = row.folded
    ? html`<div part="fold" class="fold"><span>${formatGap(row.folded, t)}</span></div>`
    : nothing;
  const style = ownedStyle(`min-height:${row.room}px`);
  if (!('event' in entry)) {
    return html`<li class="row as-of-row" ${style}>
      ${bands}${ticks}${names(true)}
      <div part="as-of"><span>${props.asOf?.text}</span></div>
      ${names(false)}${fold}
    </li>`;
  }
  const { event } = entry;
  const words = props.texts({ event });
  const group = event.group ? groups.get(event.group) : undefined;
  const selected = props.selected === event.id;
  return html`<li class="row" ${style}>
    ${bands}${ticks}${names(true)}
    <button
      part="event"
      type="button"
      class=${words.classes}
      data-id=${event.id}
      tabindex=${tabStop === event.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${words.name}
    >
      <span part="event-mark" class="mark" ${ownedStyle(`--_mark-length:${row.markLength}px`)}></span>
      <span class="text">
        <span part="event-label"
          >${words.glyph ? html`<span class="glyph" aria-hidden="true">${words.glyph} </span>` : nothing}${event.title}</span
        >
        <span class="when">${words.when}</span>
        ${group ? html`<span class="tag" ${ownedStyle(`--_g:var(--story-group-${group.color ?? 'grey'},var(--_group-${group.color ?? 'grey'},var(--_group-grey)))`)}>${group.title}</span>` : nothing}
      </span>
    </button>
    ${selected ? plot.card : nothing} ${names(false)}${fold}
  </li>`;
}

/** Zoom levels either side of the fitted scale, each twice the time per pixel of the next. */
const MAX_LEVEL = 6;

/**
 * The level after a zoom button or key. On a change, the host draws again and the event the
 * reader is on (the one with focus, else the selected one on screen, else the first whose row
 * is on screen) is brought back to where it was on screen, by scrolling the page.
 */
export function zoomLevel(
  action: ZoomAction,
  level: number,
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
): number {
  const next = action === 'fit' ? 0 : Math.max(-MAX_LEVEL, Math.min(MAX_LEVEL, level + (action === 'in' ? 1 : -1)));
  if (next === level) return level;
  const anchor = readingAnchor(host.renderRoot);
  const before = anchor?.getBoundingClientRect().top;
  host.requestUpdate();
  void host.updateComplete.then(() => {
    if (!anchor?.isConnected || before === undefined) return;
    const moved = anchor.getBoundingClientRect().top - before;
    if (moved) window.scrollBy(0, moved);
  });
  return next;
}

function readingAnchor(root: HTMLElement | DocumentFragment): HTMLElement | undefined {
  const active = root instanceof ShadowRoot ? root.activeElement : null;
  if (active instanceof HTMLElement && active.matches('[part~="event"]')) return active;
  const pressed = root.querySelector<HTMLElement>('[part~="event"][aria-pressed="true"]');
  const onScreen = (element: Element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  };
  if (pressed && onScreen(pressed)) return pressed;
  for (const button of root.querySelectorAll<HTMLElement>('.vertical [part~="event"]'))
    if (button.getBoundingClientRect().bottom > 0) return button;
  return undefined;
}
