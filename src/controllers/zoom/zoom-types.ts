/** What the zoom controller and the gestures it loads on demand share: their callbacks, limits and options. */
import type { Transform } from '../../layout/transform.js';

export interface ZoomCallbacks {
  /** The transform changed; called at most once per animation frame. */
  onFrame(transform: Transform): void;
  /** A zoom or pan ended (user or API), unless it was a silent adjustment. */
  onEnd(transform: Transform, userEvent: Event | null): void;
  /** A reader's move (a gesture, a key, a button) begins, before its first frame. */
  onUserMove(): void;
  /** A plain wheel went to the page: tell the reader how to zoom. */
  onWheelHint(): void;
  /** Is this element inside an event mark (no double-click zoom there)? */
  isMark(target: EventTarget | null): boolean;
}

export interface ZoomLimits {
  width: number;
  height: number;
  /** Smallest and largest scale factor relative to the base scale. */
  scaleExtent: [number, number];
  /** Pixel range of the base scale that may be panned to. */
  translateExtent: [number, number];
}

export interface ZoomOptions {
  animate?: boolean;
  userEvent?: Event | null;
  silent?: boolean;
}

/** A press made on the plot before the gestures came (a pointer's, a mouse's or a touch's), and where: handed to them as it was. */
export interface Press {
  event: Event;
  target: EventTarget;
}

/** A zoom asked for by a button or a key: closer, farther, or the whole story. */
export type ZoomAction = 'in' | 'out' | 'fit';
