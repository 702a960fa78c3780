/** A data point addressed by series and index, as Chart.js does (`datasetIndex`, `index`). */
export interface PointPosition {
  readonly series: number;
  readonly index: number;
}

/** What the keyboard can reach: the number of series and points, and which points have a value. */
export interface PointGrid {
  readonly series: number;
  readonly points: number;
  readonly hasValue: (position: PointPosition) => boolean;
}

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Where a key moves the focused point: ←/→ to the previous/next point with a value, ↑/↓ to the same
 * point in the previous/next series, Home/End to the first/last point. Null when the key is not ours:
 * ↑/↓ are not in a chart of one series, so that they scroll the page.
 * From no point, End starts at the last point of the first series, any other of these keys at the first.
 */
export function movePoint(current: PointPosition | null, key: string, grid: PointGrid): PointPosition | null {
  if (!KEYS.has(key) || (grid.series < 2 && (key === 'ArrowUp' || key === 'ArrowDown'))) return null;
  const inSeries = (series: number): PointPosition[] => {
    const points: PointPosition[] = [];
    for (let index = 0; index < grid.points; index++)
      if (grid.hasValue({ series, index })) points.push({ series, index });
    return points;
  };
  if (!current) {
    for (let series = 0; series < grid.series; series++) {
      const row = inSeries(series);
      const first = key === 'End' ? row[row.length - 1] : row[0];
      if (first) return first;
    }
    return null;
  }
  const row = inSeries(current.series);
  const here = row.findIndex((point) => point.index === current.index);
  switch (key) {
    case 'ArrowLeft':
      return row[Math.max(0, here - 1)] ?? current;
    case 'ArrowRight':
      return row[Math.min(row.length - 1, here + 1)] ?? current;
    case 'Home':
      return row[0] ?? current;
    case 'End':
      return row[row.length - 1] ?? current;
    default: {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let series = current.series + step; series >= 0 && series < grid.series; series += step) {
        const same = inSeries(series).find((point) => point.index === current.index);
        if (same) return same;
      }
      return current;
    }
  }
}
