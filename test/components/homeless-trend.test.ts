import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CartesianScaleOptions, Scale } from 'chart.js';
import '../../src/components/homeless-trend/homeless-trend.js';
import {
  canvasOf,
  chartType,
  dataError,
  errorOnceAdded,
  nextFrame,
  paintedPixels,
  partText,
  plainSpaces,
  reduceMotion,
  renderChart,
  rendered,
} from '../helpers.js';
import { placedMarkerLabels, placedValueLabels } from '../placed-labels.js';
import { labelProblems } from '../a11y/a11y-helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import { withWarnings } from '../warnings.js';

before(reduceMotion);

const points = (element: HomelessTrend): unknown => element.chart?.data.datasets[0]?.data;

describe('<homeless-trend>', () => {
  it("draws Norrköping's figures with no attributes at all, in Swedish", async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    expect(chartType(element)).to.equal('line');
    expect(points(element)).to.deep.equal([
      { x: 2017, y: 814 },
      { x: 2023, y: 473 },
    ]);
    expect(partText(element, 'heading')).to.equal('Hemlösheten i Norrköping');
    expect(plainSpaces(partText(element, 'figure'))).to.equal('−42 % 2017–2023, 814→ till 473 personer');
    expect(partText(element, 'source')).to.equal(
      'Källa: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun',
    );
    expect(plainSpaces(partText(element, 'summary'))).to.equal(
      'Hemlösheten i Norrköping: antalet minskade från 814 personer år 2017 till 473 personer år 2023, en förändring med −42 %. ' +
        'Uppmätt 2017 och 2023; åren däremellan mättes inte. Markering: Bostad först, maj 2022.',
    );
  });

  it('names the chart by its heading and describes it by its summary for assistive technology', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const plot = element.shadowRoot!.querySelector('[part="chart"]')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.getAttribute('aria-label')).to.equal('Hemlösheten i Norrköping');
    expect(plot.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    expect(element.shadowRoot!.getElementById('summary')).to.equal(
      element.shadowRoot!.querySelector('[part="summary"]'),
    );
  });

  it('speaks English with lang="en"', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
    expect(partText(element, 'heading')).to.equal('Homelessness in Norrköping');
    expect(partText(element, 'figure')).to.equal('-42% 2017–2023, 814→ to 473 people');
    expect(partText(element, 'source')).to.equal(
      'Source: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun',
    );
    expect(partText(element, 'summary')).to.equal(
      'Homelessness in Norrköping: the number fell from 814 people in 2017 to 473 people in 2023, a change of -42%. ' +
        'Measured in 2017 and 2023; the years in between were not measured. Marker: Housing First, May 2022.',
    );
  });

  it('marks Housing First (May 2022) between the measured years', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart!;
    expect(chart.options.plugins?.ncMarkers?.lines).to.deep.equal([
      { position: 2022 + 4.5 / 12, label: 'Bostad först' },
    ]);
    const x = chart.scales.x!;
    const ruleX = Math.round(x.getPixelForValue(2022 + 4.5 / 12));
    expect(ruleX).to.be.greaterThan(x.getPixelForValue(2022)).and.lessThan(x.getPixelForValue(2023));
    // The dashed rule is drawn in the marker colour at that position, above the line.
    const context = canvasOf(element).getContext('2d')!;
    const ratio = chart.currentDevicePixelRatio;
    const column = context.getImageData(
      Math.round(ruleX * ratio),
      Math.round(chart.chartArea.top * ratio),
      1,
      Math.round((chart.chartArea.bottom - chart.chartArea.top) * ratio),
    );
    let dark = 0;
    for (let index = 3; index < column.data.length; index += 4) if (column.data[index]! > 128) dark++;
    expect(dark).to.be.greaterThan(20);
  });

  it('draws bars with type="bar", labelled by year', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend type="bar"></homeless-trend>`);
    expect(chartType(element)).to.equal('bar');
    expect(element.chart?.data.labels).to.deep.equal(['2017', '2023']);
    expect(points(element)).to.deep.equal([814, 473]);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('with type="bar" in a narrow column, names the latest year on the axis, and no value label cuts a bar or the axis', async () => {
    // Twenty years at 320 px: not every year fits on the axis, and the latest value's label is wider than its
    // bar and the gaps beside it, over a taller bar the year before: lifted above it where there is room, else
    // left out (the headline gives it), as its background would cut that bar's top.
    const start = [500, 520, 560, 600, 700, 814, 760, 700, 650, 600, 520, 510, 530, 560, 590, 620, 600, 580];
    const cases: [number[], boolean][] = [
      [[...start, 560, 473], true],
      [[...start, 1000, 473], false],
    ];
    for (const [values, latestLabelled] of cases) {
      const data = JSON.stringify(Object.fromEntries(values.map((value, index) => [2004 + index, value * 10])));
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend type="bar" no-actions data=${data}></homeless-trend>`,
        320,
      );
      const chart = element.chart!;
      const years = chart.scales.x!.ticks.map((tick) => tick.label);
      expect(years.length, String(years)).to.be.within(2, 19);
      expect(years.at(-1)).to.equal('2023');
      const bars = chart.getDatasetMeta(0).data as unknown as { x: number; y: number; base: number; width: number }[];
      const labels = placedValueLabels(chart);
      expect(labels.map((label) => plainSpaces(label.text)).includes('4 730'), 'the latest labelled').to.equal(
        latestLabelled,
      );
      // The first value's label, wider than its bar, is not pushed over the value axis's numbers.
      const numbers = chart.scales.y as Scale<CartesianScaleOptions>;
      const numbersEnd = numbers.right - (numbers.options.grid.tickLength ?? 0) - numbers.options.ticks.padding;
      for (const label of labels)
        expect(label.left >= numbersEnd, `the label ${label.text} over the value axis`).to.equal(true);
      for (const label of labels)
        for (const [index, bar] of bars.entries()) {
          if (index === label.index) continue;
          const covers =
            label.left < bar.x + bar.width / 2 - 1 &&
            bar.x - bar.width / 2 + 1 < label.left + label.width &&
            label.top < bar.base &&
            bar.y + 1 < label.top + label.height;
          expect(covers, `the label ${label.text} covers the bar of ${2004 + index}`).to.equal(false);
        }
      element.remove();
    }
  });

  it('with type="bar", draws a marker in the gap between the bars, never through one', async () => {
    const cases: [string, string, number][] = [
      ['{"2017":814,"2023":473}', '[{"date":"2022-05"}]', 0.5],
      ['{"2020":600,"2021":550,"2022":500,"2023":473}', '[{"date":"2022-05"}]', 1.5],
      ['{"2020":600,"2021":550,"2022":500,"2023":473}', '[{"date":"2023"}]', 2.5],
    ];
    for (const [data, markers, position] of cases) {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend eager type="bar" data=${data} markers=${markers}></homeless-trend>`,
      );
      const chart = element.chart!;
      const line = chart.options.plugins?.ncMarkers?.lines?.[0];
      expect(line?.position, `${data} ${markers}`).to.equal(position);
      const x = chart.scales.x!.getPixelForValue(position);
      for (const bar of chart.getDatasetMeta(0).data) {
        const { x: centre, width } = bar.getProps(['x', 'width'], true) as { x: number; width: number };
        expect(Math.abs(x - centre), 'distance from a bar’s centre').to.be.greaterThan(width / 2);
      }
    }
  });

  it('draws points smaller where they crowd, and none where they would make a band of the line', async () => {
    const radius = async (years: number, width: number): Promise<number> => {
      const data = JSON.stringify(Object.fromEntries(Array.from({ length: years }, (_, i) => [1900 + i, 500 + i])));
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend eager data=${data}></homeless-trend>`,
        width,
      );
      const point = element.chart!.getDatasetMeta(0).data[0]!;
      return (point.options as { radius: number }).radius;
    };
    expect(await radius(2, 640), 'two measurements').to.equal(5);
    expect(await radius(12, 320), 'twelve years at 320 px').to.equal(5);
    expect(await radius(60, 640), 'sixty years at 640 px')
      .to.be.within(2, 5)
      .and.below(5);
    expect(await radius(124, 320), '124 years at 320 px').to.equal(0);
  });

  it('switches between line and bar when type changes', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const drawn = oneEvent(element, 'chart-render');
    element.type = 'bar';
    await drawn;
    expect(chartType(element)).to.equal('bar');
  });

  describe('input forms give the same model', () => {
    const expected = [
      { x: 2011, y: 1200 },
      { x: 2017, y: 814 },
      { x: 2023, y: 473 },
    ];

    it('reads the data attribute as an array', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          data='[{"year":2023,"value":473},{"year":2011,"value":1200},{"year":2017,"value":814}]'
        ></homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads the data attribute as a year map', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2011":1200,"2017":814,"2023":473}'></homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads the data attribute as a CMS text editor leaves it, with curly quotes and no-break spaces', async () => {
      const typed = '{\u201c2011\u201d:\u00a01200,\u201c2017\u201d:814,\u201c2023\u201d:473}';
      const element = await renderChart<HomelessTrend>(html`<homeless-trend data=${typed}></homeless-trend>`);
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads the data property', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          .data=${[
            { year: 2011, value: 1200 },
            { year: 2017, value: 814 },
            { year: 2023, value: 473 },
          ]}
        ></homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads the model, `{ points }`, as the data property', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          .data=${{
            points: [
              { year: 2011, value: 1200 },
              { year: 2017, value: 814 },
              { year: 2023, value: 473 },
            ],
          }}
        ></homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads the data attribute again when the data property is set back to undefined', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2011":1200,"2017":814,"2023":473}'></homeless-trend>`,
      );
      element.data = { 2001: 1, 2002: 2 };
      await element.updateComplete;
      expect(points(element)).to.deep.equal([
        { x: 2001, y: 1 },
        { x: 2002, y: 2 },
      ]);
      element.data = undefined;
      await element.updateComplete;
      expect(points(element), 'the attribute, not the embedded figures').to.deep.equal(expected);
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.contain('1200 personer år 2011');
    });

    it('says one person in the singular in the summary', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2001":1,"2002":2}'></homeless-trend>`,
      );
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.match(
        /: antalet ökade från 1 person år 2001 till 2 personer år 2002, /,
      );
      element.data = { 2001: 1 };
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.match(/: 1 person år 2001\./);
      // By the figure as shown: 1.004 is shown as 1.
      element.data = { 2001: 2, 2002: 1.004 };
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.match(/till 1 person år 2002, /);
    });

    it('shows a fall to a few with decimals, never "−100 %" while some remain', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2017":1000,"2023":2}'></homeless-trend>`,
      );
      expect(partText(element, 'figure')).to.match(/^\u221299,8\u00a0% 2017–2023/);
      expect(partText(element, 'summary')).to.contain('till 2 personer år 2023, en förändring med \u221299,8\u00a0%.');
      element.data = { 2017: 100000, 2023: 4 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'to a thousandth').to.match(/^\u221299,996\u00a0% /);
      // As few decimals as it takes: −99,85 % is −99,9 %, and −99,9925 % is −99,99 %.
      element.data = { 2017: 2000, 2023: 3 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'to a tenth').to.match(/^\u221299,9\u00a0% /);
      element.data = { 2017: 1000000, 2023: 75 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'to a hundredth').to.match(/^\u221299,99\u00a0% /);
      element.data = { 2017: 814, 2023: 0 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'all gone').to.match(/^\u2212100\u00a0% /);
      element.data = { 2017: 400, 2023: 800 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'a doubling').to.match(/^\+100\u00a0% /);
    });

    it('shows a change under half a per cent with decimals, never a fall of "0 %"', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2017":1000,"2023":997}'></homeless-trend>`,
      );
      expect(partText(element, 'figure')).to.match(/^\u22120,3\u00a0% 2017–2023/);
      expect(partText(element, 'summary')).to.contain('en förändring med \u22120,3\u00a0%.');
      element.data = { 2017: 10000, 2023: 9999 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'to a hundredth').to.match(/^\u22120,01\u00a0% /);
      element.data = { 2017: 1000, 2023: 1100 };
      await element.updateComplete;
      expect(partText(element, 'figure'), 'whole per cent from half a per cent').to.match(/^\+10\u00a0% /);
    });

    it('says a figure that ended where it began is the same, not that it rose', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2011":500,"2017":800,"2023":500}'></homeless-trend>`,
      );
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.match(
        /^Hemlösheten i Norrköping: 500 personer både år 2011 och år 2023\./,
      );
      element.lang = 'en';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.match(
        /^Homelessness in Norrköping: 500 people in both 2011 and 2023\./,
      );
    });

    it('reads figures with footnote marks (<sup>) as the figures, not with the mark run into them', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend>
          <table>
            <tr>
              <th>År</th>
              <th>Personer<sup>1</sup></th>
            </tr>
            <tr>
              <td>2011</td>
              <td>
                1 200<sup><a href="#not-2">2</a></sup>
              </td>
            </tr>
            <tr>
              <td>2017<sup>3</sup></td>
              <td>814 <sup>3</sup></td>
            </tr>
            <tr>
              <td>2023</td>
              <td>473<sup>1</sup></td>
            </tr>
          </table>
        </homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
      expect(element.querySelector('sup'), 'the marks stay in the editor’s table').to.exist;
    });

    it('reads figures with footnote marks not written as <sup> as the figures: a style, a class, a link in the page', async () => {
      const element = document.createElement('homeless-trend');
      // Google Docs, a CMS's class, a footnote link after the figure; a link in the page alone is the figure.
      element.innerHTML =
        '<table><tr><th>År</th><th>Personer<span class="sv-superscript">1</span></th></tr>' +
        '<tr><td>2011<span style="vertical-align: super">1</span></td><td>1 200<span class="sv-superscript">2</span></td></tr>' +
        '<tr><td>2017</td><td>814<a href="#fn1">3</a></td></tr>' +
        '<tr><td>2023</td><td><a href="#detaljer">473</a><span style="VERTICAL-ALIGN:SUPER">4</span></td></tr></table>';
      await fixture(element);
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected));
    });

    it('reads a figure alone in its cell as the figure, whatever class its element has', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><td>2011</td><td><span class="supertext-bold">1 200</span></td></tr>' +
        '<tr><td>2017</td><td><span style="vertical-align: super">814</span></td></tr>' +
        '<tr><td>2023</td><td>473</td></tr></table>';
      await fixture(element);
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected));
    });

    it('reads figures in bold, in paragraphs, and with line breaks in their cells as written', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><td><strong>2011</strong></td><td>1 200<br></td></tr>' +
        '<tr><td><p>2017</p></td><td><b>814</b><br></td></tr>' +
        '<tr><td>2023<br></td><td><p><strong>473</strong></p><p></p></td></tr></table>';
      await fixture(element);
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected));
    });

    it('refuses a figure with a mark in another element after it, as it would be read with a space (NC103), not run into it', async () => {
      for (const [cell, quoted] of [
        ['473<small>2</small>', '473 2'],
        ['473<span>(1)</span>', '473 (1)'],
        ['473<br>(prel.)', '473 (prel.)'],
        ['47<b>3</b>', '47 3'],
        // Digits on two lines are two figures, or one broken where a reader cannot tell: not 814 473 grouped.
        ['814<br>473', '814 / 473'],
        ['1<br>200', '1 / 200'],
      ]) {
        const element = document.createElement('homeless-trend');
        element.innerHTML = `<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>${cell}</td></tr></table>`;
        const detail = await errorOnceAdded(element);
        expect(detail.code, cell).to.equal('NC103');
        expect(detail.message, cell).to.contain(`”${quoted}”`);
      }
    });

    it('says the years are not in the first column when a column before them holds digits, as SCB’s age groups (NC104)', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><th>region</th><th>ålder</th><th>år</th><th>antal</th></tr>' +
        '<tr><td>0581 Norrköping</td><td>18-24 år</td><td>2017</td><td>814</td></tr></table>';
      const detail = await errorOnceAdded(element);
      expect(detail.code).to.equal('NC104');
      expect(detail.message).to.contain('”0581 Norrköping”');
      expect(detail.message).to.contain('kolumn 3');
    });

    it('refuses a figure a space splits into other than groups of three, naming it (NC103)', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML = '<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>47 3</td></tr></table>';
      const detail = await errorOnceAdded(element);
      expect(detail.code).to.equal('NC103');
      expect(detail.message).to.contain('”47 3”');
    });

    it('shows the table as written under the message when its figures cannot be read, as readers without JavaScript see it', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML = '<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473*</td></tr></table>';
      const error = dataError(element);
      await fixture(element);
      await error;
      await element.updateComplete;
      const slot = element.shadowRoot!.querySelector('slot')!;
      const message = element.shadowRoot!.querySelector('[part="error"]')!;
      const table = element.querySelector('table')!;
      expect(slot.assignedElements()).to.deep.equal([table]);
      expect(table.getBoundingClientRect().height, 'shown').to.be.greaterThan(20);
      expect(table.getBoundingClientRect().top, 'under the message').to.be.at.least(
        message.getBoundingClientRect().bottom,
      );
      // Corrected, the chart takes its place again.
      const drawn = rendered(element);
      table.rows[1]!.cells[1]!.textContent = '473';
      await drawn;
      expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(table.getBoundingClientRect().height, 'hidden again').to.equal(0);
    });

    it('reads a table that WordPress’s paragraphs pushed out of the tag, and puts it back', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      // What the classic editor's wpautop makes of a table inside the tag, as the browser reads it.
      page.innerHTML =
        '<p><homeless-trend heading="Hemlöshet" eager></p>' +
        '<table><tr><td>2011</td><td>1 200</td></tr><tr><td>2017</td><td>814</td></tr>' +
        '<tr><td>2023</td><td>473</td></tr></table><p></homeless-trend></p><p>Nästa stycke</p>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(points(element)).to.deep.equal(expected);
      expect(element.querySelector('table'), 'back inside the tag').to.exist;
      expect([...page.children].map((child) => child.localName)).to.deep.equal(['p', 'p', 'p']);
    });

    it('reads a table pushed out of the tag when a line of text came just before the tag', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      // wpautop with no blank line between the text and the tag: one paragraph, text, <br>, the tag.
      page.innerHTML =
        '<p>Här är statistiken.<br>\n<homeless-trend heading="Egen" eager></p>' +
        '<table><tr><th>År</th><th>Personer</th></tr><tr><td>2011</td><td>1 200</td></tr>' +
        '<tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr></table><p></homeless-trend></p>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(points(element)).to.deep.equal(expected);
      expect(element.querySelector('table'), 'back inside the tag').to.exist;
      expect(page.querySelector('p')!.textContent).to.contain('Här är statistiken.');
    });

    it('reads a table pushed out of the tag when text or another chart follows on the next lines', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      // wpautop's output for two charts in one Text-tab block, the second followed by a line of text: the
      // paragraph that held each end tag begins with the line break before what was typed after it.
      const table = (first: number) =>
        `<table>\n<tr>\n<td>${first}</td>\n<td>300</td>\n</tr>\n<tr>\n<td>2023</td>\n<td>250</td>\n</tr>\n</table>\n`;
      page.innerHTML =
        `<p><homeless-trend heading="Första" eager></p>\n${table(2015)}<p></homeless-trend><br />\n` +
        `<homeless-trend heading="Andra" eager></p>\n${table(2016)}<p></homeless-trend><br />\nKommentar efter.</p>`;
      const elements = [...page.querySelectorAll('homeless-trend')];
      await Promise.all(elements.map((element) => rendered(element)));
      expect(elements.map(points)).to.deep.equal([
        [
          { x: 2015, y: 300 },
          { x: 2023, y: 250 },
        ],
        [
          { x: 2016, y: 300 },
          { x: 2023, y: 250 },
        ],
      ]);
      expect(page.querySelectorAll(':scope > table'), 'both back inside their tags').to.have.length(0);
      expect(page.textContent).to.contain('Kommentar efter.');
    });

    it('reads the table right after an empty tag with a heading or source of its own', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const table =
        '<table><tr><td>2011</td><td>1 200</td></tr><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr></table>';
      // Closed before its table; and as a rich-text editor that takes the tags for inline ones writes it.
      page.innerHTML =
        `<homeless-trend heading="Egen" eager></homeless-trend>\n${table}<p>Text</p>` +
        `<p><homeless-trend source="Kommunen" eager></homeless-trend></p>${table}<p>Text</p>`;
      const elements = [...page.querySelectorAll('homeless-trend')];
      await Promise.all(elements.map((element) => rendered(element)));
      for (const element of elements) {
        expect(points(element)).to.deep.equal(expected);
        expect(element.querySelector('table'), 'inside the tag').to.exist;
      }
    });

    it('says so when the figures are written as text in the tag, rather than showing the embedded ones (NC123)', async () => {
      for (const text of [
        'År;Personer\n2017;814\n2023;473',
        '<p>År;Personer<br />\n2017;814<br />\n2023;473</p>',
        '2017\t814\n2023\t473',
        '2017,814\n2023,473',
      ]) {
        const element = document.createElement('homeless-trend');
        element.setAttribute('heading', 'Egen');
        element.innerHTML = text;
        const detail = await errorOnceAdded(element);
        expect(detail.code, text).to.equal('NC123');
        expect(partText(element, 'error'), text).to.contain('Siffrorna står som text i taggen');
        expect(element.chart, 'no chart of Norrköping’s figures').to.equal(undefined);
      }
    });

    it('shows the embedded figures when the text in the tag is no figures, such as a note for readers without JavaScript', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend eager>Diagram över hemlösheten 2017, 2020, 2023 och 2024.</homeless-trend>`,
      );
      expect(points(element)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
    });

    it('reports a row of one cell that spans no columns as a year without its value, not as a note to skip', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr><tr><td>2024</td></tr></table>';
      const detail = await errorOnceAdded(element);
      expect([detail.field, detail.year]).to.deep.equal(['value', 2024]);
    });

    it('shows the embedded figures under one line that begins with a year and a comma: a note, not rows of figures', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend eager>2023, enligt kartläggningen, 473 personer.</homeless-trend>`,
      );
      expect(partText(element, 'error')).to.equal('');
      expect(points(element)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
    });

    it('leaves a table alone after a paragraph that goes on after the chart, or ends in an element', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML =
        '<p><homeless-trend eager></homeless-trend> och mer text</p><table><tr><td>2011</td><td>1</td></tr></table><p></p>' +
        '<p><homeless-trend eager></homeless-trend><em>text</em></p><table><tr><td>2011</td><td>1</td></tr></table><p></p>';
      const elements = [...page.querySelectorAll('homeless-trend')];
      await Promise.all(elements.map((element) => rendered(element)));
      for (const element of elements) {
        expect(points(element), 'the embedded figures').to.deep.equal([
          { x: 2017, y: 814 },
          { x: 2023, y: 473 },
        ]);
      }
      expect(page.querySelectorAll(':scope > table')).to.have.length(2);
    });

    it('leaves alone what follows a chart but for the shape WordPress makes of a table inside the tag', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const table = '<table><tr><td>2011</td><td>1</td></tr></table>';
      page.innerHTML = [
        // The chart's own text, not an empty tag.
        `<p><homeless-trend eager>Hemlösheten i Norrköping</homeless-trend></p>${table}<p></p>`,
        // Not a paragraph round the chart, nor after the table.
        `<div><homeless-trend eager></homeless-trend></div>${table}<p></p>`,
        `<p><homeless-trend eager></homeless-trend></p>${table}<hr>`,
        // An image after the chart in its paragraph, or alone (in a link) in the paragraph after the table.
        `<p><homeless-trend eager></homeless-trend> <img alt=""></p>${table}<p></p>`,
        `<p><homeless-trend eager></homeless-trend></p>${table}<p><a href="#"><img alt=""></a></p>`,
        // A list, not a table.
        '<p><homeless-trend eager></homeless-trend></p><ul><li>Punkt</li></ul><p></p>',
      ].join('');
      const elements = [...page.querySelectorAll('homeless-trend')];
      await Promise.all(elements.map((element) => rendered(element)));
      for (const [index, element] of elements.entries())
        expect(points(element), `the embedded figures, chart ${index + 1}`).to.deep.equal([
          { x: 2017, y: 814 },
          { x: 2023, y: 473 },
        ]);
      expect(page.querySelectorAll(':scope > table'), 'the tables still on the page').to.have.length(5);
      expect(page.querySelectorAll(':scope > ul'), 'the list still on the page').to.have.length(1);
    });

    it('reads a table pushed out of the tag of a chart with no heading or source of its own', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML =
        '<p><homeless-trend eager></p><table><tr><td>2015</td><td>300</td></tr><tr><td>2023</td><td>250</td></tr></table>' +
        '<p></homeless-trend><br />\nKommentar efter.</p>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(points(element)).to.deep.equal([
        { x: 2015, y: 300 },
        { x: 2023, y: 250 },
      ]);
      expect(page.querySelectorAll(':scope > table'), 'back inside the tag').to.have.length(0);
      expect(page.textContent).to.contain('Kommentar efter.');
    });

    it('leaves a page’s own table after a chart in a paragraph alone', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML =
        '<p><homeless-trend eager></homeless-trend></p><table><tr><td>2011</td><td>1</td></tr></table><p>Text</p>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(points(element), 'the embedded figures').to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      expect(page.children[1]!.localName).to.equal('table');
    });

    it('reads the figures of a table made only of <th> cells, its first row the header', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          ><table>
            <tr>
              <th>År</th>
              <th>Personer</th>
            </tr>
            <tr>
              <th>2017</th>
              <th>814</th>
            </tr>
            <tr>
              <th>2023</th>
              <th>473</th>
            </tr>
          </table></homeless-trend
        >`,
      );
      expect(points(element)).to.deep.equal(expected.slice(1));
    });

    it('skips a row of one cell across the table, such as the source written under the figures', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          ><table>
            <tr>
              <td colspan="2">Personer i hemlöshet</td>
            </tr>
            <tr>
              <td>År</td>
              <td>Personer</td>
            </tr>
            <tr>
              <td>2017</td>
              <td>814</td>
            </tr>
            <tr>
              <td>2023</td>
              <td>473</td>
            </tr>
            <tr>
              <td colspan="2">Källa: Socialstyrelsen</td>
            </tr>
          </table></homeless-trend
        >`,
      );
      expect(points(element)).to.deep.equal(expected.slice(1));
    });

    it('skips a title and the source typed in rows of their own, their other cells empty, as a CMS table has them', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><td>Personer i hemlöshet</td><td></td></tr><tr><td>År</td><td>Personer</td></tr>' +
        '<tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr>' +
        '<tr><td>Källa: Socialstyrelsen</td><td>&nbsp;</td></tr></table>';
      await fixture(element);
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected.slice(1)));
    });

    it('reads cells with invisible characters a text editor left in them', async () => {
      // Soft hyphen, zero-width space, word joiner, zero-width joiner, left-to-right and right-to-left marks and a
      // byte-order mark, as a CMS's editor leaves them; a row of them only is blank.
      const cells = [
        ['2017\u200b', '8\u00ad14\u200e'],
        ['\u200b', '\ufeff'],
        ['\u20602023\u200f', '473\u200d'],
      ];
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          ><table>
            ${cells.map(
              ([year, value]) =>
                html`<tr>
                  <td>${year}</td>
                  <td>${value}</td>
                </tr>`,
            )}
          </table></homeless-trend
        >`,
      );
      expect(points(element)).to.deep.equal(expected.slice(1));
    });

    it('reads a child <script type="application/json">', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend
          ><script type="application/json">
            { "2011": 1200, "2017": 814, "2023": 473 }
          </script></homeless-trend
        >`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    it('reads JSON in a <script> a CMS wrapped in <p> or <div>, of any JSON type, before a table', async () => {
      const json = '{"2011":1200,"2017":814,"2023":473}';
      const table = '<table><tr><td>2000</td><td>1</td></tr></table>';
      const cases = [
        `<p><script type="application/json">${json}</script></p>`,
        `<div><p><script type="application/json; charset=utf-8">${json}</script></p></div>${table}`,
        `<script type="Application/JSON">${json}</script>`,
        `${table}<p><script type="text/json">${json}</script></p>`,
      ];
      for (const inside of cases) {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        page.innerHTML = `<homeless-trend eager>${inside}</homeless-trend>`;
        const element = page.querySelector('homeless-trend')!;
        await rendered(element);
        expect(JSON.stringify(points(element)), inside).to.equal(JSON.stringify(expected));
      }
    });

    it('does not read a <script> of JSON that belongs to something else in the tag, nor before its table', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML =
        '<homeless-trend eager><div class="widget"><section><script type="application/json">{"2019":5}</script>' +
        '</section></div><p><a href="#"><script type="application/json">{"widgetId":42}</script></a></p>' +
        '<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr></table></homeless-trend>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected.slice(1)));
    });

    it('does not read a page’s data for search engines (application/ld+json) as its figures', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML =
        '<homeless-trend eager><script type="application/ld+json">{"2000":1}</script>' +
        '<table><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr></table></homeless-trend>';
      const element = page.querySelector('homeless-trend')!;
      await rendered(element);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(expected.slice(1)));
    });

    it('reads a child <table> with Swedish number formatting', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend>
          <table>
            <thead>
              <tr>
                <th>År</th>
                <th>Personer</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>2011</td>
                <td>1 200</td>
              </tr>
              <tr>
                <td>2017</td>
                <td>814</td>
              </tr>
              <tr>
                <td>2023</td>
                <td>473</td>
              </tr>
            </tbody>
          </table>
        </homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
      expect(partText(element, 'source')).to.equal('', "no default source for the page's own data");
    });

    it('gives the data attribute precedence over children', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2011":1200,"2017":814,"2023":473}'>
          <table>
            <tr>
              <td>2000</td>
              <td>1</td>
            </tr>
          </table>
        </homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(expected);
    });

    for (const [how, edit] of [
      ['a child table is edited', (cell: Element) => (cell.textContent = '400')],
      // The cell's text node itself changes: no child is added or removed.
      [
        'the text of a cell is edited where it stands, as an editor typing in it does',
        (cell: Element) => ((cell.firstChild as Text).data = '400'),
      ],
    ] as const)
      it(`redraws when ${how}`, async () => {
        const element = await renderChart<HomelessTrend>(
          html`<homeless-trend
            ><table>
              <tr>
                <td>2017</td>
                <td>814</td>
              </tr>
              <tr>
                <td>2023</td>
                <td>473</td>
              </tr>
            </table></homeless-trend
          >`,
        );
        const drawn = oneEvent(element, 'chart-render');
        edit(element.querySelector('tr:last-child td:last-child')!);
        await drawn;
        expect(points(element)).to.deep.equal([
          { x: 2017, y: 814 },
          { x: 2023, y: 400 },
        ]);
      });
  });

  it('uses heading, description, source and source-url', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        heading="Hemlöshet"
        description="Egen text."
        source="SCB"
        source-url="https://example.org/x"
      ></homeless-trend>`,
    );
    expect(partText(element, 'heading')).to.equal('Hemlöshet');
    expect(partText(element, 'summary')).to.equal('Egen text.');
    expect(partText(element, 'source')).to.equal('Källa: SCB');
    expect(element.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal(
      'https://example.org/x',
    );
  });

  it('with heading="" shows no heading, and its summary, accessible name and table name the series, not a place', async () => {
    // A page that hides the heading has its own, and may show any place's figures: not "… i Norrköping".
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend heading="" data='{"2020":120,"2023":98}'></homeless-trend>`,
    );
    expect(element.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    expect(partText(element, 'summary')).to.match(/^Personer i hemlöshet: antalet minskade från 120 personer år 2020/);
    expect(element.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal(
      'Personer i hemlöshet',
    );
    expect(element.shadowRoot!.querySelector('caption')!.textContent.trim()).to.equal('Personer i hemlöshet');
    element.lang = 'en';
    await element.updateComplete;
    expect(partText(element, 'summary')).to.match(
      /^People experiencing homelessness: the number fell from 120 people in 2020/,
    );
    element.heading = 'Hemlösheten i Linköping';
    await element.updateComplete;
    expect(partText(element, 'summary')).to.match(/^Hemlösheten i Linköping: the number fell from 120 people/);
  });

  it('refuses a javascript: source-url', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend source="SCB" source-url="javascript:alert(1)"></homeless-trend>`,
    );
    expect(element.shadowRoot!.querySelector('[part="source"] a')).to.equal(null);
    expect(partText(element, 'source')).to.equal('Källa: SCB');
  });

  it('hides the visible summary with no-summary but keeps it as the accessible name', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend no-summary></homeless-trend>`);
    expect(element.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain('814');
  });

  describe('bad input', () => {
    it('shows a localized message for malformed JSON and fires data-error', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('data', '[{"year":2017,"value":814');
      const detail = await errorOnceAdded(element);
      expect(detail.code).to.equal('NC101');
      expect(partText(element, 'error')).to.equal(
        'Diagrammet kan inte visas. Siffrorna är inte skrivna som giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
      );
      expect(detail.message).to.equal(
        'Siffrorna är inte skrivna som giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
      );
      expect(element.chart).to.equal(undefined);
      expect(element.shadowRoot!.querySelector('[part="error"]')!.parentElement!.getAttribute('role')).to.equal(
        'alert',
      );
    });

    it('with quietErrors, shows the message without saying it, for a page that says it itself', async () => {
      const element = document.createElement('homeless-trend');
      element.quietErrors = true;
      element.setAttribute('data', '[{"year":2017,"value":"z"}]');
      const error = dataError(element);
      await fixture(element);
      await error;
      await element.updateComplete;
      const region = () => element.shadowRoot!.querySelector('[part="error"]')!.parentElement!;
      expect(partText(element, 'error')).to.equal(
        'Diagrammet kan inte visas. Värdet ”z” på rad 1 (år 2017) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
      expect([region().getAttribute('role'), region().getAttribute('aria-live')]).to.deep.equal([null, null]);
      // Read whenever a message is shown: the next one is said.
      element.quietErrors = false;
      const next = dataError(element);
      element.setAttribute('data', '[{"year":2017,"value":"y"}]');
      await next;
      await element.updateComplete;
      expect(region().getAttribute('role')).to.equal('alert');
    });

    it('says how to quote data the attribute’s own quotation marks cut short', async () => {
      const wrapper = await fixture(html`<div></div>`);
      // In double quotes round JSON in double quotes, the value ends at the JSON's first one.
      wrapper.innerHTML = '<homeless-trend data="[{"year":2017,"value":814}]"></homeless-trend>';
      const element = wrapper.firstElementChild as HomelessTrend;
      const error = dataError(element);
      await withWarnings(async () => {
        expect((await error).detail.message).to.equal(
          "Siffrorna är inte skrivna som giltig JSON. Den slutar efter ”[{”, vid det första citattecknet inuti. Skriv enkla citattecken runt värdet: data='[…]'.",
        );
      });
    });

    it('names the row and value that is not a number, in the message and in the event', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('data', '[{"year":2017,"value":"many"}]');
      const detail = await errorOnceAdded(element);
      expect(detail).to.deep.equal({
        code: 'NC103',
        message: 'Värdet ”many” på rad 1 (år 2017) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
        input: 'many',
        row: 1,
        field: 'value',
        year: 2017,
      });
    });

    it('says it in English on an English page', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('lang', 'en');
      element.setAttribute('data', '[{"year":2017,"value":"many"}]');
      expect((await errorOnceAdded(element)).message).to.equal(
        'The value “many” in row 1 (year 2017) is not a number. Write the number in digits, for example 1,234.',
      );
      expect(partText(element, 'error')).to.contain('The chart cannot be shown');
    });

    it('names the table cell that is not a number', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><th>År</th><th>Antal</th></tr><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>fyrahundra</td></tr></table>';
      expect((await errorOnceAdded(element)).message).to.equal(
        'Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
    });

    it('names a row of totals, a source row or a second header row as a row with no year, to be removed (NC104)', async () => {
      const table = (row: string) =>
        `<table><tr><th>År</th><th>Personer</th></tr><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr>${row}</table>`;
      for (const [row, input] of [
        ['<tr><td>Totalt</td><td>1 287</td></tr>', 'Totalt'],
        ['<tr><td>Summa</td><td>1 287</td></tr>', 'Summa'],
        ['<tr><td>Källa: Socialstyrelsen</td><td>2024</td></tr>', 'Källa: Socialstyrelsen'],
        ['<tr><td>År</td><td>Personer</td></tr><tr><td>2024</td><td>400</td></tr>', 'År'],
      ] as const) {
        const element = document.createElement('homeless-trend');
        element.innerHTML = table(row);
        const detail = await errorOnceAdded(element);
        expect(detail, input).to.include({ code: 'NC104', row: 3, input });
        expect(detail.message).to.equal(
          `Rad 3 har ”${input}”, inte ett årtal. Ta bort raden om den är en summa, källa eller rubrik.`,
        );
        expect(partText(element, 'error')).to.contain(detail.message);
      }
    });

    it('says to remove a footnote mark after a year or a figure, or to write it in <sup>', async () => {
      for (const [year, value, code, message] of [
        [
          '2023*',
          '473',
          'NC104',
          'Året ”2023*” på rad 2 är inte ett årtal. Ta bort fotnotstecknet, eller skriv det i <sup>.',
        ],
        [
          '2023¹',
          '473',
          'NC104',
          'Året ”2023¹” på rad 2 är inte ett årtal. Ta bort fotnotstecknet, eller skriv det i <sup>.',
        ],
        [
          '2023 (prel.)',
          '473',
          'NC104',
          'Året ”2023 (prel.)” på rad 2 är inte ett årtal. Ta bort fotnotstecknet, eller skriv det i <sup>.',
        ],
        [
          '2023',
          '473 (1)',
          'NC103',
          'Värdet ”473 (1)” på rad 2 (år 2023) är inte ett tal. Ta bort fotnotstecknet, eller skriv det i <sup>.',
        ],
      ] as const) {
        const element = document.createElement('homeless-trend');
        element.innerHTML = `<table><tr><td>2017</td><td>814</td></tr><tr><td>${year}</td><td>${value}</td></tr></table>`;
        expect(await errorOnceAdded(element), year + value).to.deep.include({ code, row: 2, message });
      }
    });

    it('says to leave a figure the source does not give empty, or to write –, rather than to write it with digits', async () => {
      for (const value of ['x', 'X', '.', '<5', '‹5', '*', '[x]']) {
        const element = document.createElement('homeless-trend');
        element.innerHTML = `<table><tr><td>2017</td><td>814</td></tr><tr><td>2020</td><td>${value.replace('<', '&lt;')}</td></tr></table>`;
        expect(await errorOnceAdded(element), value).to.deep.equal({
          code: 'NC103',
          message: `Värdet ”${value}” på rad 2 (år 2020) är inte ett tal. Saknas talet, lämna cellen tom eller skriv –.`,
          input: value,
          row: 2,
          field: 'value',
          year: 2020,
        });
      }
    });

    it('reports a mistyped first row of figures under a header row, rather than skipping it as a second header', async () => {
      for (const [year, value] of [
        ['2011*', '1 200*'],
        ['2016/17', 'ca 900'],
      ] as const) {
        const element = document.createElement('homeless-trend');
        element.innerHTML = `<table><tr><th>År</th><th>Personer</th></tr><tr><td>${year}</td><td>${value}</td></tr><tr><td>2017</td><td>814</td></tr></table>`;
        expect(await errorOnceAdded(element)).to.include({ code: 'NC104', row: 1, input: year });
      }
    });

    it('warns once in the console with the error code', async () => {
      const warnings = await withWarnings(async (calls) => {
        const element = document.createElement('homeless-trend');
        element.setAttribute('data', '{oops');
        await fixture(element);
        element.heading = 'Ny rubrik';
        await element.updateComplete;
        return calls;
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.match(/^\[norrkoping-charts\] NC101 in <homeless-trend>: /);
    });

    it('keeps the last good chart when new data is invalid, and recovers', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2017":814,"2023":473}'></homeless-trend>`,
      );
      element.setAttribute('data', '{"2017":814,"2023":"x"}');
      await element.updateComplete;
      expect(partText(element, 'error')).to.contain('”x”');
      expect(points(element)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      const drawn = oneEvent(element, 'chart-render');
      element.setAttribute('data', '{"2017":814,"2023":500}');
      await drawn;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(points(element)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 500 },
      ]);
    });

    it('reports invalid markers and still draws the data', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('markers', '[{"date":"maj 2022"}]');
      const error = dataError(element);
      const wrapper = await fixture(html`<div style="width:600px"></div>`);
      wrapper.append(element);
      expect((await error).detail.code).to.equal('NC108');
      expect(partText(element, 'error')).to.equal(
        'Diagrammet visas inte som det är tänkt. ' +
          'Markeringen på rad 1 är ogiltig. Ange till exempel [{"date":"2022-05","label":"Bostad först"}].',
      );
    });

    it('takes type and theme as an editor may type them: in capitals, in typographic quotes', async () => {
      const errors: string[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // As the HTML parser reads type=”BAR” theme=”Dark”: the quotes are part of the values.
      wrapper.addEventListener('data-error', (event) =>
        errors.push((event as CustomEvent<{ code: string }>).detail.code),
      );
      wrapper.innerHTML = '<homeless-trend type=\u201dBAR\u201d theme=\u201dDark\u201d eager></homeless-trend>';
      const element = wrapper.firstElementChild as HomelessTrend;
      expect(element.getAttribute('theme')).to.equal('\u201dDark\u201d');
      await rendered(element);
      expect([element.type, element.theme]).to.deep.equal(['bar', 'dark']);
      expect(chartType(element)).to.equal('bar');
      expect(element.shadowRoot!.querySelector('.nc')!.classList.contains('dark')).to.equal(true);
      expect(errors).to.deep.equal([]);
    });

    it('reports a heading cut short by typographic quotes (NC117), draws, and clears the message once corrected', async () => {
      const wrapper = await fixture(html`<div style="width:600px"></div>`);
      // As a rich-text editor types it: the HTML parser takes ” for part of the value, which ends at the space.
      wrapper.innerHTML = '<homeless-trend heading=”Hemlösheten i Norrköping”></homeless-trend>';
      const element = wrapper.firstElementChild as HomelessTrend;
      const error = dataError(element);
      await withWarnings(async () => {
        expect((await error).detail).to.deep.equal({
          code: 'NC117',
          message:
            'Attributet heading börjar med ett typografiskt citattecken, som webbläsaren inte läser som citattecken. ' +
            'Därför blir texten bara ”Hemlösheten”. Skriv raka citattecken: heading="…".',
          input: '”Hemlösheten',
          field: 'heading',
        });
        await rendered(element);
        expect(partText(element, 'error')).to.match(/^Diagrammet visas inte som det är tänkt\. Attributet heading/);
        expect(points(element)).to.have.length(2);
        element.setAttribute('heading', 'Hemlösheten i Norrköping');
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      });
    });

    it('keeps its markers under a message of typographic quotes (NC117): the settings are read all the same', async () => {
      const wrapper = await fixture(html`<div style="width:600px"></div>`);
      wrapper.innerHTML =
        '<homeless-trend source=”Socialstyrelsen 2023” markers=\'[{"date":"2020-03","label":"Pandemin"}]\'' +
        ' data=\'{"2017":814,"2023":473}\'></homeless-trend>' +
        '<homeless-trend source=”Socialstyrelsen 2023”></homeless-trend>';
      const [own, embedded] = [...wrapper.children] as HomelessTrend[];
      const errors = [dataError(own!), dataError(embedded!)];
      await withWarnings(async () => {
        for (const error of errors) expect((await error).detail.code).to.equal('NC117');
        await Promise.all([own!, embedded!].map((element) => rendered(element)));
        expect(partText(own!, 'summary')).to.contain('Markering: Pandemin');
        expect(partText(embedded!, 'summary')).to.contain('Markering: Bostad först');
      });
    });

    it('reports data cut short by typographic quotes (NC117) before the JSON error it caused', async () => {
      const wrapper = await fixture(html`<div style="width:600px"></div>`);
      wrapper.innerHTML =
        '<homeless-trend data=’[{”year”: 2017, ”value”: 814}, {”year”: 2023, ”value”: 473}]’></homeless-trend>';
      const element = wrapper.firstElementChild as HomelessTrend;
      const error = dataError(element);
      await withWarnings(async () => {
        expect((await error).detail).to.deep.include({ code: 'NC117', field: 'data', input: '’[{”year”:' });
        await element.updateComplete;
        expect(partText(element, 'error')).to.match(
          /^Diagrammet kan inte visas\. Attributet data börjar med ett typografiskt/,
        );
      });
    });

    it('reports an unknown type or theme, draws with the default, and clears the message once corrected', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('type', 'stapel');
      await withWarnings(async (warnings) => {
        const error = dataError(element);
        const drawn = rendered(element);
        const wrapper = await fixture(html`<div style="width:600px"></div>`);
        wrapper.append(element);
        expect((await error).detail).to.deep.equal({
          code: 'NC116',
          message: 'Attributet type kan inte vara ”stapel”. Möjliga värden: line, bar.',
          input: 'stapel',
          field: 'type',
        });
        await drawn;
        expect(partText(element, 'error')).to.equal(
          'Diagrammet visas inte som det är tänkt. Attributet type kan inte vara ”stapel”. Möjliga värden: line, bar.',
        );
        expect(chartType(element)).to.equal('line');
        expect(points(element)).to.have.length(2);
        expect(warnings.map(([text]) => String(text))).to.deep.equal([
          '[norrkoping-charts] NC116 in <homeless-trend>: Attributet type kan inte vara ”stapel”. Möjliga värden: line, bar.',
        ]);

        element.setAttribute('type', 'bar');
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        await nextFrame();
        expect(chartType(element)).to.equal('bar');

        const themeError = dataError(element);
        element.setAttribute('theme', 'mörk');
        expect((await themeError).detail.message).to.equal(
          'Attributet theme kan inte vara ”mörk”. Möjliga värden: light, dark, auto.',
        );
        element.setAttribute('lang', 'en');
        await element.updateComplete;
        expect(partText(element, 'error')).to.equal(
          'The chart is not shown as intended. The attribute theme cannot be “mörk”. Possible values: light, dark, auto.',
        );
        element.removeAttribute('theme');
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      });
    });
  });

  it('takes custom markers, positioned by month', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend markers='[{"date":"2020-01","label":"Ny strategi"}]'></homeless-trend>`,
    );
    expect(element.chart!.options.plugins?.ncMarkers?.lines).to.deep.equal([
      { position: 2020 + 0.5 / 12, label: 'Ny strategi' },
    ]);
    expect((element.chart!.options.layout?.padding as { top: number }).top).to.be.greaterThan(8);
  });

  it('reports a marker outside the years of the data (NC122), drawing and naming only the others', async () => {
    const element = document.createElement('homeless-trend');
    element.setAttribute('data', '{"2017":814,"2023":473}');
    element.setAttribute('markers', '[{"date":"2030-01","label":"Framtid"},{"date":"2022-05","label":"Bostad först"}]');
    const [error, drawn] = [dataError(element), rendered(element)];
    const wrapper = await fixture(html`<div style="width:600px"></div>`);
    wrapper.append(element);
    const { detail } = await error;
    expect([detail.code, detail.row, detail.field, detail.year]).to.deep.equal(['NC122', 1, 'date', 2030]);
    await element.updateComplete;
    expect(partText(element, 'error')).to.equal(
      'Diagrammet visas inte som det är tänkt. ' +
        'Markeringen på rad 1 (år 2030) ligger utanför diagrammets år 2017–2023 och visas inte.',
    );
    await drawn;
    expect(element.chart!.options.plugins?.ncMarkers?.lines?.map((line) => line?.label)).to.deep.equal([
      'Bostad först',
    ]);
    const summary = partText(element, 'summary');
    expect(summary).to.contain('Markering: Bostad först, maj 2022.');
    expect(summary).to.not.contain('Framtid');
  });

  it('draws a marker late in the last year inside the plot, after the last point', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        data='{"2017":814,"2023":473}'
        markers='[{"date":"2023-11","label":"Ny strategi"}]'
      ></homeless-trend>`,
    );
    const chart = element.chart!;
    const x = chart.scales.x!.getPixelForValue(2023 + 10.5 / 12);
    expect(x).to.be.greaterThan(chart.scales.x!.getPixelForValue(2023));
    expect(x).to.be.at.most(chart.chartArea.right);
    expect(placedMarkerLabels(chart).map((label) => label.text)).to.deep.equal(['Ny strategi']);
  });

  it('labels a marker given without a label with its date, not as Housing First', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2017":814,"2023":473}' markers='[{"date":"2020-03"}]'></homeless-trend>`,
    );
    expect(placedMarkerLabels(element.chart!).map((label) => label.text)).to.deep.equal(['mars 2020']);
    const summary = partText(element, 'summary');
    expect(summary).to.contain('Markering: mars 2020.');
    expect(summary).to.not.contain('Bostad först');
  });

  it('labels the marker in English with lang="en"', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
    expect(element.chart!.options.plugins?.ncMarkers?.lines?.[0]?.label).to.equal('Housing First');
  });

  it('recolours the marker when the theme changes', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const light = element.chart!.options.plugins?.ncMarkers?.color;
    const redrawn = rendered(element);
    element.theme = 'dark';
    await redrawn;
    expect(element.chart!.options.plugins?.ncMarkers?.color).to.be.a('string').and.not.equal(light);
  });

  it("shows no Housing First marker for the page's own data without markers", async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2010":5,"2011":6}'></homeless-trend>`,
    );
    expect(element.chart!.options.plugins?.ncMarkers?.lines).to.deep.equal([]);
    expect((element.chart!.options.layout?.padding as { top: number }).top).to.equal(8);
  });

  it('formats years without grouping on the axis and in tooltips', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const x = element.chart!.scales.x!;
    expect(x.ticks.map((tick) => tick.label)).to.deep.equal(['2017', '2023']);
    const plot = element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(element.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.equal('2017: 814 personer');
  });
});

/** An `rgb(r, g, b)` colour as numbers. */
const rgb = (colour: string): number[] => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

/** Whether a canvas pixel (RGBA, opaque enough) is within `tolerance` of a colour on every channel. */
const near = (data: Uint8ClampedArray, offset: number, [r, g, b]: number[], tolerance = 24): boolean =>
  data[offset + 3]! > 200 &&
  Math.abs(data[offset]! - r!) <= tolerance &&
  Math.abs(data[offset + 1]! - g!) <= tolerance &&
  Math.abs(data[offset + 2]! - b!) <= tolerance;

/**
 * The share of points along the line from one data point to another (the middle 15–70 % of it, clear
 * of the dots, value labels and marker) that have a pixel of `colour` within 1 px.
 */
function shareAlong(element: HomelessTrend, from: [number, number], to: [number, number], colour: string): number {
  const chart = element.chart!;
  const { x, y } = chart.scales;
  const ratio = chart.currentDevicePixelRatio;
  const { data, width } = canvasOf(element)
    .getContext('2d')!
    .getImageData(0, 0, chart.width * ratio, chart.height * ratio);
  const target = rgb(colour);
  const [x0, y0, x1, y1] = [
    x!.getPixelForValue(from[0]),
    y!.getPixelForValue(from[1]),
    x!.getPixelForValue(to[0]),
    y!.getPixelForValue(to[1]),
  ];
  let hits = 0;
  const samples = 80;
  for (let step = 0; step < samples; step++) {
    const t = 0.15 + (0.55 * step) / samples;
    const [px, py] = [Math.round((x0 + (x1 - x0) * t) * ratio), Math.round((y0 + (y1 - y0) * t) * ratio)];
    let hit = false;
    for (let dy = -ratio; dy <= ratio && !hit; dy++)
      for (let dx = -ratio; dx <= ratio && !hit; dx++) hit = near(data, ((py + dy) * width + px + dx) * 4, target);
    if (hit) hits++;
  }
  return hits / samples;
}

/** Pixels of a colour inside a box of the canvas (CSS px). */
function pixelsIn(
  element: HomelessTrend,
  box: { left: number; top: number; width: number; height: number },
  colour: string,
): number {
  const ratio = element.chart!.currentDevicePixelRatio;
  const { data } = canvasOf(element)
    .getContext('2d')!
    .getImageData(
      Math.round(box.left * ratio),
      Math.round(box.top * ratio),
      Math.round(box.width * ratio),
      Math.round(box.height * ratio),
    );
  const target = rgb(colour);
  let count = 0;
  for (let offset = 0; offset < data.length; offset += 4) if (near(data, offset, target, 60)) count++;
  return count;
}

const overlap = (
  a: { left: number; top: number; width: number; height: number },
  b: { left: number; top: number; width: number; height: number },
): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('<homeless-trend>: an honest trend (issue #8)', () => {
  it('draws the line across unmeasured years dashed and lighter, and between consecutive years solid', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const { series, unmeasured } = {
      series: element.chart!.data.datasets[0]!.borderColor as string,
      unmeasured: getComputedStyle(element.shadowRoot!.querySelector('.nc')!).getPropertyValue('--_unmeasured'),
    };
    const lighter = shareAlong(element, [2017, 814], [2023, 473], 'rgb(90, 140, 196)');
    expect(unmeasured.trim()).to.equal('#5a8cc4');
    // Dashed: the lighter colour along part of the way, with gaps between the dashes.
    expect(lighter).to.be.within(0.3, 0.85);
    expect(shareAlong(element, [2017, 814], [2023, 473], series)).to.be.below(0.1, 'not in the measured colour');

    element.parentElement!.remove();
    const yearly = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2020":900,"2021":700,"2022":500}'></homeless-trend>`,
    );
    expect(shareAlong(yearly, [2020, 900], [2021, 700], series)).to.be.above(0.95, 'solid in the series colour');
  });

  it('mixes both: solid between consecutive years, dashed across a gap', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2011":1200,"2012":1100,"2017":814}'></homeless-trend>`,
    );
    const series = element.chart!.data.datasets[0]!.borderColor as string;
    expect(shareAlong(element, [2011, 1200], [2012, 1100], series)).to.be.above(0.95);
    expect(shareAlong(element, [2012, 1100], [2017, 814], 'rgb(90, 140, 196)')).to.be.within(0.3, 0.85);
  });

  it('styles segments only while some years were not measured, and keeps it right across updates', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2020":900,"2021":700,"2022":500}'></homeless-trend>`,
    );
    const series = element.chart!.data.datasets[0]!.borderColor as string;
    const segment = (): unknown => (element.chart!.data.datasets[0] as { segment?: unknown }).segment;
    // Every year measured: Chart.js is given no segment styles to resolve for each pair of points.
    expect(segment()).to.equal(undefined);

    element.data = { 2020: 900, 2021: 700, 2025: 500 };
    await element.updateComplete;
    expect(segment()).to.be.an('object');
    expect(shareAlong(element, [2020, 900], [2021, 700], series)).to.be.above(0.95);
    expect(shareAlong(element, [2021, 700], [2025, 500], 'rgb(90, 140, 196)')).to.be.within(0.3, 0.85);

    element.data = { 2020: 900, 2021: 700, 2022: 500 };
    await element.updateComplete;
    expect(segment()).to.equal(undefined);
    expect(shareAlong(element, [2021, 700], [2022, 500], series)).to.be.above(0.95, 'solid again');
  });

  it('draws no points for the years between measurements, on a linear axis of years', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    expect(element.chart!.getDatasetMeta(0).data).to.have.length(2);
    expect(element.chart!.scales.x!.type).to.equal('linear');
    const x = element.chart!.scales.x!;
    // Six years apart are six times as wide as one year.
    expect(x.getPixelForValue(2023) - x.getPixelForValue(2017)).to.be.closeTo(
      6 * (x.getPixelForValue(2018) - x.getPixelForValue(2017)),
      0.01,
    );
  });

  for (const width of [320, 640, 1200])
    it(`labels the measured values at ${width} px, inside the canvas and clear of the marker's label`, async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, width);
      const chart = element.chart!;
      const labels = placedValueLabels(chart);
      expect(labels.map((label) => label.text)).to.deep.equal(['473', '814']);
      const [marker] = placedMarkerLabels(chart);
      expect(marker?.text).to.equal('Bostad först');
      for (const box of [...labels, marker!]) {
        expect(box.left, box.text).to.be.at.least(0);
        expect(box.left + box.width, box.text).to.be.at.most(chart.width);
        expect(box.top, box.text).to.be.at.least(0);
        expect(box.top + box.height, box.text).to.be.at.most(chart.height);
      }
      for (const label of labels) {
        expect(overlap(label, marker!), `${label.text} and the marker label`).to.equal(false);
        // The text is drawn, in the theme's text colour.
        expect(pixelsIn(element, label, 'rgb(27, 27, 31)'), label.text).to.be.greaterThan(10);
      }
      const [first, last] = [2017, 2023].map((year) => chart.scales.x!.getPixelForValue(year));
      expect(labels[1]!.left + labels[1]!.width / 2).to.be.closeTo(first!, 1, '814 at 2017');
      expect(labels[0]!.left + labels[0]!.width / 2).to.be.closeTo(last!, 1, '473 at 2023');
    });

  it('places no value label over another, nor above the plot area, where the markers’ labels go', async () => {
    // Twelve years close together at 320 px: every value is to be labelled, and most labels would overlap.
    const rows = Array.from({ length: 12 }, (_, index) => ({ year: 2012 + index, value: 1000 - index * 10 }));
    const element = await renderChart<HomelessTrend>(html`<homeless-trend .data=${rows}></homeless-trend>`, 320);
    const chart = element.chart!;
    const labels = placedValueLabels(chart);
    expect(labels.length, 'some labelled').to.be.at.least(2);
    for (const [index, label] of labels.entries()) {
      expect(label.top, `${label.text} in the plot area`).to.be.at.least(chart.chartArea.top);
      for (const other of labels.slice(index + 1))
        expect(overlap(label, other), `${label.text} and ${other.text}`).to.equal(false);
    }
  });

  it('labels every value of a short series, and only the ends and extremes of a long one', async () => {
    const short = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2005":1000,"2011":1200,"2017":814,"2023":473}'></homeless-trend>`,
    );
    expect(placedValueLabels(short.chart!).map((label) => plainSpaces(label.text))).to.have.members([
      '1 000',
      '1 200',
      '814',
      '473',
    ]);
    short.parentElement!.remove();
    const rows = Array.from({ length: 30 }, (_, index) => ({
      year: 1990 + index,
      value: index === 10 ? 900 : index === 20 ? 100 : 400 + index,
    }));
    const long = await renderChart<HomelessTrend>(html`<homeless-trend .data=${rows}></homeless-trend>`, 1200);
    expect(placedValueLabels(long.chart!).map((label) => label.text)).to.deep.equal(['429', '400', '900', '100']);
  });

  it('says which years were measured, in the summary and the accessible name', async () => {
    const cases: [string, string, string][] = [
      ['sv', '{"2017":814,"2023":473}', 'Uppmätt 2017 och 2023; åren däremellan mättes inte.'],
      ['en', '{"2017":814,"2023":473}', 'Measured in 2017 and 2023; the years in between were not measured.'],
      ['sv', '{"2011":1200,"2017":814,"2023":473}', 'Uppmätt 2011, 2017 och 2023; åren däremellan mättes inte.'],
      [
        'en',
        '{"2010":1,"2011":2,"2012":3,"2015":4}',
        'Measured in 2010 to 2012 and 2015; the years in between were not measured.',
      ],
      // A single year not measured, in one gap or as a gap in the data.
      ['sv', '{"2019":5,"2021":7}', 'Uppmätt 2019 och 2021; året däremellan mättes inte.'],
      ['en', '{"2019":5,"2020":null,"2021":7}', 'Measured in 2019 and 2021; the year in between was not measured.'],
      // Up to six runs of years are listed; more are counted (below).
      [
        'sv',
        '{"2000":1,"2002":2,"2004":3,"2006":4,"2008":5,"2010":6}',
        'Uppmätt 2000, 2002, 2004, 2006, 2008 och 2010; åren däremellan mättes inte.',
      ],
    ];
    for (const [lang, data, sentence] of cases) {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend lang=${lang} data=${data}></homeless-trend>`,
      );
      expect(plainSpaces(partText(element, 'summary'))).to.contain(sentence);
      // Charts draw when near the viewport: keep the next one in view.
      element.parentElement!.remove();
    }
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [String(1960 + index * 3), 10 + index]));
    const sparse = await renderChart<HomelessTrend>(
      html`<homeless-trend data=${JSON.stringify(many)}></homeless-trend>`,
    );
    expect(partText(sparse, 'summary')).to.contain(
      'Uppmätt under 10 av de 28 åren från 1960 till 1987; de övriga mättes inte.',
    );
  });

  it('says nothing of unmeasured years when every year was measured', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2021":500,"2022":480,"2023":473}'></homeless-trend>`,
    );
    expect(partText(element, 'summary')).to.not.contain('Uppmätt');
  });

  it('shows small figures as given, to a hundredth, and none but 0 as 0: table, summary, figure and labels', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2020":0.3,"2021":0.25,"2022":0.004}'></homeless-trend>`,
    );
    const cells = [...element.shadowRoot!.querySelectorAll('tbody td')].map((cell) => cell.textContent.trim());
    expect(cells).to.deep.equal(['0,3', '0,25', '0,004']);
    expect(partText(element, 'summary')).to.contain('från 0,3 personer år 2020 till 0,004 personer år 2022');
    expect(partText(element, 'figure')).to.match(/0,3→ till 0,004 personer$/);
    expect(placedValueLabels(element.chart!).map((label) => label.text)).to.have.members(['0,004', '0,3', '0,25']);
  });

  it('lists only the measured years in the table', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent.trim()),
    );
    expect(rows).to.deep.equal([
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(element.shadowRoot!.querySelector('table + .table-note')?.textContent).to.equal(
      // The marker too: a page's own description may replace the summary, and the table stands on its own.
      'Uppmätt 2017 och 2023; åren däremellan mättes inte. Markering: Bostad först, maj 2022.',
    );
    const consecutive = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2022":480,"2023":473}'></homeless-trend>`,
    );
    expect(consecutive.shadowRoot!.querySelector('.table-note')).to.equal(null);
  });

  it('starts the count axis at zero, however close the values', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend data='{"2017":814,"2023":800}'></homeless-trend>`,
    );
    expect(element.chart!.scales.y!.min).to.equal(0);
    element.parentElement!.remove();
    const bars = await renderChart<HomelessTrend>(
      html`<homeless-trend type="bar" data='{"2017":814,"2023":800}'></homeless-trend>`,
    );
    expect(bars.chart!.scales.y!.min).to.equal(0);
  });

  it('names the period of the headline change', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const figure = element.shadowRoot!.querySelector('[part="figure"]')!;
    // U+2212 minus, no-break space before %, en dash between the years.
    expect(figure.querySelector('.figure-value')!.textContent).to.equal('\u2212' + '42\u00a0%');
    // And a comma only screen readers get, so that "2023" and "814" are not read as one run of numbers.
    expect(figure.querySelector('.figure-period')!.textContent).to.equal('2017\u20132023,');
    const comma = figure.querySelector('.figure-period .spoken')!;
    expect(comma.textContent).to.equal(',');
    expect(comma.getBoundingClientRect().width, 'not seen').to.equal(0);
  });

  it('keeps the labels of markers close together apart at 320 px, and names every marker in the summary', async () => {
    // A month apart, about 3 px at 320 px: the first label goes right of its rule, and the second, with the same
    // room on its right, would go there too, over the first, but for the rule that keeps labels apart.
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        markers='[{"date":"2020-01","label":"Ny strategi"},{"date":"2020-02","label":"Bostad först"}]'
      ></homeless-trend>`,
      320,
    );
    const labels = placedMarkerLabels(element.chart!);
    expect(labels.map((label) => label.text)).to.have.members(['Ny strategi', 'Bostad först']);
    for (const [index, label] of labels.entries())
      for (const other of labels.slice(index + 1))
        expect(overlap(label, other), `${label.text} and ${other.text}`).to.equal(false);
    expect(partText(element, 'summary')).to.contain('Ny strategi').and.contain('Bostad först');
  });

  it("keeps a long marker label off the count axis's top tick", async () => {
    // Late in the series: no room right of the rule, so the label goes left, shortened to the room between
    // the rule and the count axis, whose top tick is level with the labels.
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend
        markers='[{"date":"2022-10","label":"Kommunfullmäktigebeslut om bostadsförsörjning"}]'
      ></homeless-trend>`,
      320,
    );
    const chart = element.chart!;
    const y = chart.scales.y!;
    const top = y.getPixelForValue(y.ticks.at(-1)!.value);
    const tick = { left: y.left, top: top - 6, width: y.width, height: 12 };
    // The middle of October 2022.
    const rule = chart.scales.x!.getPixelForValue(2022 + 9.5 / 12);
    const labels = placedMarkerLabels(chart);
    expect(labels, 'the label is drawn').to.have.length(1);
    const label = labels[0]!;
    expect(label.left + label.width, 'left of its rule').to.be.at.most(rule);
    expect(label.left, 'over the plot, not the axis').to.be.at.least(chart.chartArea.left);
    expect(overlap(label, tick), label.text).to.equal(false);
  });

  it('labels the bars of type="bar" with their values', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend type="bar"></homeless-trend>`);
    const labels = placedValueLabels(element.chart!);
    expect(labels.map((label) => label.text)).to.deep.equal(['473', '814']);
    const [marker] = placedMarkerLabels(element.chart!);
    for (const label of labels) expect(overlap(label, marker!)).to.equal(false);
  });

  for (const width of [320, 1200])
    it(`adapts the ticks to ${width} px: 3 to 6 on the count axis, year labels that never overlap`, async () => {
      const years = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [String(2012 + index), 400 + index]));
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data=${JSON.stringify(years)}></homeless-trend>`,
        width,
      );
      const chart = element.chart!;
      expect(chart.scales.y!.ticks.length).to.be.within(3, 6);
      expect(labelProblems(chart)).to.deep.equal([]);
      const shown = chart.scales.x!.ticks.map((tick) => tick.value);
      expect(shown[0]).to.equal(2012);
      expect(shown[shown.length - 1]).to.equal(2023);
      if (width === 1200) expect(shown).to.have.length(12);
      else expect(shown.length).to.be.below(12);
    });

  for (const width of [320, 1200])
    it(`marks a long series at ${width} px with round years, as many as fit`, async () => {
      const years = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [String(1984 + index), 400 + index]));
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data=${JSON.stringify(years)}></homeless-trend>`,
        width,
      );
      const shown = element.chart!.scales.x!.ticks.map((tick) => tick.value);
      expect(shown.length).to.be.at.least(2);
      const step = shown[1]! - shown[0]!;
      expect([1, 2, 5, 10, 20, 25]).to.include(step);
      for (const year of shown) expect(year % step).to.equal(0);
      expect(labelProblems(element.chart!)).to.deep.equal([]);
      if (width === 1200) expect(step).to.be.at.most(5);
    });
});
