import type { ReactiveControllerHost } from 'lit';

/**
 * Tells the host when its light-DOM children change (what is read from them: child-data.ts). The parser may
 * upgrade the element before its children exist (script in <head>), and CMS editors may change a table
 * later; both need a new read.
 */
export function watchChildren(host: ReactiveControllerHost & Element, onChange: () => void): void {
  let observer: MutationObserver | undefined;
  host.addController({
    hostConnected() {
      observer ??= new MutationObserver(onChange);
      observer.observe(host, { childList: true, subtree: true, characterData: true });
      // Upgraded while the page is parsed (a classic script in <head>): a table pushed out of the tag comes
      // after it, not inside, where the observer would see it.
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onChange, { once: true });
    },
    hostDisconnected() {
      observer?.disconnect();
    },
  });
}
