import { callEach } from './call-each.js';
import { printing, watchMedia } from './media.js';

/** Why a chart must be redrawn: the page is about to be printed, or the device pixel ratio changed. */
export type PageChange = 'print' | 'pixel-ratio';
export type PageChangeListener = (change: PageChange) => void;

const listeners = new Set<PageChangeListener>();
let stopPixelRatio: (() => void) | undefined;

const notify = (change: PageChange): void => callEach(listeners, change);

const beforePrint = (): void => notify('print');
/** Print media also without `beforeprint`: print preview in some browsers, and headless PDF export. */
const onPrintMedia = (): void => {
  if (printing()) notify('print');
};
let stopPrintMedia: (() => void) | undefined;

/** Watches the device pixel ratio (zoom, moving the window to another screen); re-armed at each change. */
function watchPixelRatio(): () => void {
  const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
  const onChange = (): void => {
    stopPixelRatio?.();
    stopPixelRatio = watchPixelRatio();
    notify('pixel-ratio');
  };
  query.addEventListener('change', onChange, { once: true });
  return () => query.removeEventListener('change', onChange);
}

/**
 * Calls `listener` when a chart must be redrawn at its current size though its container did not
 * resize: before printing (the page is laid out for paper), and when the device pixel ratio changes
 * (browser zoom, another screen) so that the canvas stays sharp. Returns the stop function.
 */
export function watchPageChanges(listener: PageChangeListener): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', beforePrint);
    stopPrintMedia = watchMedia('print', onPrintMedia);
    stopPixelRatio = watchPixelRatio();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', beforePrint);
    stopPrintMedia?.();
    stopPrintMedia = undefined;
    stopPixelRatio?.();
    stopPixelRatio = undefined;
  };
}

/** How many charts are listening; for the lifecycle tests. */
export const pageChangeListeners = (): number => listeners.size;
