import { expect } from '@open-wc/testing';
import { chartImage } from '../../src/core/chart-image.js';
import type { ChartTheme } from '../../src/core/chart-theme.js';

const THEME: ChartTheme = {
  background: '#ffffff',
  text: '#000000',
  textMuted: '#000000',
  grid: '#cccccc',
  axis: '#666666',
  series: ['#1f4e79', '#c55a11'],
  unmeasured: '#999999',
  marker: '#666666',
  fontFamily: 'sans-serif',
  fontSize: 16,
};

/** A canvas of `width` × `height` pixels, all of it red: the chart, told apart from the text and the background. */
function redCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, width, height);
  return canvas;
}

interface Picture {
  readonly width: number;
  readonly height: number;
  /** The box of the red pixels: where the chart was drawn. */
  readonly red: { left: number; top: number; right: number; bottom: number; count: number };
  /** Whether a pixel is text (dark) in the box given. */
  readonly darkIn: (left: number, top: number, right: number, bottom: number) => number;
}

/** The PNG decoded, and where its chart and text are. */
async function picture(blob: Blob): Promise<Picture> {
  const image = await createImageBitmap(blob);
  const { width, height } = image;
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, width, height);
  const at = (x: number, y: number): number[] => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 3)];
  const red = { left: width, top: height, right: -1, bottom: -1, count: 0 };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r = 0, g = 0, b = 0] = at(x, y);
      if (r > 200 && g < 60 && b < 60) {
        red.count++;
        red.left = Math.min(red.left, x);
        red.top = Math.min(red.top, y);
        red.right = Math.max(red.right, x);
        red.bottom = Math.max(red.bottom, y);
      }
    }
  const darkIn = (left: number, top: number, right: number, bottom: number): number => {
    let dark = 0;
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++) {
        const [r = 0, g = 0, b = 0] = at(x, y);
        if (r < 128 && g < 128 && b < 128) dark++;
      }
    return dark;
  };
  return { width, height, red, darkIn };
}

describe('core/chart-image', () => {
  it('draws the chart whole, below its heading and above its source, with a margin all round', async () => {
    const canvas = redCanvas(300, 150);
    const text = { heading: 'Hemlösheten i Norrköping', source: 'Källa: Socialstyrelsen' };
    const { width, height, red, darkIn } = await picture(await chartImage(canvas, 300, text, THEME));
    expect(red.count, 'every pixel of the chart').to.equal(300 * 150);
    expect([red.left, red.right + 1, width], 'the chart 24 px in from either side').to.deep.equal([24, 324, 348]);
    expect(darkIn(0, 0, width, red.top), 'the heading above the chart').to.be.greaterThan(50);
    expect(darkIn(0, 0, width, 24), 'nothing in the top margin').to.equal(0);
    expect(darkIn(0, red.bottom + 1, width, height), 'the source below the chart').to.be.greaterThan(50);
    expect(darkIn(0, height - 24, width, height), 'nothing in the bottom margin').to.equal(0);
  });

  it('puts the chart at the top margin when there is no heading (heading="")', async () => {
    const canvas = redCanvas(300, 150);
    const { width, height, red, darkIn } = await picture(
      await chartImage(canvas, 300, { heading: '', source: 'Källa: Socialstyrelsen' }, THEME),
    );
    expect([red.top, red.left], 'the chart 24 px from the top, as from the side').to.deep.equal([24, 24]);
    expect(darkIn(0, 0, width, red.top), 'nothing above the chart').to.equal(0);
    expect(darkIn(0, red.bottom + 1, width, height), 'the source below it').to.be.greaterThan(50);
  });

  it('wraps a heading wider than the chart, within the chart’s width', async () => {
    const canvas = redCanvas(200, 100);
    const heading = 'Personer i hemlöshet i Norrköping enligt Socialstyrelsens kartläggningar';
    const { width, red, darkIn } = await picture(await chartImage(canvas, 200, { heading, source: '' }, THEME));
    const short = await picture(await chartImage(canvas, 200, { heading: 'Hemlöshet', source: '' }, THEME));
    expect(red.top, 'the chart under more lines').to.be.greaterThan(short.red.top + 40);
    expect(darkIn(red.right + 1, 0, width, red.top), 'no text in the right margin').to.equal(0);
  });

  it('scales the margins and the text with the canvas’s pixel ratio, as the chart is drawn', async () => {
    // A chart 200 CSS px wide drawn at 2 device pixels a CSS px, as on a phone's screen.
    const canvas = redCanvas(400, 200);
    const { width, red } = await picture(await chartImage(canvas, 200, { heading: 'Hemlöshet', source: '' }, THEME));
    const flat = await picture(await chartImage(redCanvas(200, 100), 200, { heading: 'Hemlöshet', source: '' }, THEME));
    expect([red.left, width], 'margins of 2 × 24 px').to.deep.equal([48, 496]);
    expect(red.top, 'the heading twice as tall').to.equal(2 * flat.red.top);
  });
});
