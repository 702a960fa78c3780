import { loadSourceData, type SourceData } from './source-data.js';
import { pauseButton } from './pause-button.js';
import { ifStillRemoved } from './removed.js';
import type { DataError } from '../data/errors.js';
import type { Lang } from '../i18n/strings.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

export interface SourceHost extends ReactiveControllerHost, Pick<Element, 'matches' | 'isConnected'> {
  /** `src` while the figures are read from it; undefined while another input outranks it, or there is none. */
  readonly srcInUse?: string | undefined;
  /** Seconds; default 10. */
  readonly timeout?: number | undefined;
  /** Seconds between reloads; at least 60; absent or 0 for none. */
  readonly refresh?: number | undefined;
}

export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly data: SourceData }
  | { readonly status: 'failed'; readonly error: DataError };

const DEFAULT_TIMEOUT_SECONDS = 10;
const MINIMUM_REFRESH_SECONDS = 60;
/** The longest a browser timer waits (2³¹ − 1 ms, about 24 days): a longer delay wraps to 0 and fires at once. */
const LONGEST_SECONDS = 2_147_483;

/**
 * Fetches the host's `src` while the figures are read from it: when it is connected, when `src` comes into use
 * (set, or the `data` or child that outranked it gone) and whenever it or `timeout` changes, and with `refresh`
 * again every so many seconds, unless the reader has paused that (WCAG 2.2.2: see pauseButton). The last
 * `src` wins: a request for an earlier one is aborted, and so is any request when the host is removed (not
 * moved) or another input outranks `src`.
 * Loaded on demand with the loader (core/chart-element): pages without `src` fetch neither.
 */
export class SourceController implements ReactiveController {
  #state: SourceState = { status: 'idle' };
  /** The `src` #state is about: a state of another (or of none) is no answer to the one in use. */
  #stateSrc: string | undefined;
  #current: AbortController | undefined;
  #requested = '';
  #refreshTimer: ReturnType<typeof setInterval> | undefined;
  /** Paused with the pause button; stays so when `src` changes (which is fetched all the same) or the host moves. */
  #paused = false;
  /** A reload fell due while held back (see #reload). */
  #missed = false;

  readonly #host: SourceHost;
  readonly #onChange: () => void;

  constructor(host: SourceHost, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /**
   * What has come of the `src` in use; loading while the state is another's. The element reads it before
   * hostUpdate starts the request for a new `src` (Lit's willUpdate comes first): the earlier one's figures or
   * error would otherwise be shown under it until it answers.
   */
  get state(): SourceState {
    return this.#stateSrc === this.#host.srcInUse ? this.#state : { status: 'loading' };
  }

  hostConnected(): void {
    // Fetch again when put back in the page: what was in flight was aborted when the host was removed. A move
    // keeps it (see hostDisconnected).
    if (this.#current) return;
    this.#requested = '';
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    // Out of the page (a `src` or `refresh` set on a removed element) nothing starts: a request or reloads would
    // go on with nothing to stop them. hostConnected asks again.
    if (!this.#host.isConnected) return;
    const { srcInUse: src } = this.#host;
    const key = `${src ?? ''}|${this.#timeoutSeconds}|${this.#refreshSeconds}`;
    if (key === this.#requested) return;
    this.#requested = key;
    this.#stop();
    if (!src) {
      // Forgotten: when it is in use again, it is loaded as a new one.
      this.#state = { status: 'idle' };
      this.#stateSrc = undefined;
      return;
    }
    this.#load(src, false);
    if (this.#refreshSeconds > 0) this.#schedule(src);
  }

  hostDisconnected(): void {
    // A moved host keeps its request in flight, which would otherwise start again at each move and never
    // answer one moved faster than the server answers.
    ifStillRemoved(this.#host, () => this.#stop());
  }

  /** The button that pauses and resumes the reloads, while there are any. */
  pauseButton(lang: Lang): TemplateResult | undefined {
    return this.#refreshTimer === undefined ? undefined : pauseButton(this.#paused, lang, this.#togglePause);
  }

  /**
   * Resumed after a reload fell due, it reloads at once, so that the figures shown are not older than the
   * interval, and the next reload is an interval later; else at the next reload, as if never paused.
   */
  readonly #togglePause = (): void => {
    this.#paused = !this.#paused;
    const { srcInUse: src } = this.#host;
    if (!this.#paused && this.#missed && src) {
      this.#load(src, true);
      this.#schedule(src);
    }
    this.#host.requestUpdate();
  };

  #schedule(src: string): void {
    clearInterval(this.#refreshTimer);
    this.#refreshTimer = setInterval(() => this.#reload(src), this.#refreshSeconds * 1000);
  }

  /**
   * Held back while paused, and while the reader is in the chart, with the keyboard or the pointer: the figures,
   * the table and the point the keys are on would change under them. The next reload after they leave comes.
   */
  #reload(src: string): void {
    this.#missed = this.#paused || this.#host.matches(':focus-within, :hover');
    if (!this.#missed) this.#load(src, true);
  }

  get #timeoutSeconds(): number {
    const { timeout } = this.#host;
    return timeout !== undefined && Number.isFinite(timeout) && timeout > 0
      ? Math.min(timeout, LONGEST_SECONDS)
      : DEFAULT_TIMEOUT_SECONDS;
  }

  get #refreshSeconds(): number {
    const { refresh } = this.#host;
    if (refresh === undefined || !Number.isFinite(refresh) || refresh <= 0) return 0;
    return Math.min(Math.max(MINIMUM_REFRESH_SECONDS, refresh), LONGEST_SECONDS);
  }

  #load(src: string, fresh: boolean): void {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    // A new src shows the loading state (see state); the same one fetched again (a refresh, a new `timeout` or
    // `refresh`, the element moved) keeps the chart as it is until it answers.
    const { signal } = controller;
    void loadSourceData(src, { timeoutSeconds: this.#timeoutSeconds, signal, fresh }).then((result) => {
      if (!result || signal.aborted) return;
      this.#state = result.ok ? { status: 'loaded', data: result.value } : { status: 'failed', error: result.error };
      this.#stateSrc = src;
      this.#onChange();
    });
  }

  #stop(): void {
    this.#current?.abort();
    this.#current = undefined;
    clearInterval(this.#refreshTimer);
    this.#refreshTimer = undefined;
    this.#missed = false;
  }
}
