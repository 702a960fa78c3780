import { printing } from './media.js';
import type { ChartOptions, Color, FontSpec, Scale } from 'chart.js';
import type { ChartContext } from './chart-element.js';
import type { ValueLabel, ValueLabelOptions } from './value-labels.js';

/** Font of tick labels, legends and tooltips: the component's font, a step smaller. */
export function smallFont(context: ChartContext): Partial<FontSpec> {
  return { family: context.theme.fontFamily, size: smallFontSize(context) };
}

export const smallFontSize = (context: ChartContext): number => Math.round(context.theme.fontSize * 0.875);

/** The small font as a canvas `font` string, for text our plugins draw: "600 14px Arial". */
export const smallCanvasFont = (context: ChartContext, weight = ''): string =>
  `${weight ? `${weight} ` : ''}${String(smallFontSize(context))}px ${context.theme.fontFamily}`;

/** The value labels' options: numbers in the small font, semibold, in the text colour on the background. */
export function valueLabelOptions(labels: readonly ValueLabel[], context: ChartContext): ValueLabelOptions {
  const { theme } = context;
  return {
    labels,
    color: theme.text,
    background: theme.background,
    font: smallCanvasFont(context, '600'),
    fontSize: smallFontSize(context),
  };
}

/**
 * Canvas pixels to a CSS px of the canvas: the screen's, times a CSS zoom on the page round it, which
 * enlarges the canvas as an image (Chart.js reads the screen's alone); on paper at least twice, as the
 * drawing is scaled to the paper's width (see the print styles).
 */
export const pixelRatio = (canvas: HTMLCanvasElement): number =>
  (printing() ? Math.max(2, window.devicePixelRatio) : window.devicePixelRatio) * cssZoom(canvas);

/** The CSS zoom an element is shown at, from the `zoom` of the page round it; 1 where the browser cannot say. */
export const cssZoom = (element: Element): number => ('currentCSSZoom' in element ? element.currentCSSZoom : 1);

/** Options every chart shares: our own sizing, theme colours, locale, motion and hover. */
export function commonOptions(context: ChartContext): ChartOptions<'line' | 'bar'> {
  const { theme } = context;
  return {
    responsive: false,
    maintainAspectRatio: false,
    locale: context.strings.locale,
    color: theme.text,
    // Paper gets the first frame of an animation: draw the final one at once when printing (at the pixel
    // ratio of pixelRatio, which drawing.ts sets).
    ...(context.animate && !printing() ? {} : { animation: false }),
    // The nearest point along x is under the pointer: no need to hit a 5 px dot (tooltips: core/point-tooltip).
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    // Not Chart.js's touch events: a finger that scrolls the page across the plot would leave a point's
    // tooltip behind, with nothing to take it away. A tap still shows one (the browser's mouse events of a
    // tap), and taken as focus, it goes with the next tap elsewhere.
    events: ['mousemove', 'mouseout'],
    plugins: { legend: { display: false } },
    // An app that uses Chart.js itself (npm users share it) may set defaults for its own charts; none may
    // reshape ours (a curve, or a line across a gap, would show figures nobody measured). Its plugins are
    // turned off where the charts are drawn (foreign-plugins.ts).
    indexAxis: 'x',
    spanGaps: false,
    // Colours as given, never derived: a point or bar under the pointer or the keyboard keeps its colour
    // (its size, the tooltip and the live region say which it is), and a theme change redraws in the new
    // colours at once, as the text around the chart changes. Chart.js then never calls its colour library,
    // which the self-contained bundles leave out (rollup.config.mjs).
    elements: {
      point: KEEP_COLOURS,
      bar: KEEP_COLOURS,
      line: { tension: 0, cubicInterpolationMode: 'default', stepped: false, fill: false },
    },
    animations: { colors: false },
  };
}

/** The hover colours are the element's own (Chart.js's default derives a darker one). */
const KEEP_COLOURS = {
  hoverBackgroundColor: (_context: unknown, options: Record<string, unknown>) => options.backgroundColor as Color,
  hoverBorderColor: (_context: unknown, options: Record<string, unknown>) => options.borderColor as Color,
};

/**
 * A tick limit that follows the axis's length, read when the scale lays out (Chart.js resolves scale
 * options as scriptable, though its types say `number`): a grid line every `spacing` px or more, within
 * `[min, max]`. Chart.js's own default packs a 200 px tall axis with ten grid lines.
 */
function tickLimit(spacing: number, min: number, max: number): number {
  const limit = ({ scale }: { scale: Scale }): number => {
    const length = scale.isHorizontal() ? scale.width : scale.height;
    return Math.min(max, Math.max(min, Math.floor(length / spacing) + 1));
  };
  return limit as unknown as number;
}

/** A value axis that starts at zero, with numbers in the reader's language and 3 to 6 grid lines by height. */
export function countAxis(context: ChartContext): NonNullable<ChartOptions<'line'>['scales']>[string] {
  const { theme, format } = context;
  return {
    type: 'linear',
    beginAtZero: true,
    min: 0,
    grid: { color: theme.grid },
    border: { display: false },
    ticks: {
      color: theme.textMuted,
      font: smallFont(context),
      precision: 0,
      maxTicksLimit: tickLimit(36, 3, 6),
      callback: (value) => format.number(Number(value)),
    },
  };
}

/** The width a year label ("2017") needs on an axis, with space on both sides. */
export const yearLabelSlot = (context: ChartContext): number => Math.ceil(smallFontSize(context) * 2.6) + 12;

/**
 * An axis of categories (years for bars, or series names). Labels stay horizontal and are thinned out
 * before Chart.js writes and measures them, to as many as a year's slot allows: thousands of years cost
 * no more than the few shown.
 */
export function categoryAxis(context: ChartContext): NonNullable<ChartOptions<'bar'>['scales']>[string] {
  return {
    type: 'category',
    grid: { display: false },
    border: { color: context.theme.axis },
    // As many labels as fit, counted back from the last: the latest year is always named (Chart.js's own
    // skipping counts from the first, and may leave the latest bar without its year).
    afterBuildTicks: (axis: Scale) => {
      const count = axis.ticks.length;
      const fit = Math.max(2, Math.floor(axis.width / yearLabelSlot(context)) + 1);
      const step = Math.max(1, Math.ceil((count - 1) / (fit - 1)));
      axis.ticks = axis.ticks.filter((_tick, index) => (count - 1 - index) % step === 0);
    },
    ticks: {
      color: context.theme.textMuted,
      font: smallFont(context),
      maxRotation: 0,
      autoSkip: false,
    },
  };
}
