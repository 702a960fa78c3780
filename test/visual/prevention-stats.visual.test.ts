import { html } from 'lit';
import '../../src/components/prevention-stats/prevention-stats.js';
import { expectLooksLike, MATRIX, setUpVisualTests, WIDTHS } from './visual-helpers.js';

before(setUpVisualTests);

/** Generated, not real figures: six years of families and children. */
const sixYears = JSON.stringify([
  { year: 2018, families: 31, children: 64 },
  { year: 2019, families: 38, children: 80 },
  { year: 2020, families: 35, children: 71 },
  { year: 2021, families: 44, children: 97 },
  { year: 2022, families: 49, children: 101 },
  { year: 2023, families: 53, children: 109 },
]);

describe('<prevention-stats> screenshots', () => {
  for (const { lang, theme, width, suffix } of MATRIX) {
    it(`default figures, ${suffix}`, async () => {
      await expectLooksLike(
        `prevention-stats-${suffix}`,
        html`<prevention-stats lang=${lang} theme=${theme}></prevention-stats>`,
        width,
      );
    });
  }

  for (const width of WIDTHS) {
    it(`six years, sv-light-${width}`, async () => {
      await expectLooksLike(
        `prevention-stats-many-years-sv-light-${width}`,
        html`<prevention-stats
          heading="Testserie 2018–2023"
          source="Genererade tal"
          data=${sixYears}
        ></prevention-stats>`,
        width,
      );
    });

    it(`a count not known, sv-light-${width}`, async () => {
      await expectLooksLike(
        `prevention-stats-count-not-known-sv-light-${width}`,
        html`<prevention-stats
          heading="Testserie 2022–2023"
          source="Genererade tal"
          data='[{"year":2022,"families":40,"children":90},{"year":2023,"families":null,"children":109}]'
        ></prevention-stats>`,
        width,
      );
    });

    it(`error (invalid JSON), sv-light-${width}`, async () => {
      await expectLooksLike(
        `prevention-stats-error-sv-light-${width}`,
        html`<prevention-stats data="{oops"></prevention-stats>`,
        width,
        'error',
      );
    });

    it(`empty (no rows), sv-light-${width}`, async () => {
      await expectLooksLike(
        `prevention-stats-empty-sv-light-${width}`,
        html`<prevention-stats data="[]"></prevention-stats>`,
        width,
        'error',
      );
    });

    it(`loading (src not answered yet), sv-light-${width}`, async () => {
      await expectLooksLike(
        `prevention-stats-loading-sv-light-${width}`,
        html`<prevention-stats src="/__test__/slow.json?ms=10000&visual=${width}" timeout="60"></prevention-stats>`,
        width,
        'loading',
      );
    });
  }

  it('six years, en-dark-800', async () => {
    await expectLooksLike(
      'prevention-stats-many-years-en-dark-800',
      html`<prevention-stats
        lang="en"
        theme="dark"
        heading="Test series 2018–2023"
        source="Generated figures"
        data=${sixYears}
      ></prevention-stats>`,
      800,
    );
  });
});
