import type { ChartOptions, FontSpec } from 'chart.js';
import type { ChartContext } from './chart-element.js';

/** Font of tick labels, legends and tooltips: the component's font, a step smaller. */
export function smallFont(context: ChartContext): Partial<FontSpec> {
  return { family: context.theme.fontFamily, size: Math.round(context.theme.fontSize * 0.875) };
}

/** Options every chart shares: our own sizing, theme colours, locale, motion and hover. */
export function commonOptions(context: ChartContext): ChartOptions<'line' | 'bar'> {
  const { theme } = context;
  return {
    responsive: false,
    maintainAspectRatio: false,
    locale: context.strings.locale,
    color: theme.text,
    ...(context.animate ? {} : { animation: false }),
    // The nearest point along x is under the pointer: no need to hit a 5 px dot (tooltips: core/point-tooltip).
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    plugins: { legend: { display: false } },
  };
}

/** A value axis that starts at zero, with numbers in the reader's language. */
export function countAxis(context: ChartContext): NonNullable<ChartOptions<'line'>['scales']>[string] {
  const { theme, format } = context;
  return {
    type: 'linear',
    beginAtZero: true,
    grid: { color: theme.grid },
    border: { display: false },
    ticks: {
      color: theme.textMuted,
      font: smallFont(context),
      precision: 0,
      callback: (value) => format.number(Number(value)),
    },
  };
}

/**
 * An axis of years as categories (bars). Labels stay horizontal and are thinned out when they do not
 * fit; only a sample of them is measured, which keeps thousands of years fast (Chart.js otherwise
 * measures every label's text).
 */
export function categoryAxis(context: ChartContext): NonNullable<ChartOptions<'bar'>['scales']>[string] {
  return {
    type: 'category',
    grid: { display: false },
    border: { color: context.theme.axis },
    ticks: { color: context.theme.textMuted, font: smallFont(context), maxRotation: 0, autoSkip: true, sampleSize: 20 },
  };
}
