/**
 * Follows the element's own width (not the viewport's), so the same timeline fits a
 * 300 px sidebar and a full-width page.
 *
 * It watches a zero-height probe that spans the host's width rather than the host itself:
 * the host's height changes with each render, and watching it would make every resize
 * render trigger another ResizeObserver round ("loop completed with undelivered notifications").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;
  private target: Element | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onResize: (width: number) => void,
  ) {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      this.onResize(width);
    });
    host.addController(this);
  }

  /** Starts watching `probe`, an element whose width is the host's and whose height never changes. */
  observe(probe: Element): void {
    if (this.target === probe) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = probe;
    this.observer.observe(probe);
  }

  hostConnected(): void {
    if (this.target) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
