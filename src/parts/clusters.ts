/**
 * Events too close to label, counted in "+N" buttons that zoom in on them.
 *
 * @csspart cluster - Events merged when they are too close to label.
 */
import { html, type TemplateResult } from 'lit';
import { inlineStyle } from '../directives/inline-style.js';
import type { ClusterLayout } from '../layout/marks.js';

/** Height of a row of clusters under a band's lanes. */
export const CLUSTER_ROW = 36;

export interface ClustersProps {
  clusters: readonly ClusterLayout[];
  /** Top of the row of clusters, in pixels from the plot's top. */
  top: number;
  /** The accessible name of a cluster: how many, and when. */
  name(cluster: ClusterLayout): string;
  onActivate(cluster: ClusterLayout, userEvent: Event): void;
}

export function renderClusters({ clusters, top, name, onActivate }: ClustersProps): TemplateResult[] {
  return clusters.map(
    (cluster) =>
      html` <button
        part="cluster"
        type="button"
        class="cluster"
        ${inlineStyle({ 'inset-inline-start': `${cluster.left + 2}px`, width: `${cluster.width - 4}px`, top: `${top}px` })}
        aria-label=${name(cluster)}
        @click=${(e: Event) => onActivate(cluster, e)}
      >
        +${cluster.count}
      </button>`,
  );
}
