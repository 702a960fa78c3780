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
/**
 * Ends the slice in a task of its own, which runs only after the task that started the slice. A message,
 * not a timer: Firefox holds timers set while the page is still loading (images, say) for up to a second.
 */
let nextTask: MessagePort | undefined;

function startSlice(): number {
  sliceStart = performance.now();
  if (!nextTask) {
    const channel = new MessageChannel();
    channel.port1.onmessage = endSlice;
    nextTask = channel.port2;
  }
  nextTask.postMessage(null);
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
 * Queues work about to start for a later task, and returns true, when this task has spent its slice or
 * earlier work already waits (it goes first): `work` is then queued once however often it is given, and
 * called in its turn, in a task of its own or shared with the next ones while their slice lasts. Returns
 * false when the work fits now: the caller does it at once, and its time counts in the slice. A task may
 * so run a slice and one piece more: a piece is started, not finished, within the slice.
 */
export function postponeIfBusy(work: () => void): boolean {
  if (sliceStart === undefined) startSlice();
  else if (waiting.size > 0 || performance.now() - sliceStart >= SLICE_MILLISECONDS) {
    waiting.add(work);
    return true;
  }
  return false;
}
