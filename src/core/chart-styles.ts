import { css } from 'lit';

// Apart from core/styles: a module is bundled whole, and <key-figure> has no chart.
/** The plot area reserves its height from its width before the chart draws, so the page never jumps. */
export const chartStyles = css`
  /* With --nc-content-visibility: auto (a page of many charts), a chart far from the viewport costs no
     style, layout or paint until it comes near; its text stays in the accessibility tree, the tab order
     and find-in-page. Not the default: automated checkers (axe) cannot read the colours of text not laid
     out, and a full-page screenshot shows such charts blank. Until first laid out it holds about a chart's
     height (499-701 px at 320-800 px wide); its width comes from the page, as without it. */
  :host {
    content-visibility: var(--nc-content-visibility, visible);
    contain-intrinsic-size: auto none auto 36em;
  }
  /* Drawn wherever it is: laid out wherever it is, or its plot would have no size to draw at. */
  :host([eager]) {
    content-visibility: visible;
  }
  /* At most the viewport's height less room for the heading, so that a phone turned sideways (390 px tall)
     shows the heading and the whole plot; svh, so that a URL bar coming and going does not resize it. A
     least height wins; none (or a value that is not a length) lets the plot take its height from its width.
     The row the ::before gives goes on below a box so capped: clipped, so that it neither catches the
     pointer over the text below nor lengthens the page. */
  .chart,
  .chart-placeholder {
    position: relative;
    display: grid;
    min-height: var(--nc-chart-min-height, 12em);
    max-height: var(--nc-chart-max-height, calc(100svh - 10em));
    overflow: clip;
  }
  /* The height from the width at the aspect ratio, as a percentage padding: a box with aspect-ratio and a
     least height could not be narrower than that height times the ratio (341 px at 12em), too wide for a
     320 px screen wherever a page lays the component out by its content (grid and flex items). */
  .chart::before,
  .chart-placeholder::before {
    content: '';
    grid-area: 1 / 1;
    padding-top: calc(100% / (var(--nc-aspect-ratio, 16 / 9)));
  }
  /* In the middle of the box, which a cap may make lower than that row. */
  .chart-placeholder > * {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
  }
  /* Until drawn (sized in px by the chart) a canvas is 300 px wide: more than a 320 px screen leaves it. Chart.js
     sets this display and box-sizing on the canvas it draws on: given first here, they lay nothing out again. */
  .chart canvas {
    position: absolute;
    inset: 0;
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
  }
  .chart-placeholder {
    margin: 0;
    color: var(--_text-muted);
  }
  /* While src loads, the room the text around the chart will take (see NcElement's render): unseen, and out of
     the accessibility tree. A class, not :has(), which Firefox before 121 lacks: a rule a browser drops would show
     the embedded figures laid out for the room. (Every browser that runs the ES2022 code has :is().) */
  .loading > :is(.figure, .summary, .actions, .table-slot, .source) {
    visibility: hidden;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translateX(-50%);
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border-radius: var(--nc-radius, 4px);
    background: var(--_text);
    /* The theme's own page colour, not --_background, which a page may make transparent. */
    color: Canvas;
    font-size: 0.875em;
    /* One line where the plot has room; wrapped within it where not (320 px, text at 200 %). */
    box-sizing: border-box;
    width: max-content;
    max-width: 100%;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  /* Black on a light --_text, white on a dark one, split at a luminance of 0.18: at least 4.5:1 on any
     colour a page sets, where Canvas follows the theme and not the page's colours. In @supports: with a
     var(), a colour the browser cannot read would not fall back to Canvas but take the text's colour. */
  @supports (color: color(from red srgb-linear calc(r) g b)) {
    .tooltip {
      --_white: clamp(0, (0.18 - 0.2126 * r - 0.7152 * g - 0.0722 * b) * 1e9, 1);
      color: color(from var(--_text) srgb-linear var(--_white) var(--_white) var(--_white));
    }
  }
  /* Not inverted here: text in Canvas disappears on the Canvas backplate the browser puts behind it. */
  @media (forced-colors: active) {
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
  .chart:focus,
  .chart-placeholder:focus {
    outline: none;
  }
  .chart:focus-visible,
  .chart-placeholder:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0 0;
  }
  .actions button {
    font: inherit;
    font-size: 0.875em;
    min-height: 2.75em;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    color: var(--_link);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--nc-radius, 4px);
    cursor: pointer;
  }
  /* Not on a touch screen, where a tapped button would keep its hover style until the next tap elsewhere. */
  @media (hover: hover) {
    .actions button:hover {
      text-decoration: underline;
    }
  }
  .actions button:focus-visible,
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* For screen readers only: the live region of the point on focus, the table while not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Hidden, the table is for screen readers only: laid out only near the viewport (it stays in the
     accessibility tree). On a page of many charts most of their layout was these tables. On its slot, as
     the clipped table has no area the browser could find near the viewport. */
  .table-slot:has(> .visually-hidden) {
    content-visibility: auto;
  }
  /* Relative: the containing block of the hidden texts in its cells, which would otherwise stand out past
     it, at their place in a table wider than the screen, and scroll the page sideways (seen in Firefox). */
  .table-wrap:not(.visually-hidden) {
    position: relative;
    margin: calc(var(--_space) * 3) 0 0;
    overflow-x: auto;
  }
  /* As wide as the chart: a table of two narrow columns would otherwise sit at the start, with its caption
     wrapped to its width. */
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(var(--_space) * 2);
  }
  .table-note {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  th,
  td {
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  th[scope='row'],
  th[scope='col']:first-child {
    text-align: start;
  }
  /* Paper has no pointer and no buttons; the chart, its labels, summary and source remain. */
  @media print {
    .actions,
    .tooltip {
      display: none;
    }
    .chart:focus-visible {
      outline: none;
    }
    /* The paper's width is known only once the page is laid out for it, after the chart was drawn:
       the drawing (at twice the pixels, see commonOptions) is scaled to fill its box, not stretched where
       the screen's height capped the box it was drawn in and the paper's does not. */
    .chart canvas {
      width: 100% !important;
      height: 100% !important;
      object-fit: contain;
    }
  }
`;
