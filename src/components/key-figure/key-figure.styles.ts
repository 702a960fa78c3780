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
  /* A long number is smaller on a narrow screen, so that up to 15 characters ("1 234 567 890,5") fit on
     one line at 320 px rather than breaking between its digits, which would read as two numbers. By the
     viewport, as WCAG's reflow is: a container query would make the figure add no width to the box, and
     a key figure sized by its content (a row of cards) would squeeze its number. */
  .figure-number.long {
    font-size: min(1em, 12vw);
  }
`;
