import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  canvasOf,
  dataError,
  nextFrame,
  paintedPixels,
  partText,
  plainSpaces,
  reduceMotion,
  renderChart,
  rendered,
} from '../helpers.js';
import {
  attribute,
  childTable,
  describeInput,
  jsonInputs,
  mount,
  mountChart,
  property,
  script,
  settle,
  shownTable,
  table,
  type ChartTag,
  type Input,
} from './mount.js';
import { readChartTheme } from '../../src/core/chart-theme.js';
import type { Chart } from 'chart.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';
import type { ErrorCode } from '../../src/data/errors.js';
import { captureWarnings } from '../warnings.js';

/**
 * The validation matrix of the issue on bad input: every case through the real components, in every
 * input form where it makes sense, asserting what the reader sees (message, chart, table) and what the
 * page's script gets (the `data-error` event).
 */

before(reduceMotion);

const TITLE = { sv: 'Diagrammet kan inte visas', en: 'The chart cannot be shown' } as const;
/** The title when the last good figures stay on screen under the message. */
const TITLE_SHOWN = 'Diagrammet visas inte som det är tänkt';
/** <key-figure> is no chart: its titles say so. */
const KEY_FIGURE_TITLE = { sv: 'Nyckeltalet kan inte visas', en: 'The key figure cannot be shown' } as const;
const TREND_HEADER = ['År', 'Personer'];
const PREVENTION_HEADER = ['År', 'Familjer', 'Barn'];
/** One year of prevention: its two bars, named on the axis. */
const ONE_YEAR_BARS = {
  sv: ['Barnfamiljer som bor kvar', 'Barn som bor kvar'],
  en: ['Families with children who kept their home', 'Children who kept their home'],
} as const;

type ChartElement = (HomelessTrend | PreventionStats) & { data?: unknown };
interface Point {
  readonly x: number;
  readonly y: number | null;
}

/** What the reader should see for a case. */
type Outcome =
  | { readonly code: ErrorCode; readonly message: string }
  | {
      readonly points: readonly Point[];
      readonly table: readonly (readonly string[])[];
      readonly summary?: string;
    }
  | {
      /** Several years: a group of two bars a year, the years on the axis. */
      readonly labels: readonly string[];
      readonly families: readonly (number | null)[];
      readonly children: readonly (number | null)[];
      readonly table: readonly (readonly string[])[];
      readonly summary?: string;
    }
  | {
      /** One year: its two bars, families then children, named on the axis; the year is the axis's title. */
      readonly year: string;
      readonly families: number | null;
      readonly children: number | null;
      readonly table: readonly (readonly string[])[];
      readonly summary?: string;
    };

interface Case {
  readonly name: string;
  readonly tag: ChartTag;
  readonly lang?: 'en';
  readonly inputs: readonly Input[];
  readonly outcome: Outcome;
}

const trendPoints = (chart: Chart | undefined): unknown => chart?.data.datasets[0]?.data;

/** Runs each input of a case as its own test. */
function matrix(cases: readonly Case[]): void {
  for (const testCase of cases) {
    describe(`<${testCase.tag}>${testCase.lang ? ` lang="${testCase.lang}"` : ''}: ${testCase.name}`, () => {
      for (const input of testCase.inputs) it(describeInput(input), () => check(testCase, input));
    });
  }
}

async function check({ tag, lang, outcome }: Case, input: Input): Promise<void> {
  const { element, errors } = await mountChart<ChartElement>(tag, input, lang);
  const shadow = element.shadowRoot!;
  if ('code' in outcome) {
    expect(errors.map((error) => error.code)).to.deep.equal([outcome.code], 'one data-error with the code');
    expect(errors[0]!.message).to.equal(outcome.message);
    expect(partText(element, 'error')).to.equal(`${TITLE[lang ?? 'sv']}. ${outcome.message}`);
    expect(shadow.querySelector('[part="error"]')!.parentElement!.getAttribute('role')).to.equal('alert');
    // Nothing valid was shown before: no chart, no empty grid, no table, no figures.
    expect(element.chart).to.equal(undefined);
    expect(shadow.querySelector('canvas, [part="chart"], [part="table"], [part="figure"], [part="summary"]')).to.equal(
      null,
    );
    return;
  }
  expect(errors).to.deep.equal([], 'no data-error');
  expect(shadow.querySelector('[part="error"]')).to.equal(null);
  expect(paintedPixels(canvasOf(element))).to.be.greaterThan(500);
  if ('points' in outcome) {
    expect(trendPoints(element.chart)).to.deep.equal(outcome.points);
  } else if ('year' in outcome) {
    const chart = element.chart!;
    expect(chart.data.labels).to.deep.equal(ONE_YEAR_BARS[lang ?? 'sv']);
    expect(chart.data.datasets.map((dataset) => dataset.data)).to.deep.equal([[outcome.families, outcome.children]]);
    const { title } = chart.scales.x!.options as { title?: { display?: boolean; text?: unknown } };
    expect([title?.display, title?.text]).to.deep.equal([true, outcome.year], 'the year is the axis title');
  } else {
    expect(element.chart?.data.labels).to.deep.equal(outcome.labels);
    expect(element.chart?.data.datasets.map((dataset) => dataset.data)).to.deep.equal([
      outcome.families,
      outcome.children,
    ]);
  }
  expect(shownTable(element)).to.deep.equal(outcome.table);
  if (outcome.summary !== undefined) expect(plainSpaces(partText(element, 'summary'))).to.equal(outcome.summary);
}

/** The message names the row and, as it could be read, its year. */
const notANumber = (value: string, year: number, row = 1): Outcome => ({
  code: 'NC103',
  message: `Värdet ”${value}” på rad ${row} (år ${year}) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
});
const tooLarge = (value: string, year: number, row = 1): Outcome => ({
  code: 'NC103',
  message: `Värdet ”${value}” på rad ${row} (år ${year}) är för stort för att visas.`,
});
const negative = (value: string, year: number, row = 1): Outcome => ({
  code: 'NC109',
  message: `Värdet ”${value}” på rad ${row} (år ${year}) är negativt, men ett antal kan inte vara mindre än noll.`,
});
const invalidYear = (value: string, row = 1): Outcome => ({
  code: 'NC104',
  message: `Året ”${value}” på rad ${row} är inte ett årtal med fyra siffror.`,
});
const JSON_SYNTAX: Outcome = {
  code: 'NC101',
  message: 'Siffrorna är inte skrivna som giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
};
const SHAPE: Outcome = {
  code: 'NC102',
  message: 'Siffrorna har fel form. Ange en lista med år och värden, till exempel [{"year":2023,"value":473}].',
};
const PREVENTION_SHAPE: Outcome = {
  code: 'NC102',
  message:
    'Siffrorna har fel form. Ange en lista med år och värden, till exempel [{"year":2023,"families":53,"children":109}].',
};
const rowShape = (row: number): Outcome => ({
  code: 'NC102',
  message: `Rad ${row} har fel form: den ska ha ett år och värden.`,
});
const EMPTY: Outcome = { code: 'NC107', message: 'Det finns inga värden att visa.' };

/** A Proxy whose every use throws, even `Array.isArray`. */
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

describe('validation matrix', () => {
  describe('malformed JSON (NC101)', () => {
    matrix([
      {
        name: 'JSON that does not parse',
        tag: 'homeless-trend',
        inputs: [
          attribute('[{"year":2017,"value":814}'),
          attribute("[{'year':2017,'value':814}]"),
          attribute('{\u20182017\u2019:814}'), // curly single quotes: JSON has no single quotes to read them as
          attribute('[{"year":2017,"value":814},]'),
          script('[{"year":2017,"value":814}'),
          property('{oops'),
        ],
        outcome: JSON_SYNTAX,
      },
      {
        name: 'JSON that does not parse',
        tag: 'prevention-stats',
        inputs: [attribute('{"2023":{"families":53,"children":109}'), script('{"2023":{"families":53,"children":109}')],
        outcome: JSON_SYNTAX,
      },
      {
        name: 'JSON that does not parse, in English',
        tag: 'homeless-trend',
        lang: 'en',
        inputs: [attribute('{oops')],
        outcome: {
          code: 'NC101',
          message: 'The data is not valid JSON. Check quotation marks, commas and brackets.',
        },
      },
    ]);
  });

  describe('wrong shape (NC102)', () => {
    matrix([
      {
        name: 'not a list or a year map',
        tag: 'homeless-trend',
        inputs: [attribute('"814"'), attribute('42'), attribute('null'), script('true'), property(42)],
        outcome: SHAPE,
      },
      {
        name: 'a row that is not an object',
        tag: 'homeless-trend',
        inputs: [attribute('[814,473]'), script('[null]'), property([[2017, 814]])],
        outcome: rowShape(1),
      },
      {
        name: 'a later row that is not an object',
        tag: 'homeless-trend',
        inputs: jsonInputs([{ year: 2017, value: 814 }, 'x']),
        outcome: rowShape(2),
      },
      {
        name: 'not a list or a year map, with an example of its own shape',
        tag: 'prevention-stats',
        inputs: [attribute('"x"'), property(true)],
        outcome: PREVENTION_SHAPE,
      },
      ...(['homeless-trend', 'prevention-stats'] as const).map((tag) => ({
        name: 'data that throws when it is read (a getter, a Proxy), with no uncaught error',
        tag,
        inputs: [
          property([
            {
              get year(): number {
                throw new Error('a getter that throws');
              },
            },
          ]),
          property(
            new Proxy([], {
              get() {
                throw new Error('a Proxy that throws');
              },
            }),
          ),
          property(revokedProxy()),
        ],
        outcome: tag === 'homeless-trend' ? SHAPE : PREVENTION_SHAPE,
      })),
      {
        name: 'a row that is not an object',
        tag: 'prevention-stats',
        inputs: jsonInputs([[2023, 53, 109]]),
        outcome: rowShape(1),
      },
    ]);
  });

  describe('a missing value (NC106)', () => {
    matrix([
      {
        name: 'a row without its value',
        tag: 'homeless-trend',
        inputs: jsonInputs([{ year: 2017 }]),
        outcome: { code: 'NC106', message: 'Värde saknas på rad 1 (år 2017).' },
      },
      {
        name: 'a row without its year',
        tag: 'homeless-trend',
        inputs: jsonInputs([{ value: 814 }]),
        outcome: { code: 'NC106', message: 'År saknas på rad 1.' },
      },
      {
        name: 'a row without children',
        tag: 'prevention-stats',
        inputs: [...jsonInputs([{ year: 2023, families: 53 }]), table([['2023', '53']], PREVENTION_HEADER)],
        outcome: { code: 'NC106', message: 'Värdet för barn saknas på rad 1 (år 2023).' },
      },
    ]);
  });

  describe('no values (NC107): a message, and no chart', () => {
    matrix([
      {
        name: 'empty list, empty map, empty table, all blank',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([]),
          attribute('{}'),
          property({}),
          attribute('{"2017":null,"2023":null}'),
          table([]),
          table([], TREND_HEADER),
          table(
            [
              ['2017', ''],
              ['2023', '–'],
            ],
            TREND_HEADER,
          ),
          table([
            ['', ''],
            ['  ', '\u00a0'],
          ]),
        ],
        outcome: EMPTY,
      },
      {
        name: 'empty list, empty table, all blank',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([]),
          attribute('[{"year":2023,"families":null,"children":null}]'),
          table([]),
          table([], PREVENTION_HEADER),
          table([['2023', '', ' ']], PREVENTION_HEADER),
        ],
        outcome: EMPTY,
      },
      {
        name: 'an empty list, in English',
        tag: 'homeless-trend',
        lang: 'en',
        inputs: [attribute('[]')],
        outcome: { code: 'NC107', message: 'There are no values to show.' },
      },
    ]);
  });

  describe('one point draws', () => {
    matrix([
      {
        name: 'one year',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([{ year: 2023, value: 473 }]),
          attribute('{"2023":473}'),
          table([['2023', '473']], TREND_HEADER),
        ],
        outcome: {
          points: [{ x: 2023, y: 473 }],
          table: [['2023', '473']],
          summary: 'Hemlösheten i Norrköping: 473 personer år 2023.',
        },
      },
      {
        name: 'one year',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([{ year: 2023, families: 12, children: 30 }]),
          table([['2023', '12', '30']], PREVENTION_HEADER),
        ],
        outcome: {
          year: '2023',
          families: 12,
          children: 30,
          table: [['2023', '12', '30']],
          summary:
            'Vräkningsförebyggande arbete: 12 barnfamiljer med sammanlagt 30 barn kunde bo kvar i sina hem år 2023.',
        },
      },
    ]);

    it('<homeless-trend> draws the one point where it is, on a finite axis', async () => {
      const { element } = await mountChart<HomelessTrend>('homeless-trend', attribute('{"2023":473}'));
      const chart = element.chart!;
      const point = chart.getDatasetMeta(0).data[0]!;
      expect(point.x).to.be.within(chart.chartArea.left, chart.chartArea.right);
      expect(point.y).to.be.within(chart.chartArea.top, chart.chartArea.bottom);
      expect(seriesPixels(element, 2023, 473)).to.be.greaterThan(10);
      expect(Number.isFinite(chart.scales.y!.max)).to.equal(true);
      expect(chart.scales.x!.ticks.map((tick) => tick.label)).to.deep.equal(['2023']);
    });
  });

  describe('null and blank cells are gaps', () => {
    const gappy = [
      { year: 2017, value: 814 },
      { year: 2020, value: null },
      { year: 2023, value: 473 },
    ];
    const gapTable = (gap: string): Input =>
      table(
        [
          ['2017', '814'],
          ['2020', gap],
          ['2023', '473'],
        ],
        TREND_HEADER,
      );
    matrix([
      {
        name: 'a gap in 2020',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs(gappy),
          attribute('{"2017":814,"2020":null,"2023":473}'),
          gapTable(''),
          gapTable('   '),
          gapTable('–'),
          gapTable('-'),
          gapTable('\u2212'),
          gapTable('—'),
          gapTable('..'),
          gapTable('…'),
        ],
        outcome: {
          points: [
            { x: 2017, y: 814 },
            { x: 2020, y: null },
            { x: 2023, y: 473 },
          ],
          table: [
            ['2017', '814'],
            ['2020', 'uppgift saknas'],
            ['2023', '473'],
          ],
          summary:
            'Hemlösheten i Norrköping: antalet minskade från 814 personer år 2017 till 473 personer år 2023, en förändring med −42 %.' +
            ' Uppmätt 2017 och 2023; åren däremellan mättes inte.',
        },
      },
      {
        name: 'no families counted in 2022',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([
            { year: 2022, families: null, children: 5 },
            { year: 2023, families: 53, children: 109 },
          ]),
          table(
            [
              ['2022', '', '5'],
              ['2023', '53', '109'],
            ],
            PREVENTION_HEADER,
          ),
        ],
        outcome: {
          labels: ['2022', '2023'],
          families: [null, 53],
          children: [5, 109],
          table: [
            ['2022', 'uppgift saknas', '5'],
            ['2023', '53', '109'],
          ],
        },
      },
    ]);

    it('<homeless-trend> breaks the line at a gap rather than joining its neighbours', async () => {
      const joined = await mountChart<HomelessTrend>('homeless-trend', attribute('{"2017":814,"2023":473}'));
      const broken = await mountChart<HomelessTrend>(
        'homeless-trend',
        attribute('{"2017":814,"2020":null,"2023":473}'),
      );
      // A point on the straight line from 2017 to 2023. Joined, the line is there, dashed and in the lighter
      // colour of unmeasured years; across the gap there is no line, in either colour.
      const [x, y] = [2018.5, 814 + ((473 - 814) * 1.5) / 6];
      const { measured, unmeasured } = lineColours(joined.element);
      expect(seriesPixels(joined.element, x, y, [unmeasured])).to.be.greaterThan(
        5,
        'the control chart joins 2017 and 2023, in the unmeasured colour',
      );
      expect(seriesPixels(joined.element, x, y, [measured])).to.equal(0, 'not in the measured colour');
      expect(seriesPixels(broken.element, x, y)).to.equal(0, 'no line across the gap');
      const spanGaps = [broken.element.chart!.options, broken.element.chart!.data.datasets[0]!].map(
        (options) => (options as { spanGaps?: unknown }).spanGaps,
      );
      expect(spanGaps).to.not.include(true);
      // Both measured points are still drawn.
      expect(seriesPixels(broken.element, 2017, 814)).to.be.greaterThan(10);
      expect(seriesPixels(broken.element, 2023, 473)).to.be.greaterThan(10);
    });
  });

  describe('numbers in table cells are read in the page language', () => {
    matrix([
      {
        name: 'Swedish: "1 234", "1,5", "12" and no-break spaces',
        tag: 'homeless-trend',
        inputs: [
          table(
            [
              ['2015', '1 234'],
              ['2016', '1,5'],
              ['2017', '12'],
              ['2018', '1\u00a0234'],
              ['2019', '1\u202f234'],
            ],
            TREND_HEADER,
          ),
          attribute('{"2015":"1 234","2016":"1,5","2017":"12","2018":"1\u00a0234","2019":"1\u202f234"}'),
        ],
        outcome: {
          points: [
            { x: 2015, y: 1234 },
            { x: 2016, y: 1.5 },
            { x: 2017, y: 12 },
            { x: 2018, y: 1234 },
            { x: 2019, y: 1234 },
          ],
          table: [
            ['2015', '1 234'],
            ['2016', '1,5'],
            ['2017', '12'],
            ['2018', '1 234'],
            ['2019', '1 234'],
          ],
        },
      },
      {
        name: 'Swedish: "1 234", "1,5", "12"',
        tag: 'prevention-stats',
        inputs: [
          table(
            [
              ['2022', '12', '1 234'],
              ['2023', '1,5', '3'],
            ],
            PREVENTION_HEADER,
          ),
        ],
        outcome: {
          labels: ['2022', '2023'],
          families: [12, 1.5],
          children: [1234, 3],
          table: [
            ['2022', '12', '1 234'],
            ['2023', '1,5', '3'],
          ],
        },
      },
      {
        name: 'Swedish: "−5" with a minus sign (U+2212) is negative (NC109)',
        tag: 'homeless-trend',
        inputs: [
          table(
            [
              ['2017', '814'],
              ['2023', '\u22125'],
            ],
            TREND_HEADER,
          ),
          attribute('{"2017":814,"2023":"\u22125"}'),
        ],
        outcome: negative('\u22125', 2023, 2),
      },
      {
        name: 'Swedish: "−5" with a minus sign (U+2212) is negative (NC109)',
        tag: 'prevention-stats',
        inputs: [table([['2023', '53', '\u22125']], PREVENTION_HEADER)],
        outcome: negative('\u22125', 2023),
      },
      {
        name: 'Swedish: "12 %" is a share, no count (NC103)',
        tag: 'homeless-trend',
        inputs: [
          table(
            [
              ['2017', '814'],
              ['2023', '12 %'],
            ],
            TREND_HEADER,
          ),
          attribute('{"2017":814,"2023":"12 %"}'),
        ],
        outcome: {
          code: 'NC103',
          message: 'Värdet ”12 %” på rad 2 (år 2023) är en andel i procent, men diagrammet visar antal. Skriv antalet.',
        },
      },
      {
        name: 'Swedish: "1.234" could be read two ways (NC110)',
        tag: 'homeless-trend',
        inputs: [table([['2017', '1.234']], TREND_HEADER)],
        outcome: {
          code: 'NC110',
          message:
            'Värdet ”1.234” på rad 1 (år 2017) kan läsas på två sätt. Skriv tusental med mellanslag, som 1 234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.',
        },
      },
      {
        name: 'Swedish: "1,234" could be read two ways (NC110)',
        tag: 'prevention-stats',
        inputs: [table([['2023', '53', '1,234']], PREVENTION_HEADER)],
        outcome: {
          code: 'NC110',
          message:
            'Värdet ”1,234” på rad 1 (år 2023) kan läsas på två sätt. Skriv tusental med mellanslag, som 1 234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.',
        },
      },
      {
        name: 'English: "1,234" is 1234',
        tag: 'homeless-trend',
        lang: 'en',
        inputs: [
          table(
            [
              ['2017', '1,234'],
              ['2023', '473'],
            ],
            TREND_HEADER,
          ),
        ],
        outcome: {
          points: [
            { x: 2017, y: 1234 },
            { x: 2023, y: 473 },
          ],
          table: [
            ['2017', '1,234'],
            ['2023', '473'],
          ],
        },
      },
      {
        name: 'English: "1,5" could be read two ways (NC110)',
        tag: 'homeless-trend',
        lang: 'en',
        inputs: [table([['2017', '1,5']], TREND_HEADER)],
        outcome: {
          code: 'NC110',
          message:
            'The value “1,5” in row 1 (year 2017) can be read two ways. Write thousands with commas and decimals with a point, as in 1,234.5. Figures written the Swedish way, as in 1 234,5, need lang="sv" on the chart.',
        },
      },
      {
        name: 'English: "1,5" could be read two ways (NC110)',
        tag: 'prevention-stats',
        lang: 'en',
        inputs: [table([['2023', '53', '1,5']], PREVENTION_HEADER)],
        outcome: {
          code: 'NC110',
          message:
            'The value “1,5” in row 1 (year 2023) can be read two ways. Write thousands with commas and decimals with a point, as in 1,234.5. Figures written the Swedish way, as in 1 234,5, need lang="sv" on the chart.',
        },
      },
    ]);
  });

  describe('values that are not finite numbers (NC103)', () => {
    matrix([
      {
        name: '"NaN"',
        tag: 'homeless-trend',
        inputs: [attribute('{"2017":"NaN"}'), script('[{"year":2017,"value":"NaN"}]'), table([['2017', 'NaN']])],
        outcome: notANumber('NaN', 2017),
      },
      {
        name: '"Infinity"',
        tag: 'homeless-trend',
        inputs: [attribute('{"2017":"Infinity"}'), table([['2017', 'Infinity']], TREND_HEADER)],
        outcome: notANumber('Infinity', 2017),
      },
      {
        name: '"-Infinity"',
        tag: 'homeless-trend',
        inputs: [attribute('[{"year":2017,"value":"-Infinity"}]')],
        outcome: notANumber('-Infinity', 2017),
      },
      {
        name: '"1e999", a text beyond the largest number',
        tag: 'homeless-trend',
        inputs: [attribute('{"2017":"1e999"}'), table([['2017', '1e999']])],
        outcome: notANumber('1e999', 2017),
      },
      {
        name: '1e999 as a JSON number (parsed to Infinity)',
        tag: 'homeless-trend',
        inputs: [attribute('{"2017":1e999}')],
        outcome: notANumber('Infinity', 2017),
      },
      {
        name: 'NaN in the data property',
        tag: 'homeless-trend',
        inputs: [property([{ year: 2017, value: Number.NaN }])],
        outcome: notANumber('NaN', 2017),
      },
      {
        name: 'Infinity in the data property',
        tag: 'homeless-trend',
        inputs: [property([{ year: 2017, value: Number.POSITIVE_INFINITY }]), property({ 2017: Infinity })],
        outcome: notANumber('Infinity', 2017),
      },
      {
        name: '-Infinity in the data property',
        tag: 'homeless-trend',
        inputs: [property([{ year: 2017, value: Number.NEGATIVE_INFINITY }])],
        outcome: notANumber('-Infinity', 2017),
      },
      {
        name: 'a later row',
        tag: 'homeless-trend',
        inputs: [
          property([
            { year: 2017, value: 814 },
            { year: 2023, value: Number.NaN },
          ]),
        ],
        outcome: notANumber('NaN', 2023, 2),
      },
      {
        name: '"NaN" and "Infinity"',
        tag: 'prevention-stats',
        inputs: [
          attribute('[{"year":2023,"families":"NaN","children":1}]'),
          table([['2023', 'NaN', '1']], PREVENTION_HEADER),
        ],
        outcome: notANumber('NaN', 2023),
      },
      {
        name: 'the largest double, which would hang the axis',
        tag: 'homeless-trend',
        inputs: [
          attribute('{"2017":1.7976931348623157e308,"2023":473}'),
          property([
            { year: 2017, value: Number.MAX_VALUE },
            { year: 2023, value: 473 },
          ]),
        ],
        outcome: tooLarge('1.7976931348623157e+308', 2017),
      },
      {
        name: '"1e308" in a table cell',
        tag: 'homeless-trend',
        inputs: [table([['2017', '1e308']], TREND_HEADER)],
        outcome: tooLarge('1e308', 2017),
      },
      {
        name: 'the largest double, as children',
        tag: 'prevention-stats',
        inputs: [property([{ year: 2023, families: 53, children: Number.MAX_VALUE }])],
        outcome: tooLarge('1.7976931348623157e+308', 2023),
      },
      {
        name: 'NaN and Infinity in the data property',
        tag: 'prevention-stats',
        inputs: [
          property([{ year: 2023, families: 1, children: Number.POSITIVE_INFINITY }]),
          attribute('[{"year":2023,"families":1,"children":"Infinity"}]'),
        ],
        outcome: notANumber('Infinity', 2023),
      },
    ]);
  });

  describe('negative counts (NC109)', () => {
    matrix([
      {
        name: '-5',
        tag: 'homeless-trend',
        inputs: [
          attribute('{"2017":-5}'),
          table([['2017', '-5']], TREND_HEADER),
          property([{ year: 2017, value: -5 }]),
        ],
        outcome: negative('-5', 2017),
      },
      {
        name: 'children -1',
        tag: 'prevention-stats',
        inputs: jsonInputs([{ year: 2023, families: 53, children: -1 }]),
        outcome: negative('-1', 2023),
      },
    ]);
  });

  describe('years (NC104)', () => {
    matrix([
      {
        name: '"20x7"',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([{ year: '20x7', value: 814 }]),
          attribute('{"20x7":814}'),
          table([['20x7', '814']], TREND_HEADER),
          table([['20x7', '814']]),
        ],
        outcome: invalidYear('20x7'),
      },
      {
        name: 'a two-digit year',
        tag: 'homeless-trend',
        inputs: [attribute('[{"year":17,"value":814}]'), attribute('{"17":814}')],
        outcome: invalidYear('17'),
      },
      {
        name: 'a fractional year',
        tag: 'homeless-trend',
        inputs: [property([{ year: 2017.5, value: 814 }])],
        outcome: invalidYear('2017.5'),
      },
      {
        name: 'a five-digit year',
        tag: 'homeless-trend',
        inputs: [attribute('{"10000":1}')],
        outcome: invalidYear('10000'),
      },
      {
        name: 'a three-digit year',
        tag: 'homeless-trend',
        inputs: [attribute('[{"year":999,"value":1}]')],
        outcome: invalidYear('999'),
      },
      {
        name: '"20x7" in a later row',
        tag: 'prevention-stats',
        inputs: [
          attribute('[{"year":2022,"families":1,"children":2},{"year":"20x7","families":1,"children":2}]'),
          table(
            [
              ['2022', '1', '2'],
              ['20x7', '1', '2'],
            ],
            PREVENTION_HEADER,
          ),
        ],
        outcome: invalidYear('20x7', 2),
      },
      {
        name: '"20x7" as a key',
        tag: 'prevention-stats',
        inputs: [attribute('{"20x7":{"families":1,"children":2}}')],
        outcome: invalidYear('20x7'),
      },
    ]);
  });

  describe('duplicate years (NC105) name the later row', () => {
    const duplicate = (row: number): Outcome => ({
      code: 'NC105',
      message: `Året 2017 finns mer än en gång (rad ${row}). Ta bort eller rätta en av raderna.`,
    });
    matrix([
      {
        name: '2017 twice',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([
            { year: 2017, value: 814 },
            { year: 2023, value: 473 },
            { year: 2017, value: 900 },
          ]),
          table(
            [
              ['2017', '814'],
              ['2023', '473'],
              ['2017', '900'],
            ],
            TREND_HEADER,
          ),
        ],
        outcome: duplicate(3),
      },
      {
        name: '2017 twice in a year map (a JSON object with the key twice)',
        tag: 'homeless-trend',
        inputs: [
          attribute('{"2017":814,"2023":473,"2017":900}'),
          script('{"2017":814,"2023":473,"2017":900}'),
          // As a CMS's editor types it, with curly quotes.
          attribute('{\u201c2017\u201d:814,\u201c2023\u201d:473,\u201c2017\u201d:900}'),
        ],
        outcome: duplicate(3),
      },
      {
        name: '2017 twice',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([
            { year: 2017, families: 1, children: 2 },
            { year: 2017, families: 3, children: 4 },
          ]),
          table(
            [
              ['2017', '1', '2'],
              ['2017', '3', '4'],
            ],
            PREVENTION_HEADER,
          ),
        ],
        outcome: duplicate(2),
      },
    ]);
  });

  describe('unsorted years are sorted, on the chart and in the table', () => {
    matrix([
      {
        name: '2023, 2011, 2017',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([
            { year: 2023, value: 473 },
            { year: 2011, value: 1200 },
            { year: 2017, value: 814 },
          ]),
          table(
            [
              ['2023', '473'],
              ['2011', '1 200'],
              ['2017', '814'],
            ],
            TREND_HEADER,
          ),
        ],
        outcome: {
          points: [
            { x: 2011, y: 1200 },
            { x: 2017, y: 814 },
            { x: 2023, y: 473 },
          ],
          table: [
            ['2011', '1 200'],
            ['2017', '814'],
            ['2023', '473'],
          ],
          summary:
            'Hemlösheten i Norrköping: antalet minskade från 1200 personer år 2011 till 473 personer år 2023, en förändring med −61 %.' +
            ' Uppmätt 2011, 2017 och 2023; åren däremellan mättes inte.',
        },
      },
      {
        name: '2023, 2021, 2022',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([
            { year: 2023, families: 53, children: 109 },
            { year: 2021, families: 40, children: 80 },
            { year: 2022, families: 47, children: 97 },
          ]),
          table(
            [
              ['2023', '53', '109'],
              ['2021', '40', '80'],
              ['2022', '47', '97'],
            ],
            PREVENTION_HEADER,
          ),
        ],
        outcome: {
          labels: ['2021', '2022', '2023'],
          families: [40, 47, 53],
          children: [80, 97, 109],
          table: [
            ['2021', '40', '80'],
            ['2022', '47', '97'],
            ['2023', '53', '109'],
          ],
          summary:
            'Vräkningsförebyggande arbete: 53 barnfamiljer med sammanlagt 109 barn kunde bo kvar i sina hem år 2023. ' +
            'Diagrammet visar åren 2021 till 2023.',
        },
      },
    ]);
  });

  describe('unknown keys are ignored', () => {
    matrix([
      {
        name: 'extra keys in rows',
        tag: 'homeless-trend',
        inputs: [
          ...jsonInputs([
            { year: 2017, value: 814, note: 'mätning', values: [1, 2], Year: 1999 },
            { year: 2023, value: 473, source: { name: 'Socialstyrelsen' } },
          ]),
        ],
        outcome: {
          points: [
            { x: 2017, y: 814 },
            { x: 2023, y: 473 },
          ],
          table: [
            ['2017', '814'],
            ['2023', '473'],
          ],
        },
      },
      {
        name: 'extra keys in rows and year-map entries',
        tag: 'prevention-stats',
        inputs: [
          ...jsonInputs([{ year: 2023, families: 53, children: 109, adults: 7 }]),
          attribute('{"2023":{"families":53,"children":109,"adults":7,"note":"x"}}'),
        ],
        outcome: { year: '2023', families: 53, children: 109, table: [['2023', '53', '109']] },
      },
    ]);
  });

  describe('__proto__, constructor and prototype keys are ignored and pollute nothing', () => {
    let objectNames: string[];
    let arrayNames: string[];
    beforeEach(() => {
      objectNames = Object.getOwnPropertyNames(Object.prototype).sort();
      arrayNames = Object.getOwnPropertyNames(Array.prototype).sort();
    });
    afterEach(() => {
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(objectNames);
      expect(Object.getOwnPropertyNames(Array.prototype).sort()).to.deep.equal(arrayNames);
      expect(Object.getPrototypeOf(Object.prototype)).to.equal(null);
    });

    const POISON = '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}';
    matrix([
      {
        name: 'in array items and in the year map',
        tag: 'homeless-trend',
        inputs: [
          attribute(`[{"year":2017,"value":814,${POISON}}]`),
          script(`[{"year":2017,"value":814,${POISON}}]`),
          attribute(`{${POISON},"2017":814}`),
          script(`{"2017":814,${POISON}}`),
          property(JSON.parse(`{${POISON},"2017":814}`)),
        ],
        outcome: { points: [{ x: 2017, y: 814 }], table: [['2017', '814']] },
      },
      {
        name: 'in array items, year-map entries and the year map',
        tag: 'prevention-stats',
        inputs: [
          attribute(`[{"year":2023,"families":53,"children":109,${POISON}}]`),
          attribute(`{"2023":{"families":53,"children":109,${POISON}},${POISON}}`),
          script(`{${POISON},"2023":{${POISON},"families":53,"children":109}}`),
        ],
        outcome: { year: '2023', families: 53, children: 109, table: [['2023', '53', '109']] },
      },
      {
        name: 'a value is never read from "__proto__"',
        tag: 'homeless-trend',
        inputs: [attribute('{"2017":{"__proto__":{"value":5}}}')],
        outcome: { code: 'NC106', message: 'Värde saknas på rad 1 (år 2017).' },
      },
      {
        name: 'a value is never read from "__proto__", and the key is named',
        tag: 'homeless-trend',
        inputs: [attribute('[{"year":2017,"__proto__":{"value":5}}]')],
        outcome: {
          code: 'NC106',
          message: 'Värde saknas på rad 1 (år 2017). Nycklarna __proto__ läses inte; nyckeln ska heta value.',
        },
      },
      {
        name: 'keys in Swedish are named, with the key to write',
        tag: 'homeless-trend',
        inputs: [attribute('[{"år":2017,"personer":814}]')],
        outcome: {
          code: 'NC106',
          message: 'År saknas på rad 1. Nycklarna år, personer läses inte; nyckeln ska heta year.',
        },
      },
      {
        name: 'a value is never inherited from a prototype in the data property',
        tag: 'homeless-trend',
        inputs: [property([Object.create({ year: 2017, value: 5 }) as object])],
        outcome: { code: 'NC106', message: 'År saknas på rad 1.' },
      },
      {
        name: 'a value is never inherited from a prototype in the data property',
        tag: 'prevention-stats',
        inputs: [property({ 2023: Object.create({ families: 1, children: 2 }) as object })],
        outcome: { code: 'NC106', message: 'Värdet för familjer saknas på rad 1 (år 2023).' },
      },
    ]);
  });

  describe('1e300 draws on a finite axis, without hanging', () => {
    const huge = [
      { year: 2017, value: 1e300 },
      { year: 2023, value: 473 },
    ];
    for (const input of [attribute('{"2017":1e300,"2023":473}'), property(huge)]) {
      it(`<homeless-trend> ${describeInput(input)}`, async () => {
        const start = performance.now();
        const { element, errors } = await mountChart<HomelessTrend>('homeless-trend', input);
        expect(performance.now() - start).to.be.lessThan(2000);
        expect(errors).to.deep.equal([]);
        expect(trendPoints(element.chart)).to.deep.equal([
          { x: 2017, y: 1e300 },
          { x: 2023, y: 473 },
        ]);
        const y = element.chart!.scales.y!;
        expect(Number.isFinite(y.max) && Number.isFinite(y.min)).to.equal(true, `y axis ${y.min}…${y.max}`);
        expect(y.max).to.be.at.least(1e300);
        expect(y.ticks.length).to.be.greaterThan(1);
        expect(y.ticks.every((tick) => Number.isFinite(tick.value))).to.equal(true);
        expect(paintedPixels(canvasOf(element))).to.be.greaterThan(500);
        expect(shownTable(element)[0]![1]).to.match(/^1 000 000 /);
      });
    }

    it('<homeless-trend> with 1e300 at 320 px: the figure breaks rather than widen the page', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('data', '{"2017":1e300,"2023":473}');
      await mount(element, 320);
      const figure = element.shadowRoot!.querySelector<HTMLElement>('[part="figure"]')!;
      expect(figure.scrollWidth, 'the figure').to.be.at.most(320);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('<prevention-stats> property with 1e300 children', async () => {
      const start = performance.now();
      const { element, errors } = await mountChart<PreventionStats>(
        'prevention-stats',
        property([{ year: 2023, families: 53, children: 1e300 }]),
      );
      expect(performance.now() - start).to.be.lessThan(2000);
      expect(errors).to.deep.equal([]);
      const y = element.chart!.scales.y!;
      expect(Number.isFinite(y.max)).to.equal(true);
      expect(y.max).to.be.at.least(1e300);
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(500);
    });
  });

  describe('a large series: every year from 1000 to 9999', () => {
    const years = Array.from({ length: 9000 }, (_, index) => 1000 + index);

    /**
     * Milliseconds from setting `data` to the `chart-render` that follows, three times from the
     * embedded figures to the large series; the median is asserted, so that one slow round on a busy
     * machine does not decide. The times are logged for the record.
     */
    async function timeToDraw(element: HomelessTrend | PreventionStats, data: unknown): Promise<number> {
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        if (round > 0) {
          const reset = rendered(element);
          element.data = undefined;
          await reset;
        }
        const drawn = rendered(element);
        const start = performance.now();
        element.data = data as never; // the figures for the component given
        await drawn;
        times.push(performance.now() - start);
      }
      console.log(
        `[large series] <${element.localName}>: ${(data as unknown[]).length} years drawn ${times.map((time) => time.toFixed(0)).join(', ')} ms after setting data`,
      );
      return [...times].sort((a, b) => a - b)[1]!;
    }

    it('<homeless-trend> draws 9000 points within 1 s of setting data, decimated', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
      const data = years.map((year) => ({ year, value: (year * 7919) % 1000 }));
      expect(await timeToDraw(element, data)).to.be.lessThan(1000);
      // Chart.js keeps the full series in `_data` and draws the decimated one (min and max per pixel column).
      const dataset = element.chart!.data.datasets[0] as { data: Point[]; _data?: Point[] };
      const points = dataset._data!;
      expect(points).to.have.length(9000);
      expect(points[0]).to.deep.equal({ x: 1000, y: 0 });
      expect(points[8999]).to.deep.equal({ x: 9999, y: (9999 * 7919) % 1000 });
      expect(dataset.data.length).to.be.below(4 * element.chart!.width);
      // Thousands of hidden rows would slow the page: a long series gets them when the table is opened.
      expect(shownTable(element)).to.have.length(0);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="data-table"]')!.click();
      await element.updateComplete;
      expect(shownTable(element)).to.have.length(9000);
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    });

    it('<homeless-trend> thins a long series again when resized, and gives a short one all its points', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 400);
      const data = years.map((year) => ({ year, value: (year * 7919) % 1000 }));
      let drawn = rendered(element);
      element.data = data;
      await drawn;
      const chart = element.chart!;
      const dataset = (): { data: Point[]; _data?: Point[] } =>
        chart.data.datasets[0] as unknown as { data: Point[]; _data?: Point[] };
      const narrow = dataset().data.length;
      expect(narrow).to.be.at.most(4 * chart.width);
      // Wider: more pixel columns, more points drawn; still thinned, from the full series.
      drawn = rendered(element);
      element.parentElement!.style.width = '1000px';
      await drawn;
      await nextFrame();
      expect(element.chart, 'the same chart, resized').to.equal(chart);
      expect(dataset().data.length)
        .to.be.greaterThan(narrow)
        .and.at.most(4 * chart.width);
      expect(dataset()._data).to.have.length(9000);
      // Short again: the points as given, no thinned copy left behind.
      drawn = rendered(element);
      element.data = [
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ];
      await drawn;
      expect(element.chart).to.equal(chart);
      expect(dataset().data).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      expect(dataset()._data).to.equal(undefined);
      expect(chart.getDatasetMeta(0).data).to.have.length(2);
    });

    it('<prevention-stats> draws grouped bars for 200 years within 1 s of setting data', async () => {
      // Grouped bars are for short series (a bar under a pixel wide shows nothing): 200 years, 400 bars.
      const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
      const data = years
        .slice(0, 200)
        .map((year) => ({ year, families: year % 50, children: (year % 50) + (year % 70) }));
      expect(await timeToDraw(element, data)).to.be.lessThan(1000);
      expect(element.chart!.data.labels).to.have.length(200);
      expect(shownTable(element)).to.have.length(200);
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    });
  });

  describe('valid → invalid → valid keeps the last good chart under the message, then recovers', () => {
    /** The error part is above the plot, and the plot still shows the last good figures. */
    function expectKept(element: HomelessTrend | PreventionStats, message: string): void {
      const shadow = element.shadowRoot!;
      const error = shadow.querySelector('[part="error"]');
      const plot = shadow.querySelector('[part="chart"]');
      expect(partText(element, 'error')).to.equal(`${TITLE_SHOWN}. ${message}`);
      expect(plot, 'the plot stays').to.not.equal(null);
      expect(error!.compareDocumentPosition(plot!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(500);
    }

    it('<homeless-trend> through the data attribute', async () => {
      const { element, errors } = await mountChart<HomelessTrend>(
        'homeless-trend',
        attribute('{"2017":814,"2023":473}'),
      );
      const chart = element.chart;
      element.setAttribute('data', '{"2017":814,"2023":"z"}');
      await element.updateComplete;
      await settle(2, 0);
      expectKept(
        element,
        'Värdet ”z” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
      expect(element.chart).to.equal(chart);
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      expect(shownTable(element)).to.deep.equal([
        ['2017', '814'],
        ['2023', '473'],
      ]);
      expect(plainSpaces(partText(element, 'summary'))).to.contain('från 814 personer år 2017 till 473 personer');
      const drawn = rendered(element);
      element.setAttribute('data', '{"2017":814,"2023":500}');
      await drawn;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 500 },
      ]);
      expect(shownTable(element)).to.deep.equal([
        ['2017', '814'],
        ['2023', '500'],
      ]);
      expect(errors.map((error) => error.code)).to.deep.equal(['NC103']);
    });

    it('<homeless-trend> through the data property, including an empty list', async () => {
      const { element } = await mountChart<HomelessTrend>('homeless-trend', property({ 2017: 814, 2023: 473 }));
      element.data = [];
      await element.updateComplete;
      expectKept(element, 'Det finns inga värden att visa.');
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      const drawn = rendered(element);
      element.data = { 2017: 814, 2023: 400 };
      await drawn;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 400 },
      ]);
    });

    it('<homeless-trend> through an edited child table', async () => {
      const { element } = await mountChart<HomelessTrend>(
        'homeless-trend',
        table(
          [
            ['2017', '814'],
            ['2023', '473'],
          ],
          TREND_HEADER,
        ),
      );
      const cell = element.querySelector('tbody tr:last-child td:last-child')!;
      const failed = dataError(element);
      cell.textContent = 'fyrahundra';
      await failed;
      await element.updateComplete;
      expectKept(
        element,
        'Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      const drawn = rendered(element);
      cell.textContent = '400';
      await drawn;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(trendPoints(element.chart)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 400 },
      ]);
    });

    it('<prevention-stats> through the data attribute', async () => {
      const { element } = await mountChart<PreventionStats>(
        'prevention-stats',
        attribute('[{"year":2023,"families":53,"children":109}]'),
      );
      element.setAttribute('data', '[{"year":2023,"families":53}]');
      await element.updateComplete;
      expectKept(element, 'Värdet för barn saknas på rad 1 (år 2023).');
      expect(element.chart!.data.datasets.map((dataset) => dataset.data)).to.deep.equal([[53, 109]]);
      const drawn = rendered(element);
      element.setAttribute('data', '[{"year":2023,"families":50,"children":100}]');
      await drawn;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(element.chart!.data.datasets.map((dataset) => dataset.data)).to.deep.equal([[50, 100]]);
    });

    it('<key-figure> through the value attribute', async () => {
      const element = document.createElement('key-figure');
      element.setAttribute('value', '473');
      element.setAttribute('unit', 'personer');
      await mount(element);
      element.setAttribute('value', 'många');
      await element.updateComplete;
      expect(partText(element, 'error')).to.equal(
        `Nyckeltalet visas inte som det är tänkt. Värdet ”många” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
      );
      expect(partText(element, 'figure')).to.equal('473 personer');
      element.setAttribute('value', '500');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(partText(element, 'figure')).to.equal('500 personer');
    });
  });

  describe('exactly one console warning per distinct error, with its code', () => {
    let captured: ReturnType<typeof captureWarnings>;
    /** Each warning as one line of text. */
    const warnings = (): string[] => captured.calls.map((args) => args.map(String).join(' '));
    beforeEach(() => {
      captured = captureWarnings();
    });
    afterEach(() => {
      captured.restore();
    });

    it('<homeless-trend>: re-renders do not repeat it; a different error or row does', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('data', '{oops');
      const { errors } = await mount(element);
      element.heading = 'Ny rubrik';
      await element.updateComplete;
      element.theme = 'dark';
      await element.updateComplete;
      expect(warnings()).to.deep.equal([
        '[norrkoping-charts] NC101 in <homeless-trend>: Siffrorna är inte skrivna som giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
      ]);
      element.setAttribute('data', '[{"year":2017,"value":"z"},{"year":2023,"value":"y"}]');
      await element.updateComplete;
      element.setAttribute('data', '[{"year":2017,"value":1},{"year":2023,"value":"y"}]');
      await element.updateComplete;
      element.heading = 'En till rubrik';
      await element.updateComplete;
      expect(warnings().slice(1)).to.deep.equal([
        '[norrkoping-charts] NC103 in <homeless-trend>: Värdet ”z” på rad 1 (år 2017) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
        '[norrkoping-charts] NC103 in <homeless-trend>: Värdet ”y” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      ]);
      expect(errors.map((error) => error.code)).to.deep.equal(['NC101', 'NC103', 'NC103']);
    });

    it('<prevention-stats>: an edit of a bad table that keeps the same error does not repeat it', async () => {
      const element = document.createElement('prevention-stats');
      element.append(
        childTable(
          [
            ['2022', '47', '97'],
            ['2023', '\u22125', '109'],
          ],
          PREVENTION_HEADER,
        ),
      );
      const { errors } = await mount(element);
      element.querySelector('tbody tr td:last-child')!.textContent = '98';
      await settle(2, 0);
      await element.updateComplete;
      expect(warnings()).to.deep.equal([
        '[norrkoping-charts] NC109 in <prevention-stats>: Värdet ”−5” på rad 2 (år 2023) är negativt, men ett antal kan inte vara mindre än noll.',
      ]);
      expect(errors).to.have.length(1);
    });

    it('<key-figure>: one warning per distinct bad value', async () => {
      const element = document.createElement('key-figure');
      element.setAttribute('value', 'NaN');
      const { errors } = await mount(element);
      element.heading = 'Ny rubrik';
      await element.updateComplete;
      element.setAttribute('change', 'Infinity');
      await element.updateComplete;
      element.setAttribute('value', '1');
      await element.updateComplete;
      expect(warnings()).to.deep.equal([
        '[norrkoping-charts] NC103 in <key-figure>: Värdet ”NaN” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
        '[norrkoping-charts] NC103 in <key-figure>: Värdet ”Infinity” i attributet change är inte ett tal. Skriv talet med siffror, till exempel −37.',
      ]);
      expect(errors.map((error) => error.input)).to.deep.equal(['NaN', 'Infinity']);
    });
  });

  describe('<key-figure>', () => {
    async function keyFigure(attributes: Record<string, string>): Promise<{ element: KeyFigure; codes: string[] }> {
      const element = document.createElement('key-figure');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const { errors } = await mount(element);
      return { element, codes: errors.map((error) => error.code) };
    }

    const errorCases: [Record<string, string>, ErrorCode, string][] = [
      [
        { value: 'NaN' },
        'NC103',
        'Värdet ”NaN” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      ],
      [
        { value: 'Infinity' },
        'NC103',
        'Värdet ”Infinity” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      ],
      [
        { change: 'Infinity' },
        'NC103',
        'Värdet ”Infinity” i attributet change är inte ett tal. Skriv talet med siffror, till exempel −37.',
      ],
      [
        { value: '1e999' },
        'NC103',
        'Värdet ”1e999” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      ],
      [{ value: '1e308' }, 'NC103', 'Värdet ”1e308” i attributet value är för stort för att visas.'],
      [{ value: '' }, 'NC107', 'Det finns inga värden att visa.'],
      [{ value: ' ', change: '–' }, 'NC107', 'Det finns inga värden att visa.'],
      [
        { value: '1,234' },
        'NC110',
        'Värdet ”1,234” i attributet value kan läsas på två sätt. Skriv tusental med mellanslag, som 1 234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.',
      ],
      [
        { value: '1.234' },
        'NC110',
        'Värdet ”1.234” i attributet value kan läsas på två sätt. Skriv tusental med mellanslag, som 1 234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.',
      ],
    ];
    for (const [attributes, code, message] of errorCases) {
      it(`${JSON.stringify(attributes)} → ${code}`, async () => {
        const { element, codes } = await keyFigure(attributes);
        expect(codes).to.deep.equal([code]);
        expect(partText(element, 'error')).to.equal(`${KEY_FIGURE_TITLE.sv}. ${message}`);
        expect(element.shadowRoot!.querySelector('[part="figure"], [part="summary"]')).to.equal(null);
      });
    }

    it('lang="en": "1,5" could be read two ways (NC110)', async () => {
      const { element, codes } = await keyFigure({ lang: 'en', value: '1,5' });
      expect(codes).to.deep.equal(['NC110']);
      expect(partText(element, 'error')).to.equal(
        `${KEY_FIGURE_TITLE.en}. The value “1,5” in the value attribute can be read two ways. Write thousands with commas and decimals with a point, as in 1,234.5. Figures written the Swedish way, as in 1\u00a0234,5, need lang="sv" on the chart.`,
      );
    });

    const shownCases: [Record<string, string>, string][] = [
      [{ value: '1 234', unit: 'personer' }, '1 234 personer'],
      [{ value: '1\u00a0234,5' }, '1 234,5'],
      [{ value: '1,5' }, '1,5'],
      [{ value: '\u22125' }, '\u22125'],
      [{ change: '\u22125', period: '2022–2023' }, '\u22125 %, 2022–2023'],
      [{ change: '12 %' }, '+12 %'],
      [{ lang: 'en', value: '1,234' }, '1,234'],
    ];
    for (const [attributes, figure] of shownCases) {
      it(`${JSON.stringify(attributes)} shows ${figure}`, async () => {
        const { element, codes } = await keyFigure(attributes);
        expect(codes).to.deep.equal([]);
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(plainSpaces(partText(element, 'figure'))).to.equal(figure);
      });
    }
  });

  describe('text properties set to other values, as a framework or a script may set them', () => {
    for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'] as const) {
      it(`<${tag}>: a number as the heading, a URL object as the source's link, a number as the language`, async () => {
        const element = await fixture<HomelessTrend>(html`<div style="width: 640px"></div>`).then((box) => {
          const made = document.createElement(tag) as unknown as HomelessTrend;
          box.append(made);
          return made;
        });
        await element.updateComplete;
        Object.assign(element, { heading: 2023, source: 'SCB', sourceUrl: new URL('https://www.scb.se/'), lang: 5 });
        await element.updateComplete;
        expect(partText(element, 'heading')).to.equal('2023');
        expect(element.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href')).to.equal(
          'https://www.scb.se/',
        );
        expect(element.shadowRoot!.querySelector('.nc')?.getAttribute('lang'), 'an unknown language: Swedish').to.equal(
          'sv',
        );
      });
    }
  });

  describe('heading-level and markers', () => {
    const trendWith = (attributes: Record<string, string>) => {
      const element = document.createElement('homeless-trend');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      return mount(element);
    };

    for (const level of ['', ' '])
      it(`heading-level="${level}" is the default <h2>, as absent, not an error`, async () => {
        const { element, errors } = await trendWith({ data: '{"2017":814}', 'heading-level': level });
        expect(errors).to.deep.equal([]);
        expect(element.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
      });

    it('markers that are not JSON name the markers attribute, not the figures (NC101)', async () => {
      const { element, errors } = await trendWith({ data: '{"2017":814}', markers: '[{date:2022}]' });
      expect(errors.map((error) => [error.code, error.field])).to.deep.equal([['NC101', 'markers']]);
      expect(partText(element, 'error')).to.match(/Attributet markers är inte giltig JSON\./);
    });

    it('markers that throw when read are a mistake in the markers (NC108), not an exception', async () => {
      const { element } = await mountChart<HomelessTrend>('homeless-trend', attribute('{"2017":814,"2023":473}'));
      const errors: string[] = [];
      element.addEventListener('data-error', (event) => errors.push(event.detail.code));
      element.markers = [
        {
          get date(): string {
            throw new Error('d');
          },
        },
      ];
      await element.updateComplete;
      element.markers = new Proxy([], {
        get() {
          throw new Error('m');
        },
      });
      await element.updateComplete;
      expect(errors).to.deep.equal(['NC108']);
      expect(element.chart, 'the chart stays').to.not.equal(undefined);
    });

    it('"-0" is 0, not a figure below zero', async () => {
      const { element, errors } = await mountChart<HomelessTrend>(
        'homeless-trend',
        table([
          ['2017', '-0'],
          ['2023', '473'],
        ]),
      );
      expect(errors).to.deep.equal([]);
      expect(shownTable(element)[0]).to.deep.equal(['2017', '0']);
    });
  });

  describe('the rest of the page is untouched', () => {
    it('siblings keep their text and a component beside a broken one still renders', async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent): void => void uncaught.push(event.error ?? event.message);
      const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const page = await fixture<HTMLDivElement>(html`
          <div lang="sv" style="width: 640px">
            <p id="before">Text före diagrammen.</p>
            <homeless-trend id="broken" data="{oops">
              <table>
                <tr>
                  <td>2017</td>
                  <td>814</td>
                </tr>
              </table>
            </homeless-trend>
            <prevention-stats id="empty" data="[]"></prevention-stats>
            <key-figure id="bad" value="x"></key-figure>
            <homeless-trend id="good" data='{"2017":814,"2023":473}'></homeless-trend>
            <key-figure id="fine" value="473" unit="personer"></key-figure>
            <p id="after">Text efter diagrammen.</p>
          </div>
        `);
        const good = page.querySelector<HomelessTrend>('#good')!;
        if (!good.chart) await rendered(good);
        await settle();
        const text = (id: string): string => page.querySelector(`#${id}`)!.textContent;
        expect(text('before')).to.equal('Text före diagrammen.');
        expect(text('after')).to.equal('Text efter diagrammen.');
        expect(page.children).to.have.length(7);
        // The fallback table of the broken element is left as the page wrote it.
        expect(page.querySelector('#broken table')!.textContent.replace(/\s+/g, '')).to.equal('2017814');
        expect(partText(page.querySelector('#broken')!, 'error')).to.contain('inte skrivna som giltig JSON');
        expect(partText(page.querySelector('#empty')!, 'error')).to.contain('Det finns inga värden att visa.');
        expect(partText(page.querySelector('#bad')!, 'error')).to.contain('Värdet ”x”');
        expect(trendPoints(good.chart)).to.deep.equal([
          { x: 2017, y: 814 },
          { x: 2023, y: 473 },
        ]);
        expect(paintedPixels(canvasOf(good))).to.be.greaterThan(1000);
        expect(good.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        const fine = page.querySelector('#fine')!;
        expect(partText(fine, 'figure')).to.equal('473 personer');
        expect(fine.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(uncaught).to.deep.equal([]);
    });
  });
});

/** The colours of a trend's line: measured (between consecutive years) and across unmeasured years. */
function lineColours(element: HomelessTrend): { measured: string; unmeasured: string } {
  const measured = element.chart!.data.datasets[0]!.borderColor;
  if (typeof measured !== 'string') throw new Error('the series colour is not a string');
  return { measured, unmeasured: readChartTheme(element.chartContainer!).unmeasured };
}

/**
 * The number of pixels in the line's colours (by default both: measured and unmeasured) near a point of a
 * line chart, given in the chart's own units (year, value): within 3 device pixels above and below, and
 * 6 CSS pixels either side, wider than the 5 px gaps of a dashed line.
 */
function seriesPixels(
  element: HomelessTrend,
  year: number,
  value: number,
  colours: readonly string[] = Object.values(lineColours(element)),
): number {
  const chart = element.chart!;
  const ratio = chart.currentDevicePixelRatio;
  const x = Math.round(chart.scales.x!.getPixelForValue(year) * ratio);
  const y = Math.round(chart.scales.y!.getPixelForValue(value) * ratio);
  const [across, down] = [Math.round(6 * ratio), 3];
  const { data } = chart.ctx.getImageData(x - across, y - down, 2 * across + 1, 2 * down + 1);
  const targets = colours.map((colour) => {
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
    if (r === undefined || g === undefined || b === undefined) throw new Error(`unexpected line colour ${colour}`);
    return [r, g, b] as const;
  });
  let count = 0;
  for (let index = 0; index < data.length; index += 4) {
    const close = targets.some(
      ([r, g, b]) =>
        Math.abs(data[index]! - r) < 40 && Math.abs(data[index + 1]! - g) < 40 && Math.abs(data[index + 2]! - b) < 40,
    );
    if (close && data[index + 3]! > 200) count++;
  }
  return count;
}
