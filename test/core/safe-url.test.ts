import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { asText } from '../../src/data/as-text.js';
import { safeUrl } from '../../src/core/safe-url.js';

describe('core/safe-url', () => {
  it('keeps https:, http: and relative addresses as written, trimmed', () => {
    expect(safeUrl('https://www.socialstyrelsen.se/statistik')).to.equal('https://www.socialstyrelsen.se/statistik');
    expect(safeUrl('  http://example.se/a b ')).to.equal('http://example.se/a b');
    expect(safeUrl('/statistik/hemloshet.html')).to.equal('/statistik/hemloshet.html');
    expect(safeUrl('hemloshet.html?ar=2023#tabell')).to.equal('hemloshet.html?ar=2023#tabell');
    expect(safeUrl('//example.se/x'), 'the page’s own scheme').to.equal('//example.se/x');
    expect(safeUrl('HTTPS://EXAMPLE.SE')).to.equal('HTTPS://EXAMPLE.SE');
  });

  it('refuses every other scheme, however it is written', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'mailto:info@norrkoping.se',
      'ftp://example.se/',
      'file:///etc/passwd',
    ])
      expect(safeUrl(url), url).to.equal(null);
  });

  it('gives nothing for an empty address, or one no browser can read', () => {
    for (const url of ['', '   ', null, undefined, 'http://[', 'https://[::1'])
      expect(safeUrl(url), String(url)).to.equal(null);
  });

  it('reads a value that is not text by its own text: a URL object, a number; nothing when that throws', () => {
    expect(safeUrl(new URL('https://example.se/a'))).to.equal('https://example.se/a');
    expect(safeUrl(2023)).to.equal('2023');
    const hostile = {
      toString(): string {
        throw new Error('no text');
      },
    };
    expect(asText(hostile)).to.equal('');
    expect(safeUrl(hostile)).to.equal(null);
    expect(asText(Object.create(null)), 'an object with no text at all').to.equal('');
  });

  it('gives back only addresses that resolve to http: or https:, never throwing (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:', 'data:', 'https:', '//', ' ')),
        (url) => {
          const kept = safeUrl(url);
          if (kept === null) return;
          expect(kept).to.equal(url.trim());
          expect(['http:', 'https:']).to.include(new URL(kept, 'https://relative.invalid/').protocol);
        },
      ),
    );
  });
});
