import { html } from 'lit';
import '../src/components/homeless-trend/homeless-trend.js';
import '../src/components/key-figure/key-figure.js';
import '../src/components/prevention-stats/prevention-stats.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Two ways a municipality fits the charts to its graphic profile, shown on the Introduction page.
// Only tokens (`--nc-*`) and `::part()` rules are used: the page's CSS, nothing in the components.
// Both keep `theme="light"`: a token set by the page applies to every theme (see the Introduction).
const meta = {
  title: 'Examples/Restyling',
  tags: ['!autodocs'],
  // Light only: the toolbar's theme is pinned for these stories.
  globals: { theme: 'light' },
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const GraphicProfile: Story = {
  name: 'Font and series colours',
  render: () => html`
    <style>
      .exempelby {
        --nc-font-family: Georgia, 'DejaVu Serif', serif;
        --nc-color-series-1: #00664a;
        --nc-color-series-2: #7a2e8c;
        --nc-color-focus: #00664a;
        --nc-color-link: #00664a;
        --nc-radius: 0;
        display: grid;
        gap: 1rem;
      }
      .exempelby ::part(heading) {
        font-weight: 400;
        padding-bottom: 0.25rem;
        border-bottom: 3px solid #00664a;
      }
    </style>
    <div class="exempelby">
      <homeless-trend theme="light"></homeless-trend>
      <prevention-stats theme="light"></prevention-stats>
    </div>
  `,
};

export const TransparentBackground: Story = {
  name: 'Transparent background on a coloured section',
  render: () => html`
    <style>
      .tinted-section {
        padding: 1.5rem;
        background: #eaf2f7;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1rem;
        align-items: start;
      }
      .tinted-section > * {
        --nc-color-background: transparent;
        --nc-color-grid: #bfcfdb;
      }
      .tinted-section ::part(source) {
        font-style: italic;
      }
    </style>
    <section class="tinted-section" aria-label="Statistik om hemlöshet">
      <key-figure theme="light"></key-figure>
      <homeless-trend theme="light" type="bar" no-actions></homeless-trend>
    </section>
  `,
};
