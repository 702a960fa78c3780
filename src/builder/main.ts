/**
 * The builder page's script (`dist/builder.js`): defines the components and `<chart-builder>`, points the
 * snippets at the folder this script was published in, and keeps the page's language and title in step
 * with the builder's.
 */
import './chart-builder.js';
import { BUILDER_STRINGS } from './builder-strings.js';
import type { Lang } from '../i18n/index.js';

const builder = document.querySelector('chart-builder');
if (builder) {
  builder.base = new URL('.', import.meta.url).href.replace(/\/$/, '');
  const setPage = (lang: Lang): void => {
    document.documentElement.lang = lang;
    document.title = BUILDER_STRINGS[lang].title + ' – norrkoping-charts';
  };
  setPage(builder.uiLang);
  builder.addEventListener('lang-change', (event) => setPage((event as CustomEvent<{ lang: Lang }>).detail.lang));
}
