import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { minMaxDecimation, type XYPoint } from '../../src/data/decimate.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation);

/**
 * What Chart.js's own decimation plugin (min-max) draws of `copies` of points on a canvas `width` px wide:
 * the points it draws as they are are those copies themselves.
 */
function chartJsDecimationOf(copies: readonly XYPoint[], width: number): XYPoint[] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = 100;
  canvas.style.width = `${width}px`;
  document.body.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data: [...copies] }] },
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

const copiesOf = (points: readonly XYPoint[]): XYPoint[] => points.map((point) => ({ ...point }));

/** What Chart.js's own decimation plugin (min-max) draws of the points on a canvas `width` px wide. */
const chartJsDecimation = (points: readonly XYPoint[], width: number): XYPoint[] =>
  chartJsDecimationOf(copiesOf(points), width);

/** The indexes of the points Chart.js's plugin draws as they are, not as copies at a column's mean x. */
function chartJsKept(points: readonly XYPoint[], width: number): number[] {
  const copies = copiesOf(points);
  return chartJsDecimationOf(copies, width)
    .map((drawn) => copies.indexOf(drawn))
    .filter((index) => index >= 0);
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

/**
 * Points with many equal values and runs of gaps, also at either end: where thinning has ties to break and
 * columns of nothing but gaps.
 */
const gappySeries = (minLength: number, maxLength: number) =>
  fc
    .tuple(
      fc.nat({ max: 60 }),
      fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { freq: 3 }), { minLength, maxLength }),
      fc.nat({ max: 60 }),
      fc.double({ min: 0.5, max: 2, noNaN: true }),
    )
    .map(([before, ys, after, step]) =>
      [...Array<null>(before).fill(null), ...ys, ...Array<null>(after).fill(null)].map((y, index) => ({
        x: 1000 + index * step,
        y,
      })),
    );

/** Whether a point is one of the given points itself, not a copy of one. */
const given = (points: readonly XYPoint[]) => {
  const all = new Set(points);
  return (point: XYPoint): boolean => all.has(point);
};

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
      // Every point, each as it is: the columns break before 1 and after 4.
      expect(minMaxDecimation(points, 4)).to.deep.equal(points);
      const gaps = [
        { x: 0, y: null },
        { x: 1, y: null },
      ];
      expect(minMaxDecimation(gaps, 1)).to.deep.equal(gaps);
      // Equal figures before the gaps: each drawn as it is, none taken for another.
      const equal = [
        { x: 0, y: 1 },
        { x: 1, y: 1 },
        { x: 2, y: null },
        { x: 3, y: null },
      ];
      expect(minMaxDecimation(equal, 1)).to.deep.equal(equal);
    });

    it('keeps the first and last points with a figure of any series once, in order, and copies inside their column (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(series(1, 2000), gappySeries(0, 400)),
          fc.integer({ min: 1, max: 300 }),
          (points, columns) => {
            const thinned = minMaxDecimation(points, columns);
            const measured = points.filter((point) => point.y !== null);
            for (const end of [measured[0], measured.at(-1)])
              if (end) expect(thinned.filter((point) => point === end)).to.have.length(1);
            for (let index = 1; index < thinned.length; index++)
              expect(thinned[index]!.x).to.be.at.least(thinned[index - 1]!.x);
            // A lowest or highest is drawn as a copy at its column's mean x: between the points drawn as they
            // are before and after it, among which lies a point of its value (what the keys name).
            const isGiven = given(points);
            thinned.forEach((point, index) => {
              if (isGiven(point)) return;
              const before = thinned.slice(0, index).findLast(isGiven)!;
              const after = thinned.slice(index + 1).find(isGiven)!;
              const between = points.slice(points.indexOf(before), points.indexOf(after) + 1);
              expect(point.x).to.be.within(before.x, after.x);
              expect(
                between.some((source) => source.y === point.y),
                `a ${point.y} between`,
              ).to.equal(true);
            });
          },
        ),
        { numRuns: 300 },
      );
    });

    it('draws every point Chart.js draws as it is, also for a series that begins or ends with gaps (property)', () => {
      fc.assert(
        fc.property(gappySeries(40, 400), fc.integer({ min: 1, max: 60 }), (points, width) => {
          fc.pre(points.length > 4 * width);
          const ours = new Set(minMaxDecimation(points, width));
          for (const index of chartJsKept(points, width))
            expect(ours.has(points[index]!), `point ${index}: ${JSON.stringify(points[index])}`).to.equal(true);
        }),
        { numRuns: 40 },
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
