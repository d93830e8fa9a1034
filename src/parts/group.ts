/**
 * One group's band: its title at the start edge (it stays there at every zoom and pan, so it
 * is in view while the band is), its events as a list named by that title, and its
 * clusters. A group with a colour gives it to its events' marks (the styles then show the
 * status by the outline alone).
 *
 * @csspart group - One group's band of lanes, with `data-group` (none on the last band, "Other").
 * @csspart group-label - A group's title, at the start edge of its band.
 */
import type { TemplateResult } from 'lit';
import { CLUSTER_ROW, groupColour, html, nothing, ownedStyle, renderClusters, renderMarks } from './extras-kit.js';
import type { ClusterLayout } from '../layout/marks.js';
import type { BandFrame } from '../layout/band-frames.js';
import type { MarksProps } from './marks.js';

/** Height of the row that holds a group's title, above its lanes. */
export const GROUP_LABEL_ROW = 22;

export interface GroupProps extends Omit<MarksProps, 'marks' | 'name' | 'height' | 'labelledBy'> {
  band: BandFrame;
  /** Place among the bands, for the label's id. */
  n: number;
  /** Top of the band in the plot. */
  top: number;
  /** The band of events without a group. */
  otherName: string;
  clusterName(cluster: ClusterLayout): string;
  onCluster(cluster: ClusterLayout, userEvent: Event): void;
}

/** The band's height: its title, its lanes, and its row of clusters when it has one. */
function groupHeight({ lanes, clusterRow, frame }: BandFrame, laneHeight: number): number {
  return GROUP_LABEL_ROW + lanes * laneHeight + (clusterRow || frame.layout.clusters.length ? CLUSTER_ROW : 0);
}

function renderGroup(props: GroupProps): TemplateResult {
  const { band, n, laneHeight } = props;
  const { group } = band.band;
  const color = group?.color;
  const lanesHeight = band.lanes * laneHeight;
  const labelId = `group-label-${n}`;
  return html`<div
    part="group"
    class=${color ? 'group coloured' : 'group'}
    data-group=${group?.id ?? nothing}
    ${ownedStyle(`top:${props.top}px;height:${groupHeight(band, laneHeight)}px;${groupColour(color)}`)}
  >
    <span part="group-label" id=${labelId}>${group?.title ?? props.otherName}</span>
    ${renderMarks({ ...props, marks: band.frame.layout.marks, name: '', labelledBy: labelId, height: lanesHeight })}
    ${
      band.frame.layout.clusters.length
        ? renderClusters({
            clusters: band.frame.layout.clusters,
            top: GROUP_LABEL_ROW + lanesHeight + 2,
            name: props.clusterName,
            onActivate: props.onCluster,
          })
        : nothing
    }
  </div>`;
}

/** The bands shown, stacked from `top` down: their templates, and the bottom of the last. */
export function renderGroups(
  props: Omit<GroupProps, 'band' | 'n' | 'top'> & { bands: readonly BandFrame[] },
  top: number,
): { groups: TemplateResult[]; bottom: number } {
  const groups = props.bands.map((band, n) => {
    const group = renderGroup({ ...props, band, n, top });
    top += groupHeight(band, props.laneHeight);
    return group;
  });
  return { groups, bottom: top };
}
