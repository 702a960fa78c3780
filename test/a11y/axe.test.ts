import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import '../../src/components/key-figure/key-figure.js';
import { reduceMotion } from '../helpers.js';
import {
  CHART_TAGS,
  CUSTOM_DATA,
  INVALID_DATA,
  TAGS,
  axeViolations,
  expectNoAxeViolations,
  formatViolations,
  mount,
  shadowQuery,
  type Component,
  type Tag,
} from './a11y-helpers.js';

// Charts draw in one frame, so that axe-core sees the finished component.
before(reduceMotion);

const LANGS = ['sv', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
type Lang = (typeof LANGS)[number];
type Theme = (typeof THEMES)[number];

const SHOW_TABLE: Record<Lang, string> = { sv: 'Visa tabell', en: 'Show table' };

interface State {
  readonly name: string;
  /** Renders the component in this state and checks that it is in it. */
  readonly render: (tag: Tag, attributes: Record<string, string>) => Promise<Component>;
}

const STATES: readonly State[] = [
  {
    name: 'default data',
    render: async (tag, attributes) => {
      const element = await mount(tag, attributes);
      expect(element.shadowRoot!.querySelector('[part="figure"]'), 'the figure is shown').to.exist;
      return element;
    },
  },
  {
    name: 'custom data',
    render: async (tag, attributes) => {
      const element = await mount(tag, { ...attributes, ...CUSTOM_DATA[tag] });
      if (tag === 'key-figure') expect(shadowQuery(element, '.figure-value').textContent).to.contain('473');
      else expect(element.chart?.data.datasets[0]?.data).to.have.length(tag === 'homeless-trend' ? 3 : 2);
      return element;
    },
  },
  {
    name: 'error state',
    render: async (tag, attributes) => {
      // No chart-render fires for input that is invalid from the start: wait for the update instead.
      const element = await mount(tag, { ...attributes, ...INVALID_DATA[tag] }, { drawn: false });
      expect(shadowQuery(element, '[part="error"]').parentElement!.getAttribute('role')).to.equal('alert');
      return element;
    },
  },
  {
    name: '320 px wide',
    render: async (tag, attributes) => {
      const element = await mount(tag, attributes, { width: 320 });
      expect(element.getBoundingClientRect().width).to.equal(320);
      return element;
    },
  },
];

const describeCase = (tag: Tag, lang: Lang, theme: Theme, state: string): string =>
  `<${tag} lang="${lang}" theme="${theme}">, ${state}`;

for (const tag of TAGS) {
  describe(`<${tag}>: axe-core, WCAG 2.1 A and AA`, () => {
    for (const lang of LANGS)
      for (const theme of THEMES)
        for (const state of STATES)
          it(`has no violations: ${lang}, ${theme}, ${state.name}`, async () => {
            const element = await state.render(tag, { lang, theme });
            await expectNoAxeViolations(element, describeCase(tag, lang, theme, state.name));
          });
  });
}

for (const tag of CHART_TAGS) {
  describe(`<${tag}>: axe-core, WCAG 2.1 A and AA, interactive states`, () => {
    for (const lang of LANGS)
      for (const theme of THEMES) {
        for (const width of [640, 320])
          it(`has no violations with the data table open: ${lang}, ${theme}, ${width} px wide`, async () => {
            const element = await mount(tag, { lang, theme }, { width });
            const button = shadowQuery(element, 'button[aria-controls="data-table"]');
            expect(button.textContent.trim()).to.equal(SHOW_TABLE[lang]);
            button.click();
            await element.updateComplete;
            expect(button.getAttribute('aria-expanded')).to.equal('true');
            expect(shadowQuery(element, '#data-table').classList.contains('visually-hidden')).to.equal(false);
            await expectNoAxeViolations(element, describeCase(tag, lang, theme, `table open, ${width} px wide`));
          });

        it(`has no violations with the plot focused on a point: ${lang}, ${theme}`, async () => {
          const element = await mount(tag, { lang, theme });
          const plot = shadowQuery(element, '[part="chart"]');
          plot.focus();
          expect(element.shadowRoot!.activeElement === plot, 'the plot has the focus').to.equal(true);
          await sendKeys({ press: 'ArrowRight' });
          await element.updateComplete;
          expect(element.chart!.getActiveElements()).to.have.length(1);
          expect(shadowQuery(element, '[aria-live="polite"]').textContent.trim()).to.not.equal('');
          await expectNoAxeViolations(element, describeCase(tag, lang, theme, 'plot focused, ArrowRight pressed'));
        });
      }
  });
}

describe('the axe-core check', () => {
  it('sees into the shadow root: a page colour with too little contrast is reported', async () => {
    const element = await mount('homeless-trend', { style: '--nc-color-text-muted: #b0b0b0' });
    const violations = await axeViolations(element);
    const contrast = violations.find((violation) => violation.id === 'color-contrast');
    expect(contrast, formatViolations(violations)).to.exist;
    const targets = contrast!.nodes.map((node) => node.target[0]);
    expect(targets.some((target) => Array.isArray(target) && target[0] === 'homeless-trend')).to.equal(true);
    expect(formatViolations(violations)).to.contain('color-contrast (serious) at homeless-trend >>> ');
  });
});
