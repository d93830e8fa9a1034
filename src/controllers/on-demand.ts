/**
 * Code fetched from beside the main file when the element needs it. The vertical reading's is
 * fetched as the element connects. Code the first drawing does not need (the detail card) is
 * fetched from beside the main file
 * once the first whole frame has been painted, or sooner: when the reader reaches for the
 * element (a pointer over it, a press, the focus), or when the drawing needs it (`needed`, an
 * event selected before the first frame: its card is part of that frame). So the first story
 * does not share the network and the main thread with it, and it is there before a reader can
 * tap. Until it arrives, `module` is undefined and the element draws without it; its arrival
 * asks for an update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What shows a reader is about to use the element. */
const INTENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

export interface OnDemandTiming {
  /** The drawing needs the code now (checked as the host connects and before each update). */
  needed(): boolean;
  /** The first whole frame has been drawn (checked after each update): fetch once it is painted. */
  drawn(): boolean;
}

export class OnDemand<T> implements ReactiveController {
  module: T | undefined;
  /** The fetch is over, whether the code arrived or not. */
  settled = false;
  private loading: Promise<void> | undefined;
  private scheduled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    /** What is lost without it, for the console when it cannot be fetched. */
    private readonly what: string,
    /** When to fetch: by default, as soon as the host is connected. */
    private readonly timing: OnDemandTiming = { needed: () => true, drawn: () => true },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.loading) return;
    if (this.timing.needed()) void this.ready;
    else if (this.host instanceof EventTarget)
      for (const type of INTENTS) this.host.addEventListener(type, this.fetch, { passive: true });
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  hostUpdate(): void {
    if (!this.loading && this.timing.needed()) void this.ready;
  }

  hostUpdated(): void {
    if (this.loading || this.scheduled || !this.timing.drawn()) return;
    // After the paint of the frame just drawn: a frame callback runs before it, a task after.
    this.scheduled = true;
    requestAnimationFrame(() => setTimeout(this.fetch));
  }

  /** Resolves when the code has arrived, or could not be had (said once in the console). */
  get ready(): Promise<void> {
    if (!this.loading) this.stopListening();
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

  private readonly fetch = (): void => void this.ready;

  private stopListening(): void {
    if (this.host instanceof EventTarget) for (const type of INTENTS) this.host.removeEventListener(type, this.fetch);
  }
}
