/**
 * The live region's words: what a screen reader is told after a zoom or a selection.
 * An announcement can wait a little, so that a gesture's last step is the only one read.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  /** What the polite live region says now. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string, delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
