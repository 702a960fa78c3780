import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { subject } from '../../src/i18n/subject.js';
import { trendStrings } from '../../src/i18n/trend-strings.js';
import { preventionStrings } from '../../src/i18n/prevention-strings.js';

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

  it('begins a new sentence with the subject given after a question or an exclamation, not after a colon', () => {
    expect(subject('Hur många är hemlösa?', 'Antalet')).to.equal('Hur många är hemlösa? Antalet');
    expect(subject('Färre hemlösa!', 'Antalet')).to.equal('Färre hemlösa! Antalet');
    expect(subject('Antal hemlösa.', 'Antalet')).to.equal('Antal hemlösa:');
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
    const summaries = (lang: 'sv' | 'en'): string[] => [
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
    ];
    // What follows the question is a new sentence: it begins with a number, a sign or a capital.
    for (const lang of ['sv', 'en'] as const)
      for (const text of summaries(lang)) expect(text, text).to.match(/^Hur många är hemlösa\? [\p{Lu}\d−+-]/u);
    expect(summaries('sv')[0]).to.equal(
      'Hur många är hemlösa? Antalet minskade från 814 år 2017 till 473 år 2023, en förändring med −42 %.',
    );
    expect(summaries('en')[0]).to.equal(
      'Hur många är hemlösa? The number fell from 814 in 2017 to 473 in 2023, a change of −42 %.',
    );
  });
});
