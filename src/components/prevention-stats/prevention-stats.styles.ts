import { css } from 'lit';

export const preventionStatsStyles = css`
  .figure-group {
    display: inline-flex;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
`;
