import { Chart } from 'chart.js';

// An app that uses Chart.js itself (npm users share one with it) may register plugins for its own charts,
// also after ours were drawn. Chart.js gives every registered plugin to every chart that does not turn it
// off in its options, and reads them again at each update: each update we ask of it first turns off those
// registered since (none of ours is registered: they are given to each chart).

/**
 * `false` for every plugin registered with Chart.js. The registry's `items` (by id) is in Chart.js's code
 * since version 3, not in its types.
 */
function registeredPluginsOff(): Record<string, false> {
  const registered = (Chart.registry.plugins as unknown as { items?: Record<string, unknown> }).items ?? {};
  return Object.fromEntries(Object.keys(registered).map((id) => [id, false]));
}

/** Options with every registered plugin turned off; the plugins' options given stay. */
export function withForeignPluginsOff<O extends { plugins?: object }>(options: O): O {
  return { ...options, plugins: { ...registeredPluginsOff(), ...options.plugins } };
}

/** Turns off, in a chart's options, the plugins registered since it was configured; call before updating it. */
export function keepForeignPluginsOff(chart: Chart): void {
  chart.config.options = withForeignPluginsOff(chart.config.options ?? {});
}
