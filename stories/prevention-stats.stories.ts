import '../src/components/prevention-stats/prevention-stats.js';
import {
  breakFiguresLater,
  figuresTable,
  focusFirstPoint,
  narrow,
  NEVER_ANSWERS,
  renderElement,
  renderer,
  standInServer,
  tableButtonIn,
} from './render.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Line comments, not JSDoc: autodocs would show a JSDoc comment here instead of the manifest's description.
// `<prevention-stats>` in every state. Tags read by scripts/test-storybook.mjs: `no-chart` (no chart is
// meant to be drawn), `loading`, `error:NC1xx` (the error meant to be shown), `forced-colors`.
const meta = {
  title: 'Components/prevention-stats',
  component: 'prevention-stats',
  tags: ['autodocs'],
  render: renderer('prevention-stats'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

const HEADING = 'Vräkningsförebyggande arbete i Norrköping';

/** Example figures, not Norrköping's: a story that shows them has read the page's figures, not the defaults. */
const OWN = { heading: 'Vräkningsförebyggande arbete i Exempelstad', source: 'Exempelstads kommun' };

export const Default: Story = {
  parameters: describe(
    'No attributes: Norrköping’s eviction prevention in 2023: 53 families with 109 children kept their home.',
  ),
};

export const DataAttribute: Story = {
  name: 'Data attribute',
  args: { ...OWN, data: '[{"year":2023,"families":27,"children":61}]' },
  parameters: describe(
    'The figures as JSON in `data`: `[{"year":2023,"families":27,"children":61}]` or `{"2023":{"families":27,"children":61}}`. Example figures, so that the chart shows it read them.',
  ),
};

export const ChildTable: Story = {
  name: 'Child table',
  args: OWN,
  render: (args, context) =>
    renderElement('prevention-stats', args, context, figuresTable([['2023', '27', '61']], ['År', 'Familjer', 'Barn'])),
  parameters: describe('The figures as a table inside the tag: years, then families, then children.'),
};

export const SrcJson: Story = {
  name: 'src: JSON file',
  args: { ...OWN, src: 'fixtures/prevention.json' },
  parameters: describe('The figures fetched from a JSON file (`stories/fixtures/prevention.json`).'),
};

export const SrcCsv: Story = {
  name: 'src: CSV file',
  args: { ...OWN, src: 'fixtures/prevention.csv' },
  parameters: describe(
    'The figures fetched from a CSV file, `year,families,children` (`stories/fixtures/prevention.csv`).',
  ),
};

export const TableShown: Story = {
  name: 'Table shown',
  play: async ({ canvasElement }) => (await tableButtonIn(canvasElement)).click(),
  parameters: describe(
    'After the reader pressed _Visa tabell_ (_Show table_): the figures as a table under the chart, a column for families and one for children.',
  ),
};

export const FocusedPoint: Story = {
  name: 'A bar in focus, with its tooltip',
  play: async ({ canvasElement }) => focusFirstPoint(canvasElement),
  parameters: describe(
    'The plot reached with Tab, then → pressed: the focus ring, the first bar marked and its tooltip. ← → move between the bars, ↑ ↓ between the series.',
  ),
};

export const NoSummary: Story = {
  name: 'no-summary',
  args: { 'no-summary': true },
  parameters: describe(
    '`no-summary` hides the summary under the chart: the chart still has it as its name, for screen readers.',
  ),
};

export const NoActions: Story = {
  name: 'no-actions',
  args: { 'no-actions': true },
  parameters: describe(
    '`no-actions` hides the buttons (table, CSV, image); the table is still there for screen readers.',
  ),
};

export const Loading: Story = {
  tags: ['no-chart', 'loading'],
  args: { heading: HEADING, src: `${NEVER_ANSWERS}?prevention`, timeout: 86400 },
  beforeEach: standInServer,
  parameters: describe(
    'While `src` loads, the chart keeps its place and says so, and the text under it keeps its room, unseen. The request is held open by a stand-in for a slow server (`standInServer` in `stories/render.ts`).',
  ),
};

export const ErrorMalformedJson: Story = {
  name: 'Error: malformed JSON',
  tags: ['no-chart', 'error:NC101'],
  args: { data: "[{'year':2023,'families':53,'children':109}]" },
  parameters: describe('Single quotes in the `data` attribute: the message says the data is not valid JSON.'),
};

export const ErrorNotANumber: Story = {
  name: 'Error: not a number',
  tags: ['no-chart', 'error:NC103'],
  args: { data: '[{"year":2023,"families":"femtiotre","children":109}]' },
  parameters: describe('A count written in words: the message names the row and the value.'),
};

export const ErrorDuplicateYear: Story = {
  name: 'Error: duplicate year',
  tags: ['no-chart', 'error:NC105'],
  args: {
    data: '[{"year":2023,"families":53,"children":109},{"year":2023,"families":50,"children":100}]',
  },
  parameters: describe('The same year twice: the message names the year.'),
};

export const ErrorMoreFamiliesThanChildren: Story = {
  name: 'Error: more families than children (columns swapped)',
  tags: ['no-chart', 'error:NC118'],
  render: (args, context) =>
    renderElement('prevention-stats', args, context, figuresTable([['2023', '109', '53']], ['År', 'Barn', 'Familjer'])),
  parameters: describe(
    'Every family counted has a child: more families than children means the columns are swapped (or a figure mistyped). The message names the year, both figures and the order of the columns.',
  ),
};

export const ErrorShape: Story = {
  name: 'Error: data of another shape',
  tags: ['no-chart', 'error:NC102'],
  args: { data: '[[2023, 53, 109]]' },
  parameters: describe('Valid JSON, but a list of numbers instead of rows: the message shows the shape it takes.'),
};

export const ErrorYear: Story = {
  name: 'Error: a year not written in full',
  tags: ['no-chart', 'error:NC104'],
  args: { data: '[{"year":23,"families":53,"children":109}]' },
  parameters: describe('A year in two digits: the message asks for all four.'),
};

export const ErrorMissingValue: Story = {
  name: 'Error: a row without its children',
  tags: ['no-chart', 'error:NC106'],
  args: { data: '[{"year":2023,"families":53}]' },
  parameters: describe('A row with families and no children: the message names the row and what it lacks.'),
};

export const ErrorNegative: Story = {
  name: 'Error: a negative count',
  tags: ['no-chart', 'error:NC109'],
  args: { data: '[{"year":2023,"families":-53,"children":109}]' },
  parameters: describe('A count of families below zero: the message says a count cannot be.'),
};

export const ErrorExtraColumn: Story = {
  name: 'Error: a column of numbers the chart does not show',
  tags: ['no-chart', 'error:NC119'],
  render: (args, context) =>
    renderElement(
      'prevention-stats',
      args,
      context,
      figuresTable([['2023', '53', '109', '48']], ['År', 'Familjer', 'Barn', 'Hushåll']),
    ),
  parameters: describe(
    'A table with a fourth column: the chart shows families and children only, so the households would be left out unseen. The message names the number, its row and its column.',
  ),
};

export const ErrorAfterFigures: Story = {
  name: 'Error: figures that fail after a first success',
  tags: ['error:NC101'],
  args: { ...OWN, data: '[{"year":2023,"families":27,"children":61}]' },
  play: async ({ canvasElement }) => breakFiguresLater(canvasElement, "[{'year':2023,'families':27,'children':61}]"),
  parameters: describe(
    'The chart was drawn, then got figures it cannot read (a `refresh` of `src`, or a page’s script setting `data`): it keeps the last figures it could read, under a status, _Diagrammet visas inte som det är tänkt_, with the message.',
  ),
};

export const ErrorMissingFile: Story = {
  name: 'Error: src not found (404)',
  tags: ['no-chart', 'error:NC112'],
  args: { src: 'fixtures/missing.json' },
  parameters: describe('A `src` that the server answers with 404: the message gives the status.'),
};

export const Empty: Story = {
  name: 'Error: no rows (empty)',
  tags: ['no-chart', 'error:NC107'],
  args: { data: '[]' },
  parameters: describe('No rows at all: a message instead of empty axes.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: describe('`lang="en"`: every text and number in English.'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, on a dark page.'),
};

/** Five years of example figures (only 2023's are real), for the grouped bars. */
const FIVE_YEARS = {
  heading: 'Exempelsiffror 2019–2023 (bara 2023 är verkliga)',
  source: 'Exempeldata',
  data: JSON.stringify([
    { year: 2019, families: 38, children: 71 },
    { year: 2020, families: 41, children: 80 },
    { year: 2021, families: 47, children: 92 },
    { year: 2022, families: 45, children: 96 },
    { year: 2023, families: 53, children: 109 },
  ]),
};

export const Narrow: Story = {
  name: '320 px wide',
  decorators: [narrow],
  parameters: describe(
    'In a 320 CSS px column: the long Swedish heading wraps, and one year’s two bars are named under them, wrapped to fit.',
  ),
};

export const NarrowSeveralYears: Story = {
  name: '320 px wide, several years',
  decorators: [narrow],
  args: FIVE_YEARS,
  parameters: describe(
    'Five years in a 320 CSS px column: the legend names the two series with swatches like the bars, and the latest year’s values are always labelled; others only where they fit their bar.',
  ),
};

/** Fifteen years of generated figures, for a long row of grouped bars. */
const FIFTEEN_YEARS = JSON.stringify(
  Array.from({ length: 15 }, (_, index) => ({
    year: 2009 + index,
    families: 30 + ((index * 7) % 25),
    children: 70 + ((index * 13) % 45),
  })),
);

export const NarrowManyYears: Story = {
  name: '320 px wide, fifteen years',
  decorators: [narrow],
  args: { heading: 'Genererad testserie 2009–2023 (inte verkliga siffror)', data: FIFTEEN_YEARS },
  parameters: describe(
    'Fifteen years of two bars each in a 320 CSS px column: the year axis names as many years as fit, always the latest, and only the latest year’s values are written. Every bar stays reachable by keyboard and in the table.',
  ),
};

export const SeveralYears: Story = {
  name: 'Grouped bars, several years',
  args: FIVE_YEARS,
  parameters: describe(
    'Families and children side by side for each year; children are striped and outlined, so the series differ in pattern as well as colour. Only the 2023 figures are Norrköping’s.',
  ),
};

export const CountNotKnown: Story = {
  name: 'A count not known',
  args: {
    heading: 'Testserie 2022–2023',
    source: 'Genererade tal',
    data: '[{"year":2022,"families":40,"children":90},{"year":2023,"families":null,"children":109}]',
  },
  parameters: describe(
    'The latest year’s families were not counted (`null`, an empty cell, `–` or `..`): the figure, the table and the summary say so in words (“uppgift saknas”), not with a dash, which reads as 0 in official statistics, and no bar is drawn. Generated figures.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: {
    'forced-colors': 'active',
    ...describe(
      'In Windows High Contrast the bars are drawn in the system’s text colour (`CanvasText`), the second series striped. **Storybook cannot emulate forced colours**: this story looks like the default here. Use Windows’ contrast themes or Chromium’s DevTools (Rendering → Emulate CSS media feature forced-colors). `npm run test:storybook` opens it with forced colours emulated.',
    ),
  },
};
