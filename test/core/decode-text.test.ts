import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeText } from '../../src/core/decode-text.js';

/** "år;1 073" as Swedish Excel saves it: "å" and the no-break space one byte each. */
const WINDOWS_1252 = new Uint8Array([0xe5, 0x72, 0x3b, 0x31, 0xa0, 0x30, 0x37, 0x33]);
const TEXT = 'år;1\u00a0073';

describe('core/decode-text', () => {
  it('reads UTF-8, without its byte-order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes, 'text/csv')).to.equal(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), '')).to.equal(TEXT);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with or without a charset of UTF-8', () => {
    for (const type of ['', 'text/csv', 'text/csv; charset=utf-8', 'text/csv;charset="UTF-8"'])
      expect(decodeText(WINDOWS_1252, type), type).to.equal(TEXT);
  });

  it('uses another charset the content type names, in any of its spellings', () => {
    const utf8 = new TextEncoder().encode('år');
    expect(decodeText(utf8, 'text/csv; charset=windows-1252')).to.equal('Ã¥r');
    expect(decodeText(utf8, 'text/csv; Charset="ISO-8859-1"')).to.equal('Ã¥r');
    const utf16 = new Uint8Array([0xff, 0xfe, 0xe5, 0x00, 0x72, 0x00]);
    expect(decodeText(utf16, 'text/plain; charset=utf-16le')).to.equal('år');
  });

  it('ignores a charset it does not know', () => {
    expect(decodeText(WINDOWS_1252, 'text/csv; charset=no-such-charset')).to.equal(TEXT);
  });

  it('reads any text written as UTF-8 back unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        // TextDecoder drops one leading byte-order mark, as every browser does when it reads a file.
        expect(decodeText(bytes, 'text/csv')).to.equal(text.replace(/^\uFEFF/, ''));
      }),
    );
  });
});
