/**
 * The view: what the reader sees of the story and how it moves. It holds the zoom state and
 * its gestures (`ViewController`), the moves built on them (`ViewMoves`), the text sizes, the
 * width, the orientation and the printed width, and hands the plot one `PlotFrame` to draw.
 *
 * A gesture comes back to the screen as calls: d3-zoom → `ViewController` → `host.requestUpdate()`
 * → the element's `render()` → `frame()`; when it ends, `ViewEvents.onRangeChange`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { PlotProps } from '../parts/plot.js';
import { ViewController } from './view-controller.js';
import type { FrameInput, ViewCallbacks } from './view-types.js';
import { ViewMoves } from './zoom/view-moves.js';
import { TextMetricsController } from './text-metrics-controller.js';
import { ResizeController } from './resize-controller.js';
import { OrientationController } from './orientation-controller.js';

/** The plot's geometry, as the view has it now. */
export type PlotFrame = Pick<
  PlotProps,
  | 'width'
  | 'bands'
  | 'ticks'
  | 'lanes'
  | 'laneHeight'
  | 'axisHeight'
  | 'clusterRow'
  | 'narrow'
  | 'x'
  | 'origin'
  | 'originShift'
  | 'onCluster'
>;

/** What the view asks of the rest of the element, at the time it needs it. */
export interface ViewEvents extends Omit<ViewCallbacks, 'measureLabel'> {
  /** The times the view keeps in sight when it zooms (selected, focused, "as of"). */
  anchors(): (number | undefined)[];
  /** An event by id. */
  event(id: string): TimelineEvent | undefined;
  /** The width the plot takes when printed at this screen width, once print's code is here. */
  printWidth(width: number): number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class View {
  readonly zoom: ViewController;
  readonly moves: ViewMoves;
  readonly orientation: OrientationController;
  readonly metrics: TextMetricsController;
  readonly resize: ResizeController;

  constructor(host: Host, events: ViewEvents) {
    this.zoom = new ViewController(host, {
      ...events,
      measureLabel: (text) => this.metrics.labelWidths.measure(text),
      drawnAcross: () => !this.orientation.vertical,
    });
    this.moves = new ViewMoves(this.zoom, events);
    this.orientation = new OrientationController(host, this.moves.zoom);
    this.resize = new ResizeController(host, (width) => this.resized(width, events.printWidth(width)));
    this.metrics = new TextMetricsController(host, () => this.zoom);
  }

  /** A new width: the plot (at its printed width), the orientation and the text sizes follow. */
  private resized(width: number, printWidth: number): void {
    this.zoom.setWidth(printWidth);
    this.orientation.setWidth(width);
    this.metrics.measure();
  }

  /**
   * Before render: this frame's layout. An event to bring into view (`reveal.id`, when newly
   * selected or on a new layout) is brought there inside the same update, so it is drawn in
   * this render: on a new layout (new width or events) the view jumps there, else it glides
   * (whose frames come later; before the gestures have arrived, it jumps too).
   */
  update(input: FrameInput, reveal: { id: string; selected: boolean }): void {
    const fresh = this.zoom.takeFreshLayout();
    this.zoom.update(input);
    if (!reveal.id || !(reveal.selected || fresh)) return;
    // The move starts from the transform just chosen (a refit's), which d3-zoom learns first.
    this.zoom.syncZoom();
    this.moves.reveal(reveal.id, !fresh);
  }

  /** The plot's geometry for this render. */
  frame(): PlotFrame {
    const { zoom } = this;
    return {
      width: zoom.width,
      bands: zoom.bandFrames,
      ticks: zoom.ticks,
      lanes: zoom.lanes,
      laneHeight: zoom.laneHeight,
      axisHeight: this.metrics.axisHeight,
      clusterRow: zoom.clusterRow,
      narrow: zoom.labelLines > 1,
      x: (time) => zoom.x(time),
      origin: zoom.origin,
      originShift: zoom.originShift,
      onCluster: this.moves.zoomToCluster,
    };
  }
}
