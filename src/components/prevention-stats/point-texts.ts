import type { PointTexts } from '../../core/point-tooltip.js';
import type { Locale } from '../../core/nc-element.js';
import type { PreventionModel, PreventionRow } from '../../data/model.js';
import { oneYear } from '../../data/prevention.js';
import { preventionStrings } from '../../i18n/prevention-strings.js';
import { chartStrings } from '../../i18n/chart-strings.js';

/**
 * What the tooltip and the keys say of <prevention-stats>'s bars: drawing code, fetched with Chart.js, as
 * there is nothing to point at before.
 */
export const preventionPointTexts: PointTexts<PreventionModel> = {
  point(model, { series, index }, { strings, format }) {
    // One year: one series of two bars, families then children.
    const single = oneYear(model);
    const row = model.rows[single ? 0 : index];
    if (!row) return '';
    const children = single ? index === 1 : series === 1;
    const texts = preventionStrings[strings.lang];
    const [label, value] = children ? [texts.children, row.children] : [texts.families, row.families];
    // The series' name inside the sentence: its capital belongs to the legend, where it begins a line.
    return `${format.year(row.year)}, ${label.toLowerCase()}: ${value === null ? chartStrings[strings.lang].noValue : format.spoken(value)}`;
  },

  /** Years between two neighbouring bars of a series whose bar is missing (no figure). */
  skipped(model, from, to, locale) {
    if (oneYear(model) || from.series !== to.series) return '';
    // Home and End jump over bars with figures: only neighbours have nothing but gaps between them.
    const between = model.rows.slice(Math.min(from.index, to.index) + 1, Math.max(from.index, to.index));
    return missing(between, from.series, locale);
  },

  /**
   * The bars with no figure beyond the first or last bar with one: one year's other bar, the other series'
   * bar of the year (↑/↓), or years of a series.
   */
  beyond(model, position, side, locale) {
    // The other bar has no figure, or the key would have gone to it. One year is one series: ↑/↓ are the page's.
    const across = side === 'up' || side === 'down';
    if (oneYear(model)) return across ? '' : noFigure(side === 'after' ? 1 : 0, position.index, locale);
    if (across) return noFigure(side === 'down' ? 1 : 0, position.series, locale);
    const { rows } = model;
    return missing(
      side === 'after' ? rows.slice(position.index + 1) : rows.slice(0, position.index),
      position.series,
      locale,
    );
  },
};

/** "Barn som bor kvar: uppgift saknas." of the other of the two bars, `other` (0 families, 1 children); else empty. */
function noFigure(other: number, here: number, { strings }: Locale): string {
  if (other === here) return '';
  const texts = preventionStrings[strings.lang];
  return `${other ? texts.children : texts.families}: ${chartStrings[strings.lang].noValue}.`;
}

/** "Uppgift saknas för 2021 och 2022." when no row of `rows` has a figure in the series; else empty. */
function missing(rows: readonly PreventionRow[], series: number, { strings, format }: Locale): string {
  const key = series === 1 ? 'children' : 'families';
  if (rows.length === 0 || rows.some((row) => row[key] !== null)) return '';
  return preventionStrings[strings.lang].missing(format.list(rows.map((row) => format.year(row.year))));
}
