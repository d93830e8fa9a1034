/**
 * One entry of the vertical reading: an event (its piece of the axis, its mark, its words, its
 * card and a fold after it) or the "as of" line; and, side by side, the columns' heads (the
 * `group` part with `data-group`, none for "Other", holding the `group-label`).
 */
import type { TemplateResult } from 'lit';
import type { TimelineGroup } from '../model/types.js';
import type { UiStrings } from '../format/words.js';
import type { ColumnPlace, VerticalRow } from '../layout/vertical.js';
import { formatGap, formatTick } from '../format/rail.js';
import { html, nothing, ownedStyle } from './vertical-kit.js';
import type { VerticalColumns, VerticalItem } from './vertical-frame.js';
import type { VerticalPlot, VerticalProps } from './vertical.js';

/**
 * The columns' names, over their columns. The events' buttons are described by them (a screen
 * reader hears an event's group after its name), so they are hidden as a row of their own.
 */
export function renderHeads(columns: VerticalColumns, t: UiStrings): TemplateResult {
  return html`<div class="rail-heads" aria-hidden="true" ${ownedStyle(`--_cols:${columns.groups.length}`)}>
    ${columns.groups.map(
      (group, n) =>
        html`<div
          part="group"
          class="rail-head"
          data-group=${group?.id ?? nothing}
          ${ownedStyle(`grid-column:${n + 2};--_g:${groupColour(group)}`)}
        >
          <span part="group-label" id=${`column-${n}`}>${group?.title ?? t.otherGroup}</span>
        </div>`,
    )}
  </div>`;
}

function groupColour(group: TimelineGroup | undefined): string {
  const color = group?.color ?? 'grey';
  return `var(--story-group-${color},var(--_group-${color},var(--_group-grey)))`;
}

export function renderRow(
  entry: VerticalItem,
  previous: VerticalItem | undefined,
  next: VerticalItem | undefined,
  row: VerticalRow,
  props: VerticalProps,
  plot: VerticalPlot,
  {
    tabStop,
    groups,
    column,
    place,
  }: {
    tabStop: string;
    groups: ReadonlyMap<string, TimelineGroup>;
    /** Side by side: the entry's column (-1 across them all) and its rows. */
    column: number | undefined;
    place: ColumnPlace | undefined;
  },
): TemplateResult {
  const { strings: t } = props;
  const { msPerPx } = plot.frame;
  const ticks = row.ticks.length
    ? html`<div part="axis" class="rail-axis" aria-hidden="true">
        ${row.ticks.map(
          (tick) =>
            html`<span class=${`rail-tick ${tick.unit}`} ${ownedStyle(`top:${tick.offset}px`)}
              >${formatTick(tick.time, tick.unit, t)}</span
            >`,
        )}
      </div>`
    : nothing;
  const eras = props.eras.filter((era) => era.date.start < (next?.time ?? entry.time + 1) && era.date.end > entry.time);
  const bands = eras.map((era) => {
    const from = Math.max(0, (era.date.start - entry.time) / msPerPx);
    const to = next && era.date.end < next.time && !row.folded ? (era.date.end - entry.time) / msPerPx : undefined;
    const color = era.color;
    return html`<span
      part="era"
      class="rail-era"
      data-id=${era.id}
      aria-hidden="true"
      title=${era.title}
      ${ownedStyle(
        `top:${from}px;${to === undefined ? 'bottom:0' : `height:${Math.max(2, to - from)}px`};` +
          `--_era:var(--story-era-${color},var(--_era-${color},var(--_era-grey)))`,
      )}
    ></span>`;
  });
  // An era's name where its band begins (or on the first row, for one begun before the story):
  // before the event when it begins by the event's time, after it when it begins later in the row.
  const names = (before: boolean) =>
    eras
      .filter((era) =>
        before
          ? era.date.start === entry.time || (!previous && era.date.start < entry.time)
          : era.date.start > entry.time,
      )
      .map((era) => html`<span class="rail-era-name" aria-hidden="true">${era.title}</span>`);
  const fold = row.folded
    ? html`<div part="fold" class="fold"><span>${formatGap(row.folded, t)}</span></div>`
    : nothing;
  // Side by side, an event's least room is its own row's (the piece of the axis beside it).
  const room = `min-height:${row.room}px`;
  const group = 'event' in entry && entry.event.group ? groups.get(entry.event.group) : undefined;
  const style = ownedStyle(
    !place
      ? room
      : column! < 0
        ? `${room};grid-row:${place.row + 1}/span ${place.rows};grid-column:1/-1`
        : `grid-row:${place.row + 1}/span ${place.rows};grid-column:${column! + 2};--_col:${column}` +
          (group?.color ? `;--_g:${groupColour(group)}` : ''),
  );
  if (!('event' in entry)) {
    return html`<li class="row as-of-row" ${style}>
      ${bands}${ticks}${names(true)}
      <div part="as-of"><span>${props.asOf?.text}</span></div>
      ${names(false)}${fold}
    </li>`;
  }
  const { event } = entry;
  const words = props.texts({ event });
  const selected = props.selected === event.id;
  const button = html`<button
    part="event"
    type="button"
    class=${words.classes}
    data-id=${event.id}
    tabindex=${tabStop === event.id ? 0 : -1}
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${words.name}
    aria-describedby=${place ? `column-${column}` : nothing}
  >
    <span part="event-mark" class="mark" ${ownedStyle(`--_mark-length:${row.markLength}px`)}></span>
    <span class="text">
      <span part="event-label"
        >${words.glyph ? html`<span class="glyph" aria-hidden="true">${words.glyph} </span>` : nothing}${event.title}</span
      >
      <span class="when">${words.when}</span>
      ${group && !place ? html`<span class="tag" ${ownedStyle(`--_g:${groupColour(group)}`)}>${group.title}</span>` : nothing}
    </span>
  </button>`;
  if (!place) {
    return html`<li class="row" ${style}>
      ${bands}${ticks}${names(true)} ${button} ${selected ? plot.card : nothing} ${names(false)}${fold}
    </li>`;
  }
  // In its column: the axis's piece of its own row (and of its rows across) in the gutter, its
  // words down its column until its column's next event, its card and its fold across the columns.
  return html`<li class=${group?.color ? 'row in-column coloured' : 'row in-column'} ${style}>
    <div class="rail-piece" ${ownedStyle(`${room}${place.across ? ';grid-row:1/-1' : ''}`)}>${bands}${ticks}</div>
    <div class="cell" ${ownedStyle(place.across ? 'grid-row:1' : '')}>${names(true)} ${button} ${names(false)}</div>
    ${selected ? html`<div class="across">${plot.card}</div>` : nothing}${fold ? html`<div class="across fold-row">${fold}</div>` : nothing}
  </li>`;
}
