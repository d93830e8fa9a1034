/**
 * The view: which window of time is shown at the element's width, and what is drawn in it.
 * It holds the unzoomed base scale (the fitted window across the width), asks the zoom
 * controller (d3-zoom, once it has arrived) for every change of the transform, and makes each frame's layout and
 * ticks. The arithmetic is in `layout/view.ts`; this adds the state and its lifecycle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { scaleUtc, type TimeScale } from '../layout/time-scale.js';
import { defaultLayoutOptions, type LayoutOptions, type MarkLayout } from '../layout/marks.js';
import type { Arrangement } from '../layout/bands.js';
import { fitBandFrames, nextBandFrames, type BandFrame } from '../layout/band-frames.js';
import { axisTicks, LABEL_SPACING, type AxisTick } from '../layout/ticks.js';
import { originAnchor, type OriginAnchor } from '../layout/origin.js';
import * as view from '../layout/view.js';
import { Transform, identity, scaleAbout } from '../layout/transform.js';
import { ZoomController } from './zoom/zoom-controller.js';
import { LANE_HEIGHT, type FrameInput, type ViewCallbacks } from './view-types.js';

export class ViewController implements ReactiveController {
  /** The transform shown in the last frame (the zoom controller holds the live one). */
  transform: Transform = identity;
  width = 0;
  /** Lanes the fitted view needs, in all bands; zooming keeps them, so the page does not jump. */
  lanes = 1;
  /** The fitted view counts some events in clusters: their row is kept at every zoom. */
  clusterRow = false;
  /** This frame's layout, one per band (one band when the story has no groups). */
  bandFrames: BandFrame[] = [];
  /** Every band's drawn marks. */
  marks: MarkLayout[] = [];
  ticks: AxisTick[] = [];
  /** Height of a lane and a dot's diameter in px, from the text size; lines a label may take. */
  laneHeight = LANE_HEIGHT;
  dotSize = defaultLayoutOptions.dotSize;
  labelLines = 1;
  /**
   * Where the events are drawn from, in pixels from the start edge: each event is placed
   * from it, and the list of events is moved to it (`originShift`, a translation). While
   * the zoom factor stays, a pan moves only the list, so no event is restyled, laid out
   * or painted again; a new factor (or a pan far away) takes a new origin.
   */
  origin = 0;
  /** The list's translation in pixels from the left (the origin, mirrored in right to left). */
  originShift = 0;

  /** The transform's keeper: the reader's moves (`view-moves.ts`) go through it too. */
  readonly zoom: ZoomController;
  /** The events shown, in their bands, and in date order. */
  arrangement: Arrangement | undefined;
  events: readonly TimelineEvent[] = [];
  /** How far in one may zoom: finer when the data has times of day. */
  limits: view.ViewLimits = view.DAY_LIMITS;
  /** The time and zoom factor the origin was taken at. */
  private anchor: OriginAnchor | undefined;
  /** Time runs from right to left (the language is written so). */
  private rtl = false;
  /** The titles' language, for where a label may be cut. */
  private lang = 'en';
  private extent: view.TimeWindow | undefined;
  private baseScale: TimeScale = scaleUtc();
  /** Set when the base scale must be made again: new width, new events, a window asked for. */
  private refit = false;
  private fresh = false;
  private previousWidth = 0;
  /** A window to show, and a zoom factor to apply to it, at the next refit. */
  private pending: view.TimeWindow | 'fit' | undefined;
  private pendingFactor = 1;
  /** The window a page last asked for with `zoomTo`, until the reader or `fit` moves away. */
  private askedWindow: view.TimeWindow | undefined;
  /**
   * The view the events opened on (a window and a zoom factor), until the reader or the page
   * (`zoomTo`, `fit`, `zoomBy`) moves: a new width opens it again, so the event a page opens
   * on is brought into view at the width that lasts, not from dates chosen at one that did
   * not (none, a pixel, a sliver while the page lays itself out).
   */
  private opening: [window: view.TimeWindow | 'fit', factor: number] | undefined;
  /** View calls made since the last update: windows, 'fit', and zoom factors. */
  private requests: view.ViewRequest[] = [];
  /** Made in the update, pushed into d3-zoom after render. */
  private zoomSync: Transform | undefined;
  /** Set while d3-zoom is handed the transform the last frame was drawn at. */
  private syncing = false;
  /**
   * What this frame is made for, from the layout in the host's update until its render: a
   * move made meanwhile (the selected event brought into view) is laid out at once.
   */
  private input: FrameInput | undefined;
  /** The end of a move made inside the update, reported once its frame is drawn. */
  private movedInUpdate: [Transform, Event | null] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ViewCallbacks,
  ) {
    host.addController(this);
    this.zoom = new ZoomController(host, {
      onFrame: (transform) => {
        // d3-zoom handed the transform this frame was drawn at: nothing new to draw.
        if (this.syncing) return;
        if (transform.k === this.transform.k && transform.x === this.transform.x) return;
        this.transform = transform;
        // A move made inside the update is laid out for the render on its way, not another.
        if (this.input) this.layOut(this.input);
        else host.requestUpdate();
      },
      onEnd: (transform, userEvent) => {
        if (this.input) this.movedInUpdate = [transform, userEvent];
        else this.ended(transform, userEvent);
      },
      onWheelHint: () => callbacks.onWheelHint(),
      onUserMove: () => (this.opening = undefined),
      isMark: (target) => target instanceof Element && !!target.closest('[part~="event"], [part~="cluster"]'),
    });
  }

  /** The data has times of day (zoom goes down to minutes). */
  get hasTimes(): boolean {
    return this.limits === view.TIME_LIMITS;
  }

  /** Resolves when the gestures are ready (or could not be had). */
  get gesturesReady(): Promise<void> {
    return this.zoom.load();
  }

  /** Starts listening for gestures on the plot. */
  attach(plot: HTMLElement): void {
    this.zoom.attach(plot);
  }

  set wheelMode(mode: 'ctrl' | 'free') {
    this.zoom.wheelMode = mode;
  }

  /** Right to left: the base scale runs from the right edge; layout is made from the start edge. */
  setDirection(direction: 'ltr' | 'rtl'): void {
    const rtl = direction === 'rtl';
    if (rtl === this.rtl) return;
    const shown = this.width ? this.visibleRange : undefined;
    this.rtl = rtl;
    this.refit = true;
    if (shown && !this.pending) this.pending = [+shown.start, +shown.end];
    this.host.requestUpdate();
  }

  setWidth(width: number): void {
    if (width === this.width) return;
    this.previousWidth = this.width;
    this.width = width;
    this.refit = this.fresh = true;
    if (this.opening) [this.pending, this.pendingFactor] = this.opening;
    this.host.requestUpdate();
  }

  /** The sizes that follow the text: a new one lays the lanes out again. */
  setMetrics(laneHeight: number, dotSize: number, labelLines: number): boolean {
    if (laneHeight === this.laneHeight && dotSize === this.dotSize && labelLines === this.labelLines) return false;
    [this.laneHeight, this.dotSize, this.labelLines] = [laneHeight, dotSize, labelLines];
    this.refit = true;
    this.host.requestUpdate();
    return true;
  }

  /**
   * New events, first shown at `firstWindow` of the fitted window — unless a page asked for a view: a window
   * asked for with `zoomTo` is kept while it still shows some of the new events, and a view
   * call made since the last update (same task as the data) wins over the default.
   * `eras` count for the fitted window, like the events.
   */
  setEvents(
    arrangement: Arrangement,
    firstWindow: (fit: view.TimeWindow) => view.TimeWindow | 'fit',
    eras: readonly view.Dated[] = [],
  ): void {
    const { events } = arrangement;
    this.arrangement = arrangement;
    this.events = events;
    this.extent = view.dataExtent(events, eras);
    this.limits = view.viewLimits(events);
    const first = firstWindow(this.fitWindow);
    [this.pending, this.pendingFactor] = view.openingView(first, this.askedWindow, this.extent, this.requests);
    this.opening = [this.pending, this.pendingFactor];
    this.refit = this.fresh = true;
  }

  /** Is this a new layout (new width, new events) since the last call? A selection is then jumped to, not glided to. */
  takeFreshLayout(): boolean {
    const fresh = this.fresh;
    this.fresh = false;
    return fresh;
  }

  /** Shows the first window again (`start` or `end` changed). */
  showDefault(window: view.TimeWindow | 'fit'): void {
    [this.pending, this.pendingFactor, this.refit] = [window, 1, true];
    this.opening = [window, 1];
  }

  /** Shows a window (`zoomTo`); kept for data that comes later while it still shows some of it. */
  zoomTo(window: view.TimeWindow, animate: boolean): void {
    this.askedWindow = window;
    this.request(window, animate);
  }

  /** Shows every event (`fit`). */
  fit(animate: boolean): void {
    this.askedWindow = undefined;
    this.request('fit', animate);
  }

  /** Zooms around the centre (`zoomBy`). */
  zoomBy(factor: number, animate: boolean): void {
    this.opening = undefined;
    this.requests.push(factor);
    this.host.requestUpdate();
    if (!this.width || this.refit) this.pendingFactor *= factor;
    else this.zoom.scaleBy(factor, { animate });
  }

  private request(window: view.TimeWindow | 'fit', animate: boolean): void {
    this.opening = undefined;
    this.requests.push(window);
    this.host.requestUpdate();
    if (!this.width || this.refit) {
      [this.pending, this.pendingFactor, this.refit] = [window, 1, true];
      return;
    }
    this.zoom.transformTo(window === 'fit' ? identity : this.transformFor(window), { animate });
  }

  get fitWindow(): view.TimeWindow {
    return view.fitWindow(this.extent, undefined, this.limits);
  }

  get scaleExtent(): [number, number] {
    return view.zoomScaleExtent(this.fitWindow, this.extent, this.limits);
  }

  /** Whether the zoom buttons can zoom further in and out. */
  get zoomRoom(): { canZoomIn: boolean; canZoomOut: boolean } {
    const [min, max] = this.scaleExtent;
    return { canZoomIn: this.transform.k < max * 0.999, canZoomOut: this.transform.k > min * 1.001 };
  }

  /** The window now shown. */
  get visibleRange(): { start: Date; end: Date } {
    const [start, end] = this.shownScale(this.zoom.transform).domain();
    return { start: start!, end: end! };
  }

  /** The place of a time in the last frame, in pixels from the start edge (the right one in RTL). */
  x(time: number): number {
    return this.layoutScale(this.transform)(time);
  }

  /** The events wholly before and after the window now shown. */
  get outside(): view.OutsideEvents {
    const [start, end] = this.shownScale(this.transform).domain().map(Number) as [number, number];
    return view.eventsOutside(this.events, [start, end]);
  }

  /**
   * Before render: the base scale if it must change, then this frame's layout and ticks. Until
   * the render, a move of the view (`transformTo` that jumps) lays this frame out again.
   */
  update(input: FrameInput): void {
    this.lang = input.lang;
    this.requests = [];
    // Not drawn: no frame to make (a new width, new events or a window asked for wait, kept, for when it is).
    if (!this.width || this.callbacks.drawnAcross?.() === false) return;
    if (this.refit) this.fitBaseScale();
    this.input = input;
    this.layOut(input);
  }

  /** The update is about to render: from now on a move of the view asks for an update of its own. */
  hostUpdate(): void {
    this.input = undefined;
  }

  /** This frame's layout and ticks, at the transform now shown. */
  private layOut({ lang, wanted, fine }: FrameInput): void {
    const scale = this.layoutScale(this.transform);
    this.marks = nextBandFrames(this.bandFrames, scale, this.layoutOptions, wanted, this.arrangement?.bandOf);
    this.anchor = originAnchor(this.anchor, scale, this.transform.k, this.width);
    this.origin = scale(this.anchor.time);
    this.originShift = this.rtl ? -this.origin : this.origin;
    // The labels grow with the text, as the dots do: so does the room between them (80 px
    // leaves room to spare at the default size, so a page's slightly larger text keeps them all).
    const textScale = Math.max(1, (0.8 * this.dotSize) / defaultLayoutOptions.dotSize);
    // Hours and minutes only for data that has times of day.
    this.ticks = axisTicks(scale, this.width, lang, LABEL_SPACING * textScale, this.hasTimes ? fine : undefined);
  }

  /** After render: d3-zoom learns the transform the update chose. */
  hostUpdated(): void {
    this.syncZoom();
  }

  /** d3-zoom learns the transform this frame is drawn at (no update: nothing new to draw). */
  syncZoom(): void {
    if (!this.zoomSync) return;
    const transform = this.zoomSync;
    this.zoomSync = undefined;
    this.syncing = true;
    try {
      this.zoom.transformTo(transform, { silent: true });
    } finally {
      this.syncing = false;
    }
  }

  /** After render: a move made inside the update ends now that it is drawn (`story-rangechange`). */
  reportMove(): void {
    const moved = this.movedInUpdate;
    this.movedInUpdate = undefined;
    if (moved) this.ended(...moved);
  }

  private ended(transform: Transform, userEvent: Event | null): void {
    if (userEvent) this.askedWindow = undefined;
    const [start, end] = this.shownScale(transform).domain();
    this.callbacks.onRangeChange(start!, end!, userEvent);
  }

  /**
   * Makes the base scale for the current width and events. A window asked for is shown;
   * else, when the width changed, the same dates stay in view rather than the same pixels.
   */
  private fitBaseScale(): void {
    const keep = this.previousWidth ? this.shownScale(this.transform).domain() : undefined;
    this.refit = false;
    this.previousWidth = 0;
    const fit = this.fitWindow;
    this.baseScale = scaleUtc()
      .domain(fit)
      .range(this.rtl ? [this.width, 0] : [0, this.width]);
    const pan = view.panLimits(fit, this.extent, this.limits).map(this.baseScale);
    // Each band gets the lanes its events need in the fitted view, up to its share: its
    // frame, and the lanes and the cluster row of them all.
    const atFit = scaleUtc().domain(fit).range([0, this.width]);
    Object.assign(this, fitBandFrames(this.arrangement?.bands ?? [], this.bandFrames, atFit, this.layoutOptions));
    this.zoom.setLimits({
      width: this.width,
      height: this.lanes * this.laneHeight + 40,
      scaleExtent: this.scaleExtent,
      translateExtent: [Math.min(...pan), Math.max(...pan)],
    });

    const [wanted, factor] = [this.pending, this.pendingFactor];
    [this.pending, this.pendingFactor] = [undefined, 1];
    let transform = this.transform;
    if (wanted === 'fit') transform = identity;
    else if (wanted) transform = this.transformFor(wanted);
    else if (keep) transform = this.transformFor([+keep[0]!, +keep[1]!]);
    if (factor !== 1) transform = scaleAbout(transform, factor, this.width / 2);
    this.transform = this.zoom.clamp(transform);
    this.zoomSync = this.transform;
  }

  /** The transform that shows a window. */
  transformFor(window: view.TimeWindow): Transform {
    const { k, x } = view.transformFor(this.fitWindow, this.width, window, this.rtl);
    return new Transform(k, x, 0);
  }

  /** Time to screen pixels (from the left edge), for d3-zoom's transform. */
  shownScale(transform: Transform): TimeScale {
    if (!this.width) return scaleUtc().domain(this.fitWindow).range([0, 1]);
    return transform.rescaleX(this.baseScale);
  }

  /** Time to pixels from the start edge, what layout and parts place things by. */
  private layoutScale(transform: Transform): TimeScale {
    const shown = this.shownScale(transform);
    return this.rtl ? scaleUtc().domain(shown.domain()).range([0, this.width]) : shown;
  }

  /** Layout options for a band of so many lanes, at this width and text size. */
  readonly layoutOptions = (lanes = this.lanes): LayoutOptions => {
    const { measureLabel } = this.callbacks;
    return {
      ...defaultLayoutOptions,
      lanes,
      width: this.width,
      dotSize: this.dotSize,
      lang: this.lang,
      // A label on two lines needs about half its width (a little more: lines break at spaces).
      measureLabel: this.labelLines > 1 ? (text) => Math.ceil(measureLabel(text) * 0.6) : measureLabel,
    };
  };
}
