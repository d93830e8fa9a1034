/**
 * Reading by keyboard. The events are one Tab stop (a roving tabindex): the last focused
 * event while it is drawn, else the earliest drawn. Arrows, Home and End walk the events in
 * date order (← is earlier, or later where time runs from right to left) and the view follows; + − 0 zoom; Escape clears the selection; off the events,
 * ← → pan. With groups, ← → stay in the event's group and ↑ ↓ go to the nearest event in
 * time of the group above or below. Focus survives re-renders: the focused event is remembered by id.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { MarkLayout } from '../layout/marks.js';
import { nearestInTime, type Arrangement } from '../layout/bands.js';
import type { ZoomAction } from './zoom/zoom-types.js';
import { eventIdAt } from './event-ids.js';

export interface KeyboardActions {
  /** The events in date order. */
  events(): readonly TimelineEvent[];
  /** An event's place in date order. */
  positionOf(id: string): number | undefined;
  /** The shown events in their groups' bands. */
  arrangement(): Arrangement;
  zoom(action: ZoomAction, userEvent: Event): void;
  /** Pans by a share of the width: negative is earlier. */
  pan(widths: number, userEvent: Event): void;
  /** Clears the selection; false when there was none. */
  clearSelection(): boolean;
  /** Brings the event into view at once, so that it is drawn and can take focus. */
  reveal(id: string): void;
  /** Time runs from right to left: ← and → swap their events. */
  rtl(): boolean;
  /** The events are drawn in one date-ordered list even with groups (the vertical reading): ↑ ↓ step by date. */
  byDate?(): boolean;
  /** The button drawn for an event, once rendered. */
  button(id: string): HTMLElement | null;
}

/** Share of the width that ← and → pan by; Shift pans three times as far. */
const PAN_STEP = 0.2;

export class KeyboardController {
  /** The event that last had focus (or was clicked). */
  focusedId = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly actions: KeyboardActions,
  ) {}

  /** The event that takes the single Tab stop among `marks`. */
  tabStop(marks: readonly MarkLayout[]): string {
    if (this.focusedId && marks.some((mark) => mark.event.id === this.focusedId)) return this.focusedId;
    // Drawn as one list (vertical): every event is drawn, and there is no layout of marks.
    if (this.focusedId && this.actions.byDate?.() && this.actions.positionOf(this.focusedId) !== undefined)
      return this.focusedId;
    let first: MarkLayout | undefined;
    let firstPosition = Infinity;
    for (const mark of marks) {
      const position = this.actions.positionOf(mark.event.id) ?? Infinity;
      if (position < firstPosition) [first, firstPosition] = [mark, position];
    }
    return first?.event.id ?? '';
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const markId = (event.target as Element | null)?.closest?.('[part~="event"]')?.getAttribute('data-id');
    switch (event.key) {
      case '+':
      case '=':
        this.actions.zoom('in', event);
        break;
      case '-':
      case '_':
        this.actions.zoom('out', event);
        break;
      case '0':
        this.actions.zoom('fit', event);
        break;
      case 'Escape':
        if (!this.actions.clearSelection()) return;
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
      case 'Home':
      case 'End':
        if (markId) this.moveFocus(markId, event.key);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          const step = PAN_STEP * (event.shiftKey ? 3 : 1);
          this.actions.pan(event.key === 'ArrowLeft' ? -step : step, event);
        } else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Remembers the event a click or Tab landed on. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const id = eventIdAt(event.target);
    if (id) this.focusedId = id;
  };

  /** Moves focus to an event, bringing it into view first. */
  async focusEvent(id: string): Promise<void> {
    this.focusedId = id;
    // No animation: focus must land on a drawn event at once.
    this.actions.reveal(id);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.actions.button(id)?.focus();
  }

  private moveFocus(fromId: string, key: string): void {
    const arrangement = this.actions.arrangement();
    if (arrangement.grouped && !this.actions.byDate?.() && key !== 'Home' && key !== 'End') {
      this.moveInGroups(arrangement, fromId, key);
      return;
    }
    const events = this.actions.events();
    const index = this.actions.positionOf(fromId) ?? 0;
    let next = index;
    if (key === 'Home') next = 0;
    else if (key === 'End') next = events.length - 1;
    else if (key === 'ArrowUp' || key === (this.actions.rtl() ? 'ArrowRight' : 'ArrowLeft'))
      next = Math.max(0, index - 1);
    else next = Math.min(events.length - 1, index + 1);
    const target = events[next];
    if (target) void this.focusEvent(target.id);
  }

  /** ← → within the event's group in date order; ↑ ↓ to the nearest in time in the next group up or down. */
  private moveInGroups({ bands, bandOf }: Arrangement, fromId: string, key: string): void {
    const n = bandOf.get(fromId);
    if (n === undefined) return;
    const events = bands[n]!.events;
    const place = events.findIndex((event) => event.id === fromId);
    let target = events[place];
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      const band = bands[n + (key === 'ArrowUp' ? -1 : 1)];
      if (!band) return;
      const { start, end } = target!.date;
      target = band.events[nearestInTime(band.events, (start + end) / 2)];
    } else {
      const earlier = key === (this.actions.rtl() ? 'ArrowRight' : 'ArrowLeft');
      target = events[Math.min(events.length - 1, Math.max(0, place + (earlier ? -1 : 1)))];
    }
    if (target) void this.focusEvent(target.id);
  }
}
