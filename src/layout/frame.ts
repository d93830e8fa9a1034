/**
 * One frame's layout, made from the last one where it can be: the events drawn in the last
 * frame keep their lanes while they fit (same events, same lanes, same width), so zooming
 * and panning change the drawing only where they must. Pure.
 */
import type { TimelineEvent } from '../model/types.js';
import { layoutEvents, type EventsLayout, type LayoutOptions, type TimeToPixel } from './marks.js';

/** A frame's layout and what it was made for. */
export interface Frame {
  layout: EventsLayout;
  events: readonly TimelineEvent[];
  lanes: number;
  width: number;
}

export const emptyFrame: Frame = { layout: { marks: [], clusters: [], lanesUsed: 0 }, events: [], lanes: 0, width: 0 };

/**
 * Lays out `events` at `scale`, holding the lanes of `last` when it was made for the same
 * events, lanes and width. The events in `wanted` (focused, selected) are never crowded
 * out by held ones: when a fresh layout draws more of them, the fresh one is used.
 */
export function nextFrame(
  last: Frame,
  events: readonly TimelineEvent[],
  scale: TimeToPixel,
  options: LayoutOptions,
  wanted: readonly string[],
): Frame {
  const same = last.events === events && last.lanes === options.lanes && last.width === options.width;
  let layout = layoutEvents(events, scale, { ...options, previous: same ? last.layout : undefined });
  const drawn = (candidate: EventsLayout) =>
    wanted.filter((id) => candidate.marks.some((mark) => mark.event.id === id)).length;
  if (same && drawn(layout) < wanted.length) {
    const fresh = layoutEvents(events, scale, options);
    if (drawn(fresh) > drawn(layout)) layout = fresh;
  }
  return { layout, events, lanes: options.lanes, width: options.width };
}

/** Is the event drawn whole inside the width (not clustered, not cut by an edge)? */
export function drawsWhole(layout: EventsLayout, id: string, width: number): boolean {
  return layout.marks.some((mark) => mark.event.id === id && mark.left >= 0 && mark.left + mark.width <= width);
}
