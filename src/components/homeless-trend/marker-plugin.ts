import type { Chart, ChartType, Plugin } from 'chart.js';

/** A vertical rule at a position on the x scale (in the scale's own units), with a text label. */
export interface MarkerLine {
  readonly position: number;
  readonly label: string;
}

/** Options of the plugin, under `options.plugins.ncMarkers`, so that `chart.update()` applies changes. */
export interface MarkerOptions {
  readonly lines: readonly MarkerLine[];
  readonly color: string;
  readonly font: string;
}

const GAP = 4;

/**
 * Draws markers (e.g. "Bostad först", May 2022) as dashed vertical rules with their label at the top of
 * the plot, on the side of the rule that has room. The chart reserves the label's height as top padding.
 */
export const markerPlugin: Plugin<'line' | 'bar', MarkerOptions> = {
  id: 'ncMarkers',
  defaults: { lines: [], color: '#000', font: '12px sans-serif' },
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const scale = scales.x;
    if (!scale || options.lines.length === 0) return;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.lineWidth = 2;
    ctx.font = options.font;
    ctx.textBaseline = 'bottom';
    for (const marker of options.lines) {
      // Snapped to whole pixels so the 2 px rule is crisp rather than a blurred 3 px one.
      const x = Math.round(scale.getPixelForValue(marker.position));
      if (!Number.isFinite(x) || x < chartArea.left || x > chartArea.right) continue;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      const width = ctx.measureText(marker.label).width;
      const fitsRight = x + GAP + width <= chart.width;
      ctx.textAlign = fitsRight ? 'left' : 'right';
      ctx.fillText(marker.label, fitsRight ? x + GAP : x - GAP, chartArea.top - GAP / 2);
    }
    ctx.restore();
  },
};

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    ncMarkers?: Partial<MarkerOptions>;
  }
}

/** Top padding that leaves room for marker labels. */
export const markerLabelSpace = (fontSize: number): number => Math.ceil(fontSize * 1.4) + GAP;
