import { css } from 'lit';

export const preventionStatsStyles = css`
  /* Centred on one line; wrapped, the items start at the same edge, so their swatches line up. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    width: fit-content;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 4);
    margin: calc(var(--_space) * 2) auto 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .swatch {
    flex: none;
    width: 1.5em;
    height: 1em;
    box-sizing: border-box;
    border: 2px solid var(--_series-1);
    background: var(--_series-1);
    /* The swatches are the legend's meaning: keep them in forced colours, where the tokens are system colours. */
    forced-color-adjust: none;
    /* Browsers leave backgrounds off paper by default; these carry meaning. */
    print-color-adjust: exact;
  }
  /* The same stripes as the children's bars (patterns.ts). */
  .swatch.children {
    border-color: var(--_series-2);
    background: repeating-linear-gradient(135deg, var(--_series-2) 0 2px, var(--_background) 2px 5.6px);
  }
  .figure-group {
    display: inline-flex;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
`;
