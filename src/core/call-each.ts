/**
 * Calls every listener, each on its own: one that throws is reported as an uncaught error would be, and
 * the others are still called. The page-wide watchers that draw (size, viewport, printing) call every
 * chart's listener in one loop, where a fault in one chart must not leave the others undrawn. (Those of
 * language and colour scheme only set a property, which Lit renders in each element's own update.)
 */
export function callEach<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of listeners)
    try {
      listener(...args);
    } catch (error) {
      reportError(error);
    }
}
