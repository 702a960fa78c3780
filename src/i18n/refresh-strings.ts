import type { Lang } from './strings.js';

/**
 * The texts of the button that pauses `refresh`: in a module of their own, loaded with the code that fetches
 * `src`, so that pages without it do not load them. Each says what pressing the button does.
 */
export interface RefreshStrings {
  readonly pause: string;
  readonly resume: string;
}

export const refreshStrings: Readonly<Record<Lang, RefreshStrings>> = {
  sv: { pause: 'Pausa uppdateringen', resume: 'Återuppta uppdateringen' },
  en: { pause: 'Pause updates', resume: 'Resume updates' },
};
