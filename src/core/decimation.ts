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
