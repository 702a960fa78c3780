import { html, type TemplateResult } from 'lit';
import { refreshStrings } from '../i18n/refresh-strings.js';
import type { Lang } from '../i18n/strings.js';

/**
 * The button that pauses and resumes `refresh` (WCAG 2.2.2), among the chart's buttons. Its name says what
 * pressing it does, and changes with it, as the rotation control of the ARIA Authoring Practices' carousel
 * does; not a toggle with `aria-pressed`, whose name must stay the same: "Pausa uppdateringen", pressed,
 * would leave a reader who sees no pressed state to guess whether the chart is paused.
 */
export const pauseButton = (paused: boolean, lang: Lang, toggle: () => void): TemplateResult =>
  html`<button type="button" @click=${toggle}>
    ${paused ? refreshStrings[lang].resume : refreshStrings[lang].pause}
  </button>`;
