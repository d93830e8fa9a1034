/**
 * The orientation in force and the vertical reading's own state. `orientation` is
 * `horizontal` (the default), `vertical` or `auto`: vertical while the element is narrower
 * than 30 em of its own font, decided with the width, before anything is drawn (the frame
 * stays unseen until the width is known), and again at each resize or text-size change.
 * An unknown value is the default, as in HTML's enumerated attributes: the property then
 * reads `horizontal`.
 *
 * In vertical the page scrolls the story: this controller keeps the zoom level (the time one
 * pixel stands for, over a scale fitted to the story's usual step) and keeps the event the
 * reader is on at the same height on screen when it changes. The vertical reading's code and
 * styles are a chunk (`parts/vertical.ts`), fetched once it is needed: at once for `vertical`;
 * for `auto`, when the element turns out narrow, or at once when the window is already too
 * narrow for anything else (a phone), so that the chunk comes beside the story rather than
 * after the first width. An element that stays wide never fetches it. Until it arrives a frame
 * to be drawn vertically waits, unseen, as the first frame does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent, TimelineGroup } from '../model/types.js';
import type { ZoomAction } from './zoom/zoom-types.js';
import type { OutsideEvents } from '../layout/view.js';
import type { VerticalPlot } from '../parts/vertical.js';
import { loadVertical } from '../parts/load-vertical.js';
import { OnDemand } from './on-demand.js';
import { NARROW_EM, orientationOf, wantsVerticalCode, type Orientation } from './orientation-keyword.js';

export type { Orientation } from './orientation-keyword.js';
/** Zoom levels either side of the fitted scale (as in `parts/vertical.ts`). */
const MAX_LEVEL = 6;
const NO_GROUPS: readonly TimelineGroup[] = [];

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class OrientationController implements ReactiveController {
  private keyword: Orientation = 'horizontal';
  private width = 0;
  private fontSize = 16;
  private level = 0;
  /** The chunk, asked for once the reading may be vertical. */
  private code: OnDemand<typeof import('../parts/vertical.js')> | undefined;
  /** The orientation in force is vertical (drawn so once its code is here). */
  vertical = false;
  /**
   * The page's scroll position when the element came, until its first vertical drawing with
   * events: a selected event is then scrolled into view unless the reader has scrolled since.
   * Read only where a vertical reading may come (`vertical` or `auto` as the element comes: an
   * element turned vertical later does not move the page): reading it lays the page out, which
   * a horizontal element, connecting before its story is asked for, need not wait for.
   */
  private scrolledFrom: { x: number; y: number } | undefined;
  /** Zooms the reading drawn: the vertical one here, the horizontal one by `horizontalZoom`. */
  readonly zoomAction: (action: ZoomAction, userEvent: Event) => void;

  constructor(
    private readonly host: Host,
    horizontalZoom: (action: ZoomAction, userEvent: Event) => void,
  ) {
    this.zoomAction = (action, userEvent) => (this.vertical ? this.zoom(action) : horizontalZoom(action, userEvent));
    host.addController(this);
  }

  hostConnected(): void {
    if (this.keyword !== 'horizontal') this.scrolledFrom ??= { x: scrollX, y: scrollY };
  }

  /** The first vertical drawing with events: the selected event (`selected`, a link) is brought on screen. */
  hostUpdated(): void {
    const from = this.scrolledFrom;
    if (!from || !this.vertical) return;
    const root = this.host.renderRoot;
    if (!root.querySelector('.frame.vertical:not(.pending) [part~="event"]')) return;
    this.scrolledFrom = undefined;
    const pressed = root.querySelector<HTMLElement>('.vertical [part~="event"][aria-pressed="true"]');
    if (!pressed || scrollX !== from.x || scrollY !== from.y) return;
    // The event with its card when both fit on screen, else the event at the top.
    const row = pressed.closest('li') ?? pressed;
    const whole = row.getBoundingClientRect().height <= innerHeight;
    (whole ? row : pressed).scrollIntoView({ block: whole ? 'nearest' : 'start' });
  }

  /** The value in force: an unknown one reads as the default. */
  get value(): Orientation {
    return this.keyword;
  }

  set value(value: string | null | undefined) {
    this.keyword = orientationOf(value);
    if (wantsVerticalCode(this.keyword)) this.fetch();
    this.decide();
  }

  private fetch(): void {
    this.code ??= new OnDemand(this.host, loadVertical, 'the vertical reading');
  }

  /** Resolves once the vertical reading's code is here (or could not be had); none when it is not wanted. */
  get ready(): Promise<void> | undefined {
    return this.code?.ready;
  }

  /** A frame to be drawn vertically waits for the code that draws it. */
  get waiting(): boolean {
    return this.vertical && this.code?.settled === false;
  }

  /** The element's width (and text size) changed. */
  setWidth(width: number): void {
    this.width = width;
    this.fontSize = parseFloat(getComputedStyle(this.host).fontSize);
    this.decide();
  }

  private decide(): void {
    const vertical =
      this.keyword === 'vertical' ||
      (this.keyword === 'auto' && this.width > 0 && this.width < NARROW_EM * this.fontSize);
    if (vertical === this.vertical) return;
    this.vertical = vertical;
    if (vertical) this.fetch();
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
    const { level } = this;
    return this.vertical
      ? { outside: { earlier: 0, later: 0 }, canZoomIn: level < MAX_LEVEL, canZoomOut: level > -MAX_LEVEL }
      : { outside, ...room };
  }

  /** What the plot needs to draw the vertical reading; undefined in horizontal (or before its code is here). */
  plot(
    events: readonly TimelineEvent[],
    asOf: number | undefined,
    groups: readonly TimelineGroup[] | undefined,
    card: unknown,
  ): VerticalPlot | undefined {
    const part = this.code?.module;
    if (!this.vertical || !part) return undefined;
    const frame = part.verticalFrame(events, asOf, {
      level: this.level,
      em: this.fontSize,
      width: this.width,
      groups: groups ?? NO_GROUPS,
    });
    return { draw: part.renderVertical, frame, groups: groups ?? NO_GROUPS, card, onZoom: this.zoomAction };
  }

  /** More or less time per pixel, the event the reader is on kept where it is on screen. */
  private zoom(action: ZoomAction): void {
    const part = this.code?.module;
    if (part) this.level = part.zoomLevel(action, this.level, this.host);
  }
}
