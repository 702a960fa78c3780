import {
  categoryAxis,
  commonOptions,
  countAxis,
  smallCanvasFont,
  smallFont,
  valueLabelOptions,
} from '../../core/chart-options.js';
import { valueLabelPlugin, type ValueLabel } from '../../core/value-labels.js';
import { stripes } from './patterns.js';
import { wrapLabel } from './wrap-label.js';
import { oneYear } from '../../data/prevention.js';
import { preventionStrings } from '../../i18n/prevention-strings.js';
import type { ChartConfiguration, ChartDataset, Scale } from 'chart.js';
import type { ChartContext } from '../../core/chart-element.js';
import type { PreventionModel } from '../../data/model.js';

// <prevention-stats>'s drawing code, with Chart.js: fetched when an element is connected, not waited for.
export * from '../../core/drawing.js';
export { preventionPointTexts as pointTexts } from './point-texts.js';

/** Families and children as bars: one year's two named bars, or several years grouped. */
export function preventionChart(
  model: PreventionModel,
  context: ChartContext,
  onBarNamesFit: (fit: boolean) => void,
): ChartConfiguration {
  const { theme, strings, format } = context;
  const texts = preventionStrings[strings.lang];
  const options = commonOptions(context);
  // Striped, and outlined in the series colour: children differ from families by pattern, not colour alone.
  const families = { backgroundColor: theme.series[0], borderColor: theme.series[0] };
  const children = { backgroundColor: stripes(theme.series[1], theme.background), borderColor: theme.series[1] };
  const only = oneYear(model) ? model.rows[0] : undefined;
  const names = [texts.families, texts.children];
  const text = (value: number | null): string => (value === null ? '' : format.number(value));
  let labels: (string | string[])[];
  let datasets: ChartDataset<'bar'>[];
  let valueLabels: ValueLabel[];
  if (only) {
    // One year: the bars are the two series, named on the axis; the year is the axis's title.
    labels = names;
    datasets = [
      {
        label: format.year(only.year),
        data: [only.families, only.children],
        backgroundColor: [families.backgroundColor, children.backgroundColor],
        borderColor: [families.borderColor, children.borderColor],
        borderWidth: [0, 2],
      },
    ];
    valueLabels = [0, 1].map((index) => ({
      dataset: 0,
      index,
      text: text(index === 0 ? only.families : only.children),
      essential: true,
    }));
  } else {
    labels = model.rows.map((row) => format.year(row.year));
    datasets = [
      {
        label: texts.families,
        data: model.rows.map((row) => row.families),
        ...families,
        borderWidth: 0,
      },
      {
        label: texts.children,
        data: model.rows.map((row) => row.children),
        ...children,
        borderWidth: 2,
      },
    ];
    // The latest year first: its two values are the headline's, labelled also where wider than their bars,
    // where they can stand clear of the bars beside them (see value-labels.ts).
    valueLabels = [...model.rows.entries()].reverse().flatMap(([index, row], rank) =>
      [0, 1].map((dataset) => ({
        dataset,
        index,
        text: text(dataset === 0 ? row.families : row.children),
        essential: rank === 0,
      })),
    );
  }
  const x = categoryAxis(context);
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...options,
      layout: { padding: { top: 8, right: 8 } },
      plugins: {
        ...options.plugins,
        ncValueLabels: valueLabelOptions(valueLabels, context),
      },
      scales: {
        x: only
          ? {
              ...x,
              ticks: { ...x?.ticks, callback: barNames(names, context, onBarNamesFit) },
              title: {
                display: true,
                text: format.year(only.year),
                color: theme.textMuted,
                font: smallFont(context),
              },
            }
          : x,
        y: countAxis(context),
      },
    },
    plugins: [...context.plugins, valueLabelPlugin],
  };
}

/**
 * The bars' names under them, wrapped to the width of a bar's slot; none at all when a word of one
 * does not fit (then the legend names them), so that no name is cut or overlaps its neighbour.
 */
function barNames(names: readonly string[], context: ChartContext, fitted: (fit: boolean) => void) {
  const font = smallCanvasFont(context);
  let wrapped: string[][] | null = null;
  return function (this: Scale, value: string | number, index: number): string | string[] {
    // Called once per bar, in order, at each layout: the first call wraps them all.
    if (index === 0) {
      const { ctx } = this;
      ctx.save();
      ctx.font = font;
      const slot = this.maxWidth / names.length - 8;
      const lines = names.map((name) => wrapLabel(name, slot, (text) => ctx.measureText(text).width));
      ctx.restore();
      wrapped = lines.every((name) => name !== null) ? lines : null;
      fitted(wrapped !== null);
    }
    return wrapped?.[Number(value)] ?? '';
  };
}
