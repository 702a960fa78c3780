import type { PointTexts } from '../../core/point-tooltip.js';
import type { Locale } from '../../core/nc-element.js';
import type { TrendModel } from '../../data/model.js';
import { trendStrings } from '../../i18n/trend-strings.js';
import { chartStrings } from '../../i18n/chart-strings.js';

/**
 * What the tooltip and the keys say of <homeless-trend>'s points: drawing code, fetched with Chart.js, as
 * there is nothing to point at before.
 */
export const trendPointTexts: PointTexts<TrendModel> = {
  point(model, { index }, { strings, format }) {
    const point = model.points[index];
    if (!point) return '';
    // A bar with no figure, under the pointer: the keys pass it by.
    const { year, value } = point;
    return `${format.year(year)}: ${value === null ? chartStrings[strings.lang].noValue : trendStrings[strings.lang].people(format.spoken(value))}`;
  },

  /** Years between two neighbouring points that have no figure (absent, or a gap): the dashed line. */
  skipped(model, from, to, locale) {
    const [low, high] = from.index < to.index ? [from.index, to.index] : [to.index, from.index];
    const [first, last] = [model.points[low], model.points[high]];
    // Home and End jump over points with figures: only neighbours have nothing but gaps between them.
    if (!first || !last || model.points.slice(low + 1, high).some((point) => point.value !== null)) return '';
    return last.year - first.year < 2 ? '' : unmeasured(first.year + 1, last.year - 1, locale);
  },

  /** Years with no figure before the first point with one, or after the last (on the axis, with no point). */
  beyond(model, { index }, side, locale) {
    // One series: ↑/↓ are the page's keys, never the chart's.
    if (side === 'up' || side === 'down') return '';
    const rest = side === 'after' ? model.points.slice(index + 1) : model.points.slice(0, index);
    const [first, last] = [rest[0], rest[rest.length - 1]];
    return !first || !last || rest.some((point) => point.value !== null)
      ? ''
      : unmeasured(first.year, last.year, locale);
  },
};

/** "År 2019 mättes inte.", "Åren 2018 till 2022 mättes inte.": the years `first` to `last`. */
function unmeasured(first: number, last: number, { strings, format }: Locale): string {
  const several = last > first;
  return trendStrings[strings.lang].unmeasured(several ? format.span(first, last) : format.year(first), several);
}
