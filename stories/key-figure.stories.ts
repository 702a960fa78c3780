import '../src/components/key-figure/key-figure.js';
import { figuresTable, narrow, renderElement, renderer } from './render.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Line comments, not JSDoc: autodocs would show a JSDoc comment here instead of the manifest's description.
// `<key-figure>` in every state. It draws no chart; tags read by scripts/test-storybook.mjs:
// `error:NC1xx` (the error meant to be shown), `forced-colors`.
const meta = {
  title: 'Components/key-figure',
  component: 'key-figure',
  tags: ['autodocs'],
  render: renderer('key-figure'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Default: Story = {
  parameters: describe('No attributes: the need of emergency housing in Norrköping fell 37 % from 2022 to 2023.'),
};

export const ValueUnitChangePeriod: Story = {
  name: 'Value, unit, change and period',
  args: { heading: 'Personer i hemlöshet', value: '473', unit: 'personer', change: '-42', period: '2017–2023' },
  parameters: describe('A figure with its unit, the change in per cent and the period it covers.'),
};

export const ChangeOnly: Story = {
  name: 'Change only',
  args: { heading: 'Behovet av jourboende', change: '-37', period: '2022–2023', source: 'Norrköpings kommun' },
  parameters: describe('Without `value`, the change is the large figure.'),
};

export const ErrorNotANumber: Story = {
  name: 'Error: not a number',
  tags: ['error:NC103'],
  args: { heading: 'Personer i hemlöshet', value: 'fyrahundra', unit: 'personer' },
  parameters: describe('A value written in words: the message says it is not a number.'),
};

export const ErrorTableInside: Story = {
  name: 'Error: a table inside',
  tags: ['no-chart', 'error:NC120'],
  args: { heading: 'Personer i hemlöshet' },
  render: (args, context) => renderElement('key-figure', args, context, figuresTable([['2023', '473']])),
  parameters: describe(
    'A table written inside, as for the charts: a key figure reads only `value` and `change`, so it says so rather than showing Norrköping’s figure under the heading.',
  ),
};

export const English: Story = {
  args: {
    lang: 'en',
    heading: 'People experiencing homelessness',
    value: '473',
    unit: 'people',
    change: '-42',
    period: '2017–2023',
  },
  parameters: describe('`lang="en"`: the number and the change formatted in English.'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, on a dark page.'),
};

export const Narrow: Story = {
  name: '320 px wide',
  args: { heading: 'Personer i hemlöshet', value: '473', unit: 'personer', change: '-42', period: '2017–2023' },
  decorators: [narrow],
  parameters: describe('In a 320 CSS px column.'),
};

export const LongNumberNarrow: Story = {
  name: 'A long number and unit at 320 px',
  args: { heading: 'Övernattningar', value: '1234567890,5', unit: 'övernattningsplatser', period: '2023' },
  decorators: [narrow],
  // Storybook's small mobile viewport, 320 px wide: the case is the screen's width, not the column's.
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: describe(
    'On a 320 px screen a number longer than nine characters is made smaller, so that it stays on one line, and the unit wraps. The size follows the screen, not the column: this story opens in Storybook’s small mobile viewport (320 px); on a docs page, or in a 320 px column of a wide page, it keeps its full size and may break.',
  ),
};

export const ValueOnly: Story = {
  name: 'Value only',
  args: { heading: 'Hushåll med bostadsstöd', value: '1 204', unit: 'hushåll' },
};

export const Increase: Story = {
  name: 'An increase',
  args: { heading: 'Platser i Bostad först', value: '38', unit: 'lägenheter', change: '12,5', period: '2023–2024' },
};

export const NoSummary: Story = {
  name: 'no-summary',
  args: {
    heading: 'Personer i hemlöshet',
    value: '473',
    unit: 'personer',
    change: '-42',
    period: '2017–2023',
    'no-summary': true,
  },
  parameters: describe(
    '`no-summary` hides the sentence under the figure, where the page says it in its own words. Screen readers read the figure itself.',
  ),
};

export const LinkedSource: Story = {
  name: 'A linked source',
  args: {
    heading: 'Personer i hemlöshet',
    value: '473',
    unit: 'personer',
    period: '2023',
    source: 'Socialstyrelsen',
    'source-url': 'https://www.socialstyrelsen.se/statistik-och-data/statistik/',
  },
  parameters: describe('`source` with `source-url`: the source line is a link, in the link colour and underlined.'),
};

export const NoChange: Story = {
  name: 'No change (change="0")',
  args: { heading: 'Platser i jourboende', value: '64', unit: 'platser', change: '0', period: '2022–2023' },
  parameters: describe(
    '`change="0"`: an unchanged figure reads “förändring 0 %”, with no sign, neither a rise nor a fall.',
  ),
};

export const ErrorEmptyValue: Story = {
  name: 'Error: value="" (no figure)',
  tags: ['error:NC107'],
  args: { heading: 'Personer i hemlöshet', value: '', unit: 'personer' },
  parameters: describe(
    '`value=""`, as a CMS writes a field left empty: the message says there is no figure to show, rather than showing 0 or Norrköping’s figure.',
  ),
};

export const ErrorUnknownTheme: Story = {
  name: 'Error: unknown theme (shown light)',
  tags: ['error:NC116'],
  args: { theme: 'mörk' },
  parameters: describe(
    'A value `theme` does not take: the message names the values it takes; the figure is shown meanwhile.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: {
    'forced-colors': 'active',
    ...describe(
      'In Windows High Contrast the text takes the system colours. **Storybook cannot emulate forced colours**: this story looks like the default here; `npm run test:storybook` opens it with forced colours emulated.',
    ),
  },
};
