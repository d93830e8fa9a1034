/**
 * The orientation in force and the vertical reading's own state. `orientation` is
 * `horizontal` (the default), `vertical` or `auto`: vertical while the element is narrower
 * than 30 em of its own font, decided with the width, before anything is drawn (the frame
 * stays unseen until the width is known), and again at each resize or text-size change.
 * An unknown value is the default, as in HTML's enumerated attributes: the property then
 * reads `horizontal`.
 *
 * In vertical the page scrolls the story: this controller keeps the time one pixel stands
 * for (a zoom level over a scale fitted to the story's usual step), lays the rows out with
 * `layout/vertical.ts`, and keeps the event the reader is on at the same height on screen
 * when the zoom changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent, TimelineGroup } from '../model/types.js';
import type { ZoomAction } from './keyboard-controller.js';
import type { OutsideEvents } from '../layout/view.js';
import type { VerticalPlot } from '../parts/vertical.js';
import { defaultMsPerPx, layoutVertical, type VerticalEntry, type VerticalLayout } from '../layout/vertical.js';

export type Orientation = 'horizontal' | 'vertical' | 'auto';

const KEYWORDS: readonly string[] = ['horizontal', 'vertical', 'auto'];
/** `auto` is vertical below this width, in ems of the element's font. */
const NARROW_EM = 30;
/** Zoom levels either side of the fitted scale, each twice the time per pixel of the next. */
const MAX_LEVEL = 6;
/** In ems: the room beside the rail for the axis and the rail itself (the stylesheet's gutter). */
const GUTTER_EM = 5.25;

export interface VerticalFrame {
  /** The events and the "as of" moment, in time order. */
  entries: readonly VerticalItem[];
  layout: VerticalLayout;
  msPerPx: number;
}

export type VerticalItem = { event: TimelineEvent; time: number } | { asOf: true; time: number };

const NONE_OUTSIDE: OutsideEvents = { earlier: 0, later: 0 };

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class OrientationController implements ReactiveController {
  private keyword: Orientation = 'horizontal';
  private width = 0;
  private fontSize = 16;
  private level = 0;
  private cache: { events: readonly TimelineEvent[]; asOf?: number; msPerPx: number; frame: VerticalFrame } | undefined;
  private baseFor: { events: readonly TimelineEvent[]; msPerPx: number } | undefined;
  /** The orientation drawn. */
  vertical = false;

  /** Zooms the reading drawn: the vertical one here, the horizontal one by `horizontalZoom`. */
  readonly zoomAction: (action: ZoomAction, userEvent: Event) => void;

  constructor(
    private readonly host: Host,
    horizontalZoom: (action: ZoomAction, userEvent: Event) => void,
  ) {
    host.addController(this);
    this.zoomAction = (action, userEvent) => (this.vertical ? this.zoom(action) : horizontalZoom(action, userEvent));
  }

  hostConnected(): void {}

  /** The value in force: an unknown one reads as the default. */
  get value(): Orientation {
    return this.keyword;
  }

  set value(value: string | null | undefined) {
    const keyword = String(value ?? '').toLowerCase();
    this.keyword = (KEYWORDS.includes(keyword) ? keyword : 'horizontal') as Orientation;
    this.decide();
  }

  /** The element's width (and text size) changed. */
  setWidth(width: number): void {
    this.width = width;
    this.fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    this.cache = undefined;
    this.decide();
  }

  private decide(): void {
    const vertical =
      this.keyword === 'vertical' ||
      (this.keyword === 'auto' && this.width > 0 && this.width < NARROW_EM * this.fontSize);
    if (vertical === this.vertical) return;
    this.vertical = vertical;
    this.host.requestUpdate();
  }

  /**
   * What the bar above the plot shows: in vertical no "earlier"/"later" cues (the page holds
   * every event) and the vertical zoom's room; else the horizontal view's.
   */
  bar(
    outside: OutsideEvents,
    room: { canZoomIn: boolean; canZoomOut: boolean },
  ): { outside: OutsideEvents; canZoomIn: boolean; canZoomOut: boolean } {
    if (!this.vertical) return { outside, ...room };
    return { outside: NONE_OUTSIDE, canZoomIn: this.level < MAX_LEVEL, canZoomOut: this.level > -MAX_LEVEL };
  }

  /** What the plot needs to draw the vertical reading; undefined in horizontal. */
  plot(
    events: readonly TimelineEvent[],
    asOf: number | undefined,
    groups: readonly TimelineGroup[] | undefined,
    card: unknown,
  ): VerticalPlot | undefined {
    if (!this.vertical) return undefined;
    return { frame: this.frame(events, asOf), groups: groups ?? [], card, onZoom: this.zoomAction };
  }

  /**
   * More or less time per pixel; the event the reader is on (the one with focus, else the
   * selected one, else the first whose row is on screen) stays where it was on screen.
   */
  private zoom(action: ZoomAction): void {
    const level =
      action === 'fit' ? 0 : Math.max(-MAX_LEVEL, Math.min(MAX_LEVEL, this.level + (action === 'in' ? 1 : -1)));
    if (level === this.level) return;
    const anchor = this.readingAnchor();
    const before = anchor?.getBoundingClientRect().top;
    this.level = level;
    this.cache = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (!anchor?.isConnected || before === undefined) return;
      const moved = anchor.getBoundingClientRect().top - before;
      if (moved) window.scrollBy(0, moved);
    });
  }

  private readingAnchor(): HTMLElement | undefined {
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    if (active instanceof HTMLElement && active.matches('[part~="event"]')) return active;
    const pressed = root.querySelector<HTMLElement>('[part~="event"][aria-pressed="true"]');
    if (pressed && onScreen(pressed)) return pressed;
    for (const button of root.querySelectorAll<HTMLElement>('.vertical [part~="event"]'))
      if (button.getBoundingClientRect().bottom > 0) return button;
    return undefined;
  }

  /** The rows for these events and "as of" moment at the zoom in force. */
  frame(events: readonly TimelineEvent[], asOf: number | undefined): VerticalFrame {
    if (this.baseFor?.events !== events)
      this.baseFor = { events, msPerPx: defaultMsPerPx(events.map((event) => event.date.start)) };
    const msPerPx = this.baseFor.msPerPx / 2 ** this.level;
    const kept = this.cache;
    if (kept && kept.events === events && kept.asOf === asOf && kept.msPerPx === msPerPx) return kept.frame;
    const entries: VerticalItem[] = events.map((event) => ({ event, time: event.date.start }));
    if (asOf !== undefined) {
      const at = entries.findIndex((entry) => entry.time > asOf);
      entries.splice(at < 0 ? entries.length : at, 0, { asOf: true, time: asOf });
    }
    const em = this.fontSize;
    // A label's lines, estimated from its length at the label's size, and the date line under it.
    const textWidth = Math.max(8 * em, this.width - GUTTER_EM * em);
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
    const frame = { entries, layout, msPerPx };
    this.cache = { events, asOf, msPerPx, frame };
    return frame;
  }
}

function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
