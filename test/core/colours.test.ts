import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Color } from '@kurkle/color';
import '../../src/index.js';
import { rendered, renderChart } from '../helpers.js';
import type { Chart } from 'chart.js';

/**
 * Our charts take their colours as given and derive none (src/core/chart-options.ts): that is what lets the
 * self-contained bundles leave Chart.js's colour library out (scripts/bundle/no-colour-library.js). Here
 * the library is the real one, watched: no method of it may run while a chart is drawn, hovered, or
 * changes theme. Animation is on, as for a reader who has not asked for reduced motion.
 */
const calls: string[] = [];
const methods = ['mix', 'saturate', 'darken', 'hexString', 'rgbString'] as const;
const prototype = Color.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const originals = methods.map((name) => prototype[name]!);

before(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
  methods.forEach((name, index) => {
    const original = originals[index]!;
    prototype[name] = function (this: Color, ...args: unknown[]) {
      calls.push(name);
      return original.apply(this, args);
    };
  });
});

after(() => {
  methods.forEach((name, index) => {
    prototype[name] = originals[index]!;
  });
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const templates = {
  'homeless-trend': () => html`<homeless-trend eager></homeless-trend>`,
  'prevention-stats': () => html`<prevention-stats eager></prevention-stats>`,
};

for (const [tag, template] of Object.entries(templates)) {
  describe(`<${tag}>'s colours`, () => {
    const draw = () => renderChart<HTMLElement & { chart: Chart }>(template());

    it('stay as they are on the point or bar under the pointer or the keyboard', async () => {
      const { chart } = await draw();
      // What Chart.js resolves for the element in each mode (a protected method, read as Chart.js reads it).
      const controller = chart.getDatasetMeta(0).controller as unknown as {
        resolveDataElementOptions(index: number, mode: string): { backgroundColor?: unknown; borderColor?: unknown };
      };
      const own = controller.resolveDataElementOptions(0, 'default');
      const active = controller.resolveDataElementOptions(0, 'active');
      expect(active.backgroundColor).to.equal(own.backgroundColor);
      expect(active.borderColor).to.equal(own.borderColor);
    });

    it("are never blended or derived by Chart.js's colour library: drawn, hovered, themed", async () => {
      calls.length = 0;
      const element = await draw();
      element.chart.setActiveElements([{ datasetIndex: 0, index: 0 }]);
      element.chart.update();
      await settle(500); // the hover transition
      const redrawn = rendered(element);
      element.setAttribute('theme', 'dark');
      await redrawn;
      await settle(1100); // a theme change's animation, were colours animated
      expect(calls).to.deep.equal([]);
    });
  });
}
