import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FieldNames, Strings } from '../../src/i18n/strings.js';
import { messages as allMessages } from '../../src/i18n/messages.js';
import { sv } from '../../src/i18n/sv.js';
import { en } from '../../src/i18n/en.js';
import { supportedLang } from '../../src/i18n/lang.js';
import { trendStrings } from '../../src/i18n/trend-strings.js';
import { preventionStrings } from '../../src/i18n/prevention-strings.js';
import { keyFigureStrings } from '../../src/i18n/key-figure-strings.js';
import { chartStrings } from '../../src/i18n/chart-strings.js';
import {
  cutByQuotes,
  ERROR_CODES,
  unknownOption,
  type DataError,
  type ErrorKind,
  type Result,
} from '../../src/data/errors.js';
import { misspeltAttribute } from '../../src/data/misspelt-attribute.js';
import { parseTrend, parseTrendTable } from '../../src/data/trend.js';
import { parsePrevention } from '../../src/data/prevention.js';
import { parseCsv } from '../../src/data/csv.js';
import { markersWithin, parseMarkers } from '../../src/data/markers.js';

const LANGS: readonly Strings[] = [sv, en];

/** A language's error messages, a module of their own (i18n/messages). */
const messagesOf = (strings: Strings) => allMessages[strings.lang];
/** Each component's own texts, by language. */
const COMPONENT_STRINGS = { trendStrings, preventionStrings, keyFigureStrings, chartStrings };
const KINDS = Object.keys(ERROR_CODES) as ErrorKind[];

/** Every leaf of an object as "path:type", so that two languages can be compared key by key. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}:${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((key) => leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(texts);
}

function errorOf<T>(result: Result<T>): DataError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Six good rows, so that the bad one is row 7: a number that appears nowhere else in the messages. */
const GOOD = Array.from({ length: 6 }, (_, index) => ({ year: 2001 + index, value: index }));
const withRow7 = (row: unknown): string => JSON.stringify([...GOOD, row]);

/** One error of every kind, as the parsers make them. */
const ERRORS: Record<ErrorKind, DataError> = {
  jsonSyntax: errorOf(parseTrend('[{"year":2017,', ',')),
  shape: errorOf(parseTrend(withRow7([2017, 814]), ',')),
  notANumber: errorOf(parseTrend(withRow7({ year: 2017, value: 'many' }), ',')),
  invalidYear: errorOf(parseTrend(withRow7({ year: 'twenty', value: 1 }), ',')),
  duplicateYear: errorOf(parseTrend(withRow7({ year: 2003, value: 1 }), ',')),
  missingField: errorOf(parseTrend(withRow7({ year: 2017 }), ',')),
  empty: errorOf(parseTrend('[]', ',')),
  invalidMarker: errorOf(parseMarkers(JSON.stringify([...GOOD.map(() => ({ date: '2020' })), { date: '2022-13' }]))),
  negative: errorOf(parseTrend(withRow7({ year: 2017, value: -5 }), ',')),
  ambiguousNumber: errorOf(parseTrend(withRow7({ year: 2017, value: '1.234' }), ',')),
  fetchFailed: { kind: 'fetchFailed', code: 'NC111', value: 'https://example.org/data.json' },
  httpStatus: { kind: 'httpStatus', code: 'NC112', value: 'https://example.org/data.json', detail: '404' },
  timeout: { kind: 'timeout', code: 'NC113', value: 'https://example.org/data.json' },
  notData: { kind: 'notData', code: 'NC114', value: 'https://example.org/data.json' },
  invalidCsv: errorOf(parseCsv('2001,1\n2002,2\n2003,3\n2004,4\n2005,5\n2006,6\n"2007,7')),
  unknownOption: unknownOption('type', 'stapel', ['line', 'bar'])!,
  cutByQuotes: cutByQuotes([
    { name: 'heading', value: '”Hemlösheten' },
    { name: 'norrköping”', value: '' },
  ])!,
  moreFamiliesThanChildren: errorOf(
    parsePrevention('{"2022":{"families":5,"children":9},"2023":{"families":109,"children":53}}', ','),
  ),
  extraColumn: errorOf(
    parseTrendTable([...GOOD.map(({ year, value }) => [String(year), String(value)]), ['2017', '814', '412']], ','),
  ),
  tableInKeyFigure: { kind: 'tableInKeyFigure', code: 'NC120' },
  tooLarge: { kind: 'tooLarge', code: 'NC121', value: 'https://example.org/data.json', detail: '48' },
  markerOutside: markersWithin(
    [...GOOD.map(() => ({ year: 2020, month: null, label: null })), { year: 2030, month: 1, label: 'Ny strategi' }],
    2017,
    2023,
  ).error!,
  rowsAsText: { kind: 'rowsAsText', code: 'NC123' },
  misspeltAttribute: misspeltAttribute([{ name: 'sorce', value: 'SCB' }], ['heading', 'source'])!,
};

/** The kinds that concern the whole input (or its URL), not a row. */
const ROWLESS: readonly ErrorKind[] = [
  'jsonSyntax',
  'empty',
  'fetchFailed',
  'httpStatus',
  'timeout',
  'notData',
  'unknownOption',
  'cutByQuotes',
  'moreFamiliesThanChildren',
  'tableInKeyFigure',
  'tooLarge',
  'rowsAsText',
  'misspeltAttribute',
];

/**
 * What a message quotes of the offending value: all of it; for NC117, what follows the typographic
 * quotation mark it begins with, which the message's own quotation marks replace.
 */
const quoted = ({ kind, value = '' }: DataError): string => (kind === 'cutByQuotes' ? value.slice(1) : value);

/** The kinds whose message quotes the offending value. */
const QUOTES_VALUE: readonly ErrorKind[] = [
  'fetchFailed',
  'httpStatus',
  'timeout',
  'notData',
  'notANumber',
  'invalidYear',
  'duplicateYear',
  'negative',
  'ambiguousNumber',
  'unknownOption',
  'cutByQuotes',
  'moreFamiliesThanChildren',
  'extraColumn',
  'tooLarge',
];

/** As the components call it: a data field by its name in the language, an attribute (`type`) as written. */
const message = (strings: Strings, error: DataError): string =>
  messagesOf(strings).error(
    error,
    (messagesOf(strings).fields as Partial<Record<string, string>>)[error.field ?? ''] ?? error.field ?? '',
  );

describe('i18n/strings', () => {
  it('has Swedish and English with exactly the same keys, at every depth', () => {
    expect(leaves(en)).to.deep.equal(leaves(sv));
    expect(leaves(sv).length).to.be.greaterThan(20);
    expect(leaves(allMessages.en)).to.deep.equal(leaves(allMessages.sv));
  });

  for (const [name, byLang] of Object.entries(COMPONENT_STRINGS)) {
    it(`has ${name} in Swedish and English with the same keys and no empty text`, () => {
      expect(Object.keys(byLang).sort()).to.deep.equal(['en', 'sv']);
      expect(leaves(byLang.en)).to.deep.equal(leaves(byLang.sv));
      expect(leaves(byLang.sv).length).to.be.greaterThan(2);
      for (const text of [...texts(byLang.sv), ...texts(byLang.en)]) expect(text.trim(), name).to.not.equal('');
      expect(texts(byLang.sv)).to.not.deep.equal(texts(byLang.en));
    });
  }

  it('has no empty text in either language', () => {
    for (const strings of LANGS) {
      // The notation's group separator is a no-break space (checked against Intl in format.test.ts).
      const { notation, ...rest } = strings;
      for (const text of [...texts(rest), ...notation.months, notation.and])
        expect(text.trim(), strings.lang).to.not.equal('');
    }
  });

  it('names a locale of its own language and the decimal separator Intl uses there', () => {
    for (const strings of LANGS) {
      expect(supportedLang(strings.locale)).to.equal(strings.lang);
      const parts = new Intl.NumberFormat(strings.locale).formatToParts(1.5);
      expect(parts.find((part) => part.type === 'decimal')?.value).to.equal(strings.decimal);
    }
  });

  it('makes an error of every kind, as the parsers make them', () => {
    expect(Object.keys(ERRORS).sort()).to.deep.equal([...KINDS].sort());
    for (const kind of KINDS) expect(ERRORS[kind].kind).to.equal(kind);
    for (const kind of KINDS.filter((kind) => !ROWLESS.includes(kind))) expect(ERRORS[kind].row, kind).to.equal(7);
  });

  for (const kind of KINDS) {
    describe(`the ${kind} (${ERROR_CODES[kind]}) message`, () => {
      const error = ERRORS[kind];

      it('is a sentence in both languages, and a different one in each', () => {
        const messages = LANGS.map((strings) => message(strings, error));
        for (const text of messages) {
          expect(text.trim()).to.not.equal('');
          expect(text).to.match(/[.?]$/);
          expect(text).to.not.include('undefined');
        }
        expect(messages[0]).to.not.equal(messages[1]);
      });

      if (error.row !== undefined) {
        it(`names row ${error.row}`, () => {
          for (const strings of LANGS) expect(message(strings, error)).to.match(new RegExp(`\\b${error.row}\\b`));
        });
      }

      if (QUOTES_VALUE.includes(kind)) {
        it(`quotes the offending value "${error.value}"`, () => {
          expect(error.value).to.be.a('string').and.not.equal('');
          for (const strings of LANGS) expect(message(strings, error)).to.include(quoted(error));
        });
      }

      if (kind === 'misspeltAttribute') {
        it('names the attribute written and the one it is near', () => {
          for (const strings of LANGS) {
            expect(message(strings, error)).to.match(/\bsorce\b/);
            expect(message(strings, error)).to.match(/\bsource\?$/);
          }
        });
      }

      if (error.field !== undefined && kind === 'missingField') {
        it('names the missing field in the reader’s language', () => {
          for (const strings of LANGS)
            expect(message(strings, error).toLowerCase()).to.include(messagesOf(strings).fields.value);
        });
      }
    });
  }

  it('leaves the row out of a message when the error has none', () => {
    for (const strings of LANGS) {
      const text = messagesOf(strings).error({ kind: 'notANumber', code: 'NC103', value: 'many' }, '');
      expect(text).to.match(/[”“]many”/);
      // No row: no number but the example of one the advice gives.
      expect(text.replace(/1\u00a0234|1,234/, '')).to.not.match(/\d/);
    }
  });

  it('makes a non-empty, distinct message for any error, with its row and quoted value (property)', () => {
    const error = fc.record(
      {
        kind: fc.constantFrom(...KINDS),
        row: fc.integer({ min: 1, max: 100_000 }),
        field: fc.constantFrom('year', 'value', 'families', 'children', 'date', 'label'),
        value: fc.string({ maxLength: 40 }),
        detail: fc.string(),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(error, (given) => {
        const full: DataError = { ...given, code: ERROR_CODES[given.kind] };
        const messages = LANGS.map((strings) =>
          messagesOf(strings).error(full, messagesOf(strings).fields[(full.field ?? 'value') as keyof FieldNames]),
        );
        for (const text of messages) {
          expect(text.trim()).to.not.equal('');
          if (full.row !== undefined && !ROWLESS.includes(full.kind)) expect(text).to.include(String(full.row));
          if (full.value !== undefined && QUOTES_VALUE.includes(full.kind)) expect(text).to.include(quoted(full));
        }
        expect(messages[0]).to.not.equal(messages[1]);
      }),
      { numRuns: 300 },
    );
  });

  it('mentions the figures in every summary, in both languages', () => {
    for (const { lang } of LANGS) {
      const [texts, preventionTexts] = [trendStrings[lang], preventionStrings[lang]];
      const trend = texts.summary({
        heading: texts.heading,
        firstYear: '2017',
        first: '814',
        lastYear: '2023',
        last: '473',
        change: '−42 %',
        direction: 'fell',
      });
      for (const figure of [texts.heading, '2017', '814', '2023', '473', '−42 %']) expect(trend).to.include(figure);
      const one = texts.summaryOne(texts.heading, '2023', '473');
      for (const figure of ['2023', '473']) expect(one).to.include(figure);
      const prevention = preventionTexts.summary(preventionTexts.heading, '53', '109', '2023');
      for (const figure of [preventionTexts.heading, '53', '109', '2023']) expect(prevention).to.include(figure);
      expect(texts.people('473')).to.include('473');
    }
  });

  it('words every summary differently in Swedish and English', () => {
    const facts = {
      heading: 'H',
      firstYear: '2017',
      first: '814',
      lastYear: '2023',
      last: '473',
      change: null,
      direction: 'rose' as const,
    };
    expect(trendStrings.sv.summary(facts)).to.not.equal(trendStrings.en.summary(facts));
    expect(trendStrings.sv.summaryOne('H', '2023', '473')).to.not.equal(trendStrings.en.summaryOne('H', '2023', '473'));
    expect(preventionStrings.sv.summary('H', '53', '109', '2023')).to.not.equal(
      preventionStrings.en.summary('H', '53', '109', '2023'),
    );
    expect(trendStrings.sv.people('473')).to.not.equal(trendStrings.en.people('473'));
  });
});
