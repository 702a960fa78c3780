import { css } from 'lit';

export const keyFigureStyles = css`
  .figure {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    /* Items aligned to the start are as wide as their longest word, which break-word does not shorten:
       at 3rem a unit like "övernattningsplatser" is wider than 320 px. */
    overflow-wrap: anywhere;
  }
  .figure-value {
    font-size: var(--nc-key-figure-size, 3rem);
  }
`;
