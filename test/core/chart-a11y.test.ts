import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrastRatio } from '../a11y/contrast.js';
import { axeViolations, formatViolations } from '../a11y/a11y-helpers.js';
import type { PlacedLabel } from '../../src/core/value-labels.js';
import {
  chromiumOnly,
  dataError,
  nextFrame,
  partText,
  reduceMotion,
  renderChart,
  rendered,
  saidAfterKey,
  setViewport,
} from '../helpers.js';
import { placedValueLabels } from '../placed-labels.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
const plotOf = (element: Element): HTMLElement => shadow(element).querySelector<HTMLElement>('[part="chart"]')!;
const liveRegion = (element: Element): string =>
  shadow(element).querySelector('[aria-live="polite"]')!.textContent.trim();
const button = (element: Element, name: string): HTMLButtonElement => {
  const found = [...shadow(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent.trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const tooltipOf = (element: Element): HTMLElement => shadow(element).querySelector<HTMLElement>('[part="tooltip"]')!;
/** The points whose tooltip is shown: highlighted on the chart, with the HTML tooltip visible. */
const activeTooltipIndexes = (element: HomelessTrend | PreventionStats): number[][] =>
  tooltipOf(element).hidden
    ? []
    : element.chart!.getActiveElements().map((active) => [active.datasetIndex, active.index]);

/** Captures what saveFile offers for download instead of downloading it. */
async function captureDownload(run: () => void): Promise<{ blob: Blob; name: string }> {
  const originalCreate = URL.createObjectURL.bind(URL);
  let blob: Blob | undefined;
  try {
    return await new Promise((resolve) => {
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blob = object as Blob;
        return originalCreate(object);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        resolve({ blob: blob!, name: this.download });
      };
      run();
    });
  } finally {
    URL.createObjectURL = originalCreate;
    // click() lives on HTMLElement.prototype; removing the override restores it.
    delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
  }
}

interface AccessibilityNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
}

/** The page's accessibility tree as Chromium gives it to screen readers: the nodes not ignored, in order. */
const accessibilityTree = (): Promise<AccessibilityNode[]> =>
  executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');

describe('the data table', () => {
  it('is a real table with caption and header scopes, available while visually hidden; a note and the source after it', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const table = shadow(element).querySelector('table')!;
    expect(table.getAttribute('part')).to.equal('table');
    expect(table.caption!.textContent.trim()).to.equal('Hemlösheten i Norrköping');
    const note = table.nextElementSibling!;
    expect([note.className, note.textContent]).to.deep.equal([
      'table-note',
      'Uppmätt 2017 och 2023; åren däremellan mättes inte. Markering: Bostad först, maj 2022.',
    ]);
    expect(table.closest('.table-slot')!.nextElementSibling!.getAttribute('part')).to.equal('source');
    const headers = [...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(headers).to.deep.equal([
      ['År', 'col'],
      ['Personer i hemlöshet', 'col'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map(
        (cell) =>
          `${cell.localName}${cell.getAttribute('scope') ? `[${cell.getAttribute('scope')}]` : ''}:${cell.textContent.trim()}`,
      ),
    );
    expect(rows).to.deep.equal([
      ['th[row]:2017', 'td:814'],
      ['th[row]:2023', 'td:473'],
    ]);
    // Visually hidden, not display:none: screen readers still find it.
    const wrap = table.parentElement!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(wrap).display).to.not.equal('none');
    expect(getComputedStyle(wrap).visibility).to.equal('visible');
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly('is named by its heading alone, and reads its note and source once', async () => {
    await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
    const tree = await accessibilityTree();
    // With the note in its name, the note ran on from the heading with no pause (and was read again as the
    // caption's line, in Orca).
    expect(tree.filter((node) => node.role === 'table')).to.deep.equal([
      { role: 'table', name: 'Homelessness in Norrköping', description: '' },
    ]);
    const text = tree.filter((node) => node.role === 'StaticText').map((node) => node.name.trim());
    const note = 'Measured in 2017 and 2023; the years in between were not measured. Marker: Housing First, May 2022.';
    expect(text.filter((name) => name === note)).to.have.length(1);
    expect(text.filter((name) => name.includes('Socialstyrelsen'))).to.have.length(1);
  });

  it('is shown and hidden by a button with aria-expanded', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const toggle = button(element, 'Visa tabell');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('data-table');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent.trim()).to.equal('Dölj tabell');
    const wrap = shadow(element).querySelector('#data-table')!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(40);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shown, is as wide as the chart and shows its source once, under it', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    button(element, 'Visa tabell').click();
    await element.updateComplete;
    const root = shadow(element);
    // Text a reader sees: boxes of more than a pixel with "Källa" in their own text.
    const seen = [...root.querySelectorAll('*')].filter(
      (node) =>
        [...node.childNodes].some(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes('Källa'),
        ) && node.getBoundingClientRect().width > 1,
    );
    expect(seen.map((node) => node.getAttribute('part') ?? node.localName)).to.deep.equal(['source']);
    const table = root.querySelector('table')!.getBoundingClientRect();
    expect(table.width).to.be.closeTo(root.querySelector('.chart')!.getBoundingClientRect().width, 1);
  });

  it('writes a gap in words: a dash reads as 0 in official statistics', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2017":814,"2020":null,"2023":473}'></homeless-trend>`,
    );
    const gap = shadow(element).querySelectorAll('tbody tr')[1]!.querySelector('td')!;
    expect(gap.innerHTML.replace(/<!--.*?-->/g, '')).to.equal('uppgift saknas');
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly("gives screen readers a gap in words too, as the cell's name", async () => {
    await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2017":814,"2020":null,"2023":473}'></homeless-trend>`,
    );
    const tree = await accessibilityTree();
    const cells = tree.filter((node) => node.role === 'cell').map((node) => node.name);
    expect(cells).to.deep.equal(['814', 'uppgift saknas', '473']);
  });

  it('has columns for families and children in <prevention-stats>, in English with lang="en"', async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats lang="en"></prevention-stats>`);
    const cells = [...shadow(element).querySelectorAll('table th, table td')].map((cell) => cell.textContent.trim());
    expect(cells).to.deep.equal([
      'Year',
      'Families with children who kept their home',
      'Children who kept their home',
      '2023',
      '53',
      '109',
    ]);
    expect(button(element, 'Show table')).to.exist;
  });

  it('of a long series, is not in the page until opened: no empty table for screen readers to find', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const drawn = rendered(element);
    element.data = Array.from({ length: 250 }, (_, index) => ({ year: 1700 + index, value: index }));
    await drawn;
    expect(shadow(element).querySelector('table')).to.equal(null);
    button(element, 'Visa tabell').click();
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(250);
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly('of a long series, is in the accessibility tree only once opened, named by the heading', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const drawn = rendered(element);
    element.data = Array.from({ length: 250 }, (_, index) => ({ year: 1700 + index, value: index }));
    await drawn;
    expect((await accessibilityTree()).filter((node) => node.role === 'table')).to.deep.equal([]);
    button(element, 'Visa tabell').click();
    await element.updateComplete;
    const tables = (await accessibilityTree()).filter((node) => node.role === 'table');
    expect(tables.map((node) => node.name)).to.deep.equal(['Hemlösheten i Norrköping']);
  });

  describe('shown, scrolled sideways by the keyboard too (WCAG 2.1.1), at 320 px with text at 200 %', () => {
    beforeEach(() => void (document.documentElement.style.fontSize = '200%'));
    afterEach(() => void (document.documentElement.style.fontSize = ''));

    const wrapOf = (element: Element): HTMLElement => shadow(element).querySelector<HTMLElement>('#data-table')!;
    // A button after the chart: Tab from the last stop of the page would leave it, and Firefox's window the focus.
    const charts = {
      'homeless-trend': html`<homeless-trend></homeless-trend><button>efter</button>`,
      'prevention-stats': html`<prevention-stats></prevention-stats><button>efter</button>`,
    };

    for (const tag of ['prevention-stats', 'homeless-trend'] as const)
      it(`<${tag}>: its box is a tab stop after the buttons, a region named by the caption, with a focus ring`, async () => {
        const element = await renderChart<HomelessTrend>(charts[tag], 320);
        const wrap = wrapOf(element);
        button(element, 'Visa tabell').click();
        await element.updateComplete;
        if (tag === 'prevention-stats') expect(wrap.scrollWidth, 'scrolls sideways').to.be.above(wrap.clientWidth);
        button(element, 'Ladda ner bild').focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(element).activeElement?.id, 'focused by Tab').to.equal('data-table');
        expect(wrap.getAttribute('role')).to.equal('region');
        const name = shadow(element).getElementById(wrap.getAttribute('aria-labelledby') ?? '');
        expect(name?.localName, 'named by').to.equal('caption');
        const style = getComputedStyle(wrap);
        expect(style.outlineStyle, 'focus ring').to.equal('solid');
        expect(Number.parseFloat(style.outlineWidth)).to.be.at.least(2);
        const background = getComputedStyle(shadow(element).querySelector('.nc')!).backgroundColor;
        expect(contrastRatio(style.outlineColor, background)).to.be.at.least(3);
        // The arrow keys scroll it.
        await sendKeys({ press: 'ArrowRight' });
        // Firefox scrolls smoothly, and on a busy machine its first frames may not have moved the box yet.
        for (let frame = 0; frame < 60 && tag === 'prevention-stats' && wrap.scrollLeft === 0; frame++)
          await nextFrame();
        if (tag === 'prevention-stats') expect(wrap.scrollLeft, 'scrolled by →').to.be.above(0);
        const violations = (await axeViolations(element)).filter(({ id }) => id === 'scrollable-region-focusable');
        expect(formatViolations(violations)).to.equal('');
      });

    // The accessibility tree is read over the DevTools protocol: Chromium only.
    chromiumOnly(
      '<prevention-stats>: a screen reader gets the shown box as a region named by the caption',
      async () => {
        const element = await renderChart<PreventionStats>(charts['prevention-stats'], 320);
        button(element, 'Visa tabell').click();
        await element.updateComplete;
        const caption = shadow(element).querySelector('caption')!;
        const regions = (await accessibilityTree()).filter((node) => node.role === 'region');
        expect(regions.map((node) => node.name)).to.deep.equal([caption.textContent.trim()]);
      },
    );

    it('hidden, is no tab stop and no region', async () => {
      const element = await renderChart<PreventionStats>(charts['prevention-stats'], 320);
      const wrap = wrapOf(element);
      button(element, 'Visa tabell').click();
      await element.updateComplete;
      button(element, 'Dölj tabell').click();
      await element.updateComplete;
      expect([wrap.tabIndex, wrap.getAttribute('role'), wrap.getAttribute('aria-labelledby')]).to.deep.equal([
        -1,
        null,
        null,
      ]);
      button(element, 'Ladda ner bild').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent, 'the next stop after the buttons').to.equal('efter');
    });
  });

  it('hidden by no-actions while its shown box has the focus, hands the focus to the plot, not the page’s body', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    button(element, 'Visa tabell').click();
    await element.updateComplete;
    shadow(element).querySelector<HTMLElement>('#data-table')!.focus();
    element.noActions = true;
    await element.updateComplete;
    // The browser moves the focus off what is no longer a tab stop at the next frame.
    await nextFrame();
    await nextFrame();
    expect(document.activeElement === element, 'the focus in the chart').to.equal(true);
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('chart');
    expect(shadow(element).activeElement?.getAttribute('role')).to.equal('img');
  });

  it('stays available to screen readers with no-actions, which hides the buttons', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend no-actions></homeless-trend>`);
    expect(shadow(element).querySelectorAll('button')).to.have.length(0);
    expect(shadow(element).querySelector('table')).to.exist;
  });

  it('of a long series, stays available to screen readers with no-actions, every row of it: no button opens it', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend no-actions></homeless-trend>`);
    const drawn = rendered(element);
    element.data = Array.from({ length: 250 }, (_, index) => ({ year: 1700 + index, value: index }));
    await drawn;
    expect(shadow(element).querySelectorAll('tbody tr').length).to.equal(250);
  });

  it('of up to 200 rows, is in the page while hidden; of 201, only once opened', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    for (const [length, rows] of [
      [200, 200],
      [201, 0],
    ] as const) {
      const drawn = rendered(element);
      element.data = Array.from({ length }, (_, index) => ({ year: 1700 + index, value: index }));
      await drawn;
      expect(shadow(element).querySelectorAll('tbody tr').length, `${length} years`).to.equal(rows);
    }
  });
});

describe('downloads', () => {
  it('offer every row of a long series as CSV while its table is not in the page', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const drawn = rendered(element);
    element.data = Array.from({ length: 500 }, (_, index) => ({ year: 1500 + index, value: index }));
    await drawn;
    expect(shadow(element).querySelector('table')).to.equal(null);
    const { blob } = await captureDownload(() => button(element, 'Ladda ner CSV').click());
    const lines = (await blob.text()).split('\r\n');
    expect(lines[1]).to.equal('1500;0');
    expect(lines[500]).to.equal('1999;499');
  });

  it('offer the table as CSV with a byte-order mark, named after the heading', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const { blob, name } = await captureDownload(() => button(element, 'Ladda ner CSV').click());
    expect(name).to.equal('hemlosheten-i-norrkoping.csv');
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte-order mark checked above; the source is quoted for its ';'.
    expect(await blob.text()).to.equal(
      'År;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n\r\n' +
        '"Uppmätt 2017 och 2023; åren däremellan mättes inte. Markering: Bostad först, maj 2022."\r\n' +
        '"Källa: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun"\r\n',
    );
  });

  it('offer CSV with commas between fields and decimal points in English, as English Excel reads it', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        lang="en"
        .data=${[
          { year: 2011, value: 1200.5 },
          { year: 2017, value: 814 },
        ]}
      ></homeless-trend>`,
    );
    const { blob } = await captureDownload(() => button(element, 'Download CSV').click());
    expect((await blob.text()).split('\r\n').slice(0, 3)).to.deep.equal([
      'Year,People experiencing homelessness',
      '2011,1200.5',
      '2017,814',
    ]);
  });

  it('offer CSV that, given back as `src`, shows the same figures, in Swedish and English', async () => {
    const tableText = (element: Element): string[] =>
      [...shadow(element).querySelectorAll('tbody tr')].map((row) => row.textContent.replace(/\s+/g, ' ').trim());
    const trend = [
      { year: 2011, value: 1200.5 },
      { year: 2017, value: 1.234 },
      { year: 2020, value: null },
      { year: 2023, value: 473 },
    ];
    const prevention = [
      { year: 2022, families: 41, children: null },
      { year: 2023, families: 53, children: 109 },
    ];
    for (const [lang, label] of [
      ['sv', 'Ladda ner CSV'],
      ['en', 'Download CSV'],
    ] as const) {
      const charts = [
        // Eager: each pair of charts is added below the last, out of view.
        await renderChart<HomelessTrend>(html`<homeless-trend eager lang=${lang} .data=${trend}></homeless-trend>`),
        await renderChart<PreventionStats>(
          html`<prevention-stats eager lang=${lang} .data=${prevention}></prevention-stats>`,
        ),
      ];
      for (const chart of charts) {
        const { blob } = await captureDownload(() => button(chart, label).click());
        const copy = document.createElement(chart.localName);
        copy.setAttribute('lang', lang);
        copy.toggleAttribute('eager', true);
        copy.setAttribute('src', URL.createObjectURL(blob));
        const outcome = Promise.race([rendered(copy).then(() => null), dataError(copy).then(({ detail }) => detail)]);
        chart.after(copy);
        expect(await outcome, `${chart.localName} ${lang}`).to.equal(null);
        expect(tableText(copy)).to.deep.equal(tableText(chart));
        expect(partText(copy, 'summary')).to.equal(partText(chart, 'summary'));
      }
    }
  });

  it('offer the chart as PNG with its heading and source drawn in', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats heading="Vräkningar 2023"></prevention-stats>`,
    );
    const { blob, name } = await captureDownload(() => button(element, 'Ladda ner bild').click());
    expect(name).to.equal('vrakningar-2023.png');
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    const canvas = shadow(element).querySelector('canvas')!;
    expect(image.width).to.be.greaterThan(canvas.width);
    expect(image.height).to.be.greaterThan(canvas.height + 40, 'room for the heading and the source');
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const ink = (top: number, height: number): number => {
      const { data } = context.getImageData(0, top, image.width, height);
      let dark = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! < 128) dark++;
      return dark;
    };
    expect(ink(0, 24), 'white margin').to.equal(0);
    expect(ink(24, 30), 'heading text').to.be.greaterThan(50);
    expect(ink(image.height - 45, 30), 'source text').to.be.greaterThan(50);
  });
});

describe('keyboard access to the points', () => {
  it('makes the plot one tab stop, then the buttons, with no trap', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <button id="before">före</button><homeless-trend></homeless-trend><button id="after">efter</button>
      </div>`,
    );
    const element = wrapper.querySelector('homeless-trend')!;
    await rendered(element);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const focusedNames: string[] = [];
    for (let step = 0; step < 5; step++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement === element ? shadow(element).activeElement : document.activeElement;
      focusedNames.push(active?.getAttribute('part') ?? active?.textContent.trim() ?? '');
    }
    expect(focusedNames).to.deep.equal(['chart', 'Visa tabell', 'Ladda ner CSV', 'Ladda ner bild', 'efter']);
  });

  it('moves between points with the arrow keys, Home and End, showing and announcing each', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(liveRegion(element)).to.equal('2017: 814 personer');
    expect(activeTooltipIndexes(element)).to.deep.equal([[0, 0]]);
    await sendKeys({ press: 'ArrowRight' });
    // Across the dashed line: the years it spans are said too.
    expect(liveRegion(element)).to.equal('2023: 473 personer. Åren 2018 till 2022 mättes inte.');
    expect(activeTooltipIndexes(element)).to.deep.equal([[0, 1]]);
    await sendKeys({ press: 'Home' });
    expect(liveRegion(element)).to.equal('2017: 814 personer. Åren 2018 till 2022 mättes inte.');
    await sendKeys({ press: 'End' });
    expect(activeTooltipIndexes(element)).to.deep.equal([[0, 1]]);
    const tooltip = tooltipOf(element);
    expect(tooltip.textContent).to.equal('2023: 473 personer');
    const box = tooltip.getBoundingClientRect();
    const plot = plotOf(element).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(20);
    expect(box.left).to.be.at.least(plot.left - 1);
    expect(box.right).to.be.at.most(plot.right + 1, 'kept inside the plot');
  });

  it('shows the tooltip of a point at the top of the plot below it, inside the plot, not cut off above', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        .data=${[
          { year: 2017, value: 1000 },
          { year: 2023, value: 500 },
        ]}
      ></homeless-trend>`,
    );
    plotOf(element).focus();
    await sendKeys({ press: 'Home' });
    const tooltip = tooltipOf(element);
    expect(tooltip.textContent).to.equal('2017: 1000 personer');
    const box = tooltip.getBoundingClientRect();
    expect(box.top).to.be.at.least(plotOf(element).getBoundingClientRect().top - 1);
  });

  it('keeps the tooltip over its point when the chart is drawn at another size (zoomed text, a turned phone)', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2015":600,"2016":650,"2017":814,"2019":700,"2023":473}'></homeless-trend>`,
    );
    plotOf(element).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    const overPoint = (): number => {
      const tooltip = tooltipOf(element).getBoundingClientRect();
      const point = element.chart!.getDatasetMeta(0).data[3]!;
      return (
        tooltip.left +
        tooltip.width / 2 -
        (shadow(element).querySelector('canvas')!.getBoundingClientRect().left + point.x)
      );
    };
    expect(Math.abs(overPoint())).to.be.below(2);
    const redrawn = rendered(element);
    element.parentElement!.style.width = '420px';
    await redrawn;
    expect(tooltipOf(element).textContent).to.equal('2019: 700 personer');
    expect(Math.abs(overPoint()), 'moved with its point').to.be.below(2);
  });

  it('says the year and figure of the point it shows on a long line, which is drawn thinned', async () => {
    // 3000 years on 568 px: more than 4 points a pixel column, so the line is drawn from the first, last,
    // lowest and highest point of each column (core/decimation), and the drawn points are not the data's.
    const data = Array.from({ length: 3000 }, (_, index) => ({ year: 1000 + index, value: (index * 7919) % 1000 }));
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const drawn = rendered(element);
    element.data = data;
    await drawn;
    const chart = element.chart!;
    expect(chart.data.datasets[0]!.data.length, 'drawn thinned').to.be.below(data.length);
    const said = (key: string): Promise<string> => saidAfterKey(element, key);
    plotOf(element).focus();
    expect(await said('End')).to.equal('3999: 81 personer');
    expect(await said('Home')).to.equal('1000: 0 personer');
    for (let step = 0; step < 12; step++) {
      const text = await said('ArrowRight');
      const [, year, value] = /^(\d{4}): (\d+) personer?/.exec(text) ?? [];
      const point = data.find((row) => row.year === Number(year));
      expect(point?.value, `${text}: the data's figure for that year`).to.equal(Number(value));
      const [active] = chart.getActiveElements();
      const shown = chart.data.datasets[0]!.data[active!.index] as { y: number };
      expect(shown.y, `${text}: the point highlighted`).to.equal(Number(value));
      expect(tooltipOf(element).textContent).to.equal(text.split('. ')[0]);
    }
  });

  for (const gap of [3, 35])
    it(`goes to the first and last years with a figure of a thinned line with ${gap} years of gaps at each end`, async () => {
      // Thinning keeps a column's first, last, lowest and highest point, and compares gaps as 0: the first and
      // last years with a figure were none of these, and Home and End went to other years.
      const length = 6000;
      const value = (index: number): number => ((index * 7919) % 1000) + 1;
      const data = Array.from({ length }, (_, index) => ({
        year: 1000 + index,
        value: index < gap || index >= length - gap ? null : value(index),
      }));
      const [first, last] = [gap, length - gap - 1];
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
      const drawn = rendered(element);
      element.data = data;
      await drawn;
      expect(element.chart!.data.datasets[0]!.data.length, 'drawn thinned').to.be.below(length);
      const said = (key: string): Promise<string> => saidAfterKey(element, key);
      const [firstYear, lastYear] = [1000 + first, 1000 + last];
      plotOf(element).focus();
      expect(await said('End')).to.equal(`${lastYear}: ${value(last)} personer`);
      expect(await said('ArrowRight')).to.equal(
        `${lastYear}: ${value(last)} personer. Åren ${lastYear + 1} till ${1000 + length - 1} mättes inte.`,
      );
      expect(await said('Home')).to.equal(`${firstYear}: ${value(first)} personer`);
      expect(await said('ArrowLeft')).to.equal(
        `${firstYear}: ${value(first)} personer. Åren 1000 till ${firstYear - 1} mättes inte.`,
      );
      expect(partText(element, 'summary')).to.contain(`år ${firstYear} till ${value(last)} personer år ${lastYear}`);
    });

  it('says the years with no figure that a key crossed, between neighbours only, not in the tooltip', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        data='[{"year":2011,"value":617},{"year":2017,"value":814},{"year":2018,"value":null},{"year":2019,"value":700},{"year":2020,"value":650}]'
      ></homeless-trend>`,
    );
    const said = (key: string): Promise<string> => saidAfterKey(element, key);
    plotOf(element).focus();
    expect(await said('Home')).to.equal('2011: 617 personer');
    expect(await said('ArrowRight')).to.equal('2017: 814 personer. Åren 2012 till 2016 mättes inte.');
    // A gap in the data (null) is a year with no figure too; the keys skip it.
    expect(await said('ArrowRight')).to.equal('2019: 700 personer. År 2018 mättes inte.');
    expect(tooltipOf(element).textContent).to.equal('2019: 700 personer');
    expect(await said('ArrowRight')).to.equal('2020: 650 personer');
    // Home jumps over points with figures: nothing lies "between".
    expect(await said('Home')).to.equal('2011: 617 personer');
    element.lang = 'en';
    await element.updateComplete;
    expect(await said('ArrowRight')).to.equal('2017: 814 people. The years 2012 to 2016 were not measured.');
  });

  it('says the last point again when a key would go past it, so the reader hears that it is the last', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const region = shadow(element).querySelector('[aria-live]')!;
    plotOf(element).focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const said = [region.textContent];
    for (const key of ['ArrowRight', 'End', 'ArrowRight']) {
      await sendKeys({ press: key });
      await element.updateComplete;
      said.push(region.textContent);
    }
    expect(said.map((text) => text.trim())).to.deep.equal(Array(4).fill('2023: 473 personer'));
    // Each different from the one before: a live region announces only a change.
    for (let index = 1; index < said.length; index++) expect(said[index]).to.not.equal(said[index - 1]);
  });

  it('says the years with no figure before the first point or after the last, when a key goes no further', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2015":null,"2016":null,"2017":814,"2018":700,"2019":null}'></homeless-trend>`,
    );
    const said = (key: string): Promise<string> => saidAfterKey(element, key);
    plotOf(element).focus();
    expect(await said('Home')).to.equal('2017: 814 personer');
    expect(await said('ArrowLeft')).to.equal('2017: 814 personer. Åren 2015 till 2016 mättes inte.');
    expect(await said('ArrowRight')).to.equal('2018: 700 personer');
    expect(await said('ArrowRight')).to.equal('2018: 700 personer. År 2019 mättes inte.');
    expect(await said('End')).to.equal('2018: 700 personer. År 2019 mättes inte.');
    expect(tooltipOf(element).textContent).to.equal('2018: 700 personer');
    element.lang = 'en';
    await element.updateComplete;
    expect(await said('ArrowRight')).to.equal('2018: 700 people. 2019 was not measured.');
  });

  it('says a missing bar beyond the last one the keys reach, of one year or in a series', async () => {
    const one = await renderChart<PreventionStats>(
      html`<prevention-stats data='[{"year":2023,"families":53,"children":null}]'></prevention-stats>`,
    );
    plotOf(one).focus();
    expect(await saidAfterKey(one, 'ArrowRight')).to.equal('2023, barnfamiljer som bor kvar: 53');
    expect(await saidAfterKey(one, 'ArrowRight')).to.equal(
      '2023, barnfamiljer som bor kvar: 53. Barn som bor kvar: uppgift saknas.',
    );
    expect(await saidAfterKey(one, 'ArrowLeft')).to.equal('2023, barnfamiljer som bor kvar: 53');
    const years = await renderChart<PreventionStats>(
      html`<prevention-stats
        lang="en"
        data='[{"year":2021,"families":40,"children":null},{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":null}]'
      ></prevention-stats>`,
    );
    plotOf(years).focus();
    expect(await saidAfterKey(years, 'End')).to.equal('2023, families with children who kept their home: 53');
    expect(await saidAfterKey(years, 'ArrowLeft')).to.equal('2022, families with children who kept their home: 47');
    expect(await saidAfterKey(years, 'ArrowDown')).to.equal('2022, children who kept their home: 97');
    expect(await saidAfterKey(years, 'ArrowRight')).to.equal(
      '2022, children who kept their home: 97. No figure for 2023.',
    );
    expect(await saidAfterKey(years, 'Home')).to.equal('2022, children who kept their home: 97. No figure for 2021.');
    // To 2023's bar of the other series, which has no figure: the key stays, and says so.
    await saidAfterKey(years, 'ArrowUp');
    expect(await saidAfterKey(years, 'End')).to.equal('2023, families with children who kept their home: 53');
    expect(await saidAfterKey(years, 'ArrowDown')).to.equal(
      '2023, families with children who kept their home: 53. Children who kept their home: no figure.',
    );
    expect(await saidAfterKey(years, 'ArrowUp')).to.equal('2023, families with children who kept their home: 53');
  });

  it('lets a point the keys showed go with new figures that no longer have it, also when the chart is resized', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2015":600,"2016":650,"2017":814,"2019":700,"2023":473}'></homeless-trend>`,
    );
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      plotOf(element).focus();
      await sendKeys({ press: 'End' });
      expect(tooltipOf(element).hidden).to.equal(false);
      let drawn = rendered(element);
      element.data = { 2022: 480, 2023: 473 };
      await drawn;
      expect(tooltipOf(element).hidden, 'its point is gone').to.equal(true);
      drawn = rendered(element);
      element.parentElement!.style.width = '420px';
      await drawn;
      await nextFrame();
      plotOf(element).blur();
      expect(errors).to.deep.equal([]);
      expect(tooltipOf(element).hidden).to.equal(true);
      // The keys go on from the figures there are.
      plotOf(element).focus();
      expect(await saidAfterKey(element, 'End')).to.equal('2023: 473 personer');
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  /** Puts the pointer on the chart's first point, and checks that its tooltip shows. */
  async function pointAtFirstPoint(element: HomelessTrend): Promise<void> {
    const canvas = shadow(element).querySelector('canvas')!.getBoundingClientRect();
    const point = element.chart!.getDatasetMeta(0).data[0]!;
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + point.x), Math.round(canvas.top + point.y)] });
    await nextFrame();
    expect(tooltipOf(element).hidden, 'the tooltip shows').to.equal(false);
  }

  it('hides a tooltip shown by the pointer when the element leaves the page, and does not bring it back', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    await pointAtFirstPoint(element);
    const parent = element.parentElement!;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drawn = rendered(element);
    parent.append(element);
    await drawn;
    await nextFrame();
    expect(tooltipOf(element).hidden).to.equal(true);
    await resetMouse();
  });

  it('hides a tooltip shown by the pointer when the element is moved in the page, which keeps its chart', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    await pointAtFirstPoint(element);
    const chart = element.chart;
    const elsewhere = document.createElement('div');
    elsewhere.style.width = '640px';
    element.parentElement!.before(elsewhere);
    elsewhere.append(element);
    await nextFrame();
    await nextFrame();
    expect(element.chart === chart, 'the same chart').to.equal(true);
    expect(tooltipOf(element).hidden).to.equal(true);
    elsewhere.remove();
    await resetMouse();
  });

  it('keeps the punctuation only screen readers get inside its line, unseen', async () => {
    // Positioned out of sight, Firefox made each an object of its own, which Orca read as a line of its own
    // ("punkt", ","), and an error's title ran into its message ("visas.Värdet").
    const trend = await renderChart<HomelessTrend>(html`<homeless-trend description="Egen."></homeless-trend>`);
    const error = await fixture<HomelessTrend>(html`<homeless-trend data='{"2017":"många"}'></homeless-trend>`);
    await error.updateComplete;
    const spoken = [trend, error].flatMap((element) => [...shadow(element).querySelectorAll<HTMLElement>('.spoken')]);
    expect(spoken.map((span) => span.textContent.trim())).to.deep.equal([',', 'till', '.']);
    for (const span of spoken) {
      expect(getComputedStyle(span).position, span.textContent).to.equal('static');
      expect(span.getBoundingClientRect().width, span.textContent).to.equal(0);
    }
    const title = shadow(error).querySelector('[part="error"] strong')!;
    expect(title.nextElementSibling?.localName, 'a break after the title, not a block').to.equal('br');
  });

  it('leaves a key with a modifier to the browser and the reader (Alt+← goes back, Ctrl+End to the end)', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    const prevented: string[] = [];
    plotOf(element).addEventListener('keydown', (event) => {
      if (event.defaultPrevented) prevented.push(event.key);
    });
    // Dispatched, not pressed: WebKit's driver presses no modifiers, and Alt+← for real would leave the page.
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    for (const [modifier, key] of [
      ['ctrlKey', 'End'],
      ['ctrlKey', 'ArrowLeft'],
      ['shiftKey', 'ArrowRight'],
      ['altKey', 'ArrowLeft'],
      ['metaKey', 'Home'],
    ] as const) {
      plotOf(element).dispatchEvent(
        new KeyboardEvent('keydown', { key, [modifier]: true, bubbles: true, cancelable: true }),
      );
      await element.updateComplete;
      expect(live.textContent.trim(), `${modifier} ${key}`).to.equal('');
    }
    expect(prevented).to.deep.equal([]);
    expect(activeTooltipIndexes(element)).to.deep.equal([]);
    expect(await saidAfterKey(element, 'End')).to.equal('2023: 473 personer');
  });

  it('shows the tooltip of the point nearest the pointer, and hides it when the pointer leaves', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const canvas = shadow(element).querySelector('canvas')!.getBoundingClientRect();
    const point = element.chart!.getDatasetMeta(0).data[0]!;
    await sendMouse({
      type: 'move',
      position: [Math.round(canvas.left + point.x + 10), Math.round(canvas.top + point.y + 30)],
    });
    await nextFrame();
    expect(tooltipOf(element).hidden).to.equal(false);
    expect(tooltipOf(element).textContent).to.equal('2017: 814 personer');
    // Off the canvas, to its left: still in the viewport, where Firefox takes pointer moves.
    await sendMouse({ type: 'move', position: [Math.round(canvas.left) - 4, Math.round(canvas.top + point.y)] });
    await nextFrame();
    expect(tooltipOf(element).hidden).to.equal(true);
  });

  it('says "uppgift saknas" over a bar with no figure, not an empty tooltip or a dash', async () => {
    const trend = await renderChart<HomelessTrend>(
      html`<homeless-trend type="bar" data='{"2017":814,"2020":null,"2023":473}'></homeless-trend>`,
    );
    const canvas = shadow(trend).querySelector('canvas')!.getBoundingClientRect();
    const x = trend.chart!.scales.x!.getPixelForValue(1);
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + x), Math.round(canvas.bottom - 40)] });
    await nextFrame();
    expect(tooltipOf(trend).hidden).to.equal(false);
    expect(tooltipOf(trend).textContent).to.equal('2020: uppgift saknas');
    await sendMouse({ type: 'move', position: [Math.round(canvas.left) - 4, Math.round(canvas.top + 10)] });
    const stats = await renderChart<PreventionStats>(
      html`<prevention-stats
        data='[{"year":2021,"families":null,"children":90},{"year":2022,"families":47,"children":97}]'
      ></prevention-stats>`,
    );
    expect(stats.describePoint({ series: 0, index: 0 })).to.equal('2021, barnfamiljer som bor kvar: uppgift saknas');
  });

  describe('a tooltip shown by the pointer stays while the pointer is over it (WCAG 1.4.13 hoverable)', () => {
    const yearly = (count: number): string =>
      JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [2023 - count + 1 + i, 500 + i * 10])));
    const twelveRows = JSON.stringify(
      Array.from({ length: 12 }, (_, i) => ({ year: 2012 + i, families: 40 + i, children: 80 + i })),
    );
    const cases: [string, number, ReturnType<typeof html>, string?][] = [
      ['<homeless-trend>, 320 px', 320, html`<homeless-trend></homeless-trend>`],
      ['<homeless-trend>, 320 px, text at 200 %', 320, html`<homeless-trend></homeless-trend>`, '200%'],
      ['<prevention-stats>, 320 px', 320, html`<prevention-stats></prevention-stats>`],
      ['<homeless-trend>, 8 points, 800 px', 800, html`<homeless-trend data=${yearly(8)}></homeless-trend>`],
      [
        '<homeless-trend type="bar">, 12 bars, 800 px',
        800,
        html`<homeless-trend type="bar" data=${yearly(12)}></homeless-trend>`,
      ],
      ['<prevention-stats>, 12 years, 800 px', 800, html`<prevention-stats data=${twelveRows}></prevention-stats>`],
    ];
    let saved = { width: 0, height: 0 };
    before(async () => {
      saved = { width: window.innerWidth, height: window.innerHeight };
      await setViewport({ width: 1000, height: 800 });
    });
    after(() => setViewport(saved));
    afterEach(() => resetMouse());

    const move = async (x: number, y: number): Promise<void> => {
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await nextFrame();
    };

    for (const [name, width, template, textSize = ''] of cases)
      it(`${name}: at either end of the tooltip, still that point's`, async function () {
        // Every point, and the pointer moved five times over each.
        this.timeout(60000);
        // Like the browser's text size setting: the tooltip's size and the chart's, both inherited, both double.
        document.documentElement.style.fontSize = textSize;
        try {
          await expectHoverable(await renderChart<HomelessTrend | PreventionStats>(template, width));
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

    async function expectHoverable(element: HomelessTrend | PreventionStats): Promise<void> {
      const canvas = shadow(element).querySelector('canvas')!.getBoundingClientRect();
      const chart = element.chart!;
      let checked = 0;
      for (let series = 0; series < chart.data.datasets.length; series++)
        for (const point of chart.getDatasetMeta(series).data) {
          const { x, y } = point.tooltipPosition(true);
          await move(canvas.left + x!, canvas.top + y!);
          const tooltip = tooltipOf(element);
          if (tooltip.hidden) continue;
          const text = tooltip.textContent;
          // Its visible box: the plot clips it.
          const box = tooltip.getBoundingClientRect();
          const top = Math.max(box.top, canvas.top);
          const bottom = Math.min(box.bottom, canvas.bottom);
          const middle = (top + bottom) / 2;
          // Straight up (or down) onto it first, as a hand moves to what it wants to read.
          await move(canvas.left + x!, middle);
          for (const edge of [box.left + 2, box.right - 2, canvas.left + x!]) {
            await move(edge, middle);
            expect(tooltip.hidden, `${text}: shown with the pointer at ${Math.round(edge - canvas.left)} px`).to.equal(
              false,
            );
            expect(tooltip.textContent, `with the pointer at ${Math.round(edge - canvas.left)} px`).to.equal(text);
          }
          checked++;
        }
      expect(checked, 'points whose tooltip was checked').to.be.at.least(2);
      // It still goes when the pointer leaves the plot.
      await move(canvas.left - 4, canvas.top + 10);
      expect(tooltipOf(element).hidden, 'after the pointer left').to.equal(true);
    }

    it('is hidden by Escape with the pointer over it', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 320);
      const canvas = shadow(element).querySelector('canvas')!.getBoundingClientRect();
      const point = element.chart!.getDatasetMeta(0).data[1]!;
      await move(canvas.left + point.x, canvas.top + point.y);
      const box = tooltipOf(element).getBoundingClientRect();
      await move(box.left + 2, (box.top + box.bottom) / 2);
      expect(tooltipOf(element).textContent).to.equal('2023: 473 personer');
      await sendKeys({ press: 'Escape' });
      expect(tooltipOf(element).hidden).to.equal(true);
    });
  });

  describe('a tooltip shown by the pointer, hidden with Escape wherever the focus is (WCAG 1.4.13)', () => {
    const THREE_YEARS = '{"2011":990,"2017":814,"2023":473}';
    /** The keydown listeners on the document, recorded to see that they are removed. */
    const listeners = new Set<EventListenerOrEventListenerObject>();

    beforeEach(() => {
      listeners.clear();
      document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
        if (args[0] === 'keydown') listeners.add(args[1]);
        EventTarget.prototype.addEventListener.apply(this, args);
      };
      document.removeEventListener = function (this: Document, ...args: Parameters<Document['removeEventListener']>) {
        if (args[0] === 'keydown') listeners.delete(args[1]);
        EventTarget.prototype.removeEventListener.apply(this, args);
      };
    });
    afterEach(async () => {
      // Without the document's own, EventTarget's methods are found again.
      delete (document as Partial<Document>).addEventListener;
      delete (document as Partial<Document>).removeEventListener;
      await resetMouse();
    });

    const label2017 = (element: HomelessTrend): PlacedLabel | undefined =>
      placedValueLabels(element.chart!).find(({ index }) => index === 1);

    /** Moves the pointer onto the 2017 point: its tooltip shows, over the point's value label. */
    async function hover(element: HomelessTrend): Promise<void> {
      const canvas = shadow(element).querySelector('canvas')!.getBoundingClientRect();
      const point = element.chart!.getDatasetMeta(0).data[1]!;
      await sendMouse({
        type: 'move',
        position: [Math.round(canvas.left + point.x), Math.round(canvas.top + point.y)],
      });
      await nextFrame();
      expect(tooltipOf(element).hidden).to.equal(false);
      expect(tooltipOf(element).textContent).to.equal('2017: 814 personer');
      const label = label2017(element)!;
      const tooltip = tooltipOf(element).getBoundingClientRect();
      const covers = tooltip.bottom > canvas.top + label.top && tooltip.top < canvas.top + label.top + label.height;
      expect(covers, 'the tooltip covers the value label').to.equal(true);
    }

    it('is hidden by Escape with the focus on the page, its value label drawn as before', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend data=${THREE_YEARS}></homeless-trend>`);
      const resting = label2017(element);
      expect(resting).to.not.equal(undefined);
      await hover(element);
      expect(document.activeElement === document.body, 'the focus is on the body').to.equal(true);
      const seen: boolean[] = [];
      const pageHandler = (event: KeyboardEvent): void => void seen.push(event.defaultPrevented);
      window.addEventListener('keydown', pageHandler);
      try {
        await sendKeys({ press: 'Escape' });
      } finally {
        window.removeEventListener('keydown', pageHandler);
      }
      expect(tooltipOf(element).hidden).to.equal(true);
      expect(element.chart!.getActiveElements(), 'the point is no longer highlighted').to.deep.equal([]);
      expect(label2017(element), 'the value label, where it was before the pointer came').to.deep.equal(resting);
      expect(seen, "the page's own handlers get Escape, not prevented").to.deep.equal([false]);
      expect(listeners.size, 'keydown listeners left on the document').to.equal(0);
    });

    it('is listened for only while the tooltip is shown and the element connected', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend data=${THREE_YEARS}></homeless-trend>`);
      await hover(element);
      expect(listeners.size, 'while shown').to.equal(1);
      await sendMouse({ type: 'move', position: [0, 0] });
      await nextFrame();
      expect(tooltipOf(element).hidden).to.equal(true);
      expect(listeners.size, 'after the pointer left').to.equal(0);
      await hover(element);
      expect(listeners.size, 'shown again').to.equal(1);
      element.remove();
      expect(listeners.size, 'after the element was removed').to.equal(0);
    });
  });

  it('hides the tooltip with Escape and on leaving, keeping focus', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(activeTooltipIndexes(element)).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    expect(activeTooltipIndexes(element)).to.deep.equal([]);
    expect(shadow(element).activeElement === plotOf(element), 'the plot has the focus').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(activeTooltipIndexes(element)).to.have.length(1);
    plotOf(element).blur();
    expect(activeTooltipIndexes(element)).to.deep.equal([]);
  });

  it('empties the live region on Escape and on leaving, so that no point is left in the reading order', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    await sendKeys({ press: 'End' });
    expect(liveRegion(element)).to.equal('2023: 473 personer');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(liveRegion(element), 'after Escape').to.equal('');
    await sendKeys({ press: 'Home' });
    expect(liveRegion(element)).to.match(/^2017: 814 personer/);
    plotOf(element).blur();
    await element.updateComplete;
    expect(liveRegion(element), 'after leaving').to.equal('');
  });

  for (const [what, data] of [
    ['that no longer have its point', '{"2020":600}'],
    ['from another first year', '[{"year":2016,"value":700},{"year":2023,"value":500}]'],
    ['with another figure at its point', '[{"year":2017,"value":814},{"year":2023,"value":500}]'],
  ] as const)
    it(`empties the live region, or says its point anew, after new figures ${what}`, async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
      plotOf(element).focus();
      await sendKeys({ press: 'End' });
      expect(liveRegion(element)).to.equal('2023: 473 personer');
      const drawn = rendered(element);
      element.setAttribute('data', data);
      await drawn;
      await element.updateComplete;
      const tooltip = tooltipOf(element);
      expect(liveRegion(element), 'what the live region holds').to.be.oneOf([
        '',
        tooltip.hidden ? '' : tooltip.textContent,
      ]);
      expect(liveRegion(element)).to.not.contain('473');
    });

  it('keeps the keys it moves by from scrolling the page: ← and → along the line, Home and End', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    const prevented: boolean[] = [];
    const record = (event: KeyboardEvent): void => void prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', record);
    try {
      for (const press of ['ArrowRight', 'ArrowLeft', 'End', 'Home']) await sendKeys({ press });
    } finally {
      window.removeEventListener('keydown', record);
    }
    expect(prevented).to.deep.equal([true, true, true, true]);
  });

  it('leaves up and down to the page in a chart of one series: they scroll it', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    plotOf(element).focus();
    await sendKeys({ press: 'End' });
    const prevented: boolean[] = [];
    const record = (event: KeyboardEvent): void => void prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', record);
    try {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
    } finally {
      window.removeEventListener('keydown', record);
    }
    expect(prevented).to.deep.equal([false, false]);
    expect(liveRegion(element), 'the point as it was').to.equal('2023: 473 personer');
    expect(activeTooltipIndexes(element)).to.have.length(1);
  });

  it('moves between families and children with up and down in <prevention-stats>', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats
        data='[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]'
      ></prevention-stats>`,
    );
    expect(shadow(element).querySelector('#keyboard-hint')!.textContent).to.contain('uppåtpil och nedåtpil');
    plotOf(element).focus();
    await sendKeys({ press: 'End' });
    expect(liveRegion(element)).to.equal('2023, barnfamiljer som bor kvar: 53');
    await sendKeys({ press: 'ArrowDown' });
    expect(liveRegion(element)).to.equal('2023, barn som bor kvar: 109');
    expect(activeTooltipIndexes(element)).to.deep.equal([[1, 1]]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(liveRegion(element)).to.equal('2022, barn som bor kvar: 97');
    await sendKeys({ press: 'ArrowUp' });
    expect(liveRegion(element)).to.equal('2022, barnfamiljer som bor kvar: 47');
  });

  // Only Chromium lets a test read the accessibility tree: every test here is chromiumOnly.
  describe('what a screen reader gets (Chromium accessibility tree)', () => {
    const HINT =
      'Move between the values with the left and right arrow keys, to the first and last with Home and End. ' +
      'With a screen reader, switch to focus mode first.';

    chromiumOnly(
      'the plot named by the heading and described by the keys; the summary read once, after it',
      async () => {
        const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
        expect(plotOf(element).tabIndex).to.equal(0);
        const summary = partText(element, 'summary');
        const tree = await accessibilityTree();
        const plots = tree.filter((node) => node.role === 'image');
        expect(plots).to.deep.equal([{ role: 'image', name: 'Homelessness in Norrköping', description: HINT }]);
        // A description is read with the plot in browse mode: the summary there too was read twice (Orca).
        const text = tree.filter((node) => node.role === 'StaticText').map((node) => node.name);
        expect(text.filter((name) => name === summary)).to.have.length(1);
        const [plotAt, summaryAt] = [tree.indexOf(plots[0]!), tree.findIndex((node) => node.name === summary)];
        expect(summaryAt, 'the summary follows the plot').to.be.greaterThan(plotAt);
        expect(
          text.filter((name) => name === HINT),
          'the hint is the plot’s description only',
        ).to.deep.equal([]);
      },
    );

    chromiumOnly(
      'the headline figure not read again after the summary that says it; read with a description',
      async () => {
        const texts = async (): Promise<string[]> =>
          (await accessibilityTree()).filter((node) => node.role === 'StaticText').map((node) => node.name.trim());
        const figures = {
          trend: ['−42\u00a0%', '2017–2023', ',', '814', 'till', '473 personer'],
          prevention: ['53', 'barnfamiljer', ',', '109', 'barn', ', 2023'],
        };
        await renderChart(html`<homeless-trend></homeless-trend><prevention-stats no-summary></prevention-stats>`);
        const withSummary = await texts();
        // What only the figures say: the table has the numbers alone.
        for (const text of [...figures.trend, ...figures.prevention].filter((text) => !/^(\d+|,|, 2023)$/.test(text)))
          expect(withSummary, text).not.to.include(text);
        fixtureCleanup();
        const description = 'Egen beskrivning.';
        await renderChart(
          html`<homeless-trend description=${description}></homeless-trend>
            <prevention-stats description=${description}></prevention-stats>`,
        );
        const withDescription = await texts();
        expect(withDescription).to.include.members([...figures.trend, ...figures.prevention, description]);
      },
    );

    chromiumOnly('with no-summary, the plot named by the summary and described by the keys', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en" no-summary></homeless-trend>`);
      const tree = await accessibilityTree();
      const [plot] = tree.filter((node) => node.role === 'image');
      expect(plot?.name).to.match(
        /^Homelessness in Norrköping: the number fell from 814 people in 2017 to 473 people in 2023/,
      );
      expect(plot?.description).to.equal(HINT);
      expect(element.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    });
  });

  it('shows a focus ring of at least 3:1 against the background, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend theme=${theme}></homeless-trend>`);
      plotOf(element).focus();
      await sendKeys({ press: 'ArrowRight' });
      await nextFrame();
      const style = getComputedStyle(plotOf(element));
      expect(style.outlineStyle, theme).to.equal('solid');
      expect(Number.parseFloat(style.outlineWidth), theme).to.be.at.least(2);
      const background = getComputedStyle(shadow(element).querySelector('.nc')!).backgroundColor;
      expect(contrastRatio(style.outlineColor, background), theme).to.be.at.least(3);
    }
  });
});

describe('the source line', () => {
  it('marks the embedded figures’ Swedish source as Swedish in an English chart, not a page’s own source', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
    const text = shadow(element).querySelector('[part="source"] [lang]')!;
    expect(text.getAttribute('lang')).to.equal('sv');
    expect(text.textContent).to.equal('Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun');
    element.source = 'Statistics Sweden';
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="source"] [lang]')).to.equal(null);
  });

  it('shows the same focus ring on its link as on the buttons', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend source="SCB" source-url="https://www.scb.se/"></homeless-trend>`,
    );
    // The link by the keyboard, from the last button before it (a focus ring may show for keyboard focus only).
    [...shadow(element).querySelectorAll('button')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    const link = shadow(element).querySelector('[part="source"] a')!;
    expect(shadow(element).activeElement === link, 'the link has the focus').to.equal(true);
    const style = getComputedStyle(link);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
  });
});

describe('text alternative', () => {
  it('reads numbers whole: no grouping in the summary', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2011":12345,"2023":473}'></homeless-trend>`,
    );
    expect(partText(element, 'summary')).to.contain('12345 personer');
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly("gives screen readers the summary's numbers whole, as text", async () => {
    await renderChart<HomelessTrend>(html`<homeless-trend data='{"2011":12345,"2023":473}'></homeless-trend>`);
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.name.includes('12345 personer')).map((node) => node.role)).to.include(
      'StaticText',
    );
  });

  it('carries the language of the component, so an English chart in a Swedish page is read in English', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<div lang="sv"><homeless-trend lang="en"></homeless-trend></div>`,
    );
    expect(shadow(element).querySelector('.nc')!.getAttribute('lang')).to.equal('en');
  });
});

describe('the heading', () => {
  const headingOf = (element: Element) => shadow(element).querySelector('[part="heading"]')!;

  for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'])
    it(`of <${tag}> is an <h2>, or the level the page gives with heading-level`, async () => {
      const element = document.createElement(tag);
      await fixture(element);
      expect(headingOf(element).localName).to.equal('h2');
      for (const [level, expected] of [
        ['3', 'h3'],
        ['1', 'h1'],
        ['6', 'h6'],
        ['9', 'h6'],
        ['0', 'h1'],
        ['tre', 'h2'],
      ]) {
        element.setAttribute('heading-level', level!);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(headingOf(element).localName, `heading-level="${level}"`).to.equal(expected);
        expect(headingOf(element).className).to.equal('heading');
      }
      expect(shadow(element).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });
});

describe('the message shown over the figures', () => {
  afterEach(() => resetMouse());

  // Focusable only while the focus rule has it hold the focus (test/components/key-figure.test.ts).
  it('takes no focus from a click, and the chart rendered again then moves none to the plot', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend theme="blå"></homeless-trend>`);
    await element.updateComplete;
    const message = shadow(element).querySelector<HTMLElement>('[part="error"]')!;
    const { left, top } = message.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(left + 4), Math.round(top + 4)] });
    expect(document.activeElement === element, 'a click gives the message no focus').to.equal(false);
    element.lang = 'en';
    await element.updateComplete;
    expect(document.activeElement === element, 'nor the plot').to.equal(false);
  });
});
