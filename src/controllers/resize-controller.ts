/**
 * Follows the element's own width (not the viewport's), so the same timeline fits a
 * 300 px sidebar and a full-width page.
 *
 * It watches a zero-height probe that spans the host's width rather than the host itself:
 * the host's height changes with each render, and watching it would make every resize
 * render trigger another ResizeObserver round ("loop completed with undelivered notifications").
 * It may also watch probes sized by the text (a dot, a label line): a new text size calls
 * `onResize` too, so the lanes grow with the text.
 *
 * A change reported by the observer is drawn in a task of its own, after the frame that
 * measured it, never inside the observer's callback (nor in a microtask, which still runs
 * inside it): drawing can make a scrollbar of the page or of a scrolling ancestor come or
 * go, which changes the width of what this or any other ResizeObserver on the page watches
 * within the same frame, and browsers report that as the same loop error through
 * window.onerror, which news pages send to their monitoring. A timer rather than
 * requestAnimationFrame: WebKit can hold animation frames back on a new page.
 *
 * The first width is measured when the probe is given, in a microtask (after the host's
 * update that gave it, outside any observer callback), so a new timeline is drawn in its
 * first frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;
  private target: Element | undefined;
  private textProbes: Element[] = [];
  private measured = 0;
  private textChanged = false;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onResize: (width: number) => void,
  ) {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target !== this.target) this.textChanged = true;
        else this.measured = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      }
      if ((this.measured === this.width && !this.textChanged) || this.pending !== undefined) return;
      this.pending = setTimeout(() => this.apply());
    });
    host.addController(this);
  }

  /**
   * Starts watching `probe`, an element whose width is the host's and whose height never
   * changes, and `textProbes`, whose size changes only with the text size.
   */
  observe(probe: Element, ...textProbes: Element[]): void {
    if (this.target === probe) return;
    this.observer.disconnect();
    this.target = probe;
    this.textProbes = textProbes;
    this.hostConnected();
    queueMicrotask(() => {
      if (this.target !== probe || !probe.isConnected) return;
      this.measured = Math.round(probe.getBoundingClientRect().width);
      this.apply();
    });
  }

  hostConnected(): void {
    for (const element of [this.target, ...this.textProbes]) if (element) this.observer.observe(element);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    clearTimeout(this.pending);
    this.pending = undefined;
  }

  private apply(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    const textChanged = this.textChanged;
    this.textChanged = false;
    if (this.measured === this.width && !textChanged) return;
    this.width = this.measured;
    this.onResize(this.measured);
  }
}
