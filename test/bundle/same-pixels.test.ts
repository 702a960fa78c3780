import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import { drawnByItself, drawsSettled, nextFrame, reduceMotion } from '../helpers.js';

/**
 * The self-contained bundle carries Chart.js with the paths our options never take cut out
 * (scripts/bundle/only-reachable-chart-js.mjs) and is minified; the other tests draw with the modules and
 * Chart.js whole. Here each chart is drawn both ways, in the same width and font, and the two canvases must
 * hold the same pixels: at rest, with the pointer on a point (Chart.js's interaction code, which the bundle
 * cuts to `nearest`), and with the keys on a point.
 */

/** Generated, not real figures. */
const years = (count: number, first: number, value: (index: number) => number | null) =>
  JSON.stringify(Array.from({ length: count }, (_, index) => ({ year: first + index, value: value(index) })));

const CASES: readonly { readonly name: string; readonly markup: string }[] = [
  { name: 'the default trend', markup: '<homeless-trend></homeless-trend>' },
  {
    name: 'the trend as bars, in English and dark',
    markup: '<homeless-trend type="bar" lang="en" theme="dark"></homeless-trend>',
  },
  {
    name: 'thirty years',
    markup: `<homeless-trend data='${years(30, 1994, (i) => Math.round(620 + 180 * Math.sin(i / 3) - 4 * i))}'></homeless-trend>`,
  },
  {
    name: 'years not measured, and large numbers',
    markup: `<homeless-trend data='${years(8, 2016, (i) => (i % 3 === 1 ? null : 81_000 + 1_500 * i))}'></homeless-trend>`,
  },
  {
    name: '3000 years (decimated)',
    markup: `<homeless-trend data='${years(3000, 4000, (i) => Math.round(500 + 300 * Math.sin(i / 40) + (i % 7) * 9))}'></homeless-trend>`,
  },
  { name: 'the default prevention figures (one year)', markup: '<prevention-stats></prevention-stats>' },
  {
    name: 'six years of prevention figures, in English and dark',
    markup: `<prevention-stats lang="en" theme="dark" data='${JSON.stringify(
      Array.from({ length: 6 }, (_, i) => ({ year: 2018 + i, families: 30 + 4 * i, children: 70 + 7 * i })),
    )}'></prevention-stats>`,
  },
  {
    name: 'prevention figures with a count not known',
    markup: `<prevention-stats data='[{"year":2022,"families":40,"children":90},{"year":2023,"families":null,"children":109}]'></prevention-stats>`,
  },
];

const WIDTHS = [320, 640];
const FONT = "font: 16px/normal 'DejaVu Sans'; --nc-font-family: 'DejaVu Sans'";

interface Drawn {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  /** The plot, which takes the keys. */
  readonly plot: HTMLElement;
}

const partsOf = (element: HTMLElement): Drawn => {
  const root = element.shadowRoot!;
  return { element, canvas: root.querySelector('canvas')!, plot: root.querySelector<HTMLElement>('.chart')! };
};

/** Resolves once the element has drawn by itself and no more draws follow. */
async function settled(element: HTMLElement): Promise<void> {
  await drawnByItself(element);
  await drawsSettled(element);
}

/** Drawn by the modules, in this document. */
async function withModules(markup: string, width: number): Promise<Drawn> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  wrapper.setAttribute('style', `width: ${width}px; ${FONT}`);
  wrapper.innerHTML = markup.replace(/^<([a-z-]+)/, '<$1 eager');
  const element = wrapper.firstElementChild as HTMLElement;
  await settled(element);
  return partsOf(element);
}

/** Drawn by the bundle, in a page of its own, as a web editor's page has it. */
async function withBundle(markup: string, width: number): Promise<Drawn> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: '1000px', border: '0', display: 'block' });
  frame.srcdoc = `<!doctype html><html lang="sv"><head><meta charset="utf-8">
    <script type="module" src="/dist/norrkoping-charts.js"></script></head>
    <body style="margin: 0"><div style="width: ${width}px; ${FONT}">${markup.replace(/^<([a-z-]+)/, '<$1 eager')}</div></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const element = frame.contentDocument!.querySelector<HTMLElement>('homeless-trend, prevention-stats')!;
  await settled(element);
  return partsOf(element);
}

/** A spot on a canvas, in its CSS px. */
interface Point {
  x: number;
  y: number;
}

/** Puts the pointer on a spot of the canvas (in its own CSS px) wherever it is, in this page or a frame. */
async function pointAt(drawn: Drawn, spot: Point): Promise<void> {
  const frame = drawn.element.ownerDocument.defaultView?.frameElement ?? null;
  // In the viewport, where the pointer can reach it.
  frame?.scrollIntoView({ block: 'start' });
  drawn.canvas.scrollIntoView({ block: 'center' });
  await nextFrame();
  const box = drawn.canvas.getBoundingClientRect();
  const offset = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
  await sendMouse({
    type: 'move',
    position: [Math.round(offset.left + box.left + spot.x), Math.round(offset.top + box.top + spot.y)],
  });
  await nextFrame();
  await nextFrame();
}

/** The tooltip's text, or '' while it is hidden. */
const tooltipText = (drawn: Drawn): string => {
  const tooltip = drawn.element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
  return tooltip.hidden ? '' : tooltip.textContent.trim();
};

async function pressOnPlot(drawn: Drawn, key: string): Promise<void> {
  drawn.plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await nextFrame();
  await nextFrame();
}

/** The last point's (or bar's) middle, from the modules' chart: the bundle's Chart.js is minified. */
function lastPoint(drawn: Drawn): Point {
  const { chart } = drawn.element as HTMLElement & { chart: Chart };
  // Chart.js marks the point of a year with no figure `skip`.
  type Placed = Point & { base?: number; skip?: boolean };
  const points = chart.getSortedVisibleDatasetMetas().at(-1)!.data as unknown as Placed[];
  const element = points.filter((point) => !point.skip).at(-1)!;
  return { x: element.x, y: element.base === undefined ? element.y : (element.y + element.base) / 2 };
}

describe('the self-contained bundle draws what the modules draw', () => {
  before(reduceMotion);
  afterEach(async () => {
    await resetMouse();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  for (const { name, markup } of CASES)
    for (const width of WIDTHS)
      it(`${name}, ${width} px: at rest, with the pointer on a point, with the keys on one`, async () => {
        const modules = await withModules(markup, width);
        const bundle = await withBundle(markup, width);
        expect(bundle.canvas.width, 'the same canvas').to.equal(modules.canvas.width);
        expect(bundle.canvas.height, 'the same canvas').to.equal(modules.canvas.height);
        expect(bundle.canvas.toDataURL() === modules.canvas.toDataURL(), 'the same pixels at rest').to.equal(true);

        // The pointer on the last point or bar: the same one found (its tooltip), drawn the same.
        const spot = lastPoint(modules);
        await pointAt(modules, spot);
        const pointed = { pixels: modules.canvas.toDataURL(), tooltip: tooltipText(modules) };
        await resetMouse();
        await pointAt(bundle, spot);
        expect(pointed.tooltip, 'the pointer found a point').to.match(/^\d{4}/);
        expect(tooltipText(bundle), 'the same point found').to.equal(pointed.tooltip);
        expect(bundle.canvas.toDataURL() === pointed.pixels, 'the same pixels with the pointer on a point').to.equal(
          true,
        );
        await resetMouse();

        await pressOnPlot(modules, 'Home');
        await pressOnPlot(bundle, 'Home');
        expect(tooltipText(modules), 'the keys on the first point').to.match(/^\d{4}/);
        expect(tooltipText(bundle), 'the keys on the same point').to.equal(tooltipText(modules));
        expect(
          bundle.canvas.toDataURL() === modules.canvas.toDataURL(),
          'the same pixels with the keys on a point',
        ).to.equal(true);
      });
});
