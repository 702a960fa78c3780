import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { wrapLabel } from '../../../src/components/prevention-stats/wrap-label.js';

/** Every character 1 unit wide: widths are lengths. */
const length = (text: string): number => text.length;

describe('prevention-stats/wrap-label', () => {
  it('fills each line with as many words as fit', () => {
    expect(wrapLabel('Barnfamiljer som bor kvar', 12, length)).to.deep.equal(['Barnfamiljer', 'som bor kvar']);
    expect(wrapLabel('Barnfamiljer som bor kvar', 25, length)).to.deep.equal(['Barnfamiljer som bor kvar']);
    expect(wrapLabel('Children who stayed', 10, length)).to.deep.equal(['Children', 'who stayed']);
  });

  it('gives null when one word alone is wider than the line', () => {
    expect(wrapLabel('Barnfamiljer som bor kvar', 11, length)).to.equal(null);
  });

  it('collapses runs of white space, and gives no lines for an empty label', () => {
    expect(wrapLabel('  a \n b  ', 3, length)).to.deep.equal(['a b']);
    expect(wrapLabel('', 3, length)).to.deep.equal([]);
  });

  it('keeps every word in order, and every line fits (property)', () => {
    const word = fc.stringMatching(/^[a-zåäö]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const lines = wrapLabel(words.join(' '), width, length);
        if (words.some((item) => item.length > width)) {
          expect(lines).to.equal(null);
          return;
        }
        expect(lines).to.not.equal(null);
        expect(lines!.join(' ')).to.equal(words.join(' '));
        for (const line of lines!) expect(line.length).to.be.at.most(width);
        // Greedy: no line could have taken the next line's first word.
        lines!.slice(1).forEach((line, index) => {
          expect(`${lines![index]!} ${line.split(' ')[0]!}`.length).to.be.greaterThan(width);
        });
      }),
      { numRuns: 300 },
    );
  });
});
