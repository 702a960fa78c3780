import { css } from 'lit';

export const homelessTrendStyles = css`
  .arrow {
    padding: 0 var(--_space);
  }
  /* The period names the change it follows: "−42 % 2017–2023". */
  .figure-period {
    font-size: 1.125em;
    font-weight: 700;
    white-space: nowrap;
  }
  /* The two measurements behind the change, on a line of their own. */
  .figure-line {
    flex-basis: 100%;
  }
`;
