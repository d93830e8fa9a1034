/**
 * The events the element fires, with their `detail` types: declared once, here.
 * All bubble and are composed, so a page hears them from outside any shadow root.
 */
import type { Problem, StoryEvent } from './model/types.js';

export interface StoryLoadDetail {
  count: number;
  problems: Problem[];
}
export interface StoryErrorDetail {
  message: string;
  cause?: unknown;
}
export interface StorySelectDetail {
  id: string | null;
  event: StoryEvent | null;
}
export interface StoryRangeDetail {
  start: Date;
  end: Date;
}
export interface VisibleRange {
  start: Date;
  end: Date;
}

export interface StoryEventMap {
  'story-load': StoryLoadDetail;
  'story-error': StoryErrorDetail;
  'story-select': StorySelectDetail;
  'story-rangechange': StoryRangeDetail;
}

export function emit<K extends keyof StoryEventMap>(target: EventTarget, name: K, detail: StoryEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'story-load': CustomEvent<StoryLoadDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
    'story-select': CustomEvent<StorySelectDetail>;
    'story-rangechange': CustomEvent<StoryRangeDetail>;
  }
}
