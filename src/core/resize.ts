import { callEach } from './call-each.js';

export type SizeListener = (width: number, height: number) => void;

const listeners = new Map<Element, SizeListener>();
const pending = new Map<Element, { width: number; height: number }>();
let observer: ResizeObserver | undefined;
let frame = 0;

function flush(): void {
  frame = 0;
  const sizes = [...pending];
  pending.clear();
  callEach(
    sizes.map(
      ([element, { width, height }]) =>
        () =>
          listeners.get(element)?.(width, height),
    ),
  );
}

// Made here, not in observeSize: a function made there would keep the first caller's element and listener for
// the page's life (a closure keeps its maker's scope whole).
function onResize(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const { width, height } = entry.contentRect;
    pending.set(entry.target, { width, height });
  }
  frame ||= requestAnimationFrame(flush);
}

/**
 * One ResizeObserver for every chart on the page. Sizes are delivered in the next animation frame, the
 * latest per element: redrawing inside the observer's callback would re-enter layout ("ResizeObserver
 * loop completed"), and a drag-resize would redraw more than once a frame. A hidden element
 * (display:none, closed <details>) reports 0 × 0 and is reported again when it is shown.
 */
export function observeSize(element: Element, listener: SizeListener): () => void {
  observer ??= new ResizeObserver(onResize);
  listeners.set(element, listener);
  try {
    // Device pixels change with the pixel ratio too (another screen): the canvas must be redrawn sharp.
    observer.observe(element, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(element);
  }
  return () => {
    listeners.delete(element);
    pending.delete(element);
    observer?.unobserve(element);
  };
}

/** How many elements are observed; for the lifecycle tests. */
export const observedElements = (): number => listeners.size;
