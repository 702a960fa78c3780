import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { minMaxDecimation, type XYPoint } from '../../src/data/decimate.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation);

/** What Chart.js's own decimation plugin (min-max) draws of the points on a canvas `width` px wide. */
function chartJsDecimation(points: readonly XYPoint[], width: number): XYPoint[] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = 100;
  canvas.style.width = `${width}px`;
  document.body.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data: points.map((point) => ({ ...point })) }] },
    options: {
      animation: false,
      responsive: false,
      parsing: false,
      devicePixelRatio: 1,
      scales: { x: { type: 'linear' } },
      plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
    },
  });
  const dataset = chart.data.datasets[0] as unknown as { _decimated?: XYPoint[] };
  const decimated = dataset._decimated ?? [];
  chart.destroy();
  canvas.remove();
  return decimated;
}

/** Points with increasing x (not evenly spaced), y any count or a gap (null). */
const series = (minLength: number, maxLength: number) =>
  fc
    .array(
      fc.record({
        step: fc.double({ min: 0.01, max: 50, noNaN: true }),
        y: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { freq: 20 }),
      }),
      { minLength, maxLength },
    )
    .map((steps) => {
      let x = 1000;
      return steps.map(({ step, y }) => ({ x: (x += step), y }));
    });

const ys = (points: readonly XYPoint[]): number[] => points.map((point) => point.y ?? 0);

describe('data/decimate', () => {
  describe('minMaxDecimation', () => {
    it('keeps per column the first, the lowest and highest (at the column’s mean x), and the last point', () => {
      // Columns of width 2.5 in x: [0, 2.5) holds x 0, 1, 2; [2.5, 5) holds 3, 4; 10 is alone in the last.
      const points = [
        { x: 0, y: 5 },
        { x: 1, y: 9 },
        { x: 2, y: 1 },
        { x: 3, y: 4 },
        { x: 4, y: 4 },
        { x: 10, y: 7 },
      ];
      expect(minMaxDecimation(points, 4)).to.deep.equal([
        { x: 0, y: 5 },
        // The highest (x 1) at the mean x of the column's points after its first (1 and 2).
        { x: 1.5, y: 9 },
        // The lowest is also the column's last point: kept once, where it is.
        { x: 2, y: 1 },
        { x: 3, y: 4 },
        { x: 4, y: 4 },
        { x: 10, y: 7 },
      ]);
    });

    it('does not repeat a column’s first or last point as its lowest or highest', () => {
      const points = [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: 3 },
        { x: 10, y: 0 },
      ];
      // Lowest is the first point and highest the last of the first column: each once.
      expect(minMaxDecimation(points, 2)).to.deep.equal([
        { x: 0, y: 1 },
        { x: 2, y: 3 },
        { x: 10, y: 0 },
      ]);
    });

    it('compares a gap (null) as 0, and keeps it', () => {
      const points = [
        { x: 0, y: 4 },
        { x: 1, y: null },
        { x: 2, y: 6 },
        { x: 3, y: 5 },
        { x: 10, y: 1 },
      ];
      expect(minMaxDecimation(points, 2)).to.deep.equal([
        { x: 0, y: 4 },
        { x: 2, y: null },
        { x: 2, y: 6 },
        { x: 3, y: 5 },
        { x: 10, y: 1 },
      ]);
    });

    it('gives nothing for no points, and a single point as it is', () => {
      expect(minMaxDecimation([], 100)).to.deep.equal([]);
      expect(minMaxDecimation([{ x: 2017, y: 814 }], 100)).to.deep.equal([{ x: 2017, y: 814 }]);
    });

    it('draws what Chart.js’s decimation plugin draws, point for point, for a series with figures at its ends', () => {
      fc.assert(
        fc.property(series(2, 3000), fc.integer({ min: 1, max: 400 }), (points, width) => {
          // The plugin thins only beyond 4 points a pixel column: asked for fewer, it has nothing to compare.
          fc.pre(points.length > 4 * width && points[0]!.y !== null && points.at(-1)!.y !== null);
          expect(minMaxDecimation(points, width)).to.deep.equal(chartJsDecimation(points, width));
        }),
        { numRuns: 60 },
      );
    });

    it('keeps the first and last points with a figure, as they are, where gaps begin or end the series', () => {
      // Columns of width 2.5: the first holds x 0–2, the second 3–4.9. Min-max alone draws 1 and 4 as their
      // columns' highest, at the columns' mean x (1.5 and 4.45), and the gaps' nulls last in each column.
      const points = [
        { x: 0, y: null },
        { x: 1, y: 5 },
        { x: 2, y: null },
        { x: 3, y: 2 },
        { x: 4, y: 8 },
        { x: 4.9, y: null },
        { x: 10, y: null },
      ];
      expect(minMaxDecimation(points, 4)).to.deep.equal([
        { x: 0, y: null },
        { x: 1, y: 5 },
        { x: 2, y: null },
        { x: 3, y: 2 },
        { x: 4, y: 8 },
        { x: 4.9, y: null },
        { x: 10, y: null },
      ]);
      expect(
        minMaxDecimation(
          [
            { x: 0, y: null },
            { x: 1, y: null },
          ],
          1,
        ),
      ).to.deep.equal([
        { x: 0, y: null },
        { x: 1, y: null },
      ]);
    });

    it('keeps the first and last points with a figure of any series, once and in order (property)', () => {
      fc.assert(
        fc.property(series(1, 2000), fc.integer({ min: 1, max: 300 }), (points, columns) => {
          const thinned = minMaxDecimation(points, columns);
          const measured = points.filter((point) => point.y !== null);
          for (const end of [measured[0], measured.at(-1)])
            if (end) expect(thinned.filter((point) => point === end)).to.have.length(1);
          for (let index = 1; index < thinned.length; index++)
            expect(thinned[index]!.x).to.be.at.least(thinned[index - 1]!.x);
        }),
        { numRuns: 300 },
      );
    });

    it('keeps the first and the last point, every peak and trough, in order, at most 4 a column', () => {
      fc.assert(
        fc.property(series(1, 2000), fc.integer({ min: 1, max: 300 }), (points, columns) => {
          const thinned = minMaxDecimation(points, columns);
          expect(thinned[0]).to.equal(points[0]);
          expect(thinned[thinned.length - 1]).to.equal(points[points.length - 1]);
          expect(Math.max(...ys(thinned))).to.equal(Math.max(...ys(points)));
          expect(Math.min(...ys(thinned))).to.equal(Math.min(...ys(points)));
          for (let index = 1; index < thinned.length; index++)
            expect(thinned[index]!.x).to.be.at.least(thinned[index - 1]!.x);
          expect(thinned.length).to.be.at.most(Math.min(points.length, 4 * (columns + 1) + 2));
          const given = new Set(points.map((point) => point.y));
          for (const point of thinned) expect(given.has(point.y), 'a y of the series').to.equal(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});
