/**
 * Follows the element's own width (not the viewport's), so the same timeline fits a
 * 300 px sidebar and a full-width page.
 *
 * It watches a zero-height probe that spans the host's width rather than the host itself:
 * the host's height changes with each render, and watching it would make every resize
 * render trigger another ResizeObserver round ("loop completed with undelivered notifications").
 * It may also watch probes sized by the text (a dot, a label line): a new text size calls
 * `onResize` too, so the lanes grow with the text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;
  private target: Element | undefined;
  private textProbes: Element[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly onResize: (width: number) => void,
  ) {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
        if (entry.target !== this.target) changed = true;
        else if (width !== this.width) [this.width, changed] = [width, true];
      }
      if (changed) this.onResize(this.width);
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
  }

  hostConnected(): void {
    for (const element of [this.target, ...this.textProbes]) if (element) this.observer.observe(element);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
