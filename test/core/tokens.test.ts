import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrastRatio } from '../a11y/contrast.js';
import { chromiumOnly, inChromium, reduceMotion, renderChart } from '../helpers.js';
import { readChartTheme } from '../../src/core/chart-theme.js';
import { NEEDED_CONTRAST } from '../../src/core/theme-contrast.js';

/**
 * WCAG 1.4.3 and 1.4.11, computed from the theme tokens as the browser resolves them: a change of a
 * default colour that breaks a ratio fails here.
 */
describe('theme tokens meet the contrast minimums', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(theme, () => {
      /** The tokens core/theme-contrast.ts holds to a contrast, resolved while the element is in the page. */
      const colours = new Map<string, string>();
      let tokens: ReturnType<typeof readChartTheme>;
      let errorBackground: string;
      let error: string;
      let focus: string;

      before(async () => {
        const element = await fixture(html`<key-figure theme=${theme}></key-figure>`);
        const container = element.shadowRoot!.querySelector('.nc')!;
        tokens = readChartTheme(container);
        const style = getComputedStyle(container);
        errorBackground = resolve(container, 'var(--_error-background)');
        error = resolve(container, 'var(--_error)');
        focus = resolve(container, 'var(--_focus)');
        for (const token of Object.keys(NEEDED_CONTRAST)) colours.set(token, resolve(container, `var(--_${token})`));
        expect(style.backgroundColor).to.equal(tokens.background);
      });

      // What the charts warn of on a page's own colours (core/theme-contrast.ts), the defaults must meet.
      for (const [token, needed] of Object.entries(NEEDED_CONTRAST)) {
        it(`${token}: at least ${needed}:1`, () => {
          expect(contrastRatio(colours.get(token)!, tokens.background)).to.be.at.least(needed);
        });
      }

      it('link: text at least 4.5:1', async () => {
        const element = await fixture(html`<key-figure theme=${theme}></key-figure>`);
        const link = resolve(element.shadowRoot!.querySelector('.nc')!, 'var(--_link)');
        expect(contrastRatio(link, tokens.background)).to.be.at.least(4.5);
      });

      it('focus ring: at least 3:1', () => {
        expect(contrastRatio(focus, tokens.background)).to.be.at.least(3);
      });

      it('the line across unmeasured years is lighter than the measured line, nearer the background', () => {
        expect(tokens.unmeasured).to.not.equal(tokens.series[0]);
        expect(contrastRatio(tokens.unmeasured, tokens.background)).to.be.below(
          contrastRatio(tokens.series[0], tokens.background),
        );
      });

      it('error message: text at least 4.5:1 on its background, and its border at least 3:1', () => {
        expect(contrastRatio(tokens.text, errorBackground)).to.be.at.least(4.5);
        expect(contrastRatio(error, errorBackground)).to.be.at.least(3);
      });
    });
  }
});

/** A token's colour as rgb(), resolved by the browser. */
function resolve(container: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  container.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('the print palette meets the same minimums on white paper', () => {
  after(() => inChromium && emulateMedia({ media: null } as unknown as Parameters<typeof emulateMedia>[0]));

  // Print media emulated: only Chromium gives a test media emulation.
  for (const theme of ['light', 'dark'] as const)
    chromiumOnly(`theme="${theme}": black text, and every mark at least 3:1 on white`, async () => {
      await emulateMedia({ media: 'print' });
      const element = await fixture(html`<key-figure theme=${theme}></key-figure>`);
      const tokens = readChartTheme(element.shadowRoot!.querySelector('.nc')!);
      expect(tokens.background).to.equal('rgb(255, 255, 255)');
      expect(tokens.text).to.equal('rgb(0, 0, 0)');
      expect(contrastRatio(tokens.textMuted, tokens.background)).to.be.at.least(4.5);
      for (const mark of [tokens.axis, tokens.marker, tokens.unmeasured, ...tokens.series])
        expect(contrastRatio(mark, tokens.background), mark).to.be.at.least(3);
    });
});

describe('a page’s own series colour', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`theme="${theme}": colours the dashed line across unmeasured years too, unless that is set on its own`, async () => {
      const page = await fixture(
        html`<div style="--nc-color-series-1: rgb(0, 102, 74)">
          <homeless-trend theme=${theme}></homeless-trend>
          <homeless-trend theme=${theme} style="--nc-color-unmeasured: rgb(120, 160, 140)"></homeless-trend>
        </div>`,
      );
      const [branded, both] = [...page.querySelectorAll('homeless-trend')].map((element) =>
        readChartTheme(element.shadowRoot!.querySelector('.nc')!),
      );
      expect(branded!.series[0]).to.equal('rgb(0, 102, 74)');
      expect(branded!.unmeasured).to.equal('rgb(0, 102, 74)');
      expect(both!.unmeasured).to.equal('rgb(120, 160, 140)');
    });
});

describe('a point’s tooltip', () => {
  before(reduceMotion);

  // The README's --nc-* properties override both themes: a page's own pair, a dark page seen through a
  // transparent background, the light pair in the dark theme, text just at 4.5:1, named colours.
  const pages = [
    '',
    '--nc-color-background: transparent',
    '--nc-color-background: #0b2a4a; --nc-color-text: #fff',
    '--nc-color-background: transparent; --nc-color-text: #fff',
    '--nc-color-background: #fff; --nc-color-text: #1b1b1f',
    '--nc-color-text: #767676',
    '--nc-color-background: rebeccapurple; --nc-color-text: lavender',
  ];
  for (const theme of ['light', 'dark'] as const)
    for (const page of pages)
      it(`theme="${theme}" style="${page}": a focused point's tooltip, text at least 4.5:1 on its own background`, async () => {
        const element = await renderChart(html`<homeless-trend theme=${theme} style=${page}></homeless-trend>`);
        element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        const tooltip = element.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
        expect(tooltip.hidden, 'shown').to.equal(false);
        const { color, backgroundColor } = getComputedStyle(tooltip);
        expect(color, 'opaque text').to.not.match(/rgba|\/|transparent/);
        expect(contrastRatio(color, backgroundColor), `${color} on ${backgroundColor}`).to.be.at.least(4.5);
      });
});
