/**
 * Follows the element's own width (not the viewport's), so the same timeline fits a
 * 300 px sidebar and a full-width page.
 *
 * It watches a zero-height probe that spans the host's width rather than the host itself:
 * the host's height changes with each render, and watching it would make every resize
 * render trigger another ResizeObserver round ("loop completed with undelivered notifications").
 *
 * A new width is drawn at once (in the frame that measured it, so nothing flashes), but the
 * probe is not watched again until the next task: drawing can make a scrollbar of the page
 * (or of a scrolling ancestor) come or go, which changes our width again within the same
 * frame. Still watched, the probe would then make browsers report that same loop error
 * through window.onerror, which news pages send to their monitoring. Watched again, it
 * reports the width the scrollbar left in the next frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;
  private target: Element | undefined;
  private resume: ReturnType<typeof setTimeout> | undefined;

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
      this.pause();
      this.onResize(width);
    });
    host.addController(this);
  }

  /** Starts watching `probe`, an element whose width is the host's and whose height never changes. */
  observe(probe: Element): void {
    if (this.target === probe) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = probe;
    if (this.resume === undefined) this.observer.observe(probe);
  }

  hostConnected(): void {
    if (this.target && this.resume === undefined) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    clearTimeout(this.resume);
    this.resume = undefined;
  }

  /** Stops watching until the next task, after the frame that is being drawn. */
  private pause(): void {
    if (!this.target || this.resume !== undefined) return;
    const target = this.target;
    this.observer.unobserve(target);
    this.resume = setTimeout(() => {
      this.resume = undefined;
      if (this.target) this.observer.observe(this.target);
    });
  }
}
