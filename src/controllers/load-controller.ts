/**
 * Where the story comes from: `src` (fetched), `.events`/`.data` (set from script), or the
 * light DOM (an inline JSON script or a list a CMS wrote). `src` wins over the rest; the
 * last `src` asked for wins over earlier ones; what was shown stays shown when a load fails.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryData, StoryEvent } from '../model/types.js';
import { isStoryShape } from '../model/normalize.js';
import { fetchStory, LoadFailure, MAX_DOCUMENT_BYTES, storyUrl } from '../data/fetch-story.js';
import type { UiStrings } from '../format/strings.js';
import { isTimelineJs, type Authored, type Reading } from '../model/reading.js';

/** More events than this are refused with a message rather than freezing the page. */
export const MAX_EVENTS = 200_000;

export type LoadState = { phase: 'idle' } | { phase: 'loading' } | { phase: 'error'; message: string };

/** The element's inputs, as the loader reads them. */
export interface LoadHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  events: StoryEvent[] | undefined;
  data: StoryData | undefined;
  timeout: number;
}

export interface LoadCallbacks {
  /** The interface words, for error messages in the reader's language. */
  strings(): UiStrings;
  /** A document arrived (any input; not yet normalised), with its reader's result for CSV, TSV and TimelineJS. */
  onDocument(input: unknown, reading?: Reading): void;
  /** A load failed: `message` is worded for the reader. */
  onError(message: string, cause: unknown): void;
}

/** The host's own attributes (selected, lang…) are not data: only these are watched. */
const DATA_ATTRIBUTES = [
  'data-date',
  'data-title',
  'data-status',
  'data-id',
  'data-display-date',
  'data-tags',
  'datetime',
  'href',
  'type',
];

export class LoadController implements ReactiveController {
  state: LoadState = { phase: 'idle' };
  private loadedSrc = '';
  /** Counts documents accepted, so a reader loaded on demand never shows an outdated one. */
  private accepted = 0;
  /** A reader's module on its way: `updateComplete` waits for it. */
  pending: Promise<unknown> | undefined;
  private abortController: AbortController | undefined;

  /** A CMS may fill or change the element's content after it started. */
  private readonly lightDomObserver = new MutationObserver(() => {
    const { src, events, data } = this.host;
    if (!src && events === undefined && data === undefined) this.useDeclarative();
  });

  constructor(
    private readonly host: LoadHost,
    private readonly callbacks: LoadCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lightDomObserver.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: DATA_ATTRIBUTES,
    });
    // The story's request leaves as the element connects, not after its first render: the
    // network then overlaps that render (and the rest of the script's evaluation on a page
    // that defines the element). A `src` that is no URL is said in the update, as any change is.
    const { src } = this.host;
    if (src && src !== this.loadedSrc && storyUrl(src, document.baseURI)) void this.load(src);
  }

  hostDisconnected(): void {
    this.lightDomObserver.disconnect();
    this.abortController?.abort();
    this.abortController = undefined;
    // A reconnect fetches again if the load was cut short.
    if (this.state.phase === 'loading') this.loadedSrc = '';
  }

  /** Called before each update: loads what the changed inputs ask for. */
  inputsChanged(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const { src } = this.host;
    if (src && src !== this.loadedSrc && this.host.isConnected) void this.load(src);
    else if (!src && (changed.has('events') || changed.has('data') || changed.has('src'))) this.useLocal();
  }

  /** Asks for `src` again (the error's Retry button, which is handed it as it is). */
  readonly retry = (): void => {
    this.loadedSrc = '';
    this.host.requestUpdate();
  };

  private setState(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private useLocal(): void {
    this.abortController?.abort();
    this.loadedSrc = '';
    if (this.state.phase !== 'idle') this.setState({ phase: 'idle' });
    const { events, data } = this.host;
    if (events !== undefined) this.accept({ ...data, events });
    else if (data !== undefined) this.accept(data);
    else this.useDeclarative();
  }

  /**
   * The light DOM's inline JSON or list (SPEC, "Declarative data"), read as text only by a
   * module fetched when the element has content of its own (most pages give `src`, or data from
   * script); meanwhile the element shows it is loading.
   */
  private useDeclarative(): void {
    if (this.host.firstElementChild) void this.readDeclared(++this.accepted);
  }

  private async readDeclared(generation: number): Promise<void> {
    this.setState({ phase: 'loading' });
    const module = await this.reader(() => import('../model/declarative-list.js'), generation);
    // A `src` given meanwhile wins, and has its own loading state.
    if (!module || this.host.src) return;
    this.setState({ phase: 'idle' });
    const declared = module.readDeclarative(this.host);
    if (declared.kind === 'list') this.accept(module.readList(declared.list));
    else if (declared.kind === 'json-error') this.fail(new LoadFailure('json', declared.message));
    else if (declared.kind === 'json' && !isStoryShape(declared.value))
      this.fail(new LoadFailure('shape', 'inline JSON'));
    else if (declared.kind === 'json') this.accept(declared.value);
  }

  private async load(src: string): Promise<void> {
    this.loadedSrc = src;
    this.abortController?.abort();
    const controller = new AbortController();
    this.abortController = controller;
    const url = storyUrl(src, document.baseURI);
    if (!url) {
      this.state = { phase: 'idle' };
      this.fail(new LoadFailure('url', src));
      return;
    }
    this.setState({ phase: 'loading' });
    try {
      const fetched = await fetchStory(url, { signal: controller.signal, timeoutMs: this.host.timeout });
      if (controller.signal.aborted) return;
      this.setState({ phase: 'idle' });
      if (fetched.kind === 'json') this.accept(fetched.value);
      else void this.read(fetched, ++this.accepted);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error instanceof LoadFailure ? error : new LoadFailure('network', String(error), undefined, error));
    } finally {
      if (this.abortController === controller) this.abortController = undefined;
    }
  }

  /** Shows a document from any input, unless it is too big to show without freezing the page. */
  private accept(input: unknown): void {
    const generation = ++this.accepted;
    if (isTimelineJs(input)) void this.read({ kind: 'timelinejs', value: input }, generation);
    else this.show(input);
  }

  /** CSV, TSV and TimelineJS are read by a module loaded only when one arrives. */
  private async read(authored: Authored, generation: number): Promise<void> {
    const module = await this.reader(() => import('../model/authoring.js'), generation);
    if (!module) return;
    const reading = module.readAuthored(authored);
    const { notATable } = reading;
    // Text whose first line names no date and title columns is no story: said, not drawn as an empty one.
    if (notATable) {
      const reason = this.callbacks.strings().errors.notATable(notATable.separator, notATable.cells);
      this.fail(new LoadFailure('not-a-table', reading.problems[0]!.message), reason);
    } else this.show(reading.document, reading);
  }

  /**
   * A reader's module, fetched on demand (`updateComplete` waits for it): undefined when a newer
   * document came meanwhile, or when it cannot be had (said as a network failure).
   */
  private async reader<M>(load: () => Promise<M>, generation: number): Promise<M | undefined> {
    const pending = load();
    this.pending = pending;
    try {
      const module = await pending;
      return generation === this.accepted ? module : undefined;
    } catch (error) {
      if (generation === this.accepted) this.fail(new LoadFailure('network', String(error), undefined, error));
      return undefined;
    } finally {
      if (this.pending === pending) this.pending = undefined;
    }
  }

  private show(input: unknown, reading?: Reading): void {
    const events = Array.isArray(input) ? input : (input as { events?: unknown } | null)?.events;
    if (Array.isArray(events) && events.length > MAX_EVENTS) {
      const strings = this.callbacks.strings();
      this.fail(new LoadFailure('too-large', `${events.length} events`), strings.errors.tooManyEvents(MAX_EVENTS));
      return;
    }
    if (this.state.phase === 'error') this.setState({ phase: 'idle' });
    this.callbacks.onDocument(input, reading);
  }

  /** Shows the failure in the element and reports it; what was shown stays. */
  private fail(failure: LoadFailure, reasonText?: string): void {
    const strings = this.callbacks.strings();
    const { errors } = strings;
    const reason =
      reasonText ??
      {
        url: () => errors.badUrl(failure.message),
        network: () => errors.network,
        http: () => errors.httpStatus(failure.status ?? 0),
        json: () => errors.invalidJson,
        shape: () => errors.badShape,
        timeout: () => errors.timeout,
        'too-large': () => errors.tooLarge(`${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB`),
        'not-a-table': () => failure.message,
      }[failure.reason]();
    const message = strings.loadErrorBecause(reason);
    this.setState({ phase: 'error', message });
    this.callbacks.onError(message, failure.cause ?? failure);
  }
}
