import { expect } from '@open-wc/testing';
import { optionAttribute } from '../../src/core/option-attribute.js';

const read = (value: string | null): string | null => optionAttribute.fromAttribute!(value);

describe('core/option-attribute', () => {
  it('reads a word in any case, without the spaces and quotes round it', () => {
    expect(read('dark')).to.equal('dark');
    expect(read(' BAR ')).to.equal('bar');
    expect(read('\u201dDark\u201d')).to.equal('dark');
    expect(read('\u201c auto \u201d')).to.equal('auto');
    expect(read('"\'line\'"')).to.equal('line');
    expect(read('\u2018 light\u2019\n')).to.equal('light');
  });

  it('takes every quotation mark that is a typographic quote for the error messages too', () => {
    // Swedish typography's »dark», German „dark“, and the rest of TYPOGRAPHIC_QUOTES in src/data/errors.ts.
    for (const quotes of ['»»', '„“', '‟”', '″″', '‚‘', '‛’', '«»'])
      expect(read(`${quotes.charAt(0)}dark${quotes.charAt(1)}`), quotes).to.equal('dark');
  });

  it('keeps what is inside, spaces and quotes too, to be reported as it was written', () => {
    expect(read('dark blue')).to.equal('dark blue');
    expect(read('"dark" "blue"')).to.equal('dark" "blue');
  });

  it('gives an empty word for nothing but spaces and quotes, and null for no attribute', () => {
    for (const value of ['', '   ', '""', '\u201d\u201d', ' " '])
      expect(read(value), JSON.stringify(value)).to.equal('');
    expect(read(null)).to.equal(null);
  });

  it('reads a long run of spaces in one pass: trimming it with a regular expression took seconds', () => {
    const value = `x${' '.repeat(200_000)}x`;
    const started = performance.now();
    expect(read(value)).to.equal(value);
    // Linear: a few milliseconds. The old expression took over two seconds for 60 000 spaces, and grew
    // with the square of the run.
    expect(performance.now() - started).to.be.below(1000);
  });
});
