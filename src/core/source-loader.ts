import { decodeText } from './decode-text.js';
import { fail, ok, type Result } from '../data/errors.js';

/** The text behind a `src` URL and how to read it. */
export interface SourceText {
  readonly format: 'json' | 'csv';
  readonly text: string;
}

interface Request {
  readonly promise: Promise<Result<SourceText>>;
  readonly controller: AbortController;
  consumers: number;
}

/** How long a fetched text is reused by other elements on the page without a new request. */
const CACHE_MILLISECONDS = 30_000;

/**
 * The largest file read. The longest series a chart takes (the years 1000–9999) fits in under 1 MB of any
 * of its formats; reading a file of 50 MB, such as a whole open-data export, held the page still for seconds.
 */
export const MAX_SOURCE_BYTES = 5 * 2 ** 20;

const inFlight = new Map<string, Request>();
const cache = new Map<string, { readonly at: number; readonly result: Result<SourceText> }>();

/**
 * Fetches a `src` URL once for every element on the page that asks for it: concurrent requests share
 * one fetch, and a successful answer is reused for a short while. The fetch is aborted when every
 * element waiting for it has given up (disconnected, or its `src` changed), or after `timeoutSeconds`.
 * Never rejects: failures are typed errors (`NC111`–`NC114`, `NC121`). `fresh` skips the cache (refresh).
 */
export async function loadSource(
  url: string,
  { timeoutSeconds, signal, fresh = false }: { timeoutSeconds: number; signal: AbortSignal; fresh?: boolean },
): Promise<Result<SourceText> | null> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return fail('fetchFailed', { value: url });
  }
  const cached = cache.get(absolute);
  if (!fresh && cached && performance.now() - cached.at < CACHE_MILLISECONDS) return cached.result;
  let request = inFlight.get(absolute);
  if (!request) {
    const controller = new AbortController();
    // Settles whatever fetchText meets: a request that rejected would hang every element that shares it.
    const promise = fetchText(url, absolute, controller.signal, timeoutSeconds)
      .catch(() => fail('fetchFailed', { value: url }))
      .then((result) => {
        // Not a newer request for the URL, made after every element gave this one up.
        if (inFlight.get(absolute)?.promise === promise) inFlight.delete(absolute);
        if (result.ok) cache.set(absolute, { at: performance.now(), result });
        return result;
      });
    request = { promise, controller, consumers: 0 };
    inFlight.set(absolute, request);
  }
  const shared = request;
  shared.consumers++;
  return new Promise((resolve) => {
    const leave = (): void => {
      shared.consumers--;
      if (shared.consumers === 0 && inFlight.get(absolute) === shared) {
        inFlight.delete(absolute);
        shared.controller.abort();
      }
      resolve(null);
    };
    if (signal.aborted) {
      leave();
      return;
    }
    signal.addEventListener('abort', leave, { once: true });
    void shared.promise.then((result) => {
      signal.removeEventListener('abort', leave);
      if (signal.aborted) return;
      shared.consumers--;
      resolve(result);
    });
  });
}

async function fetchText(
  url: string,
  absolute: string,
  abort: AbortSignal,
  timeoutSeconds: number,
): Promise<Result<SourceText>> {
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
  const refusal = new AbortController();
  const [signal, release] = anySignal(abort, timeout, refusal.signal);
  try {
    return await readText(url, absolute, signal, timeout, refusal);
  } finally {
    // Else each fetch kept its listeners until its timeout, which then aborted a fetch long done.
    release();
  }
}

async function readText(
  url: string,
  absolute: string,
  signal: AbortSignal,
  timeout: AbortSignal,
  refusal: AbortController,
): Promise<Result<SourceText>> {
  let response: Response;
  try {
    response = await fetch(absolute, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    });
  } catch {
    return timeout.aborted ? fail('timeout', { value: url }) : fail('fetchFailed', { value: url });
  }
  if (!response.ok) return fail('httpStatus', { value: url, detail: String(response.status) });
  // Refused before it is downloaded when the server says its size; else (a compressed or streamed answer)
  // when it has come, but before it is read.
  const announced = Number(response.headers.get('content-length'));
  if (announced > MAX_SOURCE_BYTES) {
    // Aborted, not its body cancelled: WebKit goes on downloading a cancelled body.
    refusal.abort();
    return tooLarge(url, announced);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    return timeout.aborted ? fail('timeout', { value: url }) : fail('fetchFailed', { value: url });
  }
  if (bytes.byteLength > MAX_SOURCE_BYTES) return tooLarge(url, bytes.byteLength);
  const text = decodeText(bytes);
  const format = formatOf(response.headers.get('content-type') ?? '', absolute, text);
  return format ? ok({ format, text }) : fail('notData', { value: url });
}

const tooLarge = (url: string, bytes: number): Result<never> =>
  fail('tooLarge', { value: url, detail: String(Math.ceil(bytes / 2 ** 20)) });

/**
 * A signal that aborts when any of the signals does (AbortSignal.any, which Safari has only since 17.4), and
 * the function that stops listening to them.
 */
function anySignal(...signals: AbortSignal[]): [AbortSignal, () => void] {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  for (const signal of signals) {
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort);
  }
  return [controller.signal, () => signals.forEach((signal) => signal.removeEventListener('abort', abort))];
}

/** By content type, else by the URL's extension, else by the first character; HTML is never data. */
function formatOf(contentType: string, url: string, text: string): SourceText['format'] | null {
  const type = contentType.toLowerCase();
  const start = text.trimStart();
  if (type.includes('html') || start.startsWith('<')) return null;
  if (type.includes('json')) return 'json';
  if (type.includes('csv')) return 'csv';
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv') || path.endsWith('.txt')) return 'csv';
  return start.startsWith('[') || start.startsWith('{') ? 'json' : 'csv';
}

/** Forgets every cached answer; for tests. */
export function clearSourceCache(): void {
  cache.clear();
}
