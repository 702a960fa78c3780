import '../src/components/prevention-stats/prevention-stats.js';
import { figuresTable, holdSlowRequests, narrow, NEVER_ANSWERS, renderElement, renderer } from './render.js';
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

export const Default: Story = {
  parameters: describe(
    'No attributes: Norrköping’s eviction prevention in 2023: 53 families with 109 children kept their home.',
  ),
};

export const DataAttribute: Story = {
  name: 'Data attribute',
  args: {
    heading: HEADING,
    source: 'Norrköpings kommun',
    data: '[{"year":2023,"families":53,"children":109}]',
  },
  parameters: describe(
    'The figures as JSON in `data`: `[{"year":2023,"families":53,"children":109}]` or `{"2023":{"families":53,"children":109}}`.',
  ),
};

export const ChildTable: Story = {
  name: 'Child table',
  args: { heading: HEADING, source: 'Norrköpings kommun' },
  render: (args, context) =>
    renderElement('prevention-stats', args, context, figuresTable([['2023', '53', '109']], ['År', 'Familjer', 'Barn'])),
  parameters: describe('The figures as a table inside the tag: years, then families, then children.'),
};

export const SrcJson: Story = {
  name: 'src: JSON file',
  args: { heading: HEADING, source: 'Norrköpings kommun', src: 'fixtures/prevention.json' },
  parameters: describe('The figures fetched from a JSON file (`stories/fixtures/prevention.json`).'),
};

export const SrcCsv: Story = {
  name: 'src: CSV file',
  args: { heading: HEADING, source: 'Norrköpings kommun', src: 'fixtures/prevention.csv' },
  parameters: describe(
    'The figures fetched from a CSV file, `year,families,children` (`stories/fixtures/prevention.csv`).',
  ),
};

export const Loading: Story = {
  tags: ['no-chart', 'loading'],
  args: { heading: HEADING, src: `${NEVER_ANSWERS}?prevention`, timeout: 86400 },
  beforeEach: holdSlowRequests,
  parameters: describe(
    'While `src` loads, the chart keeps its place and says so. The request is held open by a stand-in for a slow server (`holdSlowRequests` in `stories/render.ts`).',
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

export const ErrorMissingFile: Story = {
  name: 'Error: src not found (404)',
  tags: ['no-chart', 'error:NC112'],
  args: { src: 'fixtures/missing.json' },
  parameters: describe('A `src` that the server answers with 404: the message gives the status.'),
};

export const Empty: Story = {
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
  heading: 'Example figures, 2019–2023 (not real figures except 2023)',
  source: 'Example data',
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
