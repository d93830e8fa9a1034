/**
 * The reader's selection: a click or Enter on an event, the detail card's previous/next and
 * close, the video the reader started. A user's selection fires `story-select`, is written
 * into the page's hash (with `hash`) and is announced; one made from code is silent.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { toStoryEvent } from '../model/story-event.js';
import { emit } from '../story-events.js';
import { eventIdAt } from './event-ids.js';
import { TAP_SLOP_PX } from './tap.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SelectionActions {
  /** The events in date order. */
  events(): readonly TimelineEvent[];
  positionOf(id: string): number | undefined;
  /** A user's selection changed: tell the page's hash and the live region. */
  changed(event: TimelineEvent | undefined): void;
  /** The event a click landed on keeps the keyboard's focus. */
  focused(id: string): void;
  /** Gives focus back to an event's button (after the card closes). */
  focus(id: string): void;
}

export class SelectionController {
  /** The event whose video the reader started; nothing loads from a video site before. */
  playing = '';

  constructor(
    private readonly host: SelectionHost,
    private readonly actions: SelectionActions,
  ) {}

  /** The selected event, if it is one of the story's. */
  get event(): TimelineEvent | undefined {
    const position = this.actions.positionOf(this.host.selected);
    return position === undefined ? undefined : this.actions.events()[position];
  }

  /** Where and when a finger came down on an event, to tell a tap. */
  private press?: { id: string | undefined; x: number; y: number; at: number };

  /**
   * One listener for every event's button: a click selects it, a second click clears. A
   * finger's tap does so as the finger lifts (`touchend`), without waiting for the click the
   * browser sends a frame or more later, after the tap's mouse events; and that click is
   * cancelled, so the card that opens under the finger takes no click meant for the event. A
   * touch that moved past a tap's 10 px, lasted over half a second or was one of two fingers
   * is left to the browser. Its `pointerdown` says where the finger came down.
   */
  readonly onClick = (domEvent: Event): void => {
    const id = eventIdAt(domEvent.target);
    const { type, pointerType, clientX, clientY, timeStamp } = domEvent as PointerEvent;
    if (type === 'pointerdown') {
      this.press = pointerType === 'touch' ? { id, x: clientX, y: clientY, at: timeStamp } : undefined;
      return;
    }
    if (type === 'touchend') {
      const { press } = this;
      const { touches, changedTouches } = domEvent as TouchEvent;
      const lifted = changedTouches[0];
      this.press = undefined;
      if (
        !press ||
        press.id !== id ||
        touches.length ||
        !lifted ||
        Math.hypot(lifted.clientX - press.x, lifted.clientY - press.y) > TAP_SLOP_PX ||
        timeStamp - press.at > 500
      )
        return;
      domEvent.preventDefault();
    }
    if (!id || this.actions.positionOf(id) === undefined) return;
    this.actions.focused(id);
    this.byUser(this.host.selected === id ? null : id);
  };

  /** Selects (or clears) as the reader did: fires `story-select`. */
  byUser(id: string | null): void {
    const previous = this.host.selected;
    this.host.selected = id ?? '';
    if (previous === this.host.selected) return;
    const position = id === null ? undefined : this.actions.positionOf(id);
    const event = position === undefined ? undefined : this.actions.events()[position];
    emit(this.host, 'story-select', { id: event ? id : null, event: event ? toStoryEvent(event) : null });
    this.actions.changed(event);
  }

  /** Escape: clears the selection as the reader did; false when there was none. */
  clear(): boolean {
    if (!this.host.selected) return false;
    this.byUser(null);
    return true;
  }

  /** Steps through the story; a user's step (`userEvent`) fires `story-select`. */
  step(by: -1 | 1, userEvent?: Event): void {
    const events = this.actions.events();
    const position = this.actions.positionOf(this.host.selected);
    const target = events[position === undefined ? (by > 0 ? 0 : events.length - 1) : position + by];
    if (!target) return;
    if (userEvent) this.byUser(target.id);
    else this.host.selected = target.id;
  }

  /** The card's close button: clears, and gives focus back to the event. */
  close(): void {
    const id = this.host.selected;
    this.byUser(null);
    if (id) this.actions.focus(id);
  }

  /** The reader pressed a video's play button. */
  play(id: string): void {
    this.playing = id;
    this.host.requestUpdate();
    // The poster's button is gone: the reader's focus goes to the player that replaced it.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector('iframe')?.focus());
  }
}
