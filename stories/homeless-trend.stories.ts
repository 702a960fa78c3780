import '../src/components/homeless-trend/homeless-trend.js';
import {
  breakFiguresLater,
  figuresTable,
  focusFirstPoint,
  MARKUP_ONLY,
  narrow,
  NETWORK_FAILS,
  NEVER_ANSWERS,
  parsedMarkup,
  pauseButtonIn,
  renderElement,
  renderer,
  standInServer,
  tableButtonIn,
  textAt200,
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

/** Example figures, not Norrköping's: a story that shows them has read the page's figures, not the defaults. */
const OWN = { heading: 'Hemlösheten i Exempelstad', source: 'Exempelstads kommun' };

export const DataAttribute: Story = {
  name: 'Data attribute',
  args: { ...OWN, data: '{"2017":356,"2020":318,"2023":281}' },
  parameters: describe(
    'The figures as JSON in the `data` attribute: `{"2017":356,…}` or `[{"year":2017,"value":356},…]`. Example figures (356 people in 2017, 281 in 2023), so that the chart shows it read them.',
  ),
};

export const ChildTable: Story = {
  name: 'Child table',
  args: OWN,
  render: (args, context) =>
    renderElement(
      'homeless-trend',
      args,
      context,
      figuresTable(
        [
          ['2017', '356'],
          ['2020', '318'],
          ['2023', '281'],
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
  args: { ...OWN, src: 'fixtures/trend.json' },
  parameters: describe('The figures fetched from a JSON file on the same site (`stories/fixtures/trend.json`).'),
};

export const SrcCsv: Story = {
  name: 'src: CSV file',
  args: { ...OWN, src: 'fixtures/trend.csv' },
  parameters: describe('The figures fetched from a Swedish CSV file, `år;värde` (`stories/fixtures/trend.csv`).'),
};

export const SrcRefresh: Story = {
  name: 'src with refresh: the pause button',
  args: { ...OWN, src: 'fixtures/trend.json', refresh: 300 },
  parameters: describe(
    'With `refresh` the chart fetches `src` again every so many seconds (here 300), and has a _Pausa uppdateringen_ button among its buttons, also with `no-actions`, as WCAG 2.2.2 asks. The reloads are also held back while keyboard focus or the pointer is in the chart.',
  ),
};

export const SrcRefreshPaused: Story = {
  name: 'src with refresh: paused',
  args: { ...OWN, src: 'fixtures/trend.json', refresh: 300 },
  play: async ({ canvasElement }) => (await pauseButtonIn(canvasElement)).click(),
  parameters: describe(
    'After the reader pressed _Pausa uppdateringen_ (_Pause updates_): no reloads until _Återuppta uppdateringen_ is pressed, which reloads at once when one fell due meanwhile.',
  ),
};

export const TableShown: Story = {
  name: 'Table shown',
  play: async ({ canvasElement }) => (await tableButtonIn(canvasElement)).click(),
  parameters: describe(
    'After the reader pressed _Visa tabell_ (_Show table_): the figures as a table under the chart, the button now _Dölj tabell_. Look at the caption, the column headings and that the numbers line up on the right.',
  ),
};

export const FocusedPoint: Story = {
  name: 'A point in focus, with its tooltip',
  play: async ({ canvasElement }) => focusFirstPoint(canvasElement),
  parameters: describe(
    'The plot reached with Tab, then → pressed: the focus ring around the plot, the first point marked and its tooltip with the year and the value (a screen reader hears the same). ← → move between the years, Home and End go to the first and the last.',
  ),
};

export const NoSummary: Story = {
  name: 'no-summary',
  args: { 'no-summary': true },
  parameters: describe(
    '`no-summary` hides the summary under the chart, where the page says it in its own words: the chart still has it as its name, for screen readers.',
  ),
};

export const NoActions: Story = {
  name: 'no-actions',
  args: { 'no-actions': true },
  parameters: describe(
    '`no-actions` hides the buttons (table, CSV, image). The table is still there for screen readers; a `refresh` chart keeps its pause button.',
  ),
};

export const HeadingLevel3: Story = {
  name: 'heading-level="3"',
  args: { 'heading-level': 3 },
  parameters: describe(
    'Under a section’s `<h2>`, the heading is an `<h3>` in the page’s outline. It looks the same: the level is for screen readers’ list of headings, the size is `--nc-heading-size`.',
  ),
};

export const LinkedSource: Story = {
  name: 'A linked source',
  args: {
    source: 'Socialstyrelsen, Hemlöshet 2023',
    'source-url': 'https://www.socialstyrelsen.se/statistik-och-data/statistik/',
  },
  parameters: describe(
    '`source` with `source-url`: the source line is a link, in the link colour and underlined. Only `https:`, `http:` and relative addresses are linked.',
  ),
};

export const OwnDescription: Story = {
  name: 'Own description',
  args: {
    description:
      'Antalet personer i hemlöshet i Norrköping minskade från 814 år 2017 till 473 år 2023, en minskning med 42 procent.',
  },
  parameters: describe(
    '`description` replaces the summary made from the figures: the text under the chart, and the chart’s name for screen readers.',
  ),
};

export const LargeText: Story = {
  name: 'Text at 200 %',
  parameters: {
    ...textAt200,
    ...describe(
      'The page’s text at 200 %, as a reader sets it in the browser (WCAG 1.4.4): heading, figures, summary, buttons and the chart’s labels all grow, nothing is cut off or overlaps. Shown in a frame of its own, so that only it is enlarged.',
    ),
  },
};

export const OneYear: Story = {
  name: 'One year',
  args: { ...OWN, data: '{"2023":281}' },
  parameters: describe(
    'Figures for a single year: one point, no line, and no change to tell above the chart; the summary gives the year’s figure.',
  ),
};

export const Loading: Story = {
  tags: ['no-chart', 'loading'],
  args: { heading: 'Hemlösheten i Norrköping', src: NEVER_ANSWERS, timeout: 86400 },
  beforeEach: standInServer,
  parameters: describe(
    'While `src` loads, the chart keeps its place and says so (`role="status"`), and the text under it keeps its room, unseen, so that the page does not move when the figures come. Storybook’s own server answers at once, so this story holds the request open with a stand-in for a slow server (`standInServer` in `stories/render.ts`).',
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

export const ErrorMissingFileRefresh: Story = {
  name: 'Error: src not found, with refresh (the pause button under the message)',
  tags: ['no-chart', 'error:NC112'],
  args: { src: 'fixtures/missing.json', refresh: 300 },
  parameters: describe(
    'A first load that failed, with `refresh`: the reloads go on, so that the chart comes when the file does, and the _Pausa uppdateringen_ button stands under the message (WCAG 2.2.2). It is the same button, and keeps the focus, when the figures come.',
  ),
};

export const ErrorFetchFailed: Story = {
  name: 'Error: src could not be fetched',
  tags: ['no-chart', 'error:NC111'],
  args: { src: NETWORK_FAILS },
  beforeEach: standInServer,
  parameters: describe(
    'A `src` that cannot be fetched at all: the network is down, the address is wrong, or another site does not allow it (CORS). A stand-in fails the request here (`standInServer` in `stories/render.ts`).',
  ),
};

export const ErrorNotData: Story = {
  name: 'Error: src is a web page, not figures',
  tags: ['no-chart', 'error:NC114'],
  args: { src: 'fixtures/page.html' },
  parameters: describe(
    'A `src` that answers with an HTML page (here a CMS’s “page not found”, `stories/fixtures/page.html`): the message says the address gives no JSON or CSV.',
  ),
};

export const ErrorUnclosedQuote: Story = {
  name: 'Error: a CSV quote never closed',
  tags: ['no-chart', 'error:NC115'],
  args: { src: 'fixtures/unclosed-quote.csv' },
  parameters: describe(
    'A CSV file with a quotation mark that is never closed (`stories/fixtures/unclosed-quote.csv`): the rest of the file would be one cell, so nothing is drawn.',
  ),
};

export const ErrorHeadingLevel: Story = {
  name: 'Error: heading-level="7"',
  tags: ['error:NC116'],
  args: { 'heading-level': 7 },
  parameters: describe(
    'A heading level HTML does not have: the message names the levels it takes (1 to 6); the chart is shown with its heading at the default level meanwhile.',
  ),
};

export const ErrorAfterFigures: Story = {
  name: 'Error: figures that fail after a first success',
  tags: ['error:NC101'],
  args: { ...OWN, data: '{"2017":356,"2020":318,"2023":281}' },
  play: async ({ canvasElement }) => breakFiguresLater(canvasElement, '{"2017":356,"2020":318,"2023":281,}'),
  parameters: describe(
    'The chart was drawn, then got figures it cannot read (a `refresh` of `src`, or a page’s script setting `data`): it keeps the last figures it could read, under a status, _Diagrammet visas inte som det är tänkt_ (_The chart is not shown as intended_), with the message.',
  ),
};

export const ErrorTimeout: Story = {
  name: 'Error: src too slow (timeout)',
  tags: ['no-chart', 'error:NC113'],
  args: { src: `${NEVER_ANSWERS}?timeout`, timeout: 1 },
  beforeEach: standInServer,
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
  render: (_args, context) =>
    parsedMarkup('<homeless-trend heading=”Hemlösheten i Norrköping”></homeless-trend>', context),
  parameters: {
    ...MARKUP_ONLY,
    ...describe(
      'Written as a rich-text editor types quotes, `heading=”Hemlösheten i Norrköping”`: the HTML parser ends the value at the first space. The message says so; the figures are drawn meanwhile.',
    ),
  },
};

export const ErrorMisspeltAttribute: Story = {
  name: 'Error: a slip in an attribute’s name (sorce)',
  tags: ['error:NC124'],
  // As a page writes it: a name the component does not have cannot be written with controls.
  render: (_args, context) => parsedMarkup('<homeless-trend sorce="SCB, Folkmängd"></homeless-trend>', context),
  parameters: {
    ...MARKUP_ONLY,
    ...describe(
      'An attribute the component does not have, one letter from one it has (`sorce` for `source`, `dta` for `data`): the message names both, and the chart is drawn meanwhile. Without it the chart would show Norrköping’s source line (or figures) under the page’s heading without a word. Attributes pages and frameworks put on elements (`class`, `data-…`, `aria-…`) are left alone.',
    ),
  },
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
  render: (_args, context) =>
    parsedMarkup(
      '<homeless-trend heading="Hemlösheten i Exempelstad">År;Personer\n2017;300\n2023;250</homeless-trend>',
      context,
    ),
  parameters: {
    ...MARKUP_ONLY,
    ...describe(
      'CSV copied from Excel or SCB and pasted into the tag: no chart reads lines of text, and Norrköping’s figures would otherwise be shown under the page’s heading. The message says to make a table or use the builder.',
    ),
  },
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
  name: 'Error: no rows (empty)',
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
  args: { heading: 'Genererad testserie 1900–2023 (inte verkliga siffror)', data: everyYear },
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
    ...OWN,
    data: '{"2017":356,"2020":318,"2023":281}',
    markers: '[{"date":"2022-05","label":"Bostad först"}]',
  },
  parameters: describe(
    'With the page’s own figures, markers are given in `markers`: a dashed rule with its label, also named in the summary.',
  ),
};

export const MarkerWithoutLabel: Story = {
  name: 'Marker without a label',
  args: { ...OWN, data: '{"2017":356,"2020":318,"2023":281}', markers: '[{"date":"2020-03"}]' },
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
