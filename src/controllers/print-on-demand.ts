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
  private readonly query = matchMedia('print');

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly view: ViewController,
    /** Adds printing's styles to the element's shadow root. */
    private readonly addStyles: (css: string) => void,
  ) {
    host.addController(this);
  }

  // Once printing's code is here, these listeners do nothing: its controller follows print.
  hostConnected(): void {
    addEventListener('beforeprint', this.load);
    this.query.addEventListener('change', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.load);
    this.query.removeEventListener('change', this.follow);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * The fetch unasked, once the element has shown a whole frame (its `pending` class gone):
   * `PRINT_PREFETCH_MS` later, at an idle moment (WebKit has no `requestIdleCallback`: then).
   */
  hostUpdated(): void {
    this.timer ??= this.host.renderRoot.querySelector('.frame.pending')
      ? undefined
      : setTimeout(() => (window.requestIdleCallback ?? setTimeout)(this.load), PRINT_PREFETCH_MS);
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

  private readonly load = (): void => {
    this.loading ??= import('../parts/print.js').then(
      (part) => {
        part.usePrintKit({ html, nothing, richText: renderRichText });
        this.addStyles(part.printStyles);
        // It lays the story out for paper (and asks for an update) at once if the page is being
        // printed; otherwise nothing on screen changes.
        this.controller = new part.PrintController(this.host, this.view);
      },
      (error: unknown) => {
        // Asked again, it tries again.
        this.loading = undefined;
        console.error('<story-timeline> could not load printing:', error);
      },
    );
  };
}
