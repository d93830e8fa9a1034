/**
 * Fetches a story document for `src`. Everything that can go wrong becomes a
 * `LoadFailure` with a reason the element words in the reader's language.
 */
import { isStoryShape } from '../model/normalize.js';
import { textKind } from '../model/reading.js';
import { httpUrl } from '../model/url.js';
import { STORY_REQUEST, takeEarly } from './early-request.js';

/** Our JSON (parsed), or a CSV/TSV table (as text, for the on-demand reader). */
export type FetchedDocument = { kind: 'json'; value: unknown } | { kind: 'csv' | 'tsv'; text: string };

/** `not-a-table`: text that is neither JSON nor a table whose header has date and title columns. */
export type FailureReason = 'url' | 'network' | 'http' | 'json' | 'shape' | 'timeout' | 'too-large' | 'not-a-table';

export class LoadFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LoadFailure';
  }
}

/** Bigger documents are refused before they are parsed: a page must never freeze on one. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Only http(s) and relative URLs are fetched (never `javascript:`, `data:`, `file:` …). */
export function storyUrl(src: string, base: string): URL | undefined {
  return httpUrl(src, base);
}

export interface FetchOptions {
  /** Aborting it (a newer `src`, a disconnect) rejects with an AbortError, never a LoadFailure. */
  signal: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchStory(
  url: URL,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_DOCUMENT_BYTES }: FetchOptions,
): Promise<FetchedDocument> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const both = new AbortController();
  const stopFollowing = follow(both, [signal, timeout.signal]);
  try {
    let response: Response;
    try {
      const early = takeEarly(url);
      response = await (early
        ? untilAborted(early, both.signal)
        : fetch(url, { ...STORY_REQUEST, signal: both.signal }));
    } catch (cause) {
      throw failure(cause, signal, timeout.signal, timeoutMs);
    }
    if (!response.ok) throw new LoadFailure('http', `HTTP ${response.status}`, response.status);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new LoadFailure('too-large', `${declared} bytes`);
    let text: string;
    try {
      // An early request's body is not bound to the signal: the wait for it is.
      text = await untilAborted(readText(response, maxBytes), both.signal);
    } catch (cause) {
      if (cause instanceof LoadFailure) throw cause;
      throw failure(cause, signal, timeout.signal, timeoutMs);
    }
    const kind = textKind(response.headers.get('content-type'), url.pathname, text);
    if (kind !== 'json') return { kind, text };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new LoadFailure('json', cause instanceof Error ? cause.message : 'invalid JSON', undefined, cause);
    }
    if (!isStoryShape(json)) throw new LoadFailure('shape', 'not an array of events or an object with "events"');
    return { kind, value: json };
  } finally {
    clearTimeout(timer);
    stopFollowing();
  }
}

/**
 * Aborts `target` as soon as one of `signals` aborts, with its reason. `AbortSignal.any` does
 * this, but Safari before 17.4 lacks it (our floor is 16.4). Returns the way to stop following.
 */
function follow(target: AbortController, signals: AbortSignal[]): () => void {
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) {
    target.abort(aborted.reason);
    return () => {};
  }
  const stop = () => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
  };
  const onAbort = (event: Event) => {
    stop();
    target.abort((event.target as AbortSignal).reason);
  };
  for (const signal of signals) signal.addEventListener('abort', onAbort);
  return stop;
}

function failure(cause: unknown, caller: AbortSignal, timeout: AbortSignal, timeoutMs: number): unknown {
  if (caller.aborted) return cause;
  if (timeout.aborted) return new LoadFailure('timeout', `no answer within ${timeoutMs} ms`, undefined, cause);
  return new LoadFailure('network', cause instanceof Error ? cause.message : 'network error', undefined, cause);
}

/**
 * `answer`, or the abort's reason as soon as `signal` aborts, as `fetch` does. The listener
 * goes with `signal`, which is this load's own.
 */
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort);
    answer.then(resolve, reject);
  });
}

/** Reads the body as text, giving up as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new LoadFailure('too-large', `more than ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
