import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { duplicateTopLevelKey, parseJson, parseJsonOrValue } from '../../src/data/json.js';
import { anyText, anyValue, errorOf, expectError, expectWellFormedError, valueOf } from './expect-result.js';

const jsonAccepts = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The message JSON.parse throws for a text it refuses, as the error's `detail` carries it. */
const parserMessage = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('data/json', () => {
  describe('parseJson', () => {
    it('parses JSON texts of every kind', () => {
      expect(valueOf(parseJson('[{"year":2017,"value":814}]'))).to.deep.equal([{ year: 2017, value: 814 }]);
      expect(valueOf(parseJson('{"2017":814}'))).to.deep.equal({ 2017: 814 });
      expect(valueOf(parseJson(' 5 '))).to.equal(5);
      expect(valueOf(parseJson('"text"'))).to.equal('text');
      expect(valueOf(parseJson('null'))).to.equal(null);
      expect(valueOf(parseJson('true'))).to.equal(true);
    });

    it('refuses invalid JSON with NC101, the text and the parser’s message', () => {
      for (const text of ['', ' ', '[{', "{'2017':814}", '[1,]', '{"2017":814,}', 'undefined', 'NaN', '[1] x']) {
        const error = expectError(parseJson(text), 'jsonSyntax', { value: text });
        expect(error.detail).to.be.a('string').and.not.equal('');
        expect(error.detail).to.equal(parserMessage(text));
        expect(error).to.not.have.property('row');
      }
    });

    it('shortens a long invalid text in the error', () => {
      const text = `[${'1,'.repeat(500)}`;
      const error = errorOf(parseJson(text));
      expect(error.code).to.equal('NC101');
      expect(error.value).to.have.length(40);
      expect(text.startsWith(error.value!.slice(0, 39))).to.equal(true);
    });

    it('keeps a "__proto__" key as plain data without touching Object.prototype', () => {
      const value = valueOf(parseJson('{"__proto__":{"polluted":1}}')) as object;
      expect(Object.hasOwn(value, '__proto__')).to.equal(true);
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('gives back what JSON.stringify wrote (property)', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const text = JSON.stringify(value);
          expect(valueOf(parseJson(text))).to.deep.equal(JSON.parse(text));
        }),
      );
    });

    it('reads JSON into which a text editor put curly quotes, no-break or zero-width spaces', () => {
      expect(valueOf(parseJson('{\u201c2017\u201d:814,\u201c2023\u201d:473}'))).to.deep.equal({ 2017: 814, 2023: 473 });
      expect(valueOf(parseJson('[{\u201cyear\u201d:\u00a02017,\u201dvalue\u201c:\u202f473}]'))).to.deep.equal([
        { year: 2017, value: 473 },
      ]);
      // Low and reversed double quotes (\u201e, \u201f) and the double prime (\u2033) too.
      expect(valueOf(parseJson('{\u201e2017\u201f:814,\u20332023\u2033:473}'))).to.deep.equal({ 2017: 814, 2023: 473 });
      expect(valueOf(parseJson('{"2017":814\u200b}'))).to.deep.equal({ 2017: 814 });
      expect(valueOf(parseJson('\ufeff[1]'))).to.deep.equal([1]);
    });

    it('reads JSON with the curly quotes an editor put round the attribute’s value', () => {
      expect(valueOf(parseJson('\u2019[{\u201dyear\u201d:2017,\u201dvalue\u201d:814}]\u2019'))).to.deep.equal([
        { year: 2017, value: 814 },
      ]);
      expect(valueOf(parseJson(' \u201d{"2017":814}\u201d '))).to.deep.equal({ 2017: 814 });
    });

    it('gives the text it read: the text itself when it is JSON, else the text with its typography undone', () => {
      const typed = '{\u201c2017\u201d:814,\u00a0\u201c2017\u201d:900}';
      expect(parseJson(typed).text).to.equal('{"2017":814, "2017":900}');
      // Valid JSON is read as written, curly quotes in its strings and all.
      const valid = '[{"label":"\u201dBostad först\u201d"}]';
      expect(parseJson(valid).text).to.equal(valid);
      expect(parseJsonOrValue(valid).text).to.equal(valid);
      expect(parseJsonOrValue({ 2017: 814 }), 'a value, no text').to.not.have.property('text');
      expect(parseJson('{\u201c2017:814}'), 'nothing read').to.not.have.property('text');
    });

    it('keeps curly quotes inside the strings of valid JSON, and refuses what is invalid either way', () => {
      expect(valueOf(parseJson('[{"label":"\u201dBostad först\u201d"}]'))).to.deep.equal([
        { label: '\u201dBostad först\u201d' },
      ]);
      for (const text of ['{\u201c2017\u201d:814,}', '{\u20182017\u2019:814}', '{\u201c2017:814}'])
        expectError(parseJson(text), 'jsonSyntax', { value: text });
    });

    it('never throws, and fails exactly when JSON.parse refuses the text with and without its typography (property)', () => {
      const typographyUndone = (text: string) =>
        text
          .replace(/^\s*[\u2018-\u201f](.*)[\u2018-\u201f]\s*$/s, '$1')
          .replace(/[\u201c-\u201f\u2033]/g, '"')
          .replace(/[\u00a0\u2007\u202f]/g, ' ')
          .replace(/[\u200b\ufeff]/g, '');
      const typed = fc.string({
        unit: fc.constantFrom('\u201c', '\u201d', '\u2019', '\u00a0', '\u200b', '{', '}', '"', ':', '1', ',', 'a'),
      });
      fc.assert(
        fc.property(fc.oneof(anyText, typed), (text) => {
          const result = parseJson(text);
          expect(result.ok).to.equal(jsonAccepts(text) || jsonAccepts(typographyUndone(text)));
          if (!result.ok) {
            expectWellFormedError(result.error);
            expect(result.error.kind).to.equal('jsonSyntax');
          }
        }),
      );
    });
  });

  describe('parseJsonOrValue', () => {
    it('parses a text as JSON', () => {
      expect(valueOf(parseJsonOrValue('[1,2]'))).to.deep.equal([1, 2]);
      expectError(parseJsonOrValue('[1,'), 'jsonSyntax');
    });

    it('takes anything else as already-parsed data, the very same value', () => {
      const data = [{ year: 2017, value: 814 }];
      expect(valueOf(parseJsonOrValue(data))).to.equal(data);
      expect(valueOf(parseJsonOrValue(5))).to.equal(5);
      expect(valueOf(parseJsonOrValue(null))).to.equal(null);
      expect(valueOf(parseJsonOrValue(undefined))).to.equal(undefined);
    });

    it('never throws, and passes every non-text through unchanged (property)', () => {
      fc.assert(
        fc.property(anyValue, (value) => {
          const result = parseJsonOrValue(value);
          if (typeof value === 'string') expect(result.ok).to.equal(jsonAccepts(value));
          else expect(Object.is(valueOf(result), value)).to.equal(true);
        }),
      );
    });
  });

  describe('duplicateTopLevelKey', () => {
    it('finds a key written twice in the top-level object, with its position', () => {
      expect(duplicateTopLevelKey('{"2017":814,"2023":473,"2017":900}')).to.deep.equal({ key: '2017', position: 3 });
      expect(duplicateTopLevelKey('{ "a" : 1 , "b":{"a":2}, "a" : 3 }')).to.deep.equal({ key: 'a', position: 3 });
    });

    it('compares keys as JSON reads them, escapes decoded', () => {
      // In the JSON text, \u0032 is "2": the second key is "2017" too.
      expect(duplicateTopLevelKey('{"2017":1,"\\u0032017":2}')).to.deep.equal({ key: '2017', position: 2 });
      expect(duplicateTopLevelKey('{"2017":1,"2017 ":2}')).to.equal(null);
    });

    it('ignores nested objects, arrays, string values that look like keys, and invalid text', () => {
      expect(duplicateTopLevelKey('{"2023":{"families":1,"families":2}}')).to.equal(null);
      expect(duplicateTopLevelKey('[{"year":2017},{"year":2017}]')).to.equal(null);
      expect(duplicateTopLevelKey('{"a":"b","c":"a:"}')).to.equal(null);
      expect(duplicateTopLevelKey('{"a":1,"a')).to.equal(null);
      expect(duplicateTopLevelKey('')).to.equal(null);
    });

    it('never throws for any text (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'{}[]":,\\ a1'.split('')) })),
          (text) => {
            duplicateTopLevelKey(text);
          },
        ),
      );
    });

    it('finds the first key written twice in any object text, at its position (property)', () => {
      // Few keys, so that many objects repeat one; values may nest objects with the same keys, which count not.
      const key = fc.oneof(fc.constantFrom('2017', '2023', 'a', ''), fc.string({ maxLength: 3 }));
      const space = fc.constantFrom('', ' ', '\n  ');
      const entry = fc.tuple(key, fc.jsonValue({ maxDepth: 2 }), space);
      let duplicated = 0;
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
          const text = `{${entries.map(([name, value, gap]) => `${gap}${JSON.stringify(name)}${gap}:${gap}${JSON.stringify(value)}`).join(',')}}`;
          const keys = entries.map(([name]) => name);
          const second = keys.findIndex((name, index) => keys.indexOf(name) < index);
          if (second >= 0) duplicated++;
          expect(duplicateTopLevelKey(text), text).to.deep.equal(
            second < 0 ? null : { key: keys[second], position: second + 1 },
          );
        }),
        { numRuns: 300 },
      );
      expect(duplicated, 'runs with a key written twice').to.be.at.least(60);
    });
  });
});
