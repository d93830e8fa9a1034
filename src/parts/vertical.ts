/**
 * The vertical reading: the events down the page beside a rail, in date order, each row at
 * least as tall as its time to the next (`layout/vertical.ts`), a long empty stretch folded
 * into a worded break. On the rail: the axis's month and year ticks, each event's mark (a
 * point for a day, a bar along the rail for an interval, a hatched band for a window), the
 * eras as bands and the "as of" moment as a line across it. Beside it: the label on whole
 * lines, the date under it and the selected event's card. A story with groups shows them
 * side by side, a column each under its name, when each column can hold labels of a
 * readable width; else each event names its group in a tag. The list stays one list in
 * date order either way, so the keyboard and a screen reader read it by date. Its parts are the
 * horizontal reading's (`event`, `event-mark`, … documented in `marks.ts`), and one of its own:
 *
 * @csspart fold - A folded stretch of empty time in the vertical reading ("14 months later").
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { TimelineEra, TimelineEvent, TimelineGroup } from '../model/types.js';
import type { UiStrings } from '../format/words.js';
import type { EventTexts } from '../format/event-texts.js';
import type { ZoomAction } from '../controllers/zoom/zoom-types.js';
import { columnPlaces } from '../layout/vertical.js';
import { html, nothing, ownedStyle, repeat } from './vertical-kit.js';
import type { VerticalFrame } from './vertical-frame.js';
import { renderHeads, renderRow } from './vertical-row.js';

export { verticalStyles } from './vertical.styles.js';
export { verticalColumnStyles } from './vertical-columns.styles.js';
export { useKit, type VerticalKit } from './vertical-kit.js';
export { verticalFrame, type VerticalFrame, type VerticalItem, type VerticalColumns } from './vertical-frame.js';

export interface VerticalPlot {
  /** This chunk's drawing, for the plot to call (the main file does not import it). */
  draw: typeof renderVertical;
  frame: VerticalFrame;
  /** The story's groups: an event's is named in a tag under its date, or heads its column. */
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
  const { entries, layout, columns } = plot.frame;
  const first = entries.find((entry) => 'event' in entry);
  const tabStop =
    props.tabStop && entries.some((entry) => 'event' in entry && entry.event.id === props.tabStop)
      ? props.tabStop
      : first && 'event' in first
        ? first.event.id
        : '';
  const groups = new Map(plot.groups.map((group) => [group.id, group]));
  // Side by side, the selected event's card and a folded stretch take rows across every column.
  const grid =
    columns &&
    columnPlaces(
      columns.of,
      entries.map(
        (entry, n) =>
          Number('event' in entry && entry.event.id === props.selected) + Number(layout.rows[n]!.folded !== undefined),
      ),
    );
  return html`${columns ? renderHeads(columns, props.strings) : nothing}
    <ol
      class=${columns ? 'rail columns' : 'rail'}
      ${ownedStyle(columns ? `--_cols:${columns.groups.length};grid-template-rows:repeat(${grid!.rows},auto)` : '')}
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
        (entry, n) =>
          renderRow(entry, entries[n - 1], entries[n + 1], layout.rows[n]!, props, plot, {
            tabStop,
            groups,
            column: columns?.of[n],
            place: grid?.places[n],
          }),
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
