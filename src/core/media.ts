import { callEach } from './call-each.js';

const lists = new Map<string, MediaQueryList>();

/** One MediaQueryList per query for the page: `matches` stays live, and renders ask often. */
export function media(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

const watchers = new Map<string, { readonly callbacks: Set<() => void>; readonly notify: () => void }>();

/**
 * Calls `onChange` when `query` starts or stops matching; returns the stop function. One `change`
 * listener per query for the whole page calls every element's callback: a MediaQueryList and a listener
 * per element would cost each of them memory and time at connect.
 */
export function watchMedia(query: string, onChange: () => void): () => void {
  let watcher = watchers.get(query);
  if (!watcher) {
    const callbacks = new Set<() => void>();
    // Bound, not a function made here: that would keep the first caller's `onChange`, its element with it, for
    // the page's life (a closure keeps its maker's scope whole, and the bundle's minifier inlines a maker).
    watcher = { callbacks, notify: callEach.bind(null, callbacks) };
    watchers.set(query, watcher);
  }
  const { callbacks, notify } = watcher;
  if (callbacks.size === 0) media(query).addEventListener('change', notify);
  callbacks.add(onChange);
  return () => {
    if (!callbacks.delete(onChange) || callbacks.size > 0) return;
    media(query).removeEventListener('change', notify);
  };
}

export const PRINT = 'print';

/** True while the page is being printed (or print is emulated): charts then draw at once, in print colours. */
export const printing = (): boolean => media(PRINT).matches;

export const prefersReducedMotion = (): boolean => media('(prefers-reduced-motion: reduce)').matches;
