import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { misspeltAttribute } from '../../src/data/misspelt-attribute.js';
import { COMPONENT_ATTRIBUTES } from '../../src/embed/attributes.js';

// What the components observe (a test in test/core holds these lists to the classes' observedAttributes).
const TREND = COMPONENT_ATTRIBUTES['homeless-trend'];
const KEY_FIGURE = COMPONENT_ATTRIBUTES['key-figure'];

const names = (...list: string[]) => list.map((name) => ({ name, value: '' }));
/** The attribute meant, or null when none is reported. */
const meant = (known: readonly string[], ...list: string[]) => misspeltAttribute(names(...list), known)?.detail ?? null;

/** Letters added, dropped, changed or swapped with a neighbour: the oracle, written the textbook way. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
const bare = (name: string) => name.replace(/[-_]/g, '');
/** Reported: a name as HTML writes ours, not one of them, the same but for separators or one slip from one. */
const expectedMeant = (written: string, known: readonly string[]) =>
  known.includes(written) || !/^[a-z][\w-]*$/.test(written) || /^(aria|data)-/.test(written)
    ? undefined
    : known.find((name) => bare(written) === bare(name) || distance(written.replace(/_/g, '-'), name) <= 1);

describe('data/misspelt-attribute', () => {
  it('reports a slip of one letter: dropped, added, changed, or swapped with the next', () => {
    expect(meant(TREND, 'sorce')).to.equal('source');
    expect(meant(TREND, 'sourcee')).to.equal('source');
    expect(meant(TREND, 'soirce')).to.equal('source');
    expect(meant(TREND, 'osurce')).to.equal('source');
    expect(meant(TREND, 'dta')).to.equal('data');
    expect(meant(TREND, 'date')).to.equal('data');
    expect(meant(TREND, 'scr')).to.equal('src');
    expect(meant(TREND, 'descripton')).to.equal('description');
    expect(meant(TREND, 'eagre')).to.equal('eager');
    expect(meant(TREND, 'types')).to.equal('type');
    expect(meant(KEY_FIGURE, 'vaule')).to.equal('value');
    expect(meant(KEY_FIGURE, 'units')).to.equal('unit');
    expect(meant(KEY_FIGURE, 'perod')).to.equal('period');
  });

  it('reports a name written with other separators, or none', () => {
    expect(meant(TREND, 'heading_level')).to.equal('heading-level');
    expect(meant(TREND, 'headinglevel')).to.equal('heading-level');
    expect(meant(TREND, 'sourceurl')).to.equal('source-url');
    expect(meant(TREND, 'no_actions')).to.equal('no-actions');
    expect(meant(TREND, 'nosummary')).to.equal('no-summary');
    expect(meant(TREND, 'heading-levle')).to.equal('heading-level');
    expect(meant(TREND, 'heading_levle')).to.equal('heading-level');
    expect(meant(TREND, 'sources-url')).to.equal('source-url');
  });

  it('reports a Swedish name for one the component takes, with or without å, ä and ö', () => {
    expect(meant(TREND, 'rubrik')).to.equal('heading');
    expect(meant(TREND, 'källa')).to.equal('source');
    expect(meant(TREND, 'kalla')).to.equal('source');
    expect(meant(TREND, 'tema')).to.equal('theme');
    expect(meant(TREND, 'språk')).to.equal('lang');
    expect(meant(TREND, 'beskrivning')).to.equal('description');
    expect(meant(KEY_FIGURE, 'värde')).to.equal('value');
    expect(meant(KEY_FIGURE, 'enhet')).to.equal('unit');
    expect(meant(KEY_FIGURE, 'förändring')).to.equal('change');
    // Only a name the component takes: a trend has no value.
    expect(meant(TREND, 'värde')).to.equal(null);
  });

  it('leaves alone what pages, frameworks and HTML put on any element', () => {
    const foreign = [
      'class',
      'id',
      'style',
      'slot',
      'title',
      'hidden',
      'dir',
      'tabindex',
      'role',
      'part',
      'inert',
      'is',
      'translate',
      'itemprop',
      'loading',
      'width',
      'height',
      'aria-label',
      'aria-describedby',
      'data-v-7ba5bd90',
      'data-epi-property-name',
      'data-testid',
      'data-source',
      '_ngcontent-c0',
      'ng-reflect-heading',
      'defer-hydration',
      'x-data',
      ':data',
      '@click',
      'x-bind:src',
      'hx-get',
      'onclick',
    ];
    for (const name of foreign) {
      expect(meant(TREND, name), name).to.equal(null);
      expect(meant(KEY_FIGURE, name), name).to.equal(null);
    }
  });

  it('leaves alone the attributes the component has, and names further from them than a slip', () => {
    expect(misspeltAttribute(names(...TREND), TREND)).to.equal(null);
    for (const name of ['language', 'rubriken', 'value', 'unit', 'värde', 'headinglevle', 'Sorce'])
      expect(meant(TREND, name), name).to.equal(null);
  });

  it('leaves the words of a value cut short by typographic quotes to NC117, which says what happened', () => {
    // heading=”Antal types data” as the HTML parser reads it: `types` would otherwise be a slip of `type`.
    const cut = [
      { name: 'heading', value: '”Antal' },
      { name: 'types', value: '' },
      { name: 'data”', value: '' },
    ];
    expect(misspeltAttribute(cut, TREND)).to.equal(null);
    expect(misspeltAttribute(cut.slice(1), TREND)?.detail).to.equal('type');
  });

  it('reports the first slip, with its name and the one meant, as NC124', () => {
    expect(misspeltAttribute(names('class', 'sorce', 'dta'), TREND)).to.deep.equal({
      kind: 'misspeltAttribute',
      code: 'NC124',
      field: 'sorce',
      detail: 'source',
    });
  });

  it('reports exactly the names one slip from an attribute it has, or written with other separators (property)', () => {
    const letter = fc.constantFrom(...'a c d e g h i l n o r s t u y - _ : A'.split(' '));
    // Names near the known ones, by a random slip or two, and names of any letters.
    const slipped = fc
      .tuple(fc.constantFrom(...TREND), fc.nat(), letter, fc.constantFrom('drop', 'add', 'change', 'swap', 'two'))
      .map(([name, at, added, slip]) => {
        const i = at % (name.length + 1);
        const once = (text: string) =>
          slip === 'drop'
            ? text.slice(0, i) + text.slice(i + 1)
            : slip === 'add'
              ? text.slice(0, i) + added + text.slice(i)
              : slip === 'swap'
                ? text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2)
                : text.slice(0, i) + added + text.slice(i + 1);
        return slip === 'two' ? once(once(name).split('').reverse().join('')).split('').reverse().join('') : once(name);
      });
    const name = fc.oneof(slipped, fc.string({ unit: letter, minLength: 1, maxLength: 12 }));
    let reported = 0;
    fc.assert(
      fc.property(name, (written) => {
        const error = misspeltAttribute(names(written), TREND);
        expect(error?.detail, written).to.equal(expectedMeant(written, TREND));
        if (error) reported++;
      }),
      { numRuns: 5000 },
    );
    // The property reached its case: many slips were reported, not just names left alone.
    expect(reported).to.be.greaterThan(1000);
  });
});
