/**
 * Groups as bands: the events of each group shown, in the groups' order, and last the
 * events without a group ("Other"). Pure; made once per story and `show-groups`, so each
 * band's events array keeps its identity from frame to frame (layout caches by it).
 */
import type { TimelineEvent, TimelineGroup } from '../model/types.js';

export interface Band {
  /** The group; absent for "Other", and for the one band of a story without groups. */
  group?: TimelineGroup;
  /** In date order. */
  events: readonly TimelineEvent[];
}

export interface Arrangement {
  /** The story has groups: the plot draws one labelled band per group. */
  grouped: boolean;
  bands: readonly Band[];
  /** The events shown, in date order: those of the groups `show-groups` names. */
  events: readonly TimelineEvent[];
  /** Each shown event's band (without groups, 0 for any id: no map of a hundred thousand ids). */
  bandOf: Pick<ReadonlyMap<string, number>, 'get'>;
}

/**
 * Splits the date-ordered `events` into bands. With `showGroups`, only the groups it names
 * are kept (events without a group are left out too); ids that name no group are ignored,
 * and when none names one, every group is kept.
 */
export function arrangeBands(
  events: readonly TimelineEvent[],
  groups: readonly TimelineGroup[] = [],
  showGroups = '',
): Arrangement {
  // show-groups: ids between commas, spaces ignored.
  const wanted = new Set(showGroups.split(',').map((id) => id.trim()));
  const kept = groups.some((group) => wanted.has(group.id)) ? groups.filter((group) => wanted.has(group.id)) : groups;
  const slot = new Map(kept.map((group, n) => [group.id, n]));
  const other = kept === groups ? kept.length : -1;
  const lists: TimelineEvent[][] = [...kept.map(() => []), []];
  const shown: TimelineEvent[] = [];
  for (const event of events) {
    const n = slot.get(event.group!) ?? other;
    if (n < 0) continue;
    lists[n]!.push(event);
    shown.push(event);
  }
  const bands: Band[] = [];
  const bandOf = new Map<string, number>();
  lists.forEach((list, n) => {
    if (!list.length) return;
    if (groups.length) for (const event of list) bandOf.set(event.id, bands.length);
    // All the events in one band: the story's own array, which layout has indexed already.
    bands.push({ group: kept[n], events: list.length === events.length ? events : list });
  });
  return {
    grouped: groups.length > 0,
    bands: bands.length ? bands : [{ events }],
    events: shown.length === events.length ? events : shown,
    bandOf: groups.length ? bandOf : { get: () => 0 },
  };
}

/**
 * The place in `events` of the event whose middle is nearest `time`. A scan: it runs once per
 * key press, over one band.
 */
export function nearestInTime(events: readonly TimelineEvent[], time: number): number {
  let best = -1;
  let bestDistance = Infinity;
  events.forEach(({ date }, place) => {
    const distance = Math.abs((date.start + date.end) / 2 - time);
    if (distance < bestDistance) [best, bestDistance] = [place, distance];
  });
  return best;
}
