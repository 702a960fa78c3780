import { Chart, type ChartConfiguration, type ChartData, type Scale } from 'chart.js';
import { registerChartParts } from './chart-parts.js';
import { keepForeignPluginsOff, withForeignPluginsOff } from './foreign-plugins.js';
import { pixelRatio } from './chart-options.js';

// The code that needs Chart.js: a module of its own (see on-demand.ts) that the elements do not wait for,
// so that the text, the table and the reserved box of every component are in the page before Chart.js is.
export { ChartController } from './chart-controller.js';
export { combinePlugins } from './combined-plugins.js';
export { readChartTheme } from './chart-theme.js';
export { PointTooltipController } from './point-tooltip.js';

/** A chart on a canvas already sized to its container, so that the first frame is drawn at its final size. */
export function createChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  registerChartParts();
  return new Chart(canvas, { ...config, options: withRatio(canvas, config) });
}

/** The options, with the pixel ratio of the page as it is now (read again at each update and resize). */
const withRatio = (canvas: HTMLCanvasElement, config: ChartConfiguration): NonNullable<ChartConfiguration['options']> =>
  withForeignPluginsOff({ ...config.options, devicePixelRatio: pixelRatio(canvas) });

/** The chart drawn on a canvas, also while `new Chart()` is still running. */
export const chartOn = (canvas: HTMLCanvasElement): Chart | undefined => Chart.getChart(canvas);

/** Resizes a chart at the pixel ratio of now; Chart.js updates it with the options it has. */
export function resizeChart(chart: Chart, width: number, height: number): void {
  keepForeignPluginsOff(chart);
  chart.options.devicePixelRatio = pixelRatio(chart.canvas);
  chart.resize(width, height);
}

/**
 * Redraws a chart with the options it has, at once (printing, a new pixel ratio, a web font come). Chart.js
 * keeps each axis's label widths by the font's name, which a web font's arrival does not change: forgotten,
 * so that the axes make room for their labels as now drawn, not as the fallback font drew them.
 */
export function redrawChart(chart: Chart): void {
  keepForeignPluginsOff(chart);
  for (const scale of Object.values(chart.scales)) (scale as Scale & LabelWidths)._longestTextCache = {};
  chart.update('none');
}

/** Chart.js's own record of an axis's label widths (Scale, chart.js 4). */
interface LabelWidths {
  _longestTextCache: object;
}

/**
 * Updates a chart in place with a new configuration of the same type, at the size given: drawn once (a chart
 * changed while hidden, shown at another size, is not drawn first as it was).
 */
export function updateChart(chart: Chart, config: ChartConfiguration, width: number, height: number): void {
  chart.data = keepDatasets(chart.data, config.data);
  chart.options = withRatio(chart.canvas, config);
  // Chart.js's resize reads the canvas's computed style, which forces a layout: only for a new size. One that
  // changed the canvas has updated the chart.
  const { canvas } = chart;
  const before = [canvas.width, canvas.height].join();
  if (chart.width !== width || chart.height !== height) chart.resize(width, height);
  if ([canvas.width, canvas.height].join() === before) chart.update();
}

/**
 * The new data, with each dataset given as the object the chart already has, its properties replaced:
 * Chart.js keys a dataset's controller and elements by the object, and would build them anew for a new
 * one. Properties that start with `_` stay: Chart.js's own, and those of decimation (`_data`, `_decimated`).
 * A dataset styled another way (one year's two bars, each its own colour, become the families of several)
 * is new, and so are its elements: in an animated update Chart.js sets a series' style on the elements
 * that share it, and elements once styled one by one (an array or a function) would keep their old style.
 */
function keepDatasets(current: ChartData, next: ChartData): ChartData {
  const datasets = next.datasets.map((dataset, index) => {
    const kept = current.datasets[index] as Record<string, unknown> | undefined;
    if (!kept) return dataset;
    for (const key of [...Object.keys(kept), ...Object.keys(dataset)])
      if (key !== 'data' && !key.startsWith('_') && perElement(kept[key]) !== perElement(Reflect.get(dataset, key)))
        return dataset;
    for (const key of Object.keys(kept))
      if (!key.startsWith('_') && !(key in dataset)) Reflect.deleteProperty(kept, key);
    return Object.assign(kept, dataset);
  });
  return { ...next, datasets };
}

/** An option given element by element: an array, or a function of each element. */
const perElement = (value: unknown): boolean => Array.isArray(value) || typeof value === 'function';
