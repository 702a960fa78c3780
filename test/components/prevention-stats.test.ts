import { expect, html } from '@open-wc/testing';
import '../../src/components/prevention-stats/prevention-stats.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  canvasOf,
  chartType,
  errorOnceAdded,
  paintedPixels,
  partText,
  plainSpaces,
  reduceMotion,
  renderChart,
  saidAfterKey,
} from '../helpers.js';
import { placedValueLabels } from '../placed-labels.js';
import { labelProblems } from '../a11y/a11y-helpers.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);

const series = (element: PreventionStats) =>
  element.chart?.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data }));

describe('<prevention-stats>', () => {
  it("draws Norrköping's 2023 figures as two bars named on the axis, with no attributes", async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
    expect(chartType(element)).to.equal('bar');
    // One year: the bars are families and children, side by side; the year is the axis's title.
    expect(element.chart?.data.labels).to.deep.equal(['Barnfamiljer som bor kvar', 'Barn som bor kvar']);
    expect(series(element)).to.deep.equal([{ label: '2023', data: [53, 109] }]);
    const x = element.chart!.options.scales?.x as { title?: { text?: unknown } } | undefined;
    expect(x?.title?.text).to.equal('2023');
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    expect(partText(element, 'heading')).to.equal('Vräkningsförebyggande arbete');
    expect(partText(element, 'figure')).to.equal('53 barnfamiljer, 109 barn, 2023');
    expect(partText(element, 'summary')).to.equal(
      'Vräkningsförebyggande arbete: 53 barnfamiljer med sammanlagt 109 barn kunde bo kvar i sina hem år 2023.',
    );
    expect(partText(element, 'source')).to.equal('Källa: Norrköpings kommun, Vräkningsförebyggande arbete');
  });

  it('says which count is not known, in words rather than with a dash, which reads as 0 in official statistics', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats data='[{"year":2023,"families":53,"children":null}]'></prevention-stats>`,
    );
    expect(partText(element, 'summary')).to.equal(
      'Vräkningsförebyggande arbete: 53 barnfamiljer kunde bo kvar i sina hem år 2023. Antalet barn är inte känt.',
    );
    expect(plainSpaces(partText(element, 'figure'))).to.equal('53 barnfamiljer, barn: uppgift saknas, 2023');
    // Only the known count is a large figure.
    const large = element.shadowRoot!.querySelectorAll('[part="figure"] .figure-value');
    expect([...large].map((figure) => figure.textContent)).to.deep.equal(['53']);
    expect(element.shadowRoot!.querySelector('tbody td:last-child')!.textContent).to.equal('uppgift saknas');
    const english = await renderChart<PreventionStats>(
      html`<prevention-stats lang="en" data='[{"year":2023,"families":null,"children":109}]'></prevention-stats>`,
    );
    expect(partText(english, 'figure')).to.equal('families with children: no figure, 109 children, 2023');
  });

  it('says one family and one child in the singular, in the figure and the summary', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats lang="en" data='[{"year":2023,"families":1,"children":1}]'></prevention-stats>`,
    );
    expect(partText(element, 'figure')).to.equal('1 family with children, 1 child, 2023');
    expect(partText(element, 'summary')).to.equal(
      'Eviction prevention: 1 family with 1 child was able to stay in their home in 2023.',
    );
    element.lang = 'sv';
    await element.updateComplete;
    expect(partText(element, 'figure')).to.equal('1 barnfamilj, 1 barn, 2023');
  });

  it('tells the two series apart by an HTML legend with swatches like the bars, not only by colour', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats
        data='[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]'
      ></prevention-stats>`,
    );
    // For the eye: screen readers get the series by name from the plot's summary, the table and the keys.
    expect(element.shadowRoot!.querySelector('[part="legend"]')!.getAttribute('aria-hidden')).to.equal('true');
    const items = [...element.shadowRoot!.querySelectorAll('[part="legend"] li')];
    expect(items.map((item) => item.textContent.trim())).to.deep.equal([
      'Barnfamiljer som bor kvar',
      'Barn som bor kvar',
    ]);
    const [families, children] = items.map((item) => getComputedStyle(item.querySelector('.swatch')!));
    expect(families!.backgroundImage).to.equal('none');
    expect(children!.backgroundImage).to.contain('repeating-linear-gradient');
    const [familyBars, childBars] = element.chart!.data.datasets;
    expect(familyBars!.backgroundColor).to.be.a('string');
    expect(childBars!.backgroundColor).to.be.instanceOf(CanvasPattern);
  });

  it('speaks English with lang="en"', async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats lang="en"></prevention-stats>`);
    expect(partText(element, 'heading')).to.equal('Eviction prevention');
    expect(partText(element, 'figure')).to.equal('53 families with children, 109 children, 2023');
    expect(element.chart?.data.labels).to.deep.equal([
      'Families with children who kept their home',
      'Children who kept their home',
    ]);
    expect(partText(element, 'source')).to.equal('Source: Norrköpings kommun, Vräkningsförebyggande arbete');
  });

  it('says in its summary which years a chart of several shows (only those), besides the latest year’s figures', async () => {
    const data = JSON.stringify([
      { year: 2020, families: 30, children: 70 },
      { year: 2023, families: 53, children: 109 },
    ]);
    const swedish = await renderChart<PreventionStats>(html`<prevention-stats data=${data}></prevention-stats>`);
    expect(partText(swedish, 'summary')).to.equal(
      'Vräkningsförebyggande arbete: 53 barnfamiljer med sammanlagt 109 barn kunde bo kvar i sina hem år 2023. ' +
        'Diagrammet visar åren 2020 och 2023.',
    );
    const english = await renderChart<PreventionStats>(
      html`<prevention-stats lang="en" data=${data}></prevention-stats>`,
    );
    expect(partText(english, 'summary')).to.match(/in 2023\. The chart shows the years 2020 and 2023\.$/);
    const consecutive = await renderChart<PreventionStats>(
      html`<prevention-stats
        eager
        data='[{"year":2021,"families":1,"children":2},{"year":2022,"families":3,"children":4},{"year":2023,"families":5,"children":6}]'
      ></prevention-stats>`,
    );
    expect(partText(consecutive, 'summary')).to.match(/år 2023\. Diagrammet visar åren 2021 till 2023\.$/);
  });

  it('with many years in a narrow column, puts no value label over a bar of the other series', async () => {
    // Ten years at 320 px: the latest families' figure is wider than its bar, and beside it the children's
    // bar is taller. Lifted over that bar, "50" read as the children's, with "81" under it.
    const rows = [...Array(10).keys()].map((index) => ({
      year: 2014 + index,
      families: [40, 43, 46, 49, 52, 55, 41, 44, 47, 50][index],
      children: [80, 87, 94, 101, 108, 84, 91, 98, 105, 81][index],
    }));
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats no-actions data=${JSON.stringify(rows)}></prevention-stats>`,
      320,
    );
    const chart = element.chart!;
    const bars = [0, 1].flatMap((dataset) =>
      (chart.getDatasetMeta(dataset).data as unknown as { x: number; y: number; width: number }[]).map((bar) => ({
        dataset,
        ...bar,
      })),
    );
    const labels = placedValueLabels(chart);
    expect(labels.map((label) => label.text)).to.include('81');
    for (const label of labels) {
      const over = bars.filter(
        (bar) =>
          bar.dataset !== label.dataset &&
          label.left < bar.x + bar.width / 2 - 1 &&
          bar.x - bar.width / 2 + 1 < label.left + label.width,
      );
      const ownTop = bars[label.dataset * rows.length + label.index]!.y;
      // Beside a lower bar of the other series a label still stands at its own bar; never above a taller one.
      expect(
        over.some((bar) => bar.y < ownTop),
        `the label ${label.text} stands over a taller bar of the other series`,
      ).to.equal(false);
    }
  });

  it('names one year’s bars under them, wrapped to fit, else in the legend', async () => {
    const wide = await renderChart<PreventionStats>(html`<prevention-stats lang="en"></prevention-stats>`, 900);
    const names = (element: PreventionStats): unknown[] => element.chart!.scales.x!.ticks.map((tick) => tick.label);
    expect(names(wide)).to.deep.equal([
      ['Families with children who kept their home'],
      ['Children who kept their home'],
    ]);
    expect(wide.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
    wide.parentElement!.remove();
    const small = await renderChart<PreventionStats>(html`<prevention-stats lang="en"></prevention-stats>`, 320);
    const lines = names(small) as string[][];
    expect(lines.map((name) => name.join(' '))).to.deep.equal([
      'Families with children who kept their home',
      'Children who kept their home',
    ]);
    expect(lines[0]).to.have.length.above(1);
    expect(small.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
    small.parentElement!.remove();
    // Text at 200 % in 320 px: "Barnfamiljer" alone is wider than a bar's slot.
    const narrow = await renderChart<PreventionStats>(
      html`<prevention-stats style="font-size: 32px"></prevention-stats>`,
      320,
    );
    await narrow.updateComplete;
    expect(names(narrow)).to.deep.equal(['', '']);
    expect(partText(narrow, 'legend')).to.equal('Barnfamiljer som bor kvar Barn som bor kvar');
  });

  describe('input forms give the same model', () => {
    const expected = [
      { label: 'Barnfamiljer som bor kvar', data: [47, 53] },
      { label: 'Barn som bor kvar', data: [97, 109] },
    ];

    it('reads the data attribute', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          data='[{"year":2023,"families":53,"children":109},{"year":2022,"families":47,"children":97}]'
        ></prevention-stats>`,
      );
      expect(element.chart?.data.labels).to.deep.equal(['2022', '2023']);
      expect(series(element)).to.deep.equal(expected);
      expect(partText(element, 'figure')).to.equal('53 barnfamiljer, 109 barn, 2023');
    });

    it('reads a year map of objects', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          data='{"2022":{"families":47,"children":97},"2023":{"families":53,"children":109}}'
        ></prevention-stats>`,
      );
      expect(series(element)).to.deep.equal(expected);
    });

    it('reads the data property', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          .data=${[
            { year: 2022, families: 47, children: 97 },
            { year: 2023, families: 53, children: 109 },
          ]}
        ></prevention-stats>`,
      );
      expect(series(element)).to.deep.equal(expected);
    });

    it('reads a child <script type="application/json">', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          ><script type="application/json">
            [
              { "year": 2022, "families": 47, "children": 97 },
              { "year": 2023, "families": 53, "children": 109 }
            ]
          </script></prevention-stats
        >`,
      );
      expect(series(element)).to.deep.equal(expected);
    });

    it('reads a child <table>', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats>
          <table>
            <tr>
              <th>År</th>
              <th>Familjer</th>
              <th>Barn</th>
            </tr>
            <tr>
              <td>2022</td>
              <td>47</td>
              <td>97</td>
            </tr>
            <tr>
              <td>2023</td>
              <td>53</td>
              <td>109</td>
            </tr>
          </table>
        </prevention-stats>`,
      );
      expect(series(element)).to.deep.equal(expected);
    });
  });

  describe('a child <table> with several header rows or a footer', () => {
    it('skips every row of <thead> and <tfoot>, with cells spanning rows and columns', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats>
          <table>
            <thead>
              <tr>
                <th rowspan="2">År</th>
                <th colspan="2">Behöll bostaden</th>
              </tr>
              <tr>
                <th>Familjer</th>
                <th>Barn</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>2023</td>
                <td>53</td>
                <td>109</td>
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <td>Summa</td>
                <td>53</td>
                <td>109</td>
              </tr>
              <tr>
                <td colspan="2">Källa: Socialstyrelsen</td>
              </tr>
            </tfoot>
          </table>
        </prevention-stats>`,
      );
      expect(partText(element, 'figure')).to.equal('53 barnfamiljer, 109 barn, 2023');
      expect(element.chart?.data.datasets.map((dataset) => dataset.data)).to.deep.equal([[53, 109]]);
    });

    it('takes the first rows of <th> cells only as headers in a table without <thead>', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats>
          <table>
            <tr>
              <th rowspan="2">År</th>
              <th colspan="2">Behöll bostaden</th>
            </tr>
            <tr>
              <th>Familjer</th>
              <th>Barn</th>
            </tr>
            <tr>
              <th>2022</th>
              <td>47</td>
              <td>97</td>
            </tr>
            <tr>
              <th>2023</th>
              <td>53</td>
              <td>109</td>
            </tr>
          </table>
        </prevention-stats>`,
      );
      expect(series(element)).to.deep.equal([
        { label: 'Barnfamiljer som bor kvar', data: [47, 53] },
        { label: 'Barn som bor kvar', data: [97, 109] },
      ]);
    });

    it('numbers rows in messages from the first row of figures', async () => {
      const element = document.createElement('prevention-stats');
      element.innerHTML =
        '<table><thead><tr><th rowspan="2">År</th><th colspan="2">Behöll bostaden</th></tr>' +
        '<tr><th>Familjer</th><th>Barn</th></tr></thead>' +
        '<tbody><tr><td>2022</td><td>47</td><td>97</td></tr><tr><td>2023</td><td>femtiotre</td><td>109</td></tr></tbody>' +
        '<tfoot><tr><td colspan="3">Källa: Socialstyrelsen</td></tr></tfoot></table>';
      expect((await errorOnceAdded(element)).message).to.equal(
        'Värdet ”femtiotre” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
    });
  });

  it('reports a missing column with the row', async () => {
    const element = document.createElement('prevention-stats');
    element.setAttribute('data', '[{"year":2023,"families":53}]');
    const detail = await errorOnceAdded(element);
    expect(detail.code).to.equal('NC106');
    expect(detail.message).to.equal('Värdet för barn saknas på rad 1 (år 2023).');
    expect(partText(element, 'error')).to.contain('Värdet för barn saknas på rad 1 (år 2023).');
  });

  it('reports a year with more families than children, naming the year and both figures (NC118)', async () => {
    const data = '[{"year":2022,"families":47,"children":97},{"year":2023,"families":109,"children":53}]';
    const element = document.createElement('prevention-stats');
    element.setAttribute('data', data);
    expect((await errorOnceAdded(element)).code).to.equal('NC118');
    expect(partText(element, 'error')).to.contain(
      'År 2023 har fler barnfamiljer (109) än barn (53). Kontrollera talen och kolumnernas ordning: år, barnfamiljer, barn.',
    );
    const english = document.createElement('prevention-stats');
    english.setAttribute('lang', 'en');
    english.setAttribute('data', data);
    await errorOnceAdded(english);
    expect(partText(english, 'error')).to.contain(
      'Year 2023 has more families (109) than children (53). Check the figures and the order of the columns: year, families, children.',
    );
  });

  it('reports a duplicate year', async () => {
    const element = document.createElement('prevention-stats');
    element.setAttribute('lang', 'en');
    element.setAttribute(
      'data',
      '[{"year":2023,"families":53,"children":109},{"year":2023,"families":1,"children":2}]',
    );
    expect((await errorOnceAdded(element)).message).to.equal(
      'The year 2023 occurs more than once (row 2). Remove or correct one of the rows.',
    );
  });

  describe('readable bars (issue #8)', () => {
    const inside = (element: PreventionStats) => {
      const chart = element.chart!;
      return placedValueLabels(chart).every(
        (label) =>
          label.left >= 0 &&
          label.left + label.width <= chart.width &&
          label.top >= 0 &&
          label.top + label.height <= chart.height,
      );
    };

    it('one year: two bars, families solid and children striped, each with its value, and no legend', async () => {
      const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`, 320);
      const [bars] = element.chart!.data.datasets;
      const [families, children] = bars!.backgroundColor as unknown[];
      expect(families).to.be.a('string');
      expect(children).to.be.instanceOf(CanvasPattern);
      const labels = placedValueLabels(element.chart!);
      expect(labels.map((label) => [label.index, label.text])).to.deep.equal([
        [0, '53'],
        [1, '109'],
      ]);
      expect(inside(element)).to.equal(true);
      // Each value stands over its own bar.
      const meta = element.chart!.getDatasetMeta(0);
      for (const label of labels)
        expect(label.left + label.width / 2).to.be.closeTo((meta.data[label.index] as unknown as { x: number }).x, 1);
      expect(element.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
      expect(labelProblems(element.chart!)).to.deep.equal([]);
    });

    it('one year: both values are labelled, also where wider than their bars (text at 200 % on a 320 px screen)', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          style="font-size: 32px; font-family: Arial"
          data='[{"year":2023,"families":1234,"children":2345}]'
        ></prevention-stats>`,
        288,
      );
      const chart = element.chart!;
      const labels = placedValueLabels(chart);
      expect(labels.map((label) => [label.index, plainSpaces(label.text)])).to.deep.equal([
        [0, '1 234'],
        [1, '2 345'],
      ]);
      const bars = chart.getDatasetMeta(0).data as unknown as { width: number }[];
      // Wider than its bar and a 4 px gap either side: where a label of a value that is not essential is left out.
      for (const label of labels)
        expect(label.width, 'wider than its bar').to.be.greaterThan(bars[label.index]!.width + 8);
    });

    it('one year: the arrow keys move from families to children, and the hint does not offer up and down', async () => {
      const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
      expect(element.shadowRoot!.querySelector('#keyboard-hint')!.textContent).to.not.contain('uppåt');
      element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
      const live = () => element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
      await sendKeys({ press: 'Home' });
      expect(live()).to.equal('2023, barnfamiljer som bor kvar: 53');
      await sendKeys({ press: 'ArrowRight' });
      expect(live()).to.equal('2023, barn som bor kvar: 109');
    });

    it('one year: the key towards a bar with no figure stays, and says the bar has none', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats data='[{"year":2023,"families":53,"children":null}]'></prevention-stats>`,
      );
      element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
      expect(await saidAfterKey(element, 'Home')).to.equal('2023, barnfamiljer som bor kvar: 53');
      expect(await saidAfterKey(element, 'ArrowRight')).to.equal(
        '2023, barnfamiljer som bor kvar: 53. Barn som bor kvar: uppgift saknas.',
      );
    });

    it('several years: a key that crosses a missing bar of its series says which years have no figure', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          data='[{"year":2020,"families":40,"children":80},{"year":2021,"families":null,"children":90},{"year":2022,"families":47,"children":97}]'
        ></prevention-stats>`,
      );
      element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
      const said = (key: string): Promise<string> => saidAfterKey(element, key);
      expect(await said('Home')).to.equal('2020, barnfamiljer som bor kvar: 40');
      expect(await said('ArrowRight')).to.equal('2022, barnfamiljer som bor kvar: 47. Uppgift saknas för 2021.');
      // Another series, and neighbours with a figure between: nothing more is said.
      expect(await said('ArrowDown')).to.equal('2022, barn som bor kvar: 97');
      expect(await said('ArrowLeft')).to.equal('2021, barn som bor kvar: 90');
      element.lang = 'en';
      await element.updateComplete;
      // Up to 2021's families, which have no figure: the key stays, and says so.
      expect(await said('ArrowUp')).to.equal(
        '2021, children who kept their home: 90. Families with children who kept their home: no figure.',
      );
    });

    it('several years: grouped by year, every bar labelled with its value when the bars are wide enough', async () => {
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          data='[{"year":2021,"families":41,"children":88},{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]'
        ></prevention-stats>`,
        640,
      );
      expect(element.chart?.data.labels).to.deep.equal(['2021', '2022', '2023']);
      expect(
        placedValueLabels(element.chart!)
          .map((label) => label.text)
          .sort(),
      ).to.deep.equal(['109', '41', '47', '53', '88', '97']);
      expect(inside(element)).to.equal(true);
      expect(element.shadowRoot!.querySelectorAll('[part="legend"] li')).to.have.length(2);
    });

    it('on a 320 px screen, a latest value wider than its bar stands over it, clear of the taller bar beside it', async () => {
      // In Arial's widths (Liberation Sans on Linux), not the browser's default serif: Firefox's here,
      // DejaVu Serif, is a third wider, and no place beside a bar this narrow clears the next one.
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats
          style="font-family: Arial"
          data='[{"year":2021,"families":1150,"children":2201},{"year":2022,"families":1149,"children":2204},{"year":2023,"families":1153,"children":2209}]'
        ></prevention-stats>`,
        // A 320 px viewport less the page's margins.
        288,
      );
      const chart = element.chart!;
      const bars = chart.getSortedVisibleDatasetMetas().flatMap((meta) =>
        meta.data.map((bar, index) => {
          const { x, y, base, width } = bar as unknown as { x: number; y: number; base: number; width: number };
          return { dataset: meta.index, index, left: x - width / 2, right: x + width / 2, top: y, bottom: base };
        }),
      );
      const families = placedValueLabels(chart).find((label) => label.dataset === 0 && label.index === 2)!;
      expect(families.text.replace(/\s/g, ' ')).to.equal('1 153');
      const own = bars.find((bar) => bar.dataset === 0 && bar.index === 2)!;
      expect(families.width, 'wider than its bar').to.be.greaterThan(own.right - own.left);
      expect(families.left + families.width / 2, 'its middle over its bar').to.be.within(own.left, own.right);
      for (const label of placedValueLabels(chart))
        for (const bar of bars) {
          if (bar.dataset === label.dataset && bar.index === label.index) continue;
          const covers =
            label.left < bar.right - 1 &&
            bar.left + 1 < label.left + label.width &&
            label.top < bar.bottom - 1 &&
            bar.top + 1 < label.top + label.height;
          expect(covers, `"${label.text}" covers the bar ${bar.dataset}:${bar.index}`).to.equal(false);
        }
    });

    it('a value label at most touches a bar beside it: no pixel of the children’s 2 px border under it', async () => {
      // Labels wider than their bar, flush with its edge: bar boxes taken a pixel in all round let one stand up to
      // 0.97 px into the bar beside it, a white notch in the children's border (ten years at 396–410 px and
      // 488–530 px, four-digit figures at 286–288 px and 350–360 px, in Arial's widths; see the test above).
      const tenYears = [40, 43, 46, 49, 52, 55, 41, 44, 47, 50].map((families, index) => ({
        year: 2014 + index,
        families,
        children: [80, 87, 94, 101, 108, 84, 91, 98, 105, 81][index],
      }));
      const fourDigits = [
        { year: 2021, families: 1150, children: 2201 },
        { year: 2022, families: 1149, children: 2204 },
        { year: 2023, families: 1153, children: 2209 },
      ];
      const cases: [typeof tenYears, number][] = [
        [tenYears, 400],
        [tenYears, 406],
        [tenYears, 500],
        [fourDigits, 288],
        [fourDigits, 356],
      ];
      for (const [rows, width] of cases) {
        const element = await renderChart<PreventionStats>(
          html`<prevention-stats style="font-family: Arial" no-actions .data=${rows}></prevention-stats>`,
          width,
        );
        const chart = element.chart!;
        const labels = placedValueLabels(chart);
        expect(labels.length, `${width} px: labels drawn`).to.be.greaterThan(0);
        for (const meta of chart.getSortedVisibleDatasetMetas())
          meta.data.forEach((shape, index) => {
            const bar = shape as unknown as { x: number; y: number; base: number; width: number };
            for (const label of labels) {
              if (label.dataset === meta.index && label.index === index) continue;
              const across =
                Math.min(label.left + label.width, bar.x + bar.width / 2) - Math.max(label.left, bar.x - bar.width / 2);
              const down =
                Math.min(label.top + label.height, Math.max(bar.y, bar.base)) -
                Math.max(label.top, Math.min(bar.y, bar.base));
              // More than a thousandth of a pixel: a label flush with a bar may differ from its edge by rounding.
              expect(
                across > 0.001 && down > 0.001,
                `${width} px: "${label.text}" covers ${across.toFixed(2)} px of the bar ${meta.index}:${index}`,
              ).to.equal(false);
            }
          });
        element.parentElement!.remove();
      }
    });

    it('many years at 320 px: the latest values where they stand at their bar, others only where they fit it', async () => {
      const rows = Array.from({ length: 12 }, (_, index) => ({
        year: 2012 + index,
        families: 100 + index,
        children: 200 + index,
      }));
      const element = await renderChart<PreventionStats>(
        html`<prevention-stats .data=${rows}></prevention-stats>`,
        320,
      );
      const labels = placedValueLabels(element.chart!);
      // The families' 111 is wider than its bar, and would stand over the children's taller one: left out, as
      // the headline says it.
      expect(labels[0]?.text).to.equal('211');
      expect(labels.some((label) => label.text === '111')).to.equal(false);
      expect(inside(element)).to.equal(true);
      for (const label of labels.slice(2)) {
        const bar = element.chart!.getDatasetMeta(label.dataset).data[label.index] as unknown as { width: number };
        expect(label.width, label.text).to.be.at.most(bar.width + 8);
      }
      expect(labelProblems(element.chart!)).to.deep.equal([]);
    });
  });
});
