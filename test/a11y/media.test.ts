import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import '../../src/components/key-figure/key-figure.js';
import { canvasOf, nextFrame, paintedPixels } from '../helpers.js';
import { CHART_TAGS, TAGS, mount, resetMedia, shadowQuery } from './a11y-helpers.js';

/** A colour as the browser resolves it for this page, e.g. `CanvasText` → `rgb(0, 0, 0)`. */
function resolvedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

const background = (element: Element): string => getComputedStyle(shadowQuery(element, '.nc')).backgroundColor;

const DARK = 'rgb(23, 25, 30)';
const WHITE = 'rgb(255, 255, 255)';

afterEach(resetMedia);

describe('prefers-reduced-motion (WCAG 2.3.3)', () => {
  for (const tag of CHART_TAGS) {
    it(`<${tag}> does not animate when the reader prefers reduced motion`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const element = await mount(tag);
      expect(element.chart!.options.animation).to.equal(false);
    });

    it(`<${tag}> animates a new chart when the reader has no preference`, async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
      const element = await mount(tag);
      expect(element.chart!.options.animation).to.not.equal(false);
    });
  }
});

describe('forced colours (Windows High Contrast)', () => {
  for (const tag of CHART_TAGS)
    it(`<${tag}> draws its series in system colours, resolved for the canvas`, async () => {
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await mount(tag);
      const [first, second] = element.chart!.data.datasets;
      const canvasText = resolvedColor('CanvasText');
      expect(canvasText).to.match(/^rgba?\(/);
      if (tag === 'homeless-trend') {
        expect(first!.borderColor).to.equal(canvasText);
        expect(first!.backgroundColor).to.equal(canvasText);
      } else {
        // One year: one dataset, families then children; children striped, outlined in the same system colour.
        expect(second).to.equal(undefined);
        expect((first!.backgroundColor as unknown[])[0]).to.equal(canvasText);
        expect((first!.borderColor as unknown[])[1]).to.equal(canvasText);
      }
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    });

  for (const tag of TAGS)
    it(`<${tag}> takes the system's background and text colours`, async () => {
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      const element = await mount(tag, { theme: 'dark' });
      const nc = shadowQuery(element, '.nc');
      expect(getComputedStyle(nc).backgroundColor).to.equal(resolvedColor('Canvas'));
      expect(getComputedStyle(nc).color).to.equal(resolvedColor('CanvasText'));
    });

  it("<homeless-trend> shows a point's tooltip as system text on the system background, with a border", async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const element = await mount('homeless-trend');
    await sendKeys({ press: 'Tab' });
    expect(
      element.shadowRoot!.activeElement === shadowQuery(element, '[part="chart"]'),
      'the plot has the focus',
    ).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    const tooltip = shadowQuery(element, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(false);
    const style = getComputedStyle(tooltip);
    expect(style.color).to.equal(resolvedColor('CanvasText'));
    expect(style.backgroundColor).to.equal(resolvedColor('Canvas'));
    expect(style.color).to.not.equal(style.backgroundColor);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).to.equal(resolvedColor('CanvasText'));
  });

  it('<homeless-trend> redraws in system colours when forced colours are turned on', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mount('homeless-trend');
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(29, 95, 165)');
    const redrawn = new Promise<void>((resolve) => {
      element.addEventListener('chart-render', () => resolve(), { once: true });
    });
    await emulateMedia({ forcedColors: 'active' });
    await redrawn;
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal(resolvedColor('CanvasText'));
  });
});

describe('prefers-color-scheme', () => {
  for (const tag of TAGS) {
    it(`<${tag} theme="auto"> is dark when the reader prefers a dark scheme`, async () => {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      const element = await mount(tag, { theme: 'auto' });
      expect(background(element)).to.equal(DARK);
    });

    it(`<${tag} theme="auto"> is light when the reader prefers a light scheme`, async () => {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const element = await mount(tag, { theme: 'auto' });
      expect(background(element)).to.equal(WHITE);
    });

    it(`<${tag} theme="light"> stays light in a dark scheme`, async () => {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      const element = await mount(tag, { theme: 'light' });
      expect(background(element)).to.equal(WHITE);
    });
  }

  it('<homeless-trend theme="auto"> follows a change of scheme, chart colours included', async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const element = await mount('homeless-trend', { theme: 'auto' });
    expect(background(element)).to.equal(WHITE);
    const redrawn = new Promise<void>((resolve) => {
      element.addEventListener('chart-render', () => resolve(), { once: true });
    });
    await emulateMedia({ colorScheme: 'dark' });
    await redrawn;
    expect(background(element)).to.equal(DARK);
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(125, 183, 255)');
  });
});

describe('print (black and white paper)', () => {
  const style = (element: Element, selector: string) => getComputedStyle(shadowQuery(element, selector));

  for (const theme of ['light', 'dark'])
    it(`<homeless-trend theme="${theme}"> prints black on white, redrawn in the print palette, without buttons`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mount('homeless-trend', { theme });
      const colours: unknown[] = [];
      element.addEventListener('chart-render', () =>
        colours.push(element.chart!.options.plugins?.ncValueLabels?.color),
      );
      await emulateMedia({ media: 'print' });
      // Redrawn (once to fit the paper, once in the print palette): wait for the palette's draw.
      for (let frame = 0; frame < 30 && !colours.includes('rgb(0, 0, 0)'); frame++) await nextFrame();
      expect(colours).to.include('rgb(0, 0, 0)');
      expect(matchMedia('print').matches).to.equal(true);
      expect(background(element)).to.equal(WHITE);
      expect(style(element, '.nc').color).to.equal('rgb(0, 0, 0)');
      expect(style(element, '.actions').display).to.equal('none');
      const chart = element.chart!;
      expect(chart.options.plugins?.ncValueLabels?.color).to.equal('rgb(0, 0, 0)');
      expect(chart.options.plugins?.ncMarkers?.color).to.equal('rgb(0, 0, 0)');
      expect(chart.data.datasets[0]!.borderColor).to.equal('rgb(29, 95, 165)');
      expect(chart.options.animation).to.equal(false);
    });

  it('prints a message of a dark chart dark on light, as the rest of it', async () => {
    const element = await mount('key-figure', { theme: 'dark', value: 'många' }, { drawn: false });
    await emulateMedia({ media: 'print' });
    const box = style(element, '.error');
    expect(box.color).to.equal('rgb(0, 0, 0)');
    expect(box.backgroundColor).to.equal('rgb(253, 236, 237)');
  });

  it('tells the marks apart without colour: grey values of the print palette still differ by dash and pattern', async () => {
    await emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const trend = await mount('homeless-trend');
    const dataset = trend.chart!.data.datasets[0] as { segment?: { borderDash?: unknown } };
    expect(dataset.segment?.borderDash).to.be.a('function', 'dashes mark the unmeasured years');
    trend.parentElement!.remove();
    const bars = await mount('prevention-stats', {
      data: '[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]',
    });
    const [families, children] = bars.chart!.data.datasets;
    expect(families!.backgroundColor).to.be.a('string');
    expect(children!.backgroundColor).to.be.instanceOf(CanvasPattern);
    // The legend's swatches print: their pattern is an image, which browsers keep when printing.
    const swatch = getComputedStyle(shadowQuery(bars, '.swatch.children'));
    expect(swatch.backgroundImage).to.contain('repeating-linear-gradient');
    expect(swatch.printColorAdjust).to.equal('exact');
  });
});

describe('media emulation', () => {
  it('is reset after each test', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
  });
});
