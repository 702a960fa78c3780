import { css } from 'lit';

/** The builder's look: a form beside a sticky preview, with WCAG AA contrast and a visible focus ring. */
export const chartBuilderStyles = css`
  :host {
    --_text: #1b1b1f;
    --_muted: #4a4d55;
    --_accent: #1d5fa5;
    --_accent-dark: #144577;
    --_border: #6b6e75;
    --_line: #dcdde1;
    --_surface: #f5f6f8;
    --_error: #a4161a;
    --_error-background: #fdeced;
    display: block;
    color: var(--_text);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .builder {
    max-width: 1400px;
    margin: 0 auto;
    padding: 1rem;
  }

  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    flex-wrap: wrap;
  }

  h1 {
    margin: 0;
    font-size: 1.75rem;
  }

  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }

  .intro {
    margin: 0.25rem 0 1.25rem;
    max-width: 70ch;
    color: var(--_muted);
  }

  .layout {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: start;
    }
  }

  fieldset {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 700;
    font-size: 1.05rem;
  }

  label {
    display: block;
    font-weight: 600;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: baseline;
    margin: 0.25rem 0;
  }

  .choice label {
    display: inline;
  }

  .choice .hint {
    grid-column: 2;
  }

  .hint {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .field {
    margin: 0 0 0.75rem;
  }

  .grid {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }

  input[type='text'],
  input[type='url'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: var(--_text);
    background: #fff;
    font: inherit;
  }

  input[aria-invalid='true'] {
    border: 2px solid var(--_error);
    background: var(--_error-background);
  }

  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875rem;
  }

  input[type='radio'],
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  button {
    min-height: 2.5rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    color: var(--_accent);
    background: #fff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:hover {
    background: #e8f0f9;
  }

  button.primary {
    color: #fff;
    background: var(--_accent);
  }

  button.primary:hover {
    background: var(--_accent-dark);
  }

  button.icon {
    min-width: 2.5rem;
    padding: 0.25rem 0.5rem;
    font-size: 1.25rem;
    line-height: 1;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }

  table.figures {
    width: 100%;
    border-collapse: collapse;
  }

  table.figures th {
    padding: 0.25rem 0.375rem;
    text-align: left;
    font-size: 0.875rem;
    border-bottom: 2px solid var(--_line);
  }

  table.figures td {
    padding: 0.25rem 0.375rem;
  }

  table.figures td:last-child,
  table.figures th:last-child {
    width: 3rem;
  }

  input.number {
    text-align: right;
  }

  .existing {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: #fff;
  }

  .existing summary {
    font-weight: 700;
    cursor: pointer;
  }

  .existing[open] summary {
    margin-bottom: 0.5rem;
  }

  .existing button {
    margin-top: 0.5rem;
  }

  .paste {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_line);
  }

  .paste button {
    margin-top: 0.5rem;
  }

  .marker {
    display: grid;
    grid-template-columns: 8rem 1fr auto;
    gap: 0.5rem;
    margin: 0.25rem 0;
  }

  .marker-head {
    margin-bottom: 0;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .status {
    margin: 0.25rem 0;
    min-height: 1.5em;
    font-size: 0.875rem;
  }

  .error {
    margin: 0.25rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_error);
    color: var(--_error);
    background: var(--_error-background);
  }

  .notice {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .note {
    margin: 0.25rem 0 0.5rem;
    color: var(--_error);
  }

  .preview-section,
  .code {
    margin-bottom: 1rem;
    padding: 1rem;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: var(--_surface);
  }

  .preview {
    padding: 0.5rem;
    background: #fff;
    border-radius: 4px;
  }

  .code fieldset {
    background: transparent;
    border-color: var(--_line);
  }

  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  .kinds .hint {
    flex-basis: 100%;
    margin: 0.25rem 0 0;
  }

  #output {
    margin-bottom: 0.75rem;
    white-space: pre;
    overflow-x: auto;
  }

  .copy {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-bottom: 0.5rem;
  }

  .copy .status {
    margin: 0;
  }

  #output {
    background: #fff;
  }

  .code .field {
    margin: 0;
  }

  .lang-switch {
    padding: 0.25rem 0.75rem;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
`;
