/**
 * Printing: while the page is printed (or shown as printed), the whole story is laid out again
 * at a printed page's width and fitted, and the printed list of events is drawn; afterwards the
 * screen's width and window come back. `beforeprint` comes before the page is laid out for
 * paper, and the update it asks for runs in a microtask, so the paper gets the new layout;
 * `matchMedia('print')` also follows print emulation, which fires no print events. It comes
 * with the detail card's chunk, like the list it draws.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from '../parts/lit-kit.js';
import { renderPrintList, type PrintListProps } from '../parts/print-list.js';
import type { TimeWindow } from '../layout/view.js';
import type { ViewController } from './view-controller.js';

/** Fits an A4 or Letter page with its margins (about 17 cm at 96 px per inch). */
export const PRINT_WIDTH = 640;

export class PrintController implements ReactiveController {
  printing = false;
  /** The screen's width and window, given back after printing. */
  private screen: { width: number; window: TimeWindow } | undefined;
  private readonly query = matchMedia('print');

  constructor(
    private readonly host: ReactiveControllerHost,
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

  /** The width to lay out for the element's width: while printing, the page's (the screen's is kept for later). */
  widthFor(width: number): number {
    if (!this.printing || !this.screen) return width;
    this.screen.width = width;
    return Math.min(width, PRINT_WIDTH);
  }

  private readonly follow = (): void => (this.query.matches ? this.start() : this.end());

  private readonly start = (): void => {
    if (this.printing) return;
    this.printing = true;
    const { width } = this.view;
    if (width) {
      const { start, end } = this.view.visibleRange;
      this.screen = { width, window: [+start, +end] };
      this.view.setWidth(Math.min(width, PRINT_WIDTH));
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
