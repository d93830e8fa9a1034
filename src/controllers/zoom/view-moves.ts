/**
 * The moves a reader asks for: the zoom buttons and keys, a pan by the arrow keys, an edge
 * cue, a cluster opened, an event brought into view (selected, focused, stepped to). Each
 * works out the transform it wants from the view as it is now and hands it to the zoom
 * controller, which glides there and tells the view; the view controller keeps the state.
 */
import type { TimelineEvent } from '../../model/types.js';
import { layoutEvents, type ClusterLayout } from '../../layout/marks.js';
import { drawsWhole } from '../../layout/frame.js';
import { scaleUtc } from '../../layout/time-scale.js';
import { identity, scaleAbout } from '../../layout/transform.js';
import { windowToReveal, zoomAnchor, type TimeWindow } from '../../layout/view.js';
import type { ViewController } from '../view-controller.js';
import type { ZoomAction } from './zoom-types.js';

export interface MoveActions {
  /**
   * What a zoom keeps at its pixel, the first in view: the selected event, the focused one,
   * the as-of date (times; undefined when there is none).
   */
  anchors(): readonly (number | undefined)[];
  /** The shown event with this id. */
  event(id: string): TimelineEvent | undefined;
}

export class ViewMoves {
  constructor(
    private readonly view: ViewController,
    private readonly actions: MoveActions,
  ) {}

  /**
   * The reader's three zoom actions, the same from the buttons and the keys. In and out keep
   * the anchors at their pixel, else the centre of the events in view (see `zoomAnchor`).
   */
  readonly zoom = (action: ZoomAction, userEvent: Event): void => {
    const options = { animate: true, userEvent };
    const { zoom } = this.view;
    if (action === 'fit') {
      zoom.transformTo(identity, options);
      return;
    }
    const current = zoom.transform;
    const scale = this.view.shownScale(current);
    const [start, end] = scale.domain().map(Number) as [number, number];
    const pixel = scale(zoomAnchor([start, end], this.actions.anchors(), this.view.events));
    zoom.transformTo(scaleAbout(current, action === 'in' ? 2 : 0.5, pixel), options);
  };

  /** An edge cue: brings the nearest event outside the window, on that side, into view. */
  readonly goOutside = (side: 'earlier' | 'later', userEvent: Event): void => {
    const { nearestEarlier, nearestLater } = this.view.outside;
    const event = side === 'earlier' ? nearestEarlier : nearestLater;
    if (event) this.reveal(event.id, true, userEvent);
  };

  /** Pans by a share of the width: negative is earlier. */
  readonly pan = (widths: number, userEvent: Event): void => {
    this.view.zoom.translateBy(-widths * this.view.width, { animate: true, userEvent });
  };

  /** Zooms in on a cluster's events, with a margin. */
  readonly zoomToCluster = (cluster: ClusterLayout, userEvent: Event): void => {
    const pad = Math.max((cluster.end - cluster.start) * 0.15, this.view.limits.finestSpan);
    const window: TimeWindow = [cluster.start - pad, cluster.end + pad];
    this.view.zoom.transformTo(this.view.transformFor(window), { animate: true, userEvent });
  };

  /**
   * Pans so that the event with this id is drawn, zooming out if it is longer than the view
   * and in if it is merged into a cluster. The view is found with the pure layout before moving.
   */
  reveal(id: string, animate: boolean, userEvent: Event | null = null): void {
    const event = this.actions.event(id);
    const { width, zoom } = this.view;
    const n = this.view.arrangement?.bandOf.get(id);
    const band = n === undefined ? undefined : this.view.bandFrames[n];
    if (!event || !width || !band || drawsWhole(band.frame.layout, id, width)) return;
    const [start, end] = this.view.shownScale(zoom.transform).domain().map(Number) as [number, number];
    const fit = this.view.fitWindow;
    const maxSpan = (fit[1] - fit[0]) / this.view.scaleExtent[0];
    const window = windowToReveal(
      event,
      [start, end],
      maxSpan,
      (candidate) => {
        const scale = scaleUtc().domain(candidate).range([0, width]);
        return drawsWhole(layoutEvents(band.band.events, scale, this.view.layoutOptions(band.lanes)), id, width);
      },
      this.view.limits.finestSpan,
    );
    zoom.transformTo(this.view.transformFor(window), { animate, userEvent });
  }
}
