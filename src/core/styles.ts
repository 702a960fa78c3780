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
    --_unmeasured: var(--nc-color-unmeasured, var(--nc-color-series-1, #5a8cc4));
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
    --_unmeasured: var(--nc-color-unmeasured, var(--nc-color-series-1, #4f7bb3));
    --_series-2: var(--nc-color-series-2, #ffa060);
    --_marker: var(--nc-color-marker, #d3d6dc);
    --_error: var(--nc-color-error, #ffb3b5);
    --_error-background: var(--nc-color-error-background, #3b1416);
    --_link: var(--nc-color-link, #9ccaff);
    --_focus: var(--nc-color-focus, #9ccaff);
    color-scheme: dark;
  }
  /* Forced colours (Windows High Contrast): the system's colours win over every theme and token. The
     canvas is not recoloured by the browser, so the chart is drawn in these colours explicitly. Marks and
     the focus ring are CanvasText, never Highlight: Highlight is a selection's background, with no promise
     of contrast against Canvas (Firefox on Linux: 2.9:1 on white, translucent on black). The second series
     stays apart by its stripes. */
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
      --_series-2: CanvasText;
      --_marker: CanvasText;
      --_error: CanvasText;
      --_error-background: Canvas;
      --_link: LinkText;
      --_focus: CanvasText;
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
      --_unmeasured: var(--nc-color-unmeasured, var(--nc-color-series-1, #5a8cc4));
      --_series-2: var(--nc-color-series-2, #b4470f);
      --_marker: #000000;
      --_error: #a4161a;
      --_error-background: #fdeced;
      color-scheme: light;
    }
  }
`;

/** Layout shared by every component: heading, headline figure, body, summary, source; a 4 px spacing scale. */
export const baseStyles = css`
  /* The page's font, colours and text size are inherited; not how a block of its text is laid out (a card's
     nowrap ran the text off a 320 px screen, pre-wrap showed the template's white space as blank lines,
     centred or indented text began lines where the plot does not, vertical type left the plot no width). */
  :host {
    display: block;
    font-family: var(--nc-font-family, inherit);
    --_space: var(--nc-space, 4px);
    white-space: normal;
    text-align: start;
    text-indent: 0;
    writing-mode: horizontal-tb;
    /* Whole in one column of a page set in columns, and on one sheet of paper where it fits. */
    break-inside: avoid;
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
    -webkit-hyphens: auto; /* Safari 16 */
    hyphens: auto;
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--nc-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
  }
  .figure {
    margin: 0 0 calc(var(--_space) * 3);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 3);
    /* A figure wider than the column breaks rather than widen the page: 1e300 grouped with no-break spaces,
       or a key figure's unit such as "övernattningsplatser" at 3em (break-word would not shorten an item
       aligned to the start, which is as wide as its longest word). */
    overflow-wrap: anywhere;
  }
  .figure-value {
    font-size: var(--nc-figure-size, 2em);
    font-weight: 700;
    line-height: 1.1;
    /* A unit in the big figure breaks whole onto its own line ("473 / personer"), not as "perso-ner". */
    -webkit-hyphens: manual;
    hyphens: manual;
  }
  .figure-detail {
    color: var(--_text-muted);
  }
  .summary {
    margin: calc(var(--_space) * 3) 0 0;
  }
  .source {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .source a {
    color: var(--_link);
  }
  .source a:focus-visible,
  .error:focus-visible,
  .nc:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
    border-left: 4px solid var(--_error);
    background: var(--_error-background);
    color: var(--_text);
  }
  /* Punctuation and words only screen readers get, inside a line: read as part of it. Out of sight by
     position, Firefox makes each an object of its own, which Orca read as a line of its own ("punkt"); and
     Chromium dropped the spaces round a hidden word. */
  .spoken {
    font-size: 0;
    white-space: pre;
  }
  @media print {
    .nc {
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
`;
