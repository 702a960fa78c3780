import { html } from 'lit';
import type { Args, Decorator } from '@storybook/web-components-vite';

/** The page's language, from the toolbar: the components read it from their nearest ancestor with `lang`. */
export type PageLang = 'sv' | 'en';

/** The components' `theme`, from the toolbar (`light` is their default). */
export type PageTheme = 'light' | 'dark' | 'auto';

type Globals = Readonly<Record<string, unknown>>;

const THEMES: readonly PageTheme[] = ['light', 'dark', 'auto'];

export const pageLang = (globals: Globals): PageLang => (globals.lang === 'en' ? 'en' : 'sv');

/** A story's own `theme` argument wins over the toolbar's. */
export function pageTheme(args: Args, globals: Globals): PageTheme {
  const chosen: unknown = args.theme ?? globals.theme;
  return THEMES.find((theme) => theme === chosen) ?? 'light';
}

/**
 * Wraps every story in a "page": an element with the toolbar's `lang` (the iframe's own document says
 * `lang="en"`, so without it every component would be English) and a background that matches the theme.
 * A story shown alone sets the page's text size from its `textSize` parameter (`200%`, say), or back to the
 * browser's; on a docs page only a story in a frame of its own does (`docs.story.inline: false`).
 */
export const withPage: Decorator = (story, { args, globals, parameters, viewMode }) => {
  const size: unknown = parameters.textSize;
  document.documentElement.style.fontSize = viewMode === 'story' && typeof size === 'string' ? size : '';
  return html`<div class="nc-page" lang=${pageLang(globals)} data-theme=${pageTheme(args, globals)}>${story()}</div>`;
};
