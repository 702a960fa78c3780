import { css } from 'lit';

/**
 * Design tokens. Public `--nc-*` custom properties, set by a page on the element or any ancestor,
 * override the defaults of both themes; the components read only the private `--_*` tokens.
 */
export const tokenStyles = css`
  .nc {
    --_background: var(--nc-color-background, #ffffff);
    --_text: var(--nc-color-text, #1b1b1f);
    --_text-muted: var(--nc-color-text-muted, #4a4d55);
    --_grid: var(--nc-color-grid, #dcdde1);
    --_axis: var(--nc-color-axis, #5c5f66);
    --_series-1: var(--nc-color-series-1, #1d5fa5);
    --_unmeasured: var(--nc-color-unmeasured, #5a8cc4);
    --_series-2: var(--nc-color-series-2, #b4470f);
    --_marker: var(--nc-color-marker, #3d3f45);
    --_error: var(--nc-color-error, #a4161a);
    --_error-background: var(--nc-color-error-background, #fdeced);
    --_link: var(--nc-color-link, #1d5fa5);
    --_focus: var(--nc-color-focus, #1d5fa5);
    color-scheme: light;
  }
  .nc.dark {
    --_background: var(--nc-color-background, #17191e);
    --_text: var(--nc-color-text, #f1f2f4);
    --_text-muted: var(--nc-color-text-muted, #c3c6cc);
    --_grid: var(--nc-color-grid, #3a3e46);
    --_axis: var(--nc-color-axis, #a9adb5);
    --_series-1: var(--nc-color-series-1, #7db7ff);
    --_unmeasured: var(--nc-color-unmeasured, #4f7bb3);
    --_series-2: var(--nc-color-series-2, #ffa060);
    --_marker: var(--nc-color-marker, #d3d6dc);
    --_error: var(--nc-color-error, #ffb3b5);
    --_error-background: var(--nc-color-error-background, #3b1416);
    --_link: var(--nc-color-link, #9ccaff);
    --_focus: var(--nc-color-focus, #9ccaff);
    color-scheme: dark;
  }
  /* Forced colours (Windows High Contrast): the system's colours win over every theme and token. The
     canvas is not recoloured by the browser, so the chart is drawn in these colours explicitly. */
  @media (forced-colors: active) {
    .nc,
    .nc.dark {
      --_background: Canvas;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_series-1: CanvasText;
      --_unmeasured: CanvasText;
      --_series-2: Highlight;
      --_marker: CanvasText;
      --_error: CanvasText;
      --_error-background: Canvas;
      --_link: LinkText;
      --_focus: Highlight;
    }
  }
  /* Paper is white, and often printed in greys: black text and the light theme's marks, whatever the
     screen's theme. Series stay apart by pattern, dash and label, not by colour. */
  @media print {
    .nc,
    .nc.dark {
      --_background: #ffffff;
      --_text: #000000;
      --_text-muted: #333333;
      --_grid: #c8c8c8;
      --_axis: #333333;
      --_series-1: var(--nc-color-series-1, #1d5fa5);
      --_unmeasured: var(--nc-color-unmeasured, #5a8cc4);
      --_series-2: var(--nc-color-series-2, #b4470f);
      --_marker: #000000;
      --_link: #000000;
      color-scheme: light;
    }
  }
`;

/** Layout shared by every component: heading, headline figure, body, summary, source; a 4 px spacing scale. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--nc-font-family, inherit);
    --_space: var(--nc-space, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  .nc {
    box-sizing: border-box;
    padding: calc(var(--_space) * 4);
    background: var(--_background);
    color: var(--_text);
    border-radius: var(--nc-radius, 4px);
    font-variant-numeric: tabular-nums;
    line-height: 1.4;
    /* Long Swedish compounds ("Vräkningsförebyggande") must wrap rather than overflow at 320 px. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--nc-heading-size, 1.25rem);
    font-weight: 700;
    line-height: 1.25;
  }
  .nowrap {
    white-space: nowrap;
  }
  .figure {
    margin: 0 0 calc(var(--_space) * 3);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 3);
  }
  .figure-value {
    font-size: var(--nc-figure-size, 2rem);
    font-weight: 700;
    line-height: 1.1;
  }
  .figure-detail {
    color: var(--_text-muted);
  }
  .summary {
    margin: calc(var(--_space) * 3) 0 0;
  }
  .source {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .source a {
    color: var(--_link);
  }
  .error {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
    border-left: 4px solid var(--_error);
    background: var(--_error-background);
    color: var(--_text);
  }
  .error strong {
    display: block;
  }
  @media print {
    .nc {
      break-inside: avoid;
      padding: calc(var(--_space) * 2) 0;
    }
    /* On paper a link cannot be followed: print where it goes. */
    .source a {
      color: inherit;
    }
    .source a::after {
      content: ' (' attr(href) ')';
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The plot area reserves its height from its width before the chart draws, so the page never jumps. */
export const chartStyles = css`
  .chart,
  .chart-placeholder {
    position: relative;
    width: 100%;
    aspect-ratio: var(--nc-aspect-ratio, 16 / 9);
    min-height: var(--nc-chart-min-height, 12rem);
  }
  .chart canvas {
    position: absolute;
    inset: 0;
  }
  .chart-placeholder {
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_text-muted);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translateX(-50%);
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border-radius: var(--nc-radius, 4px);
    background: var(--_text);
    color: var(--_background);
    font-size: 0.875rem;
    white-space: nowrap;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  /* Not inverted here: text in Canvas disappears on the Canvas backplate the browser puts behind it. */
  @media (forced-colors: active) {
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
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
    font-size: 0.875rem;
    min-height: 2.75em;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    color: var(--_link);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--nc-radius, 4px);
    cursor: pointer;
  }
  .actions button:hover {
    text-decoration: underline;
  }
  .actions button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap:not(.visually-hidden) {
    margin: calc(var(--_space) * 3) 0 0;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(var(--_space) * 2);
  }
  .table-note,
  .table-source {
    display: block;
    font-weight: 400;
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
       the drawing (at twice the pixels, see commonOptions) is scaled to fill its box. */
    .chart canvas {
      width: 100% !important;
      height: 100% !important;
    }
  }
`;
