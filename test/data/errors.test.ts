import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cutByQuotes, ERROR_CODES, fail, ok, shown, unknownOption, type ErrorKind } from '../../src/data/errors.js';
import { anyValue, errorOf, expectWellFormedError, valueOf } from './expect-result.js';

const KINDS = Object.keys(ERROR_CODES) as ErrorKind[];

describe('data/errors', () => {
  describe('ERROR_CODES', () => {
    it('keeps every documented code where it is (codes are never renumbered)', () => {
      expect(ERROR_CODES).to.deep.equal({
        jsonSyntax: 'NC101',
        shape: 'NC102',
        notANumber: 'NC103',
        invalidYear: 'NC104',
        duplicateYear: 'NC105',
        missingField: 'NC106',
        empty: 'NC107',
        invalidMarker: 'NC108',
        negative: 'NC109',
        ambiguousNumber: 'NC110',
        fetchFailed: 'NC111',
        httpStatus: 'NC112',
        timeout: 'NC113',
        notData: 'NC114',
        invalidCsv: 'NC115',
        unknownOption: 'NC116',
        cutByQuotes: 'NC117',
        moreFamiliesThanChildren: 'NC118',
        extraColumn: 'NC119',
        tableInKeyFigure: 'NC120',
        tooLarge: 'NC121',
        markerOutside: 'NC122',
        rowsAsText: 'NC123',
        misspeltAttribute: 'NC124',
      });
    });

    it('gives each kind its own NC1xx code', () => {
      const codes = Object.values(ERROR_CODES);
      for (const code of codes) expect(code).to.match(/^NC1\d\d$/);
      expect(new Set(codes).size).to.equal(codes.length);
    });
  });

  describe('ok', () => {
    it('wraps a value', () => {
      expect(ok(5)).to.deep.equal({ ok: true, value: 5 });
      expect(ok(null)).to.deep.equal({ ok: true, value: null });
    });

    it('keeps the very object it is given', () => {
      const value = { a: 1 };
      expect(valueOf(ok(value))).to.equal(value);
    });
  });

  describe('fail', () => {
    it('makes an error of the kind with its code', () => {
      for (const kind of KINDS) {
        expect(fail(kind)).to.deep.equal({ ok: false, error: { kind, code: ERROR_CODES[kind] } });
      }
    });

    it('carries row, field and detail as given', () => {
      const error = errorOf(fail('notANumber', { row: 3, field: 'value', value: 'many', detail: 'why' }));
      expect(error).to.deep.equal({
        kind: 'notANumber',
        code: 'NC103',
        row: 3,
        field: 'value',
        value: 'many',
        detail: 'why',
      });
    });

    it('leaves out the value when there is none, but keeps null, false and 0 as text', () => {
      expect(errorOf(fail('shape', { row: 1 }))).to.not.have.property('value');
      expect(errorOf(fail('shape', { value: undefined }))).to.not.have.property('value');
      expect(errorOf(fail('shape', { value: null })).value).to.equal('null');
      expect(errorOf(fail('shape', { value: false })).value).to.equal('false');
      expect(errorOf(fail('shape', { value: 0 })).value).to.equal('0');
      expect(errorOf(fail('shape', { value: '' })).value).to.equal('');
    });

    it('shortens the value for display', () => {
      const error = errorOf(fail('notANumber', { value: 'x'.repeat(1000) }));
      expect(error.value).to.equal(`${'x'.repeat(39)}…`);
    });

    it('never lets the value overwrite the kind or code', () => {
      const error = errorOf(fail('empty', { row: 2 }));
      expect(error.kind).to.equal('empty');
      expect(error.code).to.equal('NC107');
    });
  });

  describe('unknownOption', () => {
    it('reports a value a setting does not take, naming the values it takes', () => {
      expect(unknownOption('type', 'stapel', ['line', 'bar'])).to.deep.equal({
        kind: 'unknownOption',
        code: 'NC116',
        field: 'type',
        value: 'stapel',
        detail: 'line, bar',
      });
      // As given: an attribute reaches it lowercased (core/option-attribute.ts), a property set from script as set.
      expect(unknownOption('type', 'Bar', ['line', 'bar'])?.value).to.equal('Bar');
    });

    it('takes a known value, and an absent or empty one (the default)', () => {
      for (const value of ['line', 'bar', '', null, undefined])
        expect(unknownOption('type', value, ['line', 'bar'])).to.equal(null);
    });
  });

  describe('cutByQuotes', () => {
    const attributes = (pairs: Record<string, string>) =>
      Object.entries(pairs).map(([name, value]) => ({ name, value }));

    it('reports a value that typographic quotes cut at its first space, as the HTML parser leaves it', () => {
      // heading=”Hemlösheten i Norrköping”: the words after the space are attributes, the last ending in ”.
      expect(
        cutByQuotes(attributes({ lang: 'sv', heading: '”Hemlösheten', i: '', 'norrköping”': '', eager: '' })),
      ).to.deep.equal({ kind: 'cutByQuotes', code: 'NC117', field: 'heading', value: '”Hemlösheten' });
      for (const [value, closing] of [
        ['“Hemlösheten', 'norrköping”'],
        ['„Hemlösheten', 'norrköping“'],
        ['″Hemlösheten', 'norrköping″'],
        ['”', 'hemlösheten”'],
        ['’Hemlösheten', 'norrköping’'],
        ['»Hemlösheten', 'norrköping«'],
      ])
        expect(cutByQuotes(attributes({ source: value!, [closing!]: '' }))?.field, value).to.equal('source');
      expect(cutByQuotes(attributes({ theme: '”dark”', heading: '”Hem', 'löshet”': '' }))?.field).to.equal('heading');
    });

    it('leaves whole values alone: one word in typographic quotes, a value that begins with a quotation', () => {
      for (const value of [
        '”dark”',
        '“bar”',
        'Hemlösheten',
        '"citat"',
        '”Bostad först” i Norrköping',
        '',
        '[{“year”:2017}]',
      ])
        expect(cutByQuotes(attributes({ heading: value, 'no-actions': '' })), value).to.equal(null);
      expect(cutByQuotes(attributes({ 'x”': '', heading: '”Bostad först” i Norrköping' })), 'a name before').to.equal(
        null,
      );
    });

    it('never throws, and reports only a value that begins with a quote before a name that ends with one (property)', () => {
      const text = fc.string({ unit: fc.constantFrom('a', ' ', '”', '“', '"'), minLength: 1 });
      fc.assert(
        fc.property(fc.uniqueArray(fc.tuple(text, text), { selector: ([name]) => name }), (pairs) => {
          const error = cutByQuotes(pairs.map(([name, value]) => ({ name, value })));
          const opened = pairs.findIndex(([, value]) => /^[“”„″]/.test(value));
          const closed = pairs.findLastIndex(([name]) => /[“”„″]$/.test(name));
          if (opened < 0 || closed <= opened) expect(error).to.equal(null);
          else {
            expectWellFormedError(error!);
            expect(error!.value).to.match(/^[“”„″]/);
          }
        }),
      );
    });
  });

  describe('shown', () => {
    it('keeps short texts as they are', () => {
      expect(shown('many')).to.equal('many');
      expect(shown('')).to.equal('');
      expect(shown('x'.repeat(40))).to.equal('x'.repeat(40));
    });

    it('cuts texts longer than 40 characters to 39 and an ellipsis', () => {
      const text = shown('y'.repeat(41));
      expect(text).to.equal(`${'y'.repeat(39)}…`);
      expect(text).to.have.length(40);
    });

    it('writes numbers, booleans and null as JavaScript does', () => {
      expect(shown(814)).to.equal('814');
      expect(shown(-1.5)).to.equal('-1.5');
      expect(shown(Number.NaN)).to.equal('NaN');
      expect(shown(Number.POSITIVE_INFINITY)).to.equal('Infinity');
      expect(shown(true)).to.equal('true');
      expect(shown(null)).to.equal('null');
    });

    it('shows undefined as an empty text', () => {
      expect(shown(undefined)).to.equal('');
    });

    it('writes objects and arrays as JSON', () => {
      expect(shown({ year: 2017 })).to.equal('{"year":2017}');
      expect(shown([1, 2])).to.equal('[1,2]');
      expect(shown({ long: 'z'.repeat(100) })).to.have.length(40);
    });

    it('falls back to the type for what JSON cannot write', () => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      expect(shown(circular)).to.equal('object');
      expect(shown(10n)).to.equal('bigint');
      expect(shown(Symbol('s'))).to.equal('symbol');
      expect(shown(() => 1)).to.equal('function');
    });

    it('never throws and always returns at most 40 characters (property)', () => {
      fc.assert(
        fc.property(anyValue, (value) => {
          const text = shown(value);
          expect(text).to.be.a('string');
          expect(text.length).to.be.at.most(40);
        }),
      );
    });
  });

  it('makes well-formed errors of every kind with any details (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        fc.option(fc.constantFrom('year', 'value', 'families', 'children', 'date', 'label'), { nil: undefined }),
        anyValue,
        (kind, row, field, value) => {
          const error = errorOf(fail(kind, { row, field, value }));
          expectWellFormedError(error);
          expect(error.kind).to.equal(kind);
          expect(error.row).to.equal(row);
        },
      ),
    );
  });
});
