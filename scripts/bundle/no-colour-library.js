// Stands in for @kurkle/color, Chart.js's colour library, in the self-contained bundles (rollup.config.mjs):
// it is 3.6 KiB of their 70 KiB gzip, and our charts never reach it. Chart.js calls it only to derive hover
// colours and to blend colours in an animation; src/core/chart-options.ts gives the hover colours and turns
// colour animation off. Should a path reach it anyway, every colour reads as one it cannot parse, which
// Chart.js already handles: no derived hover colour (the element's own is used) and no blending (the new
// colour at once). test/bundle checks the bundles draw, hover and change theme without an error.
export class Color {
  valid = false;

  mix() {
    return this;
  }

  saturate() {
    return this;
  }

  darken() {
    return this;
  }

  hexString() {
    return undefined;
  }
}
