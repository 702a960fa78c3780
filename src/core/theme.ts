import { media, PRINT, watchMedia } from './media.js';

export type ThemeName = 'light' | 'dark' | 'auto';

export const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** `auto` follows the reader's colour scheme; anything but `dark` and `auto` is light. */
export function resolveTheme(theme: string | null | undefined): 'light' | 'dark' {
  if (theme === 'dark') return 'dark';
  return theme === 'auto' && media(DARK_SCHEME).matches ? 'dark' : 'light';
}

/**
 * Calls `onChange` when the reader's colour scheme changes, and when printing starts or ends (paper has
 * its own palette, see `tokenStyles`, which the canvas must be redrawn in); returns the stop function.
 */
export function watchColorScheme(onChange: () => void): () => void {
  const stops = [watchMedia(DARK_SCHEME, onChange), watchMedia(PRINT, onChange)];
  return () => stops.forEach((stop) => stop());
}

/** Calls `onChange` when forced colours (Windows High Contrast) are turned on or off; returns the stop function. */
export const watchForcedColors = (onChange: () => void): (() => void) =>
  watchMedia('(forced-colors: active)', onChange);
