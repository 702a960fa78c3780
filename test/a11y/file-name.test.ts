import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fileName } from '../../src/a11y/file-name.js';

describe('a11y/file-name', () => {
  it('makes a file name of a Swedish heading', () => {
    expect(fileName('Hemlösheten i Norrköping', 'chart')).to.equal('hemlosheten-i-norrkoping');
    expect(fileName('Vräkningsförebyggande arbete 2023', 'chart')).to.equal('vrakningsforebyggande-arbete-2023');
    expect(fileName('Åtgärder – år 2022/2023!', 'chart')).to.equal('atgarder-ar-2022-2023');
  });

  it('falls back when nothing is left', () => {
    expect(fileName('', 'homeless-trend')).to.equal('homeless-trend');
    expect(fileName('!!! ???', 'homeless-trend')).to.equal('homeless-trend');
  });

  it('keeps names short, without a trailing dash', () => {
    const name = fileName('a'.repeat(59) + ' b c d e f', 'chart');
    expect(name.length).to.be.at.most(60);
    expect(name).to.not.match(/-$/);
  });

  it('gives only lower-case letters, digits and inner dashes for any heading (property)', () => {
    fc.assert(
      fc.property(fc.string(), (heading) => {
        expect(fileName(heading, 'chart')).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });
});
