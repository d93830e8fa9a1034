/**
 * The chart: era bands, grid, the "as of" line, the events, the clusters, the axis and the
 * wheel hint, in the keyboard-focusable plot; and the hidden probes the text metrics are
 * read from. Composes the smaller parts; holds no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { inlineStyle } from '../directives/inline-style.js';
import type { TimelineEra } from '../model/types.js';
import type { UiStrings } from '../format/words.js';
import type { AxisTick } from '../layout/ticks.js';
import type { ClusterLayout } from '../layout/marks.js';
import type { BandFrame } from '../layout/band-frames.js';
import { renderAxis, renderGrid } from './axis.js';
import { renderAsOf } from './as-of.js';
import { renderMarks, type MarksProps } from './marks.js';
import { CLUSTER_ROW, renderClusters } from './clusters.js';
import type { VerticalPlot } from './vertical.js';
import type { Extras } from './load-extras.js';

/** Room above the lanes (for the "as of" label). */
const TOP_ROOM = 20;
const NO_LAYOUT = { marks: [], clusters: [], lanesUsed: 0 };

export interface PlotProps extends Pick<
  MarksProps,
  'selected' | 'tabStop' | 'texts' | 'onClick' | 'onFocusIn' | 'origin' | 'originShift'
> {
  strings: UiStrings;
  /** The timeline's accessible name. */
  name: string;
  width: number;
  /** One per group shown (a single one when the story has no groups). */
  bands: readonly BandFrame[];
  /** Draw the bands as labelled groups. */
  grouped: boolean;
  ticks: readonly AxisTick[];
  lanes: number;
  laneHeight: number;
  axisHeight: number;
  /** The fitted view counts events in clusters: their row stays at every zoom, so the page does not jump. */
  clusterRow: boolean;
  /** Labels take two lines (narrow widths): no date line under them. */
  narrow: boolean;
  eras: readonly TimelineEra[];
  /** Place of a time, in pixels from the start edge. */
  x(time: number): number;
  /** The "as of" line, when there is one. */
  asOf: { time: number; text: string } | undefined;
  hintShown: boolean;
  clusterName(cluster: ClusterLayout): string;
  eraDate(era: TimelineEra): string;
  onKeyDown(event: KeyboardEvent): void;
  onCluster(cluster: ClusterLayout, userEvent: Event): void;
  /** Drawn down the page instead (the same plot element: the gestures and probes stay on it). */
  vertical?: VerticalPlot | undefined;
  /** The eras, the groups' bands and the hint, once their chunk is here (the frame waits for it). */
  extras: Extras | undefined;
}

export function renderPlot(props: PlotProps): TemplateResult {
  const { strings: t, narrow, vertical } = props;
  const flat = vertical ? undefined : renderFlat(props);
  return html`<div
    class=${vertical ? 'plot vertical' : narrow ? 'plot two-lines' : 'plot'}
    tabindex="0"
    role="group"
    aria-label=${`${props.name}. ${t.keyboardHelp}${props.grouped && !vertical ? ` ${t.keyboardHelpGroups}` : ''}`}
    aria-describedby="announce"
    @keydown=${props.onKeyDown}
    ${inlineStyle({ height: flat ? `${flat.height + props.axisHeight}px` : undefined })}
  >
    ${props.extras?.renderEraList(props.eras, t.periods, props.eraDate) ?? nothing}
    ${flat ? flat.content : vertical!.draw(props, vertical!)}
    <span class="label-probe" part="event-label" aria-hidden="true">M</span>
    <span class="mark-probe" aria-hidden="true"></span>
  </div>`;
}

/** Time across: the lanes of marks (or the groups' bands), the grid, the axis and the hint. */
function renderFlat(props: PlotProps): { content: TemplateResult; height: number } {
  const { strings: t, lanes, laneHeight, width, ticks, eras, narrow, extras } = props;
  const layout = props.grouped ? NO_LAYOUT : (props.bands[0]?.frame.layout ?? NO_LAYOUT);
  const lanesHeight = lanes * laneHeight;
  let height = lanesHeight + (props.clusterRow || layout.clusters.length ? CLUSTER_ROW : 0) + 24;
  let groups: TemplateResult[] = [];
  if (props.grouped && extras) {
    const stacked = extras.renderGroups({ ...props, otherName: t.otherGroup, showDate: !narrow }, TOP_ROOM);
    groups = stacked.groups;
    height = stacked.bottom + 4;
  }
  const content = html`${extras?.renderEras({ eras, x: props.x, width }) ?? nothing} ${renderGrid(ticks, props)}
  ${props.asOf ? renderAsOf(props.x(props.asOf.time), props.asOf.text, width) : ''}
  ${
    props.grouped
      ? groups
      : html`${renderMarks({ ...props, marks: layout.marks, height, showDate: !narrow })}
        ${renderClusters({
          clusters: layout.clusters,
          top: TOP_ROOM + lanesHeight + 2,
          name: props.clusterName,
          onActivate: props.onCluster,
        })}`
  }
  ${renderAxis(ticks, width, props)} ${extras?.renderWheelHint(props.hintShown, t) ?? nothing}`;
  return { content, height };
}
