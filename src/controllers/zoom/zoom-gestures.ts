/**
 * The zoom gesture, loaded after the first render (see `./zoom-controller.ts`, which holds
 * the transform until this has arrived). d3-zoom holds the one zoom transform; the mouse, the wheel,
 * touch, the keyboard, the buttons and the public methods all change it through
 * d3-zoom's own API, so every way of zooming goes one road.
 *
 * What this adds to d3-zoom: the page keeps its vertical scroll (a plain wheel and a
 * one-finger vertical swipe belong to the page), a one-finger horizontal drag pans,
 * repaints are batched to one per animation frame, "end" is reported once per
 * gesture, whichever input drove it, and animated zooms run on our own tween instead
 * of d3-transition (which, with d3-color, d3-ease and d3-timer, would weigh more in the
 * bundle than the rest of the zoom code).
 */
import { select, type Selection } from 'd3-selection';
import { interpolateZoom } from 'd3-interpolate';
import { zoom as d3Zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

import type { WheelMode } from '../../model/types.js';
import type { Transform } from '../../layout/transform.js';
import type { Press, ZoomCallbacks, ZoomLimits } from './zoom-types.js';

/** Wheel idle time after which a trackpad pan counts as ended. */
const WHEEL_PAN_IDLE_MS = 150;
/** How soon after a finger lifts, and how near it, a mousedown is the tap's own. */
const TAP_MOUSE_MS = 1000;
const TAP_MOUSE_PX = 24;
/** Length of an animated zoom: d3-transition's default, which the buttons had before. */
const ANIMATION_MS = 250;

/** Cubic in-out, d3-transition's default easing. */
const ease = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

export class GestureController {
  wheelMode: WheelMode = 'ctrl';
  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');

  /** Read at each zoom, so a change of the reader's setting applies at once. */
  get reducedMotion(): boolean {
    return this.motion.matches;
  }

  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection: Selection<HTMLElement, unknown, null, undefined> | undefined;
  private limits: ZoomLimits = { width: 1, height: 1, scaleExtent: [1, 1], translateExtent: [0, 1] };
  private frame = 0;
  /** While set, d3's per-call "end" events are swallowed: we report one for the whole gesture. */
  private holdEnd = 0;
  private silent = 0;
  /** The animation frame of the running animated zoom, 0 when none runs. */
  private tween = 0;
  /** Set while the tween moves the view, so its own "start" does not stop it. */
  private stepping = false;
  private touchPan: { pointerId: number; lastX: number; moved: boolean } | undefined;
  private readonly touchPointers = new Set<number>();
  private wheelPanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where and when a finger last lifted: the mouse events a browser makes of a tap come after. */
  private lifted: { x: number; y: number; time: number } | undefined;

  constructor(
    private readonly callbacks: ZoomCallbacks,
    /** Keeps a transform inside the limits (the zoom controller's `clamp`). */
    private readonly clamp: (transform: Transform) => Transform,
    /**
     * Makes our transform (passed in, not imported: an import would make the bundle and
     * this module share a third file).
     */
    private readonly make: (k: number, x: number, y: number) => Transform,
  ) {
    this.behavior = d3Zoom<HTMLElement, unknown>()
      .filter((event: Event) => this.accepts(event))
      // Listen for touch everywhere: a laptop may get a touch screen (or emulation) after load.
      .touchable(() => true)
      // Double-click zooms at once: an animated one would need d3-transition.
      .duration(0)
      // Any gesture, and any other move of the view, stops the animated zoom where it is.
      // (A 'start' listener rather than interrupt(): in the module build d3-zoom gets the
      // real d3-transition, whose interrupt() knows nothing of our tween.)
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.stepping) this.stopTween();
        // A gesture of the reader's (programmatic moves have told the zoom controller already).
        if (event.sourceEvent && !this.silent) this.callbacks.onUserMove();
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.scheduleFrame(this.own(event.transform)))
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (this.holdEnd || this.silent) return;
        this.flushFrame();
        this.callbacks.onEnd(this.own(event.transform), event.sourceEvent ?? null);
      });
  }

  private own({ k, x, y }: { k: number; x: number; y: number }): Transform {
    return this.make(k, x, y);
  }

  get transform(): Transform {
    return this.selection ? this.own(zoomTransform(this.selection.node()!)) : this.make(1, 0, 0);
  }

  /** Starts listening on the element that shows the timeline. */
  attach(element: HTMLElement): void {
    if (this.selection?.node() === element) return;
    this.detach();
    this.selection = select(element);
    this.selection.call(this.behavior);
    // d3-zoom sets `touch-action: none`; we keep vertical swipes for the page.
    element.style.touchAction = 'pan-y';
    element.addEventListener('pointerdown', this.onPointerDown);
    element.addEventListener('pointermove', this.onPointerMove);
    element.addEventListener('pointerup', this.onPointerEnd);
    element.addEventListener('pointercancel', this.onPointerEnd);
    element.addEventListener('wheel', this.onWheelPan, { passive: false });
    this.applyLimits();
  }

  /**
   * A press made before the gestures came and still held, dispatched again now that they
   * listen, so the drag or pinch that fetched them goes on. An event is its own init
   * dictionary: the copy has its position, buttons, keys and pointer, or its touches.
   */
  replay({ event, target }: Press): void {
    try {
      target.dispatchEvent(new (event.constructor as typeof Event)(event.type, event));
    } catch {
      // An engine that cannot make a TouchEvent (iOS Safari has no constructor for it): the
      // pinch starts with the next finger instead.
    }
  }

  /** The host was connected again (the zoom controller forwards it). */
  hostConnected(): void {
    // Re-attach after a move in the DOM: detach() dropped the listeners.
    const element = this.detachedElement;
    this.detachedElement = undefined;
    if (element) this.attach(element);
  }

  hostDisconnected(): void {
    this.detachedElement = this.selection?.node() ?? undefined;
    this.detach();
  }

  private detachedElement: HTMLElement | undefined;

  private detach(): void {
    if (!this.selection) return;
    const element = this.selection.node()!;
    this.stopTween();
    this.selection.on('.zoom', null);
    element.removeEventListener('pointerdown', this.onPointerDown);
    element.removeEventListener('pointermove', this.onPointerMove);
    element.removeEventListener('pointerup', this.onPointerEnd);
    element.removeEventListener('pointercancel', this.onPointerEnd);
    element.removeEventListener('wheel', this.onWheelPan);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.wheelPanTimer);
    this.touchPointers.clear();
    this.touchPan = undefined;
    this.selection = undefined;
  }

  setLimits(limits: ZoomLimits): void {
    this.limits = limits;
    this.applyLimits();
  }

  private applyLimits(): void {
    const { width, height, scaleExtent, translateExtent } = this.limits;
    this.behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent(scaleExtent)
      .translateExtent([
        [translateExtent[0], 0],
        [translateExtent[1], height],
      ]);
  }

  /**
   * Moves to `transform`. `userEvent` is the key press or click that asked for it (null for
   * the API); `silent` is for adjustments nobody asked for (first fit, resize), which end
   * without a range-change.
   */
  transformTo(
    transform: Transform,
    {
      animate = false,
      userEvent = null,
      silent = false,
    }: { animate?: boolean; userEvent?: Event | null; silent?: boolean } = {},
  ): void {
    if (!this.selection) return;
    const target = this.clamp(transform);
    this.stopTween();
    if (animate && !this.reducedMotion && !silent) {
      this.animateTo(target, userEvent);
      return;
    }
    if (silent) this.silent++;
    try {
      this.transformWithEvent(this.selection, target, userEvent);
    } finally {
      if (silent) this.silent--;
    }
    this.flushFrame();
  }

  /**
   * Flies to `target` as d3-zoom's own animated transform does (the same zoom path about
   * the centre, easing and length), one d3-zoom transform() per frame, so the view still
   * changes through d3-zoom only. The per-frame "end"s are held back: one onEnd when the
   * flight lands. A flight that is stopped reports nothing: whatever stopped it (a
   * gesture, another zoom) reports its own end.
   */
  private animateTo(target: Transform, userEvent: Event | null): void {
    const selection = this.selection!;
    const { width, height } = this.limits;
    const centre: [number, number] = [width / 2, height / 2];
    const size = Math.max(width, height);
    const from = this.transform;
    const path = interpolateZoom([...from.invert(centre), size / from.k], [...target.invert(centre), size / target.k]);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - started) / ANIMATION_MS));
      let frame = target;
      if (t < 1) {
        const [x, y, view] = path(ease(t));
        const k = size / view;
        frame = this.make(k, centre[0] - x * k, centre[1] - y * k);
      }
      this.stepping = true;
      this.holdEnd++;
      try {
        this.transformWithEvent(selection, frame, userEvent);
      } finally {
        this.stepping = false;
        this.holdEnd--;
      }
      this.flushFrame();
      if (t < 1) {
        this.tween = requestAnimationFrame(step);
      } else {
        this.tween = 0;
        this.callbacks.onEnd(target, userEvent);
      }
    };
    this.tween = requestAnimationFrame(step);
  }

  private stopTween(): void {
    cancelAnimationFrame(this.tween);
    this.tween = 0;
  }

  /**
   * d3-zoom's transform() takes the triggering event as a fourth argument (it becomes
   * `sourceEvent`), which its type definitions leave out.
   */
  private get transformWithEvent() {
    const transform = this.behavior.transform as unknown as <T>(
      target: T,
      transform: Transform,
      point: undefined,
      event: Event | undefined,
    ) => void;
    return <T>(target: T, value: Transform, userEvent: Event | null) =>
      transform(target, value, undefined, userEvent ?? undefined);
  }

  translateBy(pixels: number, options: { animate?: boolean; userEvent?: Event | null } = {}): void {
    const current = this.transform;
    this.transformTo(this.make(current.k, current.x + pixels, current.y), options);
  }

  private accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      const zoomKey = event.ctrlKey || event.metaKey;
      if (zoomKey || this.wheelMode === 'free') return true;
      // Horizontal trackpad swipes pan (onWheelPan); vertical ones belong to the page.
      if (Math.abs(event.deltaY) > Math.abs(event.deltaX)) this.callbacks.onWheelHint();
      return false;
    }
    if (event.type.startsWith('touch')) {
      // One finger is ours only when it moves sideways (pointer handlers); two fingers pinch.
      // (No instanceof: TouchEvent is undefined in desktop browsers until touch is enabled.)
      return (event as TouchEvent).touches.length >= 2;
    }
    if (event.type === 'dblclick' && this.callbacks.isMark(event.target)) return false;
    const mouse = event as MouseEvent;
    // A tap's own mousedown is no drag (no mouse moves follow it): d3-zoom would only start
    // and end a gesture on it, which the page would hear as a move of the view.
    if (event.type === 'mousedown' && this.madeOfTap(mouse)) return false;
    return !mouse.ctrlKey && !mouse.button;
  }

  private readonly onWheelPan = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey || this.wheelMode === 'free') return;
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX;
    this.holdEnd++;
    try {
      this.translateBy(-pixels, { userEvent: event });
    } finally {
      this.holdEnd--;
    }
    clearTimeout(this.wheelPanTimer);
    this.wheelPanTimer = setTimeout(() => this.callbacks.onEnd(this.transform, event), WHEEL_PAN_IDLE_MS);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.touchPointers.add(event.pointerId);
    this.touchPan =
      this.touchPointers.size === 1 ? { pointerId: event.pointerId, lastX: event.clientX, moved: false } : undefined;
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const pan = this.touchPan;
    if (!pan || pan.pointerId !== event.pointerId || this.touchPointers.size !== 1) return;
    const dx = event.clientX - pan.lastX;
    pan.lastX = event.clientX;
    if (dx === 0) return;
    pan.moved = true;
    this.holdEnd++;
    try {
      this.translateBy(dx, { userEvent: event });
    } finally {
      this.holdEnd--;
    }
  };

  private madeOfTap({ clientX, clientY, timeStamp }: MouseEvent): boolean {
    const lifted = this.lifted;
    return (
      !!lifted &&
      Math.abs(timeStamp - lifted.time) < TAP_MOUSE_MS &&
      Math.hypot(clientX - lifted.x, clientY - lifted.y) < TAP_MOUSE_PX
    );
  }

  private readonly onPointerEnd = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.lifted = { x: event.clientX, y: event.clientY, time: event.timeStamp };
    this.touchPointers.delete(event.pointerId);
    const pan = this.touchPan;
    if (pan?.pointerId === event.pointerId) {
      this.touchPan = undefined;
      if (pan.moved) this.callbacks.onEnd(this.transform, event);
    }
  };

  private pending: Transform | undefined;

  private scheduleFrame(transform: Transform): void {
    this.pending = transform;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flushFrame());
  }

  /** Paints the pending transform now (after API calls, so the next read sees it drawn). */
  private flushFrame(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const transform = this.pending;
    this.pending = undefined;
    if (transform) this.callbacks.onFrame(transform);
  }
}
