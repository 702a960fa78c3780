/** A point of a line on a linear x axis, as Chart.js takes it with `parsing: false`. */
export interface XYPoint {
  readonly x: number;
  readonly y: number | null;
}

/**
 * Thins a line to what `columns` pixel columns can show: per column its first and last point, and its
 * lowest and highest (at the column's mean x), so that no peak is lost. The points must be sorted by x.
 *
 * This is the min-max algorithm of Chart.js's decimation plugin (MIT licence), output for output, but for
 * a series that begins or ends with gaps (null): there a column also ends before the first point with a
 * figure and after the last, so that both are drawn as they are, where Home and End go and the summary's
 * years are. The plugin also carries an algorithm and checks the components never use, 0.9 KiB of the bundle.
 */
export function minMaxDecimation(points: readonly XYPoint[], columns: number): XYPoint[] {
  const decimated: XYPoint[] = [];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return decimated;
  const dx = last.x - first.x;
  // Where a column also breaks: at the first point with a figure, and just after the last.
  const firstMeasured = points.findIndex((point) => point.y !== null);
  let afterLastMeasured = points.length;
  while (afterLastMeasured > 0 && points[afterLastMeasured - 1]?.y === null) afterLastMeasured--;
  let meanX = 0;
  let inColumn = 0;
  let column: number | undefined;
  let startIndex = 0;
  let minIndex: number | undefined;
  let maxIndex: number | undefined;
  // A gap's y (null) compares as 0, as in Chart.js, so that both draw the same line.
  let minY = 0;
  let maxY = 0;
  // An indexed loop: this runs over every point of a long series at every draw and resize.
  for (let index = 0; index < points.length; index++) {
    const point = points[index];
    if (!point) break;
    const y = point.y ?? 0;
    const truncated = Math.trunc(((point.x - first.x) / dx) * columns);
    if (truncated === column && index !== firstMeasured && index !== afterLastMeasured) {
      if (y < minY) {
        minY = y;
        minIndex = index;
      } else if (y > maxY) {
        maxY = y;
        maxIndex = index;
      }
      meanX = (inColumn * meanX + point.x) / ++inColumn;
      continue;
    }
    const lastIndex = index - 1;
    if (minIndex !== undefined && maxIndex !== undefined) {
      const earlier = Math.min(minIndex, maxIndex);
      const later = Math.max(minIndex, maxIndex);
      const low = points[earlier];
      const high = points[later];
      if (low && earlier !== startIndex && earlier !== lastIndex) decimated.push({ ...low, x: meanX });
      if (high && later !== startIndex && later !== lastIndex) decimated.push({ ...high, x: meanX });
    }
    const previous = points[lastIndex];
    if (previous && lastIndex > startIndex) decimated.push(previous);
    decimated.push(point);
    column = truncated;
    inColumn = 0;
    minY = maxY = y;
    minIndex = maxIndex = startIndex = index;
  }
  return decimated;
}
