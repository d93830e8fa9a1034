/**
 * The vertical reading: the events down the page beside a rail, in date order, each row at
 * least as tall as its time to the next (`layout/vertical.ts`), a long empty stretch folded
 * into a worded break. On the rail: the axis's month and year ticks, each event's mark (a
 * point for a day, a bar along the rail for an interval, a hatched band for a window), the
 * eras as bands and the "as of" moment as a line across it. Beside it: the label on whole
 * lines, the date under it, the group as a tag, and the selected event's card.
 *
 * @csspart event-mark - An event's mark (its date's shape) in the vertical reading.
 * @csspart fold - A folded stretch of empty time in the vertical reading ("14 months later").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ownedStyle } from '../directives/inline-style.js';
import type { TimelineEra, TimelineEvent, TimelineGroup } from '../model/types.js';
import type { UiStrings } from '../format/words.js';
import type { EventTexts } from '../format/event-texts.js';
import type { ZoomAction } from '../controllers/keyboard-controller.js';
import type { VerticalFrame, VerticalItem } from '../controllers/orientation-controller.js';
import type { VerticalRow } from '../layout/vertical.js';
import { formatGap, formatTick } from '../format/rail.js';

export interface VerticalPlot {
  frame: VerticalFrame;
  /** The story's groups: an event's is named in a tag under its date. */
  groups: readonly TimelineGroup[];
  /** The selected event's card, drawn under the event. */
  card: unknown;
  /** Ctrl (or ⌘) + wheel zooms. */
  onZoom(action: ZoomAction, userEvent: Event): void;
}

export interface VerticalProps {
  strings: UiStrings;
  name: string;
  selected: string;
  /** The event that takes the list's Tab stop (the first when it is not one of them). */
  tabStop: string;
  eras: readonly TimelineEra[];
  asOf: { time: number; text: string } | undefined;
  texts(mark: { event: TimelineEvent }): EventTexts;
  onClick(event: Event): void;
  onFocusIn(event: FocusEvent): void;
}

export function renderVertical(props: VerticalProps, plot: VerticalPlot): TemplateResult {
  const { entries, layout } = plot.frame;
  const first = entries.find((entry) => 'event' in entry);
  const tabStop =
    props.tabStop && entries.some((entry) => 'event' in entry && entry.event.id === props.tabStop)
      ? props.tabStop
      : first && 'event' in first
        ? first.event.id
        : '';
  const groups = new Map(plot.groups.map((group) => [group.id, group]));
  return html`<ol
    class="rail"
    aria-label=${props.name}
    @click=${props.onClick}
    @focusin=${props.onFocusIn}
    @wheel=${(event: WheelEvent) => onWheel(event, plot)}
    @mousedown=${keepFromGestures}
    @pointerdown=${keepFromGestures}
    @touchstart=${keepFromGestures}
    @dblclick=${keepFromGestures}
  >
    ${repeat(
      entries,
      (entry) => ('event' in entry ? entry.event.id : ' as-of'),
      (entry, n) => renderRow(entry, entries[n + 1], layout.rows[n]!, props, plot, { tabStop, groups }),
    )}
  </ol>`;
}

/** The page scrolls the story: a plain wheel, a drag or a swipe is the page's, not the zoom's. */
function keepFromGestures(event: Event): void {
  event.stopPropagation();
}

function onWheel(event: WheelEvent, plot: VerticalPlot): void {
  event.stopPropagation();
  if (!(event.ctrlKey || event.metaKey) || !event.deltaY) return;
  event.preventDefault();
  plot.onZoom(event.deltaY < 0 ? 'in' : 'out', event);
}

function renderRow(
  entry: VerticalItem,
  next: VerticalItem | undefined,
  row: VerticalRow,
  props: VerticalProps,
  plot: VerticalPlot,
  { tabStop, groups }: { tabStop: string; groups: ReadonlyMap<string, TimelineGroup> },
): TemplateResult {
  const { strings: t } = props;
  const { msPerPx } = plot.frame;
  const ticks = row.ticks.length
    ? html`<div part="axis" class="rail-axis" aria-hidden="true">
        ${row.ticks.map(
          (tick) =>
            html`<span class=${`rail-tick ${tick.unit}`} ${ownedStyle(`top:${tick.offset}px`)}
              >${formatTick(tick.time, tick.unit, t.locale)}</span
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
  const fold = row.folded
    ? html`<div part="fold" class="fold"><span>${formatGap(row.folded, t)}</span></div>`
    : nothing;
  const style = ownedStyle(`min-height:${row.room}px`);
  if (!('event' in entry)) {
    return html`<li class="row as-of-row" ${style}>
      ${bands}${ticks}
      <div part="as-of"><span>${props.asOf?.text}</span></div>
      ${fold}
    </li>`;
  }
  const { event } = entry;
  const words = props.texts({ event });
  const group = event.group ? groups.get(event.group) : undefined;
  const selected = props.selected === event.id;
  return html`<li class="row" ${style}>
    ${bands}${ticks}
    <button
      part="event"
      type="button"
      class=${words.classes}
      data-id=${event.id}
      tabindex=${tabStop === event.id ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${words.name}
    >
      <span part="event-mark" class="mark" ${ownedStyle(`--_mark-length:${row.markLength}px`)}></span>
      <span class="text">
        <span part="event-label"
          >${words.glyph ? html`<span class="glyph" aria-hidden="true">${words.glyph} </span>` : nothing}${event.title}</span
        >
        <span class="when">${words.when}</span>
        ${group ? html`<span class="tag" ${ownedStyle(`--_g:var(--story-group-${group.color ?? 'grey'},var(--_group-${group.color ?? 'grey'},var(--_group-grey)))`)}>${group.title}</span>` : nothing}
      </span>
    </button>
    ${selected ? plot.card : nothing} ${fold}
  </li>`;
}
