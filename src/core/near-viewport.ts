import { callEach } from './call-each.js';

const listeners = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** How far outside the viewport a chart starts drawing, so that it is ready when scrolled to. */
const MARGIN = '200px';

/**
 * One IntersectionObserver for every chart on the page: calls `listener` once, when `element` first comes
 * within 200 px of the viewport, and stops watching it. Returns the stop function.
 */
export function whenNearViewport(element: Element, listener: () => void): () => void {
  observer ??= new IntersectionObserver(onIntersect, { rootMargin: MARGIN });
  listeners.set(element, listener);
  observer.observe(element);
  return () => stop(element);
}

// Made here, not in whenNearViewport: a function made there would keep the first caller's element for the
// page's life (a closure keeps its maker's scope whole).
function onIntersect(entries: IntersectionObserverEntry[]): void {
  callEach(
    entries
      .filter((entry) => entry.isIntersecting)
      .map(({ target }) => () => {
        const near = listeners.get(target);
        stop(target);
        near?.();
      }),
  );
}

function stop(element: Element): void {
  listeners.delete(element);
  observer?.unobserve(element);
}

/** How many elements wait to come near the viewport; for the lifecycle tests. */
export const elementsWaitingForViewport = (): number => listeners.size;
