/**
 * Calls `then` at the end of the task if `host` is then still out of the page. A move (removed and put back
 * in one task, as a framework re-keys or reorders a list) keeps what a removal ends: the chart, a request.
 */
export function ifStillRemoved(host: { readonly isConnected: boolean }, then: () => void): void {
  queueMicrotask(() => {
    if (!host.isConnected) then();
  });
}
