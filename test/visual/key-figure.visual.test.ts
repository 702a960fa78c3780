import { html } from 'lit';
import '../../src/components/key-figure/key-figure.js';
import { expectLooksLike, MATRIX, setUpVisualTests, WIDTHS } from './visual-helpers.js';

before(setUpVisualTests);

describe('<key-figure> screenshots', () => {
  for (const { lang, theme, width, suffix } of MATRIX) {
    it(`default figure, ${suffix}`, async () => {
      await expectLooksLike(`key-figure-${suffix}`, html`<key-figure lang=${lang} theme=${theme}></key-figure>`, width);
    });
  }

  for (const width of WIDTHS) {
    it(`value, unit, change and period, sv-light-${width}`, async () => {
      await expectLooksLike(
        `key-figure-value-sv-light-${width}`,
        html`<key-figure
          heading="Personer i hemlöshet"
          value="473"
          unit="personer"
          change="-42"
          period="2017–2023"
          source="Socialstyrelsen"
        ></key-figure>`,
        width,
      );
    });

    it(`error (value not a number), sv-light-${width}`, async () => {
      await expectLooksLike(
        `key-figure-error-sv-light-${width}`,
        html`<key-figure heading="Personer i hemlöshet" value="fyrahundra" unit="personer"></key-figure>`,
        width,
        'error',
      );
    });

    it(`empty (blank value), sv-light-${width}`, async () => {
      await expectLooksLike(
        `key-figure-empty-sv-light-${width}`,
        html`<key-figure value=""></key-figure>`,
        width,
        'error',
      );
    });
  }
});
