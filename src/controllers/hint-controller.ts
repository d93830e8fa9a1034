/**
 * A hint shown for a moment: "Ctrl + scroll to zoom" after a plain wheel went to the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SHOWN_MS = 1500;

export class HintController implements ReactiveController {
  shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    if (!this.shown) {
      this.shown = true;
      this.host.requestUpdate();
    }
    this.timer = setTimeout(() => {
      this.shown = false;
      this.host.requestUpdate();
    }, SHOWN_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
