/**
 * Reads a document's `groups`: the tracks its events are drawn in, each a band of lanes.
 * Pure; a group that cannot be used is a problem (index -1, named "Group n"), never an
 * exception, and its events are drawn under "Other".
 */
import { COLOR_NAME } from './eras.js';
import { text } from './text.js';
import { URL_SAFE_ID, slugify, uniqueId } from './slug.js';
import type { Problem, TimelineEvent, TimelineGroup } from './types.js';

/** The groups listed by the document, in drawing order; undefined when it lists none. */
export function readGroups(value: unknown, problems: Problem[]): TimelineGroup[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ index: -1, message: '"groups" is not a list; it is ignored' });
    return undefined;
  }
  const groups: TimelineGroup[] = [];
  value.forEach((raw: unknown, n) => {
    const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const id = text(fields.id);
    const title = text(fields.title);
    const label = `Group ${n + 1}${id === undefined ? '' : ` ("${id.slice(0, 40)}")`}`;
    const problem = (message: string) => problems.push({ index: -1, message: `${label} ${message}` });
    if (id === undefined) return problem('has no id; it is left out');
    // Ids go into show-groups (split at commas) and data-group.
    if (!URL_SAFE_ID.test(id)) return problem('has an id with other than letters, digits, - and _; it is left out');
    if (groups.some((group) => group.id === id)) return problem('repeats an id; the first one is used');
    const group: TimelineGroup = { id, title: title ?? id };
    // The eras' colour names, read from --story-group-<name>.
    const color = text(fields.color)?.toLowerCase();
    if (color !== undefined) {
      if (COLOR_NAME.test(color))
        group.color = color; // An unknown name (gray) is drawn grey.
      else problem(`has a colour "${color.slice(0, 30)}" that is not a name (e.g. blue)`);
    }
    groups.push(group);
  });
  return groups;
}

/**
 * The story's groups: the listed ones, else the events' in the order first seen (`events`
 * in input order). An event naming a group the list lacks is drawn under "Other": `unknown`
 * is told which, to say so.
 */
export function settleGroups(
  events: TimelineEvent[],
  listed: TimelineGroup[] | undefined,
  unknown: (event: TimelineEvent, group: string) => void,
): TimelineGroup[] | undefined {
  if (listed) {
    const known = new Set(listed.map((group) => group.id));
    for (const event of events) {
      if (event.group === undefined || known.has(event.group)) continue;
      unknown(event, event.group);
      delete event.group;
    }
    return listed.length ? listed : undefined;
  }
  // Unlisted, a group is named by what the events say; an id that show-groups could not
  // name ("Press agencies") is made from it.
  const seen = new Map<string, TimelineGroup>();
  const used = new Set<string>();
  for (const event of events) {
    if (event.group === undefined) continue;
    let group = seen.get(event.group);
    if (!group) {
      const id = uniqueId(URL_SAFE_ID.test(event.group) ? event.group : slugify(event.group) || 'group', used);
      group = { id, title: event.group };
      used.add(id);
      seen.set(event.group, group);
    }
    event.group = group.id;
  }
  return seen.size ? [...seen.values()] : undefined;
}
