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
  readonly fontSize: number;
}

const GAP = 4;

/** A marker's label as drawn: its text and box, in CSS px of the canvas. */
export interface PlacedMarkerLabel {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const drawn = new WeakMap<Chart, PlacedMarkerLabel[]>();

/** The marker labels the chart drew last (for tests: they must stay clear of the value labels and the edges). */
export const drawnMarkerLabels = (chart: Chart): readonly PlacedMarkerLabel[] => drawn.get(chart) ?? [];

/**
 * Draws markers (e.g. "Bostad först", May 2022) as dashed vertical rules with their label at the top of
 * the rule, in the band above the plot that the chart reserves as top padding: the value labels stay
 * inside the plot, so the two never cover each other. The label goes on the side of the rule that has
 * room, and is kept inside the canvas.
 */
export const markerPlugin: Plugin<'line' | 'bar', MarkerOptions> = {
  id: 'ncMarkers',
  defaults: { lines: [], color: '#000', font: '12px sans-serif', fontSize: 12 },
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const scale = scales.x;
    const labels: PlacedMarkerLabel[] = [];
    drawn.set(chart, labels);
    if (!scale || options.lines.length === 0) return;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.lineWidth = 2;
    ctx.font = options.font;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'left';
    const height = markerLabelSpace(options.fontSize) - GAP;
    for (const marker of options.lines) {
      // Snapped to whole pixels so the 2 px rule is crisp rather than a blurred 3 px one.
      const x = Math.round(scale.getPixelForValue(marker.position));
      if (!Number.isFinite(x) || x < chartArea.left || x > chartArea.right) continue;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top - GAP / 2);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      const width = ctx.measureText(marker.label).width;
      const fitsRight = x + GAP + width <= chart.width;
      const left = Math.max(0, fitsRight ? x + GAP : x - GAP - width);
      const bottom = chartArea.top - GAP / 2;
      ctx.fillText(marker.label, left, bottom);
      labels.push({ text: marker.label, left, top: bottom - height, width, height });
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
