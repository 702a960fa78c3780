import type { CartesianScaleOptions, Chart, ChartType, Plugin, Scale } from 'chart.js';
import { overlaps, type Box } from './boxes.js';

/** One value label: the point or bar it belongs to (as Chart.js addresses it) and its text. */
export interface ValueLabel {
  readonly dataset: number;
  /** The index in the dataset's data as given, before any decimation. */
  readonly index: number;
  readonly text: string;
  /**
   * Drawn even when wider than its bar (the latest values), where it can stand clear of the bars beside it
   * (above them if need be); others only when they fit their bar.
   */
  readonly essential?: boolean;
}

/** Options of the plugin, under `options.plugins.ncValueLabels`, so that `chart.update()` applies changes. */
export interface ValueLabelOptions {
  /**
   * The labels, most important first: where two would overlap, the earlier one is drawn. The component
   * decides what is labelled (e.g. only the ends of a long series) and formats the numbers.
   */
  readonly labels: readonly ValueLabel[];
  readonly color: string;
  /** Behind each label, so that it reads over lines, grid and bars alike (the background colour). */
  readonly background: string;
  readonly font: string;
  readonly fontSize: number;
}

/** Up to this many values, each gets a label; beyond, only the ends and the extremes (clutter hides data). */
const LABEL_EVERY_VALUE_UP_TO = 12;

/**
 * The indexes of the values to label, most important first: the latest, the first, the highest, the
 * lowest, then (in a short series) the rest from the latest back. Gaps (null) get none.
 */
export function labelledIndexes(values: readonly (number | null)[]): number[] {
  // The first, the latest, the highest (the latest of equals) and the lowest (the first of equals) in
  // one pass over the values: a long series has thousands, and needs no array of them.
  let first = -1;
  let latest = -1;
  let highest = -1;
  let lowest = -1;
  let count = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (value === null || value === undefined) continue;
    if (first < 0) [first, highest, lowest] = [index, index, index];
    latest = index;
    count += 1;
    if (value >= (values[highest] ?? 0)) highest = index;
    if (value < (values[lowest] ?? 0)) lowest = index;
  }
  if (first < 0) return [];
  const rest: number[] = [];
  if (count <= LABEL_EVERY_VALUE_UP_TO)
    for (let index = latest; index >= first; index -= 1) if (values[index] !== null) rest.push(index);
  return [...new Set([latest, first, highest, lowest, ...rest])];
}

/** A label as drawn: its text and its box, in CSS px of the canvas. */
export interface PlacedLabel {
  readonly text: string;
  readonly dataset: number;
  readonly index: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Space between a label and its point or bar, and around its text. */
const GAP = 4;
const PAD = 2;

/**
 * Where the labels go: above their point or bar; below the point (or inside the top of the bar) when
 * above would leave the plot area, whose top band belongs to marker labels. Kept inside the canvas
 * sideways, and clear of the value axis's numbers. A label that would overlap one placed before it is left
 * out: the table and the tooltip still give every value, and the order of `labels` says which matter most
 * (the ends of a trend). Measured with the context's font, which is the labels'.
 */
export function placeValueLabels(chart: Chart, options: ValueLabelOptions): PlacedLabel[] {
  const { ctx, chartArea } = chart;
  const placed: PlacedLabel[] = [];
  const bars = barBoxes(chart);
  const numbersEnd = valueAxisEnd(chart);
  const height = options.fontSize + PAD * 2;
  for (const { dataset, index, text, essential } of options.labels) {
    const target = anchor(chart, dataset, index);
    if (!text || !target) continue;
    const width = Math.ceil(ctx.measureText(text).width) + PAD * 2;
    // Labels wider than narrow bars would stand over their neighbours' bars and read as theirs.
    if (!essential && target.barWidth !== null && width > target.barWidth + GAP * 2) continue;
    const above = target.y - target.reach - GAP - height;
    // Below a point; inside the top of a bar, when the bar is tall enough to hold it.
    const below = target.y + target.reach + GAP;
    const fitsBelow = target.base === null || target.base - target.y >= height + GAP * 2;
    // Centred; on a bar, also flush with either edge, for a label wider than its bar that centred would
    // cover the bar beside it, or flush with the bar beside it on either side, where its middle stays over its own.
    const centred = target.x - width / 2;
    const half = (target.barWidth ?? 0) / 2;
    const lefts = (
      target.barWidth === null
        ? [centred]
        : [
            centred,
            target.x + half - width,
            target.x - half,
            ...bars
              .flatMap((bar) => [bar.left + bar.width, bar.left - width])
              .filter((left) => Math.abs(left - centred) <= half),
          ]
    ).map((left) => Math.min(Math.max(left, numbersEnd), chart.width - width));
    const candidates = [above, ...(fitsBelow ? [below] : [])]
      .filter((top) => top >= chartArea.top && top + height <= chartArea.bottom)
      .flatMap((top) => lefts.map((left) => ({ left, top, width, height })))
      .filter((candidate) => !placed.some((other) => overlaps(candidate, other)));
    const others = bars.filter((bar) => bar.element !== target.bar);
    const box =
      candidates.find((candidate) => !others.some((bar) => overlaps(candidate, bar))) ?? raised(candidates[0], dataset);
    if (box) placed.push({ text, dataset, index, ...box });
  }
  return placed;

  /**
   * A label wider than its bar that covers a bar beside it, lifted above that bar: its background would
   * otherwise cut the bar's top, which then reads as lower than it is. Where there is no room, and over
   * another series' bar (the families' latest figure over the children's, many years in a narrow column),
   * where it would read as that bar's, left out: the headline, the tooltip and the table give it.
   */
  function raised(box: Box | undefined, dataset: number): Box | undefined {
    if (!box) return box;
    const beside = bars.filter((bar) => bar.left < box.left + box.width && box.left < bar.left + bar.width);
    if (beside.some((bar) => bar.dataset !== dataset)) return undefined;
    const lifted = { ...box, top: Math.min(box.top, ...beside.map((bar) => bar.top - GAP - box.height)) };
    return lifted.top >= chartArea.top && !placed.some((other) => overlaps(lifted, other)) ? lifted : undefined;
  }
}

/** Where the numbers of the value axis, on the plot's left, end: Chart.js writes them that far from the plot. */
function valueAxisEnd(chart: Chart): number {
  const axis = chart.scales.y as Scale<CartesianScaleOptions> | undefined;
  if (!axis) return 0;
  const { grid, ticks } = axis.options;
  return axis.right - (grid.drawTicks ? (grid.tickLength ?? 0) : 0) - ticks.padding;
}

/**
 * The chart's bars and their boxes, as drawn: a label may touch a bar's edge, not cover it. Less a pixel all round,
 * a label could stand up to a pixel into the bar beside it, a notch in that bar's 2 px border (the children's).
 */
function barBoxes(chart: Chart): (Box & { readonly element: object; readonly dataset: number })[] {
  return chart.getSortedVisibleDatasetMetas().flatMap(({ type, data, index }) =>
    type === 'bar'
      ? (data as unknown as BarShape[]).map((element) => ({
          element,
          dataset: index,
          left: element.x - element.width / 2,
          top: Math.min(element.y, element.base),
          width: element.width,
          height: Math.abs(element.base - element.y),
        }))
      : [],
  );
}

interface BarShape {
  readonly x: number;
  readonly y: number;
  readonly base: number;
  readonly width: number;
}

interface Anchor {
  readonly x: number;
  readonly y: number;
  /** How far the point's dot reaches from its centre. */
  readonly reach: number;
  /** A bar's base and width; null for points. */
  readonly base: number | null;
  readonly barWidth: number | null;
  /** The bar, whose own box a label may stand in. */
  readonly bar?: object;
}

/** Where a label attaches: the point (and how far its dot reaches) or the top of the bar (and its base). */
function anchor(chart: Chart, dataset: number, index: number): Anchor | null {
  if (!chart.isDatasetVisible(dataset)) return null;
  const meta = chart.getDatasetMeta(dataset);
  const data = chart.data.datasets[dataset] as { _decimated?: boolean; _data?: unknown[] } | undefined;
  let target: Anchor;
  if (data?._decimated) {
    // Decimation replaced the points: place the label from the original value, on the scales.
    const raw = data._data?.[index] as { x?: number; y?: number | null } | undefined;
    const [x, y] = [chart.scales.x?.getPixelForValue(raw?.x ?? Number.NaN), raw?.y];
    if (x === undefined || y === null || y === undefined) return null;
    target = { x, y: chart.scales.y?.getPixelForValue(y) ?? Number.NaN, reach: 2, base: null, barWidth: null };
  } else {
    const element = meta.data[index] as
      | { x: number; y: number; base?: number; width?: number; skip?: boolean; options?: { radius?: number } }
      | undefined;
    if (!element || element.skip) return null;
    const bar = meta.type === 'bar';
    target = bar
      ? {
          x: element.x,
          y: element.y,
          reach: 0,
          base: element.base ?? null,
          barWidth: element.width ?? null,
          bar: element,
        }
      : { x: element.x, y: element.y, reach: (element.options?.radius ?? 3) + 1, base: null, barWidth: null };
  }
  return Number.isFinite(target.x) && Number.isFinite(target.y) ? target : null;
}

/**
 * Direct labels of values ("814", "473") at their points or on their bars, in the theme's text colour
 * on a patch of the background colour, so a value reads without the axis, the tooltip or colour.
 */
export const valueLabelPlugin: Plugin<'line' | 'bar', ValueLabelOptions> = {
  id: 'ncValueLabels',
  defaults: { labels: [], color: '#000', background: '#fff', font: '12px sans-serif', fontSize: 12 },
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx } = chart;
    ctx.save();
    // The labels are measured and drawn in this font, set once.
    ctx.font = options.font;
    const labels = placeValueLabels(chart, options);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const label of labels) {
      ctx.fillStyle = options.background;
      ctx.fillRect(label.left, label.top, label.width, label.height);
      ctx.fillStyle = options.color;
      ctx.fillText(label.text, label.left + label.width / 2, label.top + label.height / 2 + 0.5);
    }
    ctx.restore();
  },
};

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    ncValueLabels?: Partial<ValueLabelOptions>;
  }
}
