/** The `lang` of the element, else of its nearest ancestor (across shadow roots), else of the document. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;
// Made here, not in watchLang: a function made there would keep the first caller's `onChange`, its element with
// it, for the page's life (a closure keeps its maker's scope whole).
const notify = (): void => watchers.forEach((watcher) => watcher());

/** Calls `onChange` when any `lang` attribute in the document changes; returns the stop function. */
export function watchLang(onChange: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}

/** How many elements watch the language; for the lifecycle tests. */
export const langWatchers = (): number => watchers.size;
