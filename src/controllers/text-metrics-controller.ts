/**
 * Sizes that follow the text: the labels' font and widths, the lanes, the dots and the axis.
 * Read from hidden probes in the element's shadow root (a label, a dot) once rendered, and
 * again whenever the width or the text size changes; the view is told the new lane height,
 * dot size and label lines, and labels measured at another text size are measured again.
 */
import type { ReactiveControllerHost } from 'lit';
import { LabelWidths } from '../layout/label-widths.js';
import type { ViewController } from './view-controller.js';
import { LANE_HEIGHT, TWO_LINE_WIDTH } from './view-types.js';

/** The axis never gets shorter than this, in pixels. */
const MIN_AXIS_HEIGHT = 28;

export class TextMetricsController {
  /** Room for the axis under the lanes: it grows with the text. */
  axisHeight = MIN_AXIS_HEIGHT;
  /** Label widths in the labels' font, measured once each. */
  readonly labelWidths = new LabelWidths(() => this.labelFont());

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly view: () => ViewController,
  ) {}

  /**
   * Lanes, dots and the axis grow with the text: a lane holds a dot, a gap and one label line
   * (two at narrow widths), and is never under a 44 px touch target.
   */
  measure(): void {
    const line = this.probe('.label-probe')?.offsetHeight;
    const dot = this.probe('.mark-probe')?.offsetWidth;
    if (!line || !dot) return;
    const view = this.view();
    const lines = view.width && view.width < TWO_LINE_WIDTH ? 2 : 1;
    this.axisHeight = Math.max(MIN_AXIS_HEIGHT, Math.ceil(line * 1.55));
    const laneHeight = Math.max(LANE_HEIGHT, Math.ceil(dot + 14 + (lines > 1 ? 2 : 1.9) * line));
    if (view.setMetrics(laneHeight, dot, lines)) this.labelWidths.clear();
  }

  /** The labels' font, read from the hidden label once it is rendered. */
  private labelFont(): string {
    const probe = this.probe('.label-probe');
    if (!probe) return '';
    const style = getComputedStyle(probe);
    return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  }

  private probe(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
