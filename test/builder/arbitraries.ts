import fc from 'fast-check';
import { HEADING_LEVELS, type ChartSettings } from '../../src/builder/settings.js';

/**
 * Any text, with the characters that matter to HTML, and typographic quotes, much more often than chance would
 * give them. NUL cannot be written in HTML.
 */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary' }).map((text) => text.replaceAll('\0', '')),
  fc.string({
    unit: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      ' ',
      'a',
      'ö',
      '<script>',
      '</td>',
      '&amp;',
      '<!--',
      '-->',
      '`',
      '=',
      // A rich-text editor's quotation marks, which the builder reads back as typed in a text.
      '”',
      '“',
      '’',
    ),
  }),
);

const textsArbitrary = fc.record({
  heading: anyText,
  description: anyText,
  source: anyText,
  sourceUrl: anyText,
});

export const settingsArbitrary: fc.Arbitrary<ChartSettings> = fc
  .record({
    component: fc.constantFrom('homeless-trend', 'prevention-stats', 'key-figure' as const),
    texts: fc.record({
      'homeless-trend': textsArbitrary,
      'prevention-stats': textsArbitrary,
      'key-figure': textsArbitrary,
    }),
    trendRows: fc.array(fc.tuple(anyText, anyText), { maxLength: 4 }),
    preventionRows: fc.array(fc.tuple(anyText, anyText, anyText), { maxLength: 4 }),
    keyFigure: fc.record({ value: anyText, unit: anyText, change: anyText, period: anyText }),
    markers: fc.array(fc.record({ date: anyText, label: anyText }), { maxLength: 3 }),
    lang: fc.constantFrom('sv', 'en' as const),
    theme: fc.constantFrom('light', 'dark', 'auto' as const),
    headingLevel: fc.constantFrom(...HEADING_LEVELS),
    noSummary: fc.boolean(),
    type: fc.constantFrom('line', 'bar' as const),
  })
  .map((settings) => settings as ChartSettings);
