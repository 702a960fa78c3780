import { callEach } from './call-each.js';

/**
 * How long one task spends on work that many charts start at once: each chart's first drawing takes
 * 3–8 ms here and 40–90 ms on an old phone, and a page lays out or scrolls several charts into view
 * together. A tap or a key pressed meanwhile waits for the task to end; a task over 50 ms is a long task.
 */
export const SLICE_MILLISECONDS = 40;

const waiting = new Set<() => void>();
/** When the current slice began; undefined between slices. */
let sliceStart: number | undefined;

function startSlice(): number {
  sliceStart = performance.now();
  // The slice ends with the task that started it: a timer runs only after that task.
  setTimeout(endSlice);
  return sliceStart;
}

function endSlice(): void {
  sliceStart = undefined;
  if (!waiting.size) return;
  const start = startSlice();
  for (const work of waiting) {
    if (performance.now() - start >= SLICE_MILLISECONDS) return;
    waiting.delete(work);
    callEach([work]);
  }
}

/**
 * Whether work about to start should wait for a later task: true when this task has spent its slice, or
 * when earlier work already waits (it goes first). Then `work` is queued, once however often it is given,
 * and called in its turn, in a task of its own or shared with the next ones while their slice lasts.
 * False when the work fits now: the caller does it at once, and its time counts in the slice.
 */
export function postponed(work: () => void): boolean {
  if (sliceStart === undefined) startSlice();
  else if (waiting.size > 0 || performance.now() - sliceStart >= SLICE_MILLISECONDS) {
    waiting.add(work);
    return true;
  }
  return false;
}
