/**
 * Owns the zoom transform. The first drawing needs only the transform, so the gesture
 * machinery (d3-zoom, d3-selection, d3-drag, d3-dispatch and `./zoom-gestures.ts`, some
 * 10 KB gzip) is a module of its own, fetched when a reader first reaches for the plot (a
 * mouse over or on it, a finger or a pen that moves sideways while pressed, a second finger,
 * a wheel or a key; a tap, which only opens a card, fetches nothing) or when `load` is
 * called (`updateComplete` does). Until it has arrived the transform is held here and every
 * programmatic change (the public methods, the keys and buttons, a refit) sets it directly,
 * clamped with d3-zoom's own maths; animated zooms jump, and a zooming wheel zooms here. When
 * it arrives it is attached to the plot and handed the current transform silently, and from
 * then on d3-zoom holds the transform; the presses still held are handed over too, so the
 * drag or the pinch that fetched the code pans or zooms.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WheelMode } from '../../model/types.js';
import { constrain, identity, scaleAbout, Transform } from '../../layout/transform.js';
import type { GestureController } from './zoom-gestures.js';
import type { Press, ZoomCallbacks, ZoomLimits, ZoomOptions } from './zoom-types.js';
import { TAP_SLOP_PX } from '../tap.js';

/** What a reader does on the plot before a gesture: the gestures are fetched then (see `onIntent`). */
const INTENTS = ['pointerover', 'pointerdown', 'pointermove', 'mousedown', 'touchstart', 'keydown', 'wheel'] as const;
/** What comes before a click or key on the element's own buttons: the gestures are fetched then. */
const HOST_INTENTS = ['pointerover', 'focusin'] as const;
/**
 * The end of a press held while the gestures are on their way. A finger's tap sends its
 * pointerup before the mousedown that follows it for compatibility: that mousedown is
 * let go by its own mouseup, or it would be handed to the gestures as a press still held,
 * and the next tap would drag the view and lose its click.
 */
const RELEASES = ['pointerup', 'pointercancel', 'mouseup'] as const;

export class ZoomController implements ReactiveController {
  private mode: WheelMode = 'ctrl';
  private limits: ZoomLimits = { width: 1, height: 1, scaleExtent: [1, 1], translateExtent: [0, 1] };
  /** The transform while the gestures have not arrived (or the plot is not there yet). */
  private held: Transform = identity;
  private element: HTMLElement | undefined;
  private gestures: GestureController | undefined;
  private loading: Promise<void> | undefined;
  /** The gestures listen on the plot and hold the transform. */
  private attached = false;
  /** The presses still held while the gestures come: fingers' pointers and touches, or a mouse's button. */
  private presses: Press[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected?: boolean },
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.attached) this.gestures!.hostConnected();
    else if (this.gestures && this.element) this.handOver(this.element);
    // A pointer or the focus coming to the zoom buttons fetches the gestures too, so that the
    // click or key that follows glides (before they arrive, a move jumps).
    if (!this.attached && this.host instanceof EventTarget) {
      for (const type of HOST_INTENTS) this.host.addEventListener(type, this.onIntent, { passive: true });
    }
  }

  hostDisconnected(): void {
    if (this.host instanceof EventTarget) {
      for (const type of HOST_INTENTS) this.host.removeEventListener(type, this.onIntent);
    }
    this.gestures?.hostDisconnected();
  }

  /**
   * Fetches the gesture machinery (once; again after a failure). Resolves when it is
   * attached, or could not be had: the view then stays as programmatic changes set it.
   */
  load(): Promise<void> {
    this.loading ??= import('./zoom-gestures.js').then(
      ({ GestureController }) => {
        const gestures = new GestureController(
          this.callbacks,
          (transform) => this.clamp(transform),
          (k, x, y) => new Transform(k, x, y),
        );
        gestures.wheelMode = this.mode;
        gestures.setLimits(this.limits);
        this.gestures = gestures;
        if (this.element) this.handOver(this.element);
      },
      () => {
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  /** Gives the plot and the transform held so far to the gestures. */
  private handOver(element: HTMLElement): void {
    // Disconnected meanwhile: on the next connect.
    if (this.host.isConnected === false) return;
    const gestures = this.gestures!;
    this.stopWaiting(element);
    gestures.attach(element);
    this.attached = true;
    gestures.transformTo(this.held, { silent: true });
    for (const press of this.presses) gestures.replay(press);
    this.onRelease();
  }

  private stopWaiting(element: HTMLElement): void {
    element.removeEventListener('wheel', this.onEarlyWheel);
    for (const type of INTENTS) element.removeEventListener(type, this.onIntent);
  }

  /**
   * A reader reaches for the plot (or the element's buttons): the gestures are fetched, and
   * the presses kept for them. A mouse asks for them when it comes over, a wheel or a key at
   * once. A finger's (or a pen's) tap only opens a card: a finger asks once it has moved
   * sideways more than 10 px (a tap's slop) from where it was pressed, or a second finger
   * comes down. A mousedown asks for nothing (a mouse's follows its pointerdown, and a tap's
   * comes after the finger has lifted), nor does the focus while a press on the plot is held
   * (a tap's mousedown focuses what it taps).
   */
  private readonly onIntent = (event: Event): void => {
    const { type, pointerType, clientX, button, touches } = event as PointerEvent & TouchEvent;
    // (The first press held is the first finger's pointerdown: its touchstart comes after it.)
    const first = this.presses[0]?.event as PointerEvent | undefined;
    const finger = pointerType && pointerType !== 'mouse';
    const wanted = touches
      ? touches[1] // a second finger
      : type !== 'mousedown' &&
        // A finger past a tap's slop; a mouse, a wheel, a key or the focus while no press is held.
        (finger ? !!first && Math.abs(first.clientX - clientX) > TAP_SLOP_PX : !first);
    if (wanted) void this.load();
    // A finger's pointer and its touches (for the one-finger pan and the pinch), or a mouse's
    // press (for d3-zoom's drag).
    if ((button === 0 && type.endsWith('down')) || touches) {
      for (const type of RELEASES) window.addEventListener(type, this.onRelease, true);
      this.presses.push({ event, target: event.composedPath()[0]! });
    }
  };

  private readonly onRelease = (): void => {
    this.presses = [];
    for (const type of RELEASES) window.removeEventListener(type, this.onRelease, true);
  };

  /** The gestures, once they have arrived and listen on the plot. */
  private get live(): GestureController | undefined {
    return this.attached ? this.gestures : undefined;
  }

  get transform(): Transform {
    return this.live?.transform ?? this.held;
  }

  set wheelMode(mode: WheelMode) {
    this.mode = mode;
    if (this.gestures) this.gestures.wheelMode = mode;
  }

  /** Starts listening for gestures on the element that shows the timeline (once they are here). */
  attach(element: HTMLElement): void {
    if (this.element === element) return;
    if (this.element) this.stopWaiting(this.element);
    this.element = element;
    if (!this.attached) {
      element.addEventListener('wheel', this.onEarlyWheel, { passive: false });
      for (const type of INTENTS) element.addEventListener(type, this.onIntent, { passive: true });
    }
    if (this.attached) this.gestures!.attach(element);
    else if (this.gestures) this.handOver(element);
  }

  setLimits(limits: ZoomLimits): void {
    this.limits = limits;
    this.gestures?.setLimits(limits);
  }

  /** Keeps a transform inside the scale and translate limits (d3-zoom's default constrain). */
  clamp(transform: Transform): Transform {
    const { width, height, scaleExtent, translateExtent } = this.limits;
    const k = Math.min(scaleExtent[1], Math.max(scaleExtent[0], transform.k));
    // Keep the centre of the view where it was asked to be while clamping the scale.
    const centre = transform.invertX(width / 2);
    const scaled = new Transform(k, width / 2 - centre * k, transform.y);
    return constrain(
      scaled,
      [
        [0, 0],
        [width, height],
      ],
      [
        [translateExtent[0], 0],
        [translateExtent[1], height],
      ],
    );
  }

  /**
   * Moves to `transform`. `userEvent` is the key press or click that asked for it (null for
   * the API); `silent` is for adjustments nobody asked for (first fit, resize), which end
   * without a range-change. Before the gestures have arrived the view jumps.
   */
  transformTo(transform: Transform, options: ZoomOptions = {}): void {
    if (options.userEvent) this.callbacks.onUserMove();
    const live = this.live;
    if (live) {
      live.transformTo(transform, options);
      return;
    }
    const target = this.clamp(transform);
    this.held = target;
    this.callbacks.onFrame(target);
    if (!options.silent) this.callbacks.onEnd(target, options.userEvent ?? null);
  }

  /**
   * A zooming wheel (Ctrl/⌘, or any in `free` mode) that comes before the gestures zooms
   * about the pointer as d3-zoom's would, rather than zooming the browser's page.
   */
  private readonly onEarlyWheel = (event: WheelEvent): void => {
    if (this.attached || !(event.ctrlKey || event.metaKey || this.mode === 'free')) return;
    event.preventDefault();
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const pixel = event.clientX - box.left;
    const current = this.transform;
    const delta =
      -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
    const [min, max] = this.limits.scaleExtent;
    const k = Math.min(max, Math.max(min, current.k * 2 ** delta));
    const at = current.invertX(pixel);
    this.transformTo(new Transform(k, pixel - at * k, current.y), { userEvent: event });
  };

  scaleBy(factor: number, options: ZoomOptions = {}): void {
    this.transformTo(scaleAbout(this.transform, factor, this.limits.width / 2), options);
  }

  translateBy(pixels: number, options: ZoomOptions = {}): void {
    const current = this.transform;
    this.transformTo(identity.translate(current.x + pixels, current.y).scale(current.k), options);
  }
}
