import { minMaxDecimation, type XYPoint } from '../data/decimate.js';
import type { Plugin } from 'chart.js';

/** A dataset as Chart.js's decimation plugin leaves it: `data` reads the thinned points, `_data` holds all. */
interface DecimatedDataset {
  data: XYPoint[];
  _data?: XYPoint[];
  _decimated?: XYPoint[];
}

/**
 * Draws a long line (more than 4 points per pixel column) thinned by `minMaxDecimation`, at every draw
 * and resize, as Chart.js's decimation plugin does and with its conventions (`_data`, `_decimated`), which
 * the value labels and in-place updates read. For line charts with `parsing: false` on a linear x axis; a
 * line chart keeps it whatever its length, so that a series that becomes short gets its points back.
 */
export const decimationPlugin: Plugin = {
  id: 'ncDecimation',
  beforeElementsUpdate(chart) {
    for (const dataset of chart.data.datasets as unknown as DecimatedDataset[]) {
      const points = dataset._data ?? dataset.data;
      if (points.length <= 4 * chart.width) {
        restore(dataset);
        continue;
      }
      if (!dataset._data) {
        dataset._data = points;
        Object.defineProperty(dataset, 'data', {
          configurable: true,
          enumerable: true,
          get(this: DecimatedDataset) {
            return this._decimated;
          },
          set(this: DecimatedDataset, all: XYPoint[]) {
            this._data = all;
          },
        });
      }
      dataset._decimated = minMaxDecimation(points, chart.width);
    }
  },
};

/** Gives the dataset back its points as a plain property. */
function restore(dataset: DecimatedDataset): void {
  if (!dataset._data) return;
  const points = dataset._data;
  delete dataset._decimated;
  delete dataset._data;
  Object.defineProperty(dataset, 'data', { configurable: true, enumerable: true, writable: true, value: points });
}

/**
 * The index in a dataset's data of the point drawn at `index`: a thinned line draws other points than its
 * data's. A column's lowest or highest point is drawn as a copy at the column's mean x; its source is the
 * first point of its value between the data points drawn before and after it (its column's first and last).
 */
export function sourceIndex(dataset: unknown, index: number): number {
  const decimated = dataset as DecimatedDataset | undefined;
  const all = decimated?._data;
  const drawn = decimated?.data ?? [];
  const point = drawn[index];
  if (!all || !point) return index;
  const indexOf = (drawnIndex: number): number => {
    const candidate = drawn[drawnIndex];
    const at = candidate ? lastAtOrBefore(all, candidate.x) : -1;
    return all[at] === candidate ? at : -1;
  };
  const exact = indexOf(index);
  if (exact >= 0) return exact;
  let before = index - 1;
  while (before >= 0 && indexOf(before) < 0) before--;
  let after = index + 1;
  while (after < drawn.length && indexOf(after) < 0) after++;
  const [from, to] = [Math.max(0, indexOf(before)), after < drawn.length ? indexOf(after) : all.length - 1];
  for (let source = from; source <= to; source++) if (all[source]?.y === point.y) return source;
  return index;
}

/** The last point at or before x, by bisection: the points are sorted by x. */
function lastAtOrBefore(points: readonly XYPoint[], x: number): number {
  let [low, high] = [0, points.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((points[middle]?.x ?? Infinity) <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}
