export type SizeListener = (width: number, height: number) => void;

const listeners = new WeakMap<Element, SizeListener>();
let observer: ResizeObserver | undefined;

/**
 * One ResizeObserver for every chart on the page. It reports the content-box size; a hidden element
 * (display:none, closed <details>) reports 0 × 0 and is reported again when it is shown.
 */
export function observeSize(element: Element, listener: SizeListener): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const { width, height } = entry.contentRect;
      listeners.get(entry.target)?.(width, height);
    }
  });
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}
