/**
 * What the view controller (`view-controller.ts`) is given and asked for: the element's
 * callbacks, a frame's input, and the sizes the text metrics share with it.
 */
import type { FineTicks } from '../layout/ticks.js';

/** A lane is never shorter than a 44 px touch target; with larger text it grows (`setMetrics`). */
export const LANE_HEIGHT = 44;
/** Below this width a label may take two lines before it is cut. */
export const TWO_LINE_WIDTH = 600;

export interface ViewCallbacks {
  /** A zoom or pan ended; `userEvent` is null when the API asked for it. */
  onRangeChange(start: Date, end: Date, userEvent: Event | null): void;
  onWheelHint(): void;
  measureLabel(text: string): number;
  /** The plot is drawn across now; false while another reading (vertical) draws it, which needs no layout of this. */
  drawnAcross?(): boolean;
}

/** What a frame is made for. */
export interface FrameInput {
  lang: string;
  /** Hour and minute ticks in the element's zone, for data with times (once loaded). */
  fine?: FineTicks;
  /** Events that must not be crowded out (focused, selected). */
  wanted: readonly string[];
}
