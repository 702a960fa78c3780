import type { Chart } from 'chart.js';
import {
  markerPlugin,
  placeMarkers,
  type MarkerOptions,
  type PlacedMarkerLabel,
} from '../src/components/homeless-trend/marker-plugin.js';
import {
  placeValueLabels,
  valueLabelPlugin,
  type PlacedLabel,
  type ValueLabelOptions,
} from '../src/core/value-labels.js';

/** A plugin's options as the chart gives them to it (core/combined-plugins.ts): its own over its defaults. */
function pluginOptions<T>(chart: Chart, plugin: { id: string; defaults?: Partial<T> }): T {
  const given = (chart.config.options?.plugins as Record<string, Partial<T> | undefined> | undefined)?.[plugin.id];
  return { ...plugin.defaults, ...given } as T;
}

/** Places as the plugins do, measuring in their font on the chart's own context. */
function inFont<T>(chart: Chart, font: string, place: () => T): T {
  chart.ctx.save();
  chart.ctx.font = font;
  try {
    return place();
  } finally {
    chart.ctx.restore();
  }
}

/** The value labels of the chart as drawn, most important first: placed from its options and its layout. */
export function placedValueLabels(chart: Chart): PlacedLabel[] {
  const options = pluginOptions<ValueLabelOptions>(chart, valueLabelPlugin);
  return inFont(chart, options.font, () => placeValueLabels(chart, options));
}

/** The markers' labels of the chart as drawn: placed from its options and its layout. */
export function placedMarkerLabels(chart: Chart): PlacedMarkerLabel[] {
  const options = pluginOptions<MarkerOptions>(chart, markerPlugin);
  return inFont(chart, options.font, () => placeMarkers(chart, options)).flatMap(([, label]) => (label ? [label] : []));
}
