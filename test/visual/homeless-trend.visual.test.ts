import { html } from 'lit';
import '../../src/components/homeless-trend/homeless-trend.js';
import { expectLooksLike, MATRIX, setUpVisualTests, WIDTHS } from './visual-helpers.js';

before(setUpVisualTests);

/** Generated, not real figures: every year from 1994 to 2023. */
const thirtyYears = JSON.stringify(
  Array.from({ length: 30 }, (_, index) => ({
    year: 1994 + index,
    value: Math.round(620 + 180 * Math.sin(index / 3) - 4 * index),
  })),
);

describe('<homeless-trend> screenshots', () => {
  for (const { lang, theme, width, suffix } of MATRIX) {
    it(`default figures, ${suffix}`, async () => {
      await expectLooksLike(
        `homeless-trend-${suffix}`,
        html`<homeless-trend lang=${lang} theme=${theme}></homeless-trend>`,
        width,
      );
    });
  }

  for (const width of WIDTHS) {
    it(`type="bar", sv-light-${width}`, async () => {
      await expectLooksLike(
        `homeless-trend-bar-sv-light-${width}`,
        html`<homeless-trend type="bar"></homeless-trend>`,
        width,
      );
    });

    it(`30 years, sv-light-${width}`, async () => {
      await expectLooksLike(
        `homeless-trend-many-years-sv-light-${width}`,
        html`<homeless-trend
          heading="Testserie 1994–2023"
          source="Genererade tal"
          data=${thirtyYears}
        ></homeless-trend>`,
        width,
      );
    });

    it(`error (invalid JSON), sv-light-${width}`, async () => {
      await expectLooksLike(
        `homeless-trend-error-sv-light-${width}`,
        html`<homeless-trend data="{oops"></homeless-trend>`,
        width,
        'error',
      );
    });

    it(`empty (no rows), sv-light-${width}`, async () => {
      await expectLooksLike(
        `homeless-trend-empty-sv-light-${width}`,
        html`<homeless-trend data="[]"></homeless-trend>`,
        width,
        'error',
      );
    });

    it(`loading (src not answered yet), sv-light-${width}`, async () => {
      await expectLooksLike(
        `homeless-trend-loading-sv-light-${width}`,
        html`<homeless-trend src="/__test__/slow.json?ms=10000&visual=${width}" timeout="60"></homeless-trend>`,
        width,
        'loading',
      );
    });
  }

  it('30 years, en-dark-800', async () => {
    await expectLooksLike(
      'homeless-trend-many-years-en-dark-800',
      html`<homeless-trend
        lang="en"
        theme="dark"
        heading="Test series 1994–2023"
        source="Generated figures"
        data=${thirtyYears}
      ></homeless-trend>`,
      800,
    );
  });
});
