import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrastShortfalls } from '../../src/core/theme-contrast.js';
import { chromiumOnly, reduceMotion } from '../helpers.js';
import { withWarnings } from '../warnings.js';

const white = 'rgb(255, 255, 255)';

describe('contrastShortfalls', () => {
  it('holds text to 4.5 : 1 and lines to 3 : 1 on the background, at the exact limits', () => {
    // #767676 on white is 4.54 : 1, #777777 is 4.48 : 1; #949494 is 3.03 : 1, #959595 is 2.99 : 1.
    const passing = { background: white, text: 'rgb(118, 118, 118)', axis: 'rgb(148, 148, 148)' };
    expect(contrastShortfalls(passing)).to.deep.equal([]);
    const failing = { background: white, text: 'rgb(119, 119, 119)', axis: 'rgb(149, 149, 149)' };
    expect(contrastShortfalls(failing)).to.deep.equal([
      '--nc-color-text rgb(119, 119, 119): 4.4 : 1, needs 4.5 : 1',
      '--nc-color-axis rgb(149, 149, 149): 2.9 : 1, needs 3 : 1',
    ]);
  });

  it('asks text contrast of the muted text and the marker, line contrast of the series and the dashed years', () => {
    const grey = 'rgb(200, 200, 200)'; // 1.7 : 1 on white
    const all = ['text-muted', 'marker', 'series-1', 'series-2', 'unmeasured', 'grid'];
    const colours: Record<string, string> = { background: white };
    for (const token of all) colours[token] = grey;
    expect(contrastShortfalls(colours).map((shortfall) => shortfall.split(' ')[0])).to.deep.equal([
      '--nc-color-text-muted',
      '--nc-color-marker',
      '--nc-color-series-1',
      '--nc-color-series-2',
      '--nc-color-unmeasured',
    ]);
  });

  it('judges nothing on a background the page shows through, or in a colour space it does not read', () => {
    const faint = 'rgb(250, 250, 250)';
    expect(contrastShortfalls({ background: 'rgba(0, 0, 0, 0)', text: faint })).to.deep.equal([]);
    expect(contrastShortfalls({ background: 'rgba(255, 255, 255, 0.5)', text: faint })).to.deep.equal([]);
    expect(contrastShortfalls({ background: white, text: 'oklch(0.99 0 0)' })).to.deep.equal([]);
    expect(contrastShortfalls({ background: white, text: 'rgba(250, 250, 250, 0.9)' })).to.deep.equal([]);
    expect(contrastShortfalls({ background: white, text: 'rgba(250, 250, 250, 1)' })).to.have.length(1);
  });
});

describe('A chart drawn in faint colours', () => {
  before(reduceMotion);

  const warningsOf = (calls: unknown[][]): string[] =>
    calls.map((args) => String(args[0])).filter((text) => text.includes('too faint'));

  /** Renders `template` into a new wrapper and resolves once each of its `count` charts has drawn. */
  async function drawn(template: TemplateResult, count: number): Promise<HTMLElement[]> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const charts = new Set<HTMLElement>();
    const all = new Promise<void>((resolve) =>
      wrapper.addEventListener('chart-render', (event) => {
        charts.add(event.target as HTMLElement);
        if (charts.size === count) resolve();
      }),
    );
    render(template, wrapper);
    await all;
    return [...charts];
  }

  it('warns once, naming what to set, when a page darkens only the background and text', async () => {
    await withWarnings(async (calls) => {
      const charts = await drawn(
        html`<div style="--nc-color-background: #000000; --nc-color-text: #ffffff">
          <homeless-trend eager></homeless-trend>
          <prevention-stats eager></prevention-stats>
        </div>`,
        2,
      );
      const warnings = warningsOf(calls);
      expect(warnings, 'one warning for the page, not one per chart').to.have.length(1);
      // The light theme's muted text (#4a4d55) and marker (#3d3f45) on black; its lines pass 3 : 1.
      expect(warnings[0]).to.include('--nc-color-text-muted rgb(74, 77, 85): 2.4 : 1, needs 4.5 : 1');
      expect(warnings[0]).to.include('--nc-color-marker rgb(61, 63, 69): 1.9 : 1, needs 4.5 : 1');
      expect(warnings[0]).not.to.include('--nc-color-axis');
      expect(warnings[0]).to.include('theme="dark"');
      const element = calls.find((args) => String(args[0]).includes('too faint'))?.[1];
      // Not `oneOf`: a failing assertion with elements in it is more than the runner can report.
      expect(charts.includes(element as HTMLElement), 'the component, for the console to link to').to.equal(true);
    });
  });

  it('does not warn of the light and dark themes as they come', async () => {
    await withWarnings(async (calls) => {
      await drawn(
        html`<homeless-trend eager></homeless-trend>
          <homeless-trend eager theme="dark"></homeless-trend>
          <prevention-stats eager theme="dark"></prevention-stats>`,
        3,
      );
      expect(warningsOf(calls)).to.deep.equal([]);
    });
  });

  chromiumOnly('does not warn of the print theme (media emulation)', async () => {
    await withWarnings(async (calls) => {
      await emulateMedia({ media: 'print' });
      try {
        await drawn(html`<homeless-trend eager theme="dark"></homeless-trend>`, 1);
      } finally {
        await emulateMedia({ media: null } as unknown as Parameters<typeof emulateMedia>[0]);
      }
      expect(warningsOf(calls)).to.deep.equal([]);
    });
  });
});
