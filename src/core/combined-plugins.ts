import type { Chart, Plugin } from 'chart.js';

type Hook = (this: Plugin, chart: Chart, args: unknown, options: unknown) => unknown;

/**
 * A chart's own plugins as one Chart.js plugin. Chart.js gives every plugin of every chart an option
 * resolver (two proxies with their closures), and each object in an array option (a value label, a
 * marker) one more: with three plugins that was most of what a chart held beyond plain Chart.js. Each
 * plugin still gets its hooks in order and its options, read from `options.plugins[its id]` over its
 * `defaults`.
 */
export function combinePlugins(plugins: readonly Plugin[]): Plugin {
  const combined: Record<string, unknown> = { id: 'nc-plugins' };
  const hooks = new Set(
    plugins.flatMap((plugin) =>
      Object.entries(plugin)
        .filter(([name, value]) => name !== 'id' && name !== 'defaults' && typeof value === 'function')
        .map(([name]) => name),
    ),
  );
  for (const name of hooks) {
    combined[name] = (chart: Chart, args: { cancelable?: boolean } | undefined): false | undefined => {
      for (const plugin of plugins) {
        const hook = (plugin as unknown as Record<string, Hook | undefined>)[name];
        // As Chart.js does: a cancelable hook that returns false stops the plugins after it.
        if (hook?.call(plugin, chart, args, optionsOf(chart, plugin)) === false && args?.cancelable) return false;
      }
      return undefined;
    };
  }
  return combined as unknown as Plugin;
}

function optionsOf(chart: Chart, plugin: Plugin): object {
  const plugins = chart.config.options?.plugins as Record<string, object | undefined> | undefined;
  const given = plugins?.[plugin.id];
  const defaults = (plugin.defaults ?? {}) as object;
  return given ? { ...defaults, ...given } : defaults;
}
