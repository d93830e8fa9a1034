/**
 * Code the first drawing does not need (the detail card), fetched from beside the main file
 * as soon as the element is connected, so that it is there before a reader can select an
 * event. Until it arrives, `module` is undefined and the element draws without it; its
 * arrival asks for an update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class OnDemand<T> implements ReactiveController {
  module: T | undefined;
  /** The fetch is over, whether the code arrived or not. */
  settled = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    /** What is lost without it, for the console when it cannot be fetched. */
    private readonly what: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.ready;
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
}
