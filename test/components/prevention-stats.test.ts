import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/prevention-stats/prevention-stats.js';
import { canvasOf, chartType, dataError, paintedPixels, partText, reduceMotion, renderChart } from '../helpers.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);

const series = (element: PreventionStats) =>
  element.chart?.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data }));

describe('<prevention-stats>', () => {
  it("draws Norrköping's 2023 figures as two bars with no attributes", async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
    expect(chartType(element)).to.equal('bar');
    expect(element.chart?.data.labels).to.deep.equal(['2023']);
    expect(series(element)).to.deep.equal([
      { label: 'Barnfamiljer som bor kvar', data: [53] },
      { label: 'Barn som bor kvar', data: [109] },
    ]);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    expect(partText(element, 'heading')).to.equal('Vräkningsförebyggande arbete');
    expect(partText(element, 'figure')).to.equal('53 barnfamiljer 109 barn, 2023');
    expect(partText(element, 'summary')).to.equal(
      'Vräkningsförebyggande arbete: 53 barnfamiljer med sammanlagt 109 barn kunde bo kvar i sina hem år 2023.',
    );
    expect(partText(element, 'source')).to.equal('Källa: Norrköpings kommun, Vräkningsförebyggande arbete');
  });

  it('tells the two series apart by an HTML legend with swatches like the bars, not only by colour', async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
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
    expect(partText(element, 'figure')).to.equal('53 families with children 109 children, 2023');
    expect(series(element)!.map((dataset) => dataset.label)).to.deep.equal([
      'Families with children who stayed',
      'Children who stayed',
    ]);
    expect(partText(element, 'source')).to.equal('Source: Norrköpings kommun, Vräkningsförebyggande arbete');
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
      expect(partText(element, 'figure')).to.equal('53 barnfamiljer 109 barn, 2023');
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

  it('reports a missing column with the row', async () => {
    const element = document.createElement('prevention-stats');
    element.setAttribute('data', '[{"year":2023,"families":53}]');
    const error = dataError(element);
    await fixture(element);
    const { detail } = await error;
    expect(detail.code).to.equal('NC106');
    expect(detail.message).to.equal('Värdet för barn saknas på rad 1.');
    expect(partText(element, 'error')).to.contain('Värdet för barn saknas på rad 1.');
  });

  it('reports a duplicate year', async () => {
    const element = document.createElement('prevention-stats');
    element.setAttribute('lang', 'en');
    element.setAttribute(
      'data',
      '[{"year":2023,"families":53,"children":109},{"year":2023,"families":1,"children":2}]',
    );
    const error = dataError(element);
    await fixture(element);
    expect((await error).detail.message).to.equal('The year 2023 occurs more than once (row 2).');
  });
});
