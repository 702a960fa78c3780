import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeText } from '../../src/core/decode-text.js';

/** "år;1 073" as Swedish Excel saves it: "å" and the no-break space one byte each. */
const WINDOWS_1252 = new Uint8Array([0xe5, 0x72, 0x3b, 0x31, 0xa0, 0x30, 0x37, 0x33]);
const TEXT = 'år;1\u00a0073';

describe('core/decode-text', () => {
  it('reads UTF-8, without its byte-order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).to.equal(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).to.equal(TEXT);
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(WINDOWS_1252)).to.equal(TEXT);
    // A first byte of a byte-order mark is no mark without its second: "ÿ" and "þ" in Windows-1252.
    expect(decodeText(new Uint8Array([0xff, 0x3b, 0x31]))).to.equal('ÿ;1');
    expect(decodeText(new Uint8Array([0xfe, 0x3b, 0x31]))).to.equal('þ;1');
  });

  it('reads UTF-16 by its byte-order mark, as Excel saves "Unicode text"', () => {
    const units = Array.from({ length: TEXT.length }, (_, index) => TEXT.charCodeAt(index));
    const little = new Uint8Array([0xff, 0xfe, ...units.flatMap((unit) => [unit & 0xff, unit >> 8])]);
    const big = new Uint8Array([0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])]);
    expect(decodeText(little)).to.equal(TEXT);
    expect(decodeText(big.buffer)).to.equal(TEXT);
  });

  it('reads files of no byte and of one', () => {
    expect(decodeText(new Uint8Array([]))).to.equal('');
    expect(decodeText(new Uint8Array([0x31]).buffer)).to.equal('1');
  });

  it('reads any text written as UTF-8 back unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        // TextDecoder drops one leading byte-order mark, as every browser does when it reads a file.
        expect(decodeText(bytes)).to.equal(text.replace(/^\uFEFF/, ''));
      }),
    );
  });
});
