import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/homeless-trend/homeless-trend.js';
import {
  figuresTable,
  holdSlowRequests,
  narrow,
  NEVER_ANSWERS,
  pauseButtonIn,
  renderElement,
  renderer,
} from './render.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Line comments, not JSDoc: autodocs would show a JSDoc comment here instead of the manifest's description.
// `<homeless-trend>` in every state. Tags read by scripts/test-storybook.mjs: `no-chart` (no chart is
// meant to be drawn), `loading`, `error:NC1xx` (the error meant to be shown), `forced-colors`.
const meta = {
  title: 'Components/homeless-trend',
  component: 'homeless-trend',
  tags: ['autodocs'],
  render: renderer('homeless-trend'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** A generated series, not real figures: every year from 1900 to 2023. */
const everyYear = JSON.stringify(
  Array.from({ length: 2023 - 1900 + 1 }, (_, index) => ({
    year: 1900 + index,
    value: Math.round(500 + 220 * Math.sin(index / 7) + 2 * index),
  })),
);

export const Default: Story = {
  parameters: describe(
    'No attributes: Norrköping’s figures from Socialstyrelsen’s mapping (814 people in 2017, 473 in 2023) with the start of Housing First (May 2022) marked.',
  ),
};

export const DataAttribute: Story = {
  name: 'Data attribute',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen', data: '{"2017":814,"2023":473}' },
  parameters: describe(
    'The figures as JSON in the `data` attribute: `{"2017":814,…}` or `[{"year":2017,"value":814},…]`.',
  ),
};

export const ChildTable: Story = {
  name: 'Child table',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen' },
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable(
        [
          ['2017', '814'],
          ['2023', '473'],
        ],
        ['År', 'Personer'],
      ),
    ),
  parameters: describe(
    'The figures as an ordinary HTML table inside the tag, as a web editor writes them in the CMS. Readers without JavaScript see the table.',
  ),
};

export const SrcJson: Story = {
  name: 'src: JSON file',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen', src: 'fixtures/trend.json' },
  parameters: describe('The figures fetched from a JSON file on the same site (`stories/fixtures/trend.json`).'),
};

export const SrcCsv: Story = {
  name: 'src: CSV file',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen', src: 'fixtures/trend.csv' },
  parameters: describe('The figures fetched from a Swedish CSV file, `år;värde` (`stories/fixtures/trend.csv`).'),
};

export const SrcRefresh: Story = {
  name: 'src with refresh: the pause button',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen', src: 'fixtures/trend.json', refresh: 300 },
  parameters: describe(
    'With `refresh` the chart fetches `src` again every so many seconds (here 300), and has a _Pausa uppdateringen_ button among its buttons, also with `no-actions`, as WCAG 2.2.2 asks. The reloads are also held back while keyboard focus or the pointer is in the chart.',
  ),
};

export const SrcRefreshPaused: Story = {
  name: 'src with refresh: paused',
  args: { heading: 'Hemlösheten i Norrköping', source: 'Socialstyrelsen', src: 'fixtures/trend.json', refresh: 300 },
  play: async ({ canvasElement }) => (await pauseButtonIn(canvasElement)).click(),
  parameters: describe(
    'After the reader pressed _Pausa uppdateringen_: no reloads until _Återuppta uppdateringen_ is pressed, which reloads at once when one fell due meanwhile.',
  ),
};

export const Loading: Story = {
  tags: ['no-chart', 'loading'],
  args: { heading: 'Hemlösheten i Norrköping', src: NEVER_ANSWERS, timeout: 86400 },
  beforeEach: holdSlowRequests,
  parameters: describe(
    'While `src` loads, the chart keeps its place and says so (`role="status"`). Storybook’s own server answers at once, so this story holds the request open with a stand-in for a slow server (`holdSlowRequests` in `stories/render.ts`).',
  ),
};

export const ErrorMalformedJson: Story = {
  name: 'Error: malformed JSON',
  tags: ['no-chart', 'error:NC101'],
  args: { data: '[{"year":2017,"value":814},]' },
  parameters: describe('A trailing comma in the `data` attribute: the message says the data is not valid JSON.'),
};

export const ErrorNotANumber: Story = {
  name: 'Error: not a number',
  tags: ['no-chart', 'error:NC103'],
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable(
        [
          ['2017', '814'],
          ['2023', 'fyrahundra'],
        ],
        ['År', 'Personer'],
      ),
    ),
  parameters: describe('A value written in words: the message names the row and the value.'),
};

export const ErrorShape: Story = {
  name: 'Error: data of another shape',
  tags: ['no-chart', 'error:NC102'],
  args: { data: '[[2017, 814], [2023, 473]]' },
  parameters: describe('Valid JSON, but pairs instead of rows: the message shows the shape it takes.'),
};

export const ErrorYear: Story = {
  name: 'Error: a year not written in full',
  tags: ['no-chart', 'error:NC104'],
  args: { data: '{"17":814,"23":473}' },
  parameters: describe('Years in two digits: the message asks for all four.'),
};

export const ErrorMissingValue: Story = {
  name: 'Error: a row without its value',
  tags: ['no-chart', 'error:NC106'],
  args: { data: '[{"year":2017,"value":814},{"year":2023}]' },
  parameters: describe('A row with a year and no value: the message names the row and its year.'),
};

export const ErrorNegative: Story = {
  name: 'Error: a negative count',
  tags: ['no-chart', 'error:NC109'],
  args: { data: '[{"year":2017,"value":814},{"year":2023,"value":-473}]' },
  parameters: describe('A count of people below zero: the message says a count cannot be.'),
};

export const ErrorAmbiguousNumber: Story = {
  name: 'Error: a number read two ways',
  tags: ['no-chart', 'error:NC110'],
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable([
        ['2017', '1.234'],
        ['2023', '473'],
      ]),
    ),
  parameters: describe(
    '“1.234” in Swedish: 1234 written the German way, or one and 234 thousandths? The message says how to write either.',
  ),
};

export const ErrorMarker: Story = {
  name: 'Error: a marker that cannot be read (drawn without it)',
  tags: ['error:NC108'],
  args: { markers: '[{"date":"maj 2022","label":"Bostad först"}]' },
  parameters: describe('A marker date in words: the chart is drawn without the marker, under the message.'),
};

export const ErrorDuplicateYear: Story = {
  name: 'Error: duplicate year',
  tags: ['no-chart', 'error:NC105'],
  args: { data: '[{"year":2017,"value":814},{"year":2017,"value":473}]' },
  parameters: describe('The same year twice: the message names the year.'),
};

export const ErrorMissingFile: Story = {
  name: 'Error: src not found (404)',
  tags: ['no-chart', 'error:NC112'],
  args: { src: 'fixtures/missing.json' },
  parameters: describe('A `src` that the server answers with 404: the message gives the status.'),
};

export const ErrorTimeout: Story = {
  name: 'Error: src too slow (timeout)',
  tags: ['no-chart', 'error:NC113'],
  args: { src: `${NEVER_ANSWERS}?timeout`, timeout: 1 },
  beforeEach: holdSlowRequests,
  parameters: describe('A `src` that does not answer within `timeout` seconds (here 1).'),
};

export const ErrorUnknownType: Story = {
  name: 'Error: unknown type (drawn as a line)',
  tags: ['error:NC116'],
  args: { type: 'stapel' },
  parameters: describe(
    'A value `type` does not take: the message names the values it takes, and the figures are drawn as a line meanwhile.',
  ),
};

export const ErrorMarkerOutside: Story = {
  name: 'Error: a marker outside the years (not drawn)',
  tags: ['error:NC122'],
  args: { markers: '[{"date":"2022-05","label":"Bostad först"},{"date":"2030-01","label":"Ny strategi"}]' },
  parameters: describe(
    'A marker dated after the last year of the figures (2030, the figures end in 2023): the message names it, and the figures are drawn with the other marker meanwhile.',
  ),
};

export const ErrorTypographicQuotes: Story = {
  name: 'Error: heading in typographic quotes (cut short)',
  tags: ['error:NC117'],
  // As the page's HTML parser reads it: the attribute cannot be written with controls.
  render: () => html`${unsafeHTML('<homeless-trend heading=”Hemlösheten i Norrköping”></homeless-trend>')}`,
  parameters: describe(
    'Written as a rich-text editor types quotes, `heading=”Hemlösheten i Norrköping”`: the HTML parser ends the value at the first space. The message says so; the figures are drawn meanwhile.',
  ),
};

export const ErrorExtraColumn: Story = {
  name: 'Error: a column of numbers the chart does not show',
  tags: ['no-chart', 'error:NC119'],
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable(
        [
          ['2017', '300', '514'],
          ['2023', '180', '293'],
        ],
        ['År', 'Kvinnor', 'Män'],
      ),
    ),
  parameters: describe(
    'A table with two series: the chart shows one, so the third column would be left out unseen. The message names the number, its row and its column.',
  ),
};

export const ErrorFiguresAsText: Story = {
  name: 'Error: figures pasted into the tag as text',
  tags: ['no-chart', 'error:NC123'],
  render: () =>
    html`${unsafeHTML('<homeless-trend heading="Hemlösheten i Exempelstad">År;Personer\n2017;300\n2023;250</homeless-trend>')}`,
  parameters: describe(
    'CSV copied from Excel or SCB and pasted into the tag: no chart reads lines of text, and Norrköping’s figures would otherwise be shown under the page’s heading. The message says to make a table or use the builder.',
  ),
};

export const ErrorYearsNotFirst: Story = {
  name: 'Error: the years after a region column (SCB)',
  tags: ['no-chart', 'error:NC104'],
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable(
        [
          ['0581 Norrköping', '2017', '814'],
          ['0581 Norrköping', '2023', '473'],
        ],
        ['Region', 'År', 'Antal'],
      ),
    ),
  parameters: describe(
    'A table as SCB exports it, the region first: the message says where the years are and to remove the columns before them.',
  ),
};

export const Empty: Story = {
  tags: ['no-chart', 'error:NC107'],
  args: { data: '[]' },
  parameters: describe('No rows at all: the chart says there is nothing to show rather than drawing empty axes.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: describe('`lang="en"`: every text, number and date in English. Without it, the page’s language.'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, on a dark page. `theme="auto"` follows the reader’s colour scheme.'),
};

export const Narrow: Story = {
  name: '320 px wide',
  decorators: [narrow],
  parameters: describe(
    'In a 320 CSS px column (a phone, or 400 % zoom): the heading wraps, the axes show fewer ticks.',
  ),
};

export const ManyPoints: Story = {
  name: 'Many points (1900–2023)',
  args: { heading: 'Generated test series, 1900–2023 (not real figures)', data: everyYear },
  parameters: describe('124 yearly points: the year axis thins its ticks; every point stays reachable by keyboard.'),
};

export const UnevenGaps: Story = {
  name: 'Uneven gaps between measurements',
  args: {
    heading: 'Exempelsiffror (inte verkliga)',
    data: '{"2011":1200,"2017":814,"2021":560,"2022":520,"2023":473}',
  },
  parameters: describe(
    'Measured years only: the line is solid between consecutive years and dashed and lighter across years that were not measured; every value is written at its point, and the summary says which years were measured.',
  ),
};

export const SmallFigures: Story = {
  name: 'Small figures and decimals',
  args: {
    heading: 'Exempelsiffror (inte verkliga)',
    data: '{"2019":2.36,"2020":0.3,"2021":0.25,"2022":0.004}',
  },
  parameters: describe(
    'Figures are shown as given, to a hundredth; one that would read 0 to its first digit that is not 0 (0,004), so that nothing but 0 reads 0. The change takes the decimals it needs not to read −100 % while some remain.',
  ),
};

export const HiddenHeading: Story = {
  name: 'heading="" (the page has its own)',
  args: { heading: '', data: '{"2020":120,"2023":98}' },
  parameters: describe(
    '`heading=""` hides the heading where the page has its own. The summary, the plot’s name and the table name the series, “Personer i hemlöshet”, not Norrköping: the figures may be any place’s.',
  ),
};

export const Markers: Story = {
  args: {
    heading: 'Hemlösheten i Norrköping',
    source: 'Socialstyrelsen',
    data: '{"2017":814,"2023":473}',
    markers: '[{"date":"2022-05","label":"Bostad först"}]',
  },
  parameters: describe(
    'With the page’s own figures, markers are given in `markers`: a dashed rule with its label, also named in the summary.',
  ),
};

export const MarkerWithoutLabel: Story = {
  name: 'Marker without a label',
  args: { data: '{"2017":814,"2023":473}', markers: '[{"date":"2020-03"}]' },
  parameters: describe('A marker given without a `label` is named by its date, on the chart and in the summary.'),
};

export const Bars: Story = {
  name: 'type="bar"',
  args: { type: 'bar' },
  parameters: describe('`type="bar"`: the same figures as bars; the marker falls between the bars of its years.'),
};

export const NarrowBarsManyYears: Story = {
  name: 'type="bar", twelve years, 320 px wide',
  decorators: [narrow],
  args: {
    type: 'bar',
    heading: 'Exempelsiffror (inte verkliga)',
    data: '{"2012":500,"2013":520,"2014":560,"2015":600,"2016":700,"2017":814,"2018":760,"2019":700,"2020":650,"2021":600,"2022":520,"2023":473}',
  },
  parameters: describe(
    'Where not every year fits under its bar, the axis names as many as fit counted back from the latest, which is always named. The latest value’s label, wider than its bar, stands clear of the bar before it.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: {
    'forced-colors': 'active',
    ...describe(
      'In Windows High Contrast (forced colours) the chart is drawn in the system colours: `CanvasText` for the line, axes and marker, `Canvas` behind. **Storybook cannot emulate forced colours**: this story looks like the default here. To see it, use Windows’ contrast themes, or Chromium’s DevTools (Rendering → Emulate CSS media feature forced-colors). `npm run test:storybook` opens this story with forced colours emulated and checks that the chart draws and passes axe.',
    ),
  },
};
