import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { movePoint, type PointGrid, type PointPosition } from '../../src/a11y/point-navigation.js';

const grid = (series: number, points: number, gaps: readonly string[] = []): PointGrid => ({
  series,
  points,
  hasValue: ({ series: s, index }) => !gaps.includes(`${s}:${index}`),
});

const at = (series: number, index: number): PointPosition => ({ series, index });

describe('a11y/point-navigation', () => {
  it('starts at the first point with a value on any navigation key', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home'])
      expect(movePoint(null, key, grid(1, 3))).to.deep.equal(at(0, 0));
    for (const key of ['ArrowUp', 'ArrowDown']) expect(movePoint(null, key, grid(2, 3))).to.deep.equal(at(0, 0));
    expect(movePoint(null, 'End', grid(2, 3))).to.deep.equal(at(0, 2));
    expect(movePoint(null, 'ArrowRight', grid(2, 3, ['0:0']))).to.deep.equal(at(0, 1));
    expect(movePoint(null, 'ArrowRight', grid(2, 1, ['0:0']))).to.deep.equal(at(1, 0));
  });

  it('ignores other keys', () => {
    expect(movePoint(at(0, 1), 'Tab', grid(1, 3))).to.equal(null);
    expect(movePoint(at(0, 1), 'a', grid(1, 3))).to.equal(null);
  });

  it('moves left and right, stopping at the ends', () => {
    const g = grid(1, 3);
    expect(movePoint(at(0, 0), 'ArrowRight', g)).to.deep.equal(at(0, 1));
    expect(movePoint(at(0, 2), 'ArrowRight', g)).to.deep.equal(at(0, 2));
    expect(movePoint(at(0, 1), 'ArrowLeft', g)).to.deep.equal(at(0, 0));
    expect(movePoint(at(0, 0), 'ArrowLeft', g)).to.deep.equal(at(0, 0));
  });

  it('skips gaps', () => {
    const g = grid(1, 4, ['0:1', '0:2']);
    expect(movePoint(at(0, 0), 'ArrowRight', g)).to.deep.equal(at(0, 3));
    expect(movePoint(at(0, 3), 'ArrowLeft', g)).to.deep.equal(at(0, 0));
  });

  it('jumps to the first and last point with Home and End', () => {
    const g = grid(1, 5, ['0:0', '0:4']);
    expect(movePoint(at(0, 2), 'Home', g)).to.deep.equal(at(0, 1));
    expect(movePoint(at(0, 2), 'End', g)).to.deep.equal(at(0, 3));
  });

  it('moves between series at the same year with up and down', () => {
    const g = grid(3, 2, ['1:1']);
    expect(movePoint(at(0, 0), 'ArrowDown', g)).to.deep.equal(at(1, 0));
    expect(movePoint(at(1, 0), 'ArrowUp', g)).to.deep.equal(at(0, 0));
    expect(movePoint(at(0, 0), 'ArrowUp', g)).to.deep.equal(at(0, 0));
    expect(movePoint(at(0, 1), 'ArrowDown', g)).to.deep.equal(at(2, 1), 'skips a series with a gap there');
    expect(movePoint(at(2, 1), 'ArrowDown', g)).to.deep.equal(at(2, 1));
  });

  it('leaves up and down to the page in a chart of one series, so that they scroll it', () => {
    for (const key of ['ArrowUp', 'ArrowDown']) {
      expect(movePoint(null, key, grid(1, 3)), key).to.equal(null);
      expect(movePoint(at(0, 1), key, grid(1, 3)), key).to.equal(null);
    }
  });

  it('finds nothing in an empty chart', () => {
    expect(movePoint(null, 'ArrowRight', grid(0, 0))).to.equal(null);
    expect(movePoint(null, 'ArrowRight', grid(2, 2, ['0:0', '0:1', '1:0', '1:1']))).to.equal(null);
  });

  it('always lands on a point with a value, never throws (property)', () => {
    const keys = fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.nat(3), fc.nat(7))),
        fc.array(keys, { maxLength: 20 }),
        (series, points, gapList, presses) => {
          const g = grid(
            series,
            points,
            gapList.map(([s, i]) => `${s}:${i}`),
          );
          let position: PointPosition | null = null;
          for (const key of presses) {
            position = movePoint(position, key, g) ?? position;
            if (position) {
              expect(g.hasValue(position)).to.equal(true);
              expect(position.series).to.be.within(0, series - 1);
              expect(position.index).to.be.within(0, points - 1);
            }
          }
        },
      ),
    );
  });
});
