/**
 * The vertical reading's frame: the entries (the events and the "as of" moment) in time order,
 * their rows for the zoom level and width (`layout/vertical.ts`), and whether the groups fit
 * side by side. Plain values, no page.
 */
import type { TimelineEvent, TimelineGroup } from '../model/types.js';
import { defaultMsPerPx, layoutVertical, type VerticalEntry, type VerticalLayout } from '../layout/vertical.js';

export type VerticalItem = { event: TimelineEvent; time: number } | { asOf: true; time: number };

export interface VerticalFrame {
  /** The events and the "as of" moment, in time order. */
  entries: readonly VerticalItem[];
  layout: VerticalLayout;
  msPerPx: number;
  /** The groups side by side (undefined: one column, groups as tags). */
  columns: VerticalColumns | undefined;
}

export interface VerticalColumns {
  /** Each column's group, in the story's order; undefined for "Other". */
  groups: readonly (TimelineGroup | undefined)[];
  /** Each entry's column; -1 for the "as of" moment, drawn across them all. */
  of: readonly number[];
}

/** In ems: the room beside the rail for the axis and the rail itself (the stylesheet's gutter, at most). */
const GUTTER_EM = 5.25;
/** In ems: the least width of a group's column (its rail and words), and the gap between two. */
const COLUMN_EM = 11;
const COLUMN_GAP_EM = 0.75;

/**
 * The rows for these events and "as of" moment: `level` zoom steps (each halving the time per
 * pixel) from a scale fitted to the story's usual step; `em` is the element's font size.
 */
export function verticalFrame(
  events: readonly TimelineEvent[],
  asOf: number | undefined,
  { level, em, width, groups = [] }: { level: number; em: number; width: number; groups?: readonly TimelineGroup[] },
): VerticalFrame {
  // Kept while nothing it depends on changes: a render for another reason reuses it.
  const key = `${level} ${em} ${width}`;
  if (kept?.events === events && kept.asOf === asOf && kept.groups === groups && kept.key === key) return kept.frame;
  const frame = frameFor(events, asOf, level, em, width, groups);
  kept = { events, asOf, groups, key, frame };
  return frame;
}

let kept:
  | {
      events: readonly TimelineEvent[];
      asOf: number | undefined;
      groups: readonly TimelineGroup[];
      key: string;
      frame: VerticalFrame;
    }
  | undefined;

/**
 * The groups the entries use, side by side, when each column has at least `COLUMN_EM` beside
 * the axis; undefined when there are no groups or too little room.
 */
function columnsFor(
  entries: readonly VerticalItem[],
  groups: readonly TimelineGroup[],
  width: number,
  em: number,
): VerticalColumns | undefined {
  if (!groups.length) return undefined;
  const other = groups.length;
  const index = new Map(groups.map((group, n) => [group.id, n]));
  const groupOf = (event: TimelineEvent) => index.get(event.group!) ?? other;
  const used = new Set<number>();
  for (const entry of entries) if ('event' in entry) used.add(groupOf(entry.event));
  const order = [...used].sort((a, b) => a - b);
  const room = width - GUTTER_EM * em - (order.length - 1) * COLUMN_GAP_EM * em;
  if (!order.length || room / order.length < COLUMN_EM * em) return undefined;
  const column = new Map(order.map((group, n) => [group, n]));
  return {
    groups: order.map((group) => groups[group]),
    of: entries.map((entry) => ('event' in entry ? column.get(groupOf(entry.event))! : -1)),
  };
}

function frameFor(
  events: readonly TimelineEvent[],
  asOf: number | undefined,
  level: number,
  em: number,
  width: number,
  groups: readonly TimelineGroup[],
): VerticalFrame {
  const msPerPx = defaultMsPerPx(events.map((event) => event.date.start)) / 2 ** level;
  const entries: VerticalItem[] = events.map((event) => ({ event, time: event.date.start }));
  if (asOf !== undefined) {
    const at = entries.findIndex((entry) => entry.time > asOf);
    entries.splice(at < 0 ? entries.length : at, 0, { asOf: true, time: asOf });
  }
  const columns = columnsFor(entries, groups, width, em);
  const count = columns?.groups.length ?? 1;
  // A label's lines, estimated from its length at the label's size, and the date line under it.
  const textWidth = Math.max(8 * em, (width - GUTTER_EM * em - (count - 1) * COLUMN_GAP_EM * em) / count);
  const heights = entries.map((entry) =>
    'event' in entry ? (Math.ceil((entry.event.title.length * 0.5 * 0.94 * em) / textWidth) + 1) * 1.15 * em : em,
  );
  const spans: VerticalEntry[] = entries.map((entry) =>
    'event' in entry ? entry.event.date : { start: entry.time, end: entry.time, kind: 'instant' },
  );
  const layout = layoutVertical(spans, {
    msPerPx,
    point: 0.75 * em,
    foldAbove: 14 * em,
    breakHeight: 2.5 * em,
    heights,
    gap: 0.75 * em,
    tickSpacing: 1.75 * em,
  });
  return { entries, layout, msPerPx, columns };
}
