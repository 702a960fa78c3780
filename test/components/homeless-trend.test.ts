import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/homeless-trend/homeless-trend.js';
import {
  canvasOf,
  chartType,
  dataError,
  paintedPixels,
  partText,
  plainSpaces,
  reduceMotion,
  renderChart,
  rendered,
} from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

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
    expect(plainSpaces(partText(element, 'figure'))).to.equal('−42 % 814→ till 473 personer, 2017–2023');
    expect(partText(element, 'source')).to.equal(
      'Källa: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun',
    );
    expect(plainSpaces(partText(element, 'summary'))).to.equal(
      'Hemlösheten i Norrköping: minskade från 814 personer år 2017 till 473 personer år 2023, en förändring med −42 %. ' +
        'Markering: Bostad först, maj 2022.',
    );
  });

  it('names the chart by its summary for assistive technology', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const plot = element.shadowRoot!.querySelector('[part="chart"]')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.getAttribute('aria-label')).to.equal(partText(element, 'summary'));
  });

  it('speaks English with lang="en"', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend lang="en"></homeless-trend>`);
    expect(partText(element, 'heading')).to.equal('Homelessness in Norrköping');
    expect(partText(element, 'figure')).to.equal('-42% 814→ to 473 people, 2017–2023');
    expect(partText(element, 'source')).to.equal(
      'Source: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun',
    );
    expect(partText(element, 'summary')).to.equal(
      'Homelessness in Norrköping: fell from 814 people in 2017 to 473 people in 2023, a change of -42%. ' +
        'Marked: Housing First, May 2022.',
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

    it('redraws when a child table is edited', async () => {
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
      element.querySelector('tr:last-child td:last-child')!.textContent = '400';
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
      const error = dataError(element);
      await fixture(element);
      const { detail } = await error;
      expect(detail.code).to.equal('NC101');
      expect(partText(element, 'error')).to.equal(
        'Diagrammet kan inte visas Datan är inte giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
      );
      expect(detail.message).to.equal('Datan är inte giltig JSON. Kontrollera citattecken, kommatecken och klamrar.');
      expect(element.chart).to.equal(undefined);
      expect(element.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    });

    it('names the row and value that is not a number', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('data', '[{"year":2017,"value":"many"}]');
      const error = dataError(element);
      await fixture(element);
      const { detail } = await error;
      expect(detail).to.deep.equal({
        code: 'NC103',
        message: 'Värdet "many" på rad 1 är inte ett tal.',
        input: 'many',
      });
    });

    it('says it in English on an English page', async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('lang', 'en');
      element.setAttribute('data', '[{"year":2017,"value":"many"}]');
      const error = dataError(element);
      await fixture(element);
      expect((await error).detail.message).to.equal('The value "many" in row 1 is not a number.');
      expect(partText(element, 'error')).to.contain('The chart cannot be shown');
    });

    it('names the table cell that is not a number', async () => {
      const element = document.createElement('homeless-trend');
      element.innerHTML =
        '<table><tr><th>År</th><th>Antal</th></tr><tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>fyrahundra</td></tr></table>';
      const error = dataError(element);
      await fixture(element);
      expect((await error).detail.message).to.equal('Värdet "fyrahundra" på rad 2 är inte ett tal.');
    });

    it('warns once in the console with the error code', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = document.createElement('homeless-trend');
        element.setAttribute('data', '{oops');
        await fixture(element);
        element.heading = 'Ny rubrik';
        await element.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[norrkoping-charts\] NC101 in <homeless-trend>: /);
    });

    it('keeps the last good chart when new data is invalid, and recovers', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend data='{"2017":814,"2023":473}'></homeless-trend>`,
      );
      element.setAttribute('data', '{"2017":814,"2023":"x"}');
      await element.updateComplete;
      expect(partText(element, 'error')).to.contain('"x"');
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
      expect(partText(element, 'error')).to.contain('Markeringen på rad 1 är ogiltig');
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
