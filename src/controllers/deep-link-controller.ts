/**
 * Deep links (`hash`): selecting an event writes `#event-<id>` into the page's URL, and a
 * page opened with, or moved to, such a hash selects that event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const HASH = /^#event-(.+)$/;

export class DeepLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** Is `hash` on? */
    private readonly enabled: () => boolean,
    /** The page's hash names this event id (it may not be one of ours). */
    private readonly onLink: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  /** Reads the page's hash now (new data, a page opened on a link). */
  readonly follow = (): void => {
    if (!this.enabled()) return;
    const match = HASH.exec(location.hash);
    const id = match ? decodeURIComponent(match[1]!) : '';
    if (id) this.onLink(id);
  };

  /** Writes or clears `#event-<id>` without adding a history entry or scrolling the page. */
  write(id: string | null): void {
    if (!this.enabled()) return;
    const url = new URL(location.href);
    url.hash = id ? `event-${encodeURIComponent(id)}` : '';
    history.replaceState(history.state, '', id ? url.href : url.href.replace(/#$/, ''));
  }
}
