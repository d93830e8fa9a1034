/**
 * A hint shown for a moment: "Ctrl + scroll to zoom" after a plain wheel went to the page.
 * Its part comes with the extras chunk, fetched with the first hint: the moment it stays is
 * counted from when it can be drawn, so a slow chunk does not eat it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SHOWN_MS = 1500;

export class HintController implements ReactiveController {
  shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The hint's part is here (or will not come). */
  private drawable = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    if (!this.shown) {
      this.shown = true;
      this.host.requestUpdate();
    }
    if (this.drawable) this.hideLater();
  }

  /** The hint's code has come (or could not be had): a hint asked for meanwhile stays its whole moment from now. */
  partSettled(): void {
    if (this.drawable) return;
    this.drawable = true;
    if (this.shown) this.hideLater();
  }

  private hideLater(): void {
    this.timer = setTimeout(() => {
      this.shown = false;
      this.host.requestUpdate();
    }, SHOWN_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
