import { overlaps } from '../../core/boxes.js';
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

/** A marker's rule, at `x` in CSS px of the canvas, and its label; null where no label fits. */
export type PlacedMarker = readonly [x: number, label: PlacedMarkerLabel | null];

/**
 * Where the markers go: a rule at each one's position inside the plot, its label at the top of the rule, in
 * the band above the plot that the chart reserves as top padding (the value labels stay inside the plot, so
 * the two never cover each other). The label goes on the side of the rule that has room, and is kept inside
 * the canvas. Measured with the context's font, which is the labels'.
 */
export function placeMarkers(chart: Chart, options: MarkerOptions): PlacedMarker[] {
  const { ctx, chartArea, scales } = chart;
  const scale = scales.x;
  if (!scale) return [];
  const height = markerLabelSpace(options.fontSize) - GAP;
  const top = chartArea.top - GAP / 2 - height;
  // Snapped to whole pixels so the 2 px rule is crisp rather than a blurred 3 px one.
  const rules = options.lines
    .map((marker) => ({ marker, x: Math.round(scale.getPixelForValue(marker.position)) }))
    .filter(({ x }) => Number.isFinite(x) && x >= chartArea.left && x <= chartArea.right);
  const labels: PlacedMarkerLabel[] = [];
  return rules.map(({ marker, x }): PlacedMarker => {
    // Right of its rule, else left of it, above the plot (not over the count axis); if whole on neither
    // side, shortened with "…" to the room there. Clear of the labels placed before and of the other rules,
    // so that a label reads as its own rule's. One with no room at all is left out: the summary names it.
    const rightRoom = chart.width - x - GAP;
    const leftRoom = x - GAP - chartArea.left;
    const at = (text: string | null, side: 'right' | 'left'): PlacedMarkerLabel | null => {
      if (text === null) return null;
      const width = ctx.measureText(text).width;
      return { text, left: side === 'right' ? x + GAP : x - GAP - width, top, width, height };
    };
    const clearOf = (box: PlacedMarkerLabel | null): PlacedMarkerLabel | null =>
      box &&
      !labels.some((other) => overlaps(box, other)) &&
      !rules.some((rule) => rule.x > box.left && rule.x < box.left + box.width)
        ? box
        : null;
    const whole = ctx.measureText(marker.label).width;
    // Tried in order and only as far as needed: shortening measures the text once per letter it drops.
    const candidates = [
      () => at(whole <= rightRoom ? marker.label : null, 'right'),
      () => at(whole <= leftRoom ? marker.label : null, 'left'),
      () => at(whole > rightRoom ? shortened(ctx, marker.label, rightRoom) : null, 'right'),
      () => at(whole > leftRoom ? shortened(ctx, marker.label, leftRoom) : null, 'left'),
    ];
    const label = candidates.reduce<PlacedMarkerLabel | null>(
      (found, candidate) => found ?? clearOf(candidate()),
      null,
    );
    if (label) labels.push(label);
    return [x, label];
  });
}

/** Draws markers (e.g. "Bostad först", May 2022) as dashed vertical rules with their labels (see placeMarkers). */
export const markerPlugin: Plugin<'line' | 'bar', MarkerOptions> = {
  id: 'ncMarkers',
  defaults: { lines: [], color: '#000', font: '12px sans-serif', fontSize: 12 },
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.lineWidth = 2;
    ctx.font = options.font;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'left';
    for (const [x, label] of placeMarkers(chart, options)) {
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top - GAP / 2);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      if (label) ctx.fillText(label.text, label.left, label.top + label.height);
    }
    ctx.restore();
  },
};

/** The text, or as much of it as fits in `room` px followed by "…"; null when not even a few letters do. */
function shortened(ctx: CanvasRenderingContext2D, text: string, room: number): string | null {
  if (ctx.measureText(text).width <= room) return text;
  for (let end = text.length - 1; end >= MIN_SHORTENED; end--) {
    const short = `${text.slice(0, end).trimEnd()}…`;
    if (ctx.measureText(short).width <= room) return short;
  }
  return null;
}

/** The fewest letters a shortened label keeps: fewer would not say which marker it is. */
const MIN_SHORTENED = 6;

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    ncMarkers?: Partial<MarkerOptions>;
  }
}

/** Top padding that leaves room for marker labels. */
export const markerLabelSpace = (fontSize: number): number => Math.ceil(fontSize * 1.4) + GAP;
