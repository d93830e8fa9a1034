/**
 * Printing: while the page is printed (or shown as printed), the whole story is laid out again
 * at the printed page's width and fitted, and the printed list of events is drawn; afterwards
 * the screen's width and window come back. Neither move is the reader's, so no
 * `story-rangechange` is fired for them. `beforeprint` comes before the page is laid out for
 * paper, with the screen's styles still in force; `matchMedia('print')` then says "print"
 * with the print styles applied (and follows print emulation, which fires no print events),
 * so that is where the printed width is measured: the width probe's, the host's content width
 * on paper. The update each asks for runs in a microtask, so the paper gets the new layout.
 * It is printing's chunk (`parts/print.ts`), with the list it draws, made for the element by
 * `print-on-demand.ts` once the chunk is here; from then on it follows print itself.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from '../parts/print-kit.js';
import { renderPrintList, type PrintListProps } from '../parts/print-list.js';
import type { TimeWindow } from '../layout/view.js';
import type { ViewController } from './view-controller.js';

/**
 * The width laid out for paper when none can be measured yet (`beforeprint`, or a host not
 * laid out): an A4 or Letter page's with its margins (about 17 cm at 96 px per inch).
 */
export const PRINT_WIDTH = 640;

export class PrintController implements ReactiveController {
  printing = false;
  /** The screen's width and window, given back after printing. */
  private screen: { width: number; window: TimeWindow } | undefined;
  private readonly query = matchMedia('print');

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly view: ViewController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.follow);
    addEventListener('beforeprint', this.start);
    addEventListener('afterprint', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.follow);
    removeEventListener('beforeprint', this.start);
    removeEventListener('afterprint', this.follow);
  }

  /** The printed list of events while printing; nothing on screen. */
  list(props: PrintListProps): TemplateResult | typeof nothing {
    return this.printing ? renderPrintList(props) : nothing;
  }

  /**
   * The width to lay out for the element's width: while printing, the paper's. Under print
   * styles the element's own width is the printed one; before them, the screen's is kept for later.
   */
  widthFor(width: number): number {
    if (!this.printing || !this.screen) return width;
    if (this.query.matches) return width || PRINT_WIDTH;
    this.screen.width = width;
    return this.paperWidth();
  }

  /** The host's content width under print styles; `PRINT_WIDTH` while they are not in force. */
  private paperWidth(): number {
    const probe = this.query.matches ? this.host.renderRoot.querySelector('.width-probe') : null;
    return Math.round(probe?.getBoundingClientRect().width ?? 0) || PRINT_WIDTH;
  }

  private readonly follow = (): void => (this.query.matches ? this.start() : this.end());

  /** Lays the whole story out for paper: at `beforeprint`, then again once the print styles are in force. */
  private readonly start = (): void => {
    const { width } = this.view;
    if (!this.printing) {
      this.printing = true;
      if (width) {
        const { start, end } = this.view.visibleRange;
        this.screen = { width, window: [+start, +end] };
      }
    }
    if (this.screen) {
      this.view.setWidth(this.paperWidth());
      this.view.showDefault('fit');
    }
    this.host.requestUpdate();
  };

  private end(): void {
    if (!this.printing) return;
    this.printing = false;
    if (this.screen) {
      this.view.setWidth(this.screen.width);
      this.view.showDefault(this.screen.window);
      this.screen = undefined;
    }
    this.host.requestUpdate();
  }
}
