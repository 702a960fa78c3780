import { css } from 'lit';

export const keyFigureStyles = css`
  .figure {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }
  .figure-value {
    font-size: var(--nc-key-figure-size, 3rem);
  }
`;
