import { asText } from '../data/as-text.js';
import { en } from './en.js';
import { sv } from './sv.js';
import type { Lang, Strings } from './strings.js';

export const DEFAULT_LANG: Lang = 'sv';

const STRINGS: Readonly<Record<Lang, Strings>> = { sv, en };

/** Maps a BCP 47 tag to a supported language: "en-GB" → "en", "sv-SE" → "sv"; others → null. */
export function supportedLang(tag: unknown): Lang | null {
  const primary = asText(tag).trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'sv' || primary === 'en' ? primary : null;
}

/** The strings for a tag; an unsupported or missing tag gives Swedish, the default. */
export function stringsFor(tag: string | null | undefined): Strings {
  return STRINGS[supportedLang(tag) ?? DEFAULT_LANG];
}
