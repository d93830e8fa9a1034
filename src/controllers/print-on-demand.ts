/**
 * Printing's code is a chunk of its own (`parts/print.ts`), which neither the first drawing nor
 * the detail card waits for. This small follower, in the card's chunk, fetches it when printing
 * is asked for (`beforeprint`, or `matchMedia('print')` turning true: print emulation fires no
 * event), and otherwise once the page is idle a few seconds after the element's first whole
 * frame, since `beforeprint` cannot wait for a fetch: a reader's Ctrl+P normally finds it here.
 * Once it is, the `PrintController` it brings follows print itself (and lays out for paper at
 * once if the page is being printed). A page printed before then gets the screen's layout,
 * without the controls (`detail.styles.ts`), and without the printed list.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { html, nothing } from '../parts/lit-kit.js';
import { renderRichText } from '../parts/rich-text.js';
import type { PrintListProps } from '../parts/print-list.js';
import type { PrintController } from './print-controller.js';
import type { ViewController } from './view-controller.js';

/**
 * How long after the element's first whole frame printing's code waits before it is fetched
 * unasked (then for an idle moment): past a reader's first look and first card.
 */
export const PRINT_PREFETCH_MS = 5000;

export class PrintOnDemand implements ReactiveController {
  private controller: PrintController | undefined;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  private readonly query = matchMedia('print');

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly view: ViewController,
    /** Adds printing's styles to the element's shadow root. */
    private readonly addStyles: (css: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.loading) return;
    addEventListener('beforeprint', this.load);
    this.query.addEventListener('change', this.follow);
    this.follow();
    this.schedule();
  }

  hostDisconnected(): void {
    this.stop();
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.timer = this.idle = undefined;
  }

  hostUpdated(): void {
    this.schedule();
  }

  /** The width to lay out for the element's width (the paper's while printing). */
  widthFor(width: number): number {
    return this.controller?.widthFor(width) ?? width;
  }

  /** The printed list of events while printing; nothing on screen. */
  list(props: PrintListProps): TemplateResult | typeof nothing {
    return this.controller?.list(props) ?? nothing;
  }

  private readonly follow = (): void => {
    if (this.query.matches) this.load();
  };

  /** The fetch unasked, once the element has shown a whole frame (the `pending` class gone). */
  private schedule(): void {
    if (this.loading || this.timer !== undefined || this.host.renderRoot.querySelector('.frame.pending')) return;
    this.timer = setTimeout(() => {
      // WebKit has no requestIdleCallback: the delay alone.
      if (typeof requestIdleCallback === 'function') this.idle = requestIdleCallback(this.load, { timeout: 5000 });
      else this.load();
    }, PRINT_PREFETCH_MS);
  }

  private stop(): void {
    removeEventListener('beforeprint', this.load);
    this.query.removeEventListener('change', this.follow);
  }

  private readonly load = (): void => {
    this.loading ??= import('../parts/print.js').then(
      (part) => {
        this.hostDisconnected();
        part.usePrintKit({ html, nothing, richText: renderRichText });
        this.addStyles(part.printStyles);
        this.controller = new part.PrintController(this.host, this.view);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Asked again, it tries again.
        this.loading = undefined;
        console.error('<story-timeline> could not load printing:', error);
      },
    );
  };
}
