import { css } from 'lit';

export const keyFigureStyles = css`
  .figure {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }
  .figure-value {
    font-size: var(--nc-key-figure-size, 3em);
  }
  /* A long number, and its unit with it, is smaller on a narrow screen, so that up to 15 characters
     ("1 234 567 890,5") fit on one line at 320 px, in a wide font (Verdana) and within the page's 16 px
     margins, rather than breaking between its digits, which would read as two numbers (12vw broke it).
     By the viewport, as WCAG's reflow is: a container query would make the figure add no width to the
     box, and a key figure sized by its content (a row of cards) would squeeze its number. */
  .figure-value.long {
    font-size: min(var(--nc-key-figure-size, 3em), 8vw);
  }
`;
