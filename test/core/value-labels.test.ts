import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { labelledIndexes } from '../../src/core/value-labels.js';

/** The labels' order by its definition: latest, first, highest (latest of equals), lowest (first of equals). */
function byDefinition(values: readonly (number | null)[]): number[] {
  const measured = [...values.keys()].filter((index) => values[index] !== null);
  if (measured.length === 0) return [];
  const byValue = [...measured].sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
  const ends = [measured[measured.length - 1]!, measured[0]!, byValue[byValue.length - 1]!, byValue[0]!];
  const rest = measured.length <= 12 ? [...measured].reverse() : [];
  return [...new Set([...ends, ...rest])];
}

describe('labelledIndexes', () => {
  it('labels the latest, the first, the highest and the lowest value first, then the rest of a short series', () => {
    expect(labelledIndexes([814, null, 473])).to.deep.equal([2, 0]);
    expect(labelledIndexes([5, 9, 1, 9, 1, 3])).to.deep.equal([5, 0, 3, 2, 4, 1]);
    expect(labelledIndexes([null, null])).to.deep.equal([]);
    // Up to twelve values, every one; from thirteen, the four that matter.
    const twelve = Array.from({ length: 12 }, (_, index) => index + 1);
    expect(labelledIndexes(twelve)).to.have.length(12);
    expect(labelledIndexes([...twelve, 13])).to.deep.equal([12, 0]);
  });

  it('picks the same values as sorting would, for series of any length and ties', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 60 }), (values) => {
        expect(labelledIndexes(values)).to.deep.equal(byDefinition(values));
      }),
    );
  });
});
