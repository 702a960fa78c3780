import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { subject } from '../../src/i18n/subject.js';
import { trendStrings } from '../../src/i18n/trend-strings.js';
import { preventionStrings } from '../../src/i18n/prevention-strings.js';
import { keyFigureStrings } from '../../src/i18n/key-figure-strings.js';

describe('i18n/subject', () => {
  it('puts a colon after a heading', () => {
    expect(subject('Hemlösheten i Norrköping')).to.equal('Hemlösheten i Norrköping:');
  });

  it('gives a heading that ends in a full stop, colon, semicolon or comma the colon instead', () => {
    for (const heading of ['Antal hemlösa.', 'Antal hemlösa:', 'Antal hemlösa;', 'Antal hemlösa,', 'Antal hemlösa. '])
      expect(subject(heading), heading).to.equal('Antal hemlösa:');
  });

  it('keeps a question or an exclamation mark in place of the colon', () => {
    expect(subject('Hur många är hemlösa?')).to.equal('Hur många är hemlösa?');
    expect(subject('Färre hemlösa!')).to.equal('Färre hemlösa!');
  });

  it('never leaves two marks in a row after the heading, whatever it ends in (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '.', ':', ';', ',', '?', '!') }), (heading) => {
        const text = `${subject(heading)} 473`;
        expect(text).to.not.match(/[.:;,?!]\s*[:.;,] 473$/);
        expect(text).to.match(/[:?!] 473$/);
      }),
    );
  });

  it('is how every summary begins, in both languages', () => {
    const heading = 'Hur många är hemlösa?';
    for (const lang of ['sv', 'en'] as const) {
      const texts = [
        trendStrings[lang].summary({
          heading,
          firstYear: '2017',
          first: '814',
          lastYear: '2023',
          last: '473',
          change: '−42 %',
          direction: 'fell',
        }),
        trendStrings[lang].summary({
          heading,
          firstYear: '2017',
          first: '5',
          lastYear: '2023',
          last: '5',
          change: null,
          direction: 'same',
        }),
        trendStrings[lang].summaryOne(heading, '2023', '473'),
        preventionStrings[lang].summary(heading, '53', '109', '2023'),
        preventionStrings[lang].summary(heading, null, '109', '2023'),
        keyFigureStrings[lang].summary(heading, '−37 %', '2022–2023'),
      ];
      for (const text of texts) expect(text, text).to.match(/^Hur många är hemlösa\? \S/);
    }
  });
});
