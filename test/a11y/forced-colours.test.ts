import { expect } from '@open-wc/testing';
import type { Chart } from 'chart.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import '../../src/components/key-figure/key-figure.js';
import { contrastRatio } from './contrast.js';
import { nextFrame } from '../helpers.js';
import { CHART_TAGS, CUSTOM_DATA, TAGS, mount, shadowQuery } from './a11y-helpers.js';

// Run by `npm test` in Chromium, which emulates forced colours, and by `npm run test:firefox` in Firefox
// launched in forced colours with the system's light colours and again with dark ones
// (web-test-runner.firefox-forced-colours.config.mjs). So these tests ask for no colour by name: every system
// palette must pass them.

/** The alpha of a computed colour, `rgb(…)` (1) or `rgba(…, a)`. */
const alpha = (colour: string): number => Number(/^rgba\([^)]*,\s*([\d.]+)\)$/.exec(colour)?.[1] ?? 1);

/** Asserts a colour is drawn in full and stands out from the background as WCAG 1.4.11 asks of marks (3:1). */
function expectVisible(colour: string, background: string, what: string): void {
  expect(alpha(colour), `${what} ${colour} is opaque`).to.equal(1);
  expect(contrastRatio(colour, background), `${what} ${colour} on ${background}`).to.be.at.least(3);
}

const backgroundOf = (element: Element): string => getComputedStyle(shadowQuery(element, '.nc')).backgroundColor;

/** Every colour the chart is drawn in (a pattern's, the stripes, is the series colour outlining it). */
function chartColours(element: Element & { chart?: Chart | undefined }): [string, string][] {
  const chart = element.chart!;
  const colours: [string, string][] = [];
  const add = (what: string, value: unknown) => {
    for (const colour of [value].flat()) if (typeof colour === 'string') colours.push([what, colour]);
  };
  chart.data.datasets.forEach((dataset, index) => {
    add(`dataset ${index} border`, dataset.borderColor);
    add(`dataset ${index} background`, dataset.backgroundColor);
  });
  for (const [id, scale] of Object.entries(chart.options.scales ?? {})) {
    add(`${id} ticks`, scale?.ticks?.color);
    const border = (scale as { border?: { display?: boolean; color?: unknown } } | undefined)?.border;
    if (border?.display !== false) add(`${id} axis`, border?.color);
  }
  return colours;
}

before(async () => {
  // Firefox is launched in forced colours, and can emulate none: only Chromium is asked to.
  if (!matchMedia('(forced-colors: active)').matches)
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
});

describe('forced colours, in the system palette the browser gives', () => {
  it('are on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const tag of TAGS)
    it(`<${tag} theme="dark"> shows the system's text on the system's background`, async () => {
      const element = await mount(tag, { theme: 'dark', ...CUSTOM_DATA[tag] });
      const style = getComputedStyle(shadowQuery(element, '.nc'));
      expect(style.color).to.not.equal(style.backgroundColor);
      expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
    });

  for (const tag of CHART_TAGS)
    it(`<${tag}> draws every mark and label opaque, at 3:1 or more against the background`, async () => {
      const element = await mount(tag, CUSTOM_DATA[tag]);
      const background = backgroundOf(element);
      const colours = chartColours(element);
      expect(colours.length).to.be.greaterThan(3);
      for (const [what, colour] of colours) expectVisible(colour, background, what);
    });

  it('<prevention-stats> shows its legend swatches opaque, at 3:1 or more', async () => {
    const element = await mount('prevention-stats', CUSTOM_DATA['prevention-stats']);
    const background = backgroundOf(element);
    const swatches = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.swatch')];
    expect(swatches).to.have.length(2);
    for (const swatch of swatches) expectVisible(getComputedStyle(swatch).borderTopColor, background, 'swatch border');
  });

  it("<homeless-trend> with a page's own colours shows a point's tooltip in the system's colours", async () => {
    const element = await mount('homeless-trend', { style: '--nc-color-background: #0b2a4a; --nc-color-text: #fff' });
    shadowQuery(element, '[part="chart"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    const tooltip = shadowQuery(element, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(false);
    const { color, backgroundColor, borderTopColor } = getComputedStyle(tooltip);
    const nc = getComputedStyle(shadowQuery(element, '.nc'));
    expect([color, backgroundColor], "the system's text and background").to.deep.equal([nc.color, nc.backgroundColor]);
    expect(contrastRatio(color, backgroundColor), 'tooltip').to.be.at.least(4.5);
    expectVisible(borderTopColor, backgroundColor, 'tooltip border');
  });

  for (const tag of CHART_TAGS)
    it(`<${tag}> shows the focus ring on its plot and buttons opaque, at 3:1 or more`, async () => {
      const element = await mount(tag);
      const background = backgroundOf(element);
      await sendKeys({ press: 'Tab' });
      const plot = shadowQuery(element, '[part="chart"]');
      expect(element.shadowRoot!.activeElement === plot, 'the plot has the focus').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await nextFrame();
      expect(getComputedStyle(plot).outlineStyle).to.equal('solid');
      expectVisible(getComputedStyle(plot).outlineColor, background, 'plot focus ring');
      const tooltip = shadowQuery(element, '[part="tooltip"]');
      expect(tooltip.hidden).to.equal(false);
      const { color, backgroundColor } = getComputedStyle(tooltip);
      expect(contrastRatio(color, backgroundColor), 'tooltip').to.be.at.least(4.5);
      await sendKeys({ press: 'Tab' });
      const button = element.shadowRoot!.activeElement as HTMLElement;
      expect(button.localName).to.equal('button');
      expectVisible(getComputedStyle(button).outlineColor, background, 'button focus ring');
    });
});
