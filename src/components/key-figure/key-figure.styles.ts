import { css } from 'lit';

export const keyFigureStyles = css`
  .figure {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    /* Items aligned to the start are as wide as their longest word, which break-word does not shorten:
       at 3rem a unit like "övernattningsplatser" is wider than 320 px. */
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  .figure-value {
    font-size: var(--nc-key-figure-size, 3rem);
  }
  /* A long number is smaller where the box is narrow, so that up to 15 characters ("1 234 567 890,5") fit
     on one line at 320 px rather than breaking between its digits, which would read as two numbers. */
  .figure-number.long {
    font-size: min(1em, 13cqi);
  }
`;
