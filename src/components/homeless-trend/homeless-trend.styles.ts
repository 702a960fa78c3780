import { css } from 'lit';

export const homelessTrendStyles = css`
  .arrow {
    padding: 0 0.25em;
  }
`;
