/**
 * Code the first drawing does not need (the detail card), fetched once that drawing is on
 * screen (after the frame that shows a story's events: `story-load`, then a frame), or when it
 * is wanted at once (an event is selected, or `updateComplete` is awaited). Until it arrives,
 * `module` is undefined and the element draws without it; its arrival asks for an update. It
 * holds back only a first drawing that wants it (an element opening on a selected event).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class OnDemand<T> implements ReactiveController {
  module: T | undefined;
  /** The fetch is over, whether the code arrived or not. */
  settled = false;
  /** A story has been drawn: from now on the element draws without the code until it comes. */
  private drawn = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<T>,
    /** What is lost without it, for the console when it cannot be fetched. */
    private readonly what: string,
    /** The element shows it now (an event is selected). */
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.loading) this.host.addEventListener('story-load', this.afterDrawing, { once: true });
  }

  hostUpdate(): void {
    if (this.wanted()) this.fetchNow();
  }

  /** The first drawing waits for the code it shows (an element opening on a selected event). */
  get holding(): boolean {
    return !this.settled && !this.drawn && this.wanted();
  }

  /** Resolves when the code has arrived, or could not be had (said once in the console). */
  get ready(): Promise<void> {
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        this.settled = true;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.settled = true;
        this.host.requestUpdate();
        console.error(`<story-timeline> could not load ${this.what}:`, error);
      },
    );
    return this.loading;
  }

  private readonly fetchNow = (): void => void this.ready;

  /** Once the frame with the story's events is painted: a frame, then a task. */
  private readonly afterDrawing = (): void => {
    this.drawn = true;
    requestAnimationFrame(() => setTimeout(this.fetchNow));
  };
}
