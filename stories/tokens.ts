import { chartStyles } from '../src/core/chart-styles.js';
import { baseStyles, tokenStyles } from '../src/core/styles.js';
import { homelessTrendStyles } from '../src/components/homeless-trend/homeless-trend.styles.js';
import { keyFigureStyles } from '../src/components/key-figure/key-figure.styles.js';
import { preventionStatsStyles } from '../src/components/prevention-stats/prevention-stats.styles.js';
import { elements } from '../.storybook/manifest.js';

/**
 * The design tokens as the Introduction page shows them, read from the components' own style sheets
 * (src/core/styles.ts and the components' styles), so the page cannot drift from the code.
 * scripts/test-storybook.mjs checks that the page lists every `var(--nc-…)` used in src/.
 */

/** A colour token with its default in each theme, and the system colour that replaces it in forced colours. */
export interface ColourToken {
  readonly name: string;
  readonly light: string;
  readonly dark: string;
  readonly forced: string;
  readonly description: string;
}

/** Any other token (font, spacing, sizes) with its default. */
export interface OtherToken {
  readonly name: string;
  readonly fallback: string;
  readonly description: string;
}

/** `var(--nc-name, fallback)`, the fallback allowed one level of parentheses. */
const VAR = /var\(\s*(--nc-[a-z0-9-]+)\s*,\s*((?:[^()]|\([^()]*\))*?)\s*\)/g;
/** `--_private: …;` */
const DECLARATION = /(--_[a-z0-9-]+)\s*:\s*([^;]+);/g;

/** The rules of a style sheet with no nesting but @media, as [selector, body, inside @media]. */
function rules(cssText: string): { selector: string; body: string; media: string | null }[] {
  const result: { selector: string; body: string; media: string | null }[] = [];
  const media = /@media([^{]+)\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g;
  const flat = (text: string, inMedia: string | null) => {
    for (const match of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      result.push({ selector: (match[1] ?? '').trim(), body: match[2] ?? '', media: inMedia });
    }
  };
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(media)) flat(match[2] ?? '', (match[1] ?? '').trim());
  flat(text.replace(media, ''), null);
  return result;
}

/**
 * What the components say of one token or part, each text once: a text all of them give alone, else each
 * after the components that give it ("<key-figure>: The large figure…").
 */
function described(byTag: readonly (readonly [tag: string, description: string])[]): string {
  const tagsByText = new Map<string, string[]>();
  for (const [tag, text] of byTag) if (text) tagsByText.set(text, [...(tagsByText.get(text) ?? []), tag]);
  if (tagsByText.size <= 1) return [...tagsByText.keys()].join('');
  return [...tagsByText].map(([text, tags]) => `${tags.map((tag) => `<${tag}>`).join(', ')}: ${text}`).join(' ');
}

/** What the components' JSDoc (`@cssprop`, via the manifest) says of each token. */
function descriptions(): Map<string, string> {
  const found = new Map<string, [string, string][]>();
  for (const [tag, declaration] of elements) {
    for (const { name, description = '' } of declaration.cssProperties ?? [])
      found.set(name, [...(found.get(name) ?? []), [tag, description]]);
  }
  return new Map([...found].map(([name, byTag]) => [name, described(byTag)]));
}

export function colourTokens(): ColourToken[] {
  const light = new Map<string, { name: string; value: string }>();
  const dark = new Map<string, string>();
  const forced = new Map<string, string>();
  for (const { selector, body, media } of rules(tokenStyles.cssText)) {
    for (const [, property = '', value = ''] of body.matchAll(DECLARATION)) {
      const token = [...value.matchAll(VAR)][0];
      if (media?.includes('forced-colors')) forced.set(property, value.trim());
      else if (token && selector === '.nc') light.set(property, { name: token[1] ?? '', value: token[2] ?? '' });
      else if (token && selector === '.nc.dark') dark.set(property, token[2] ?? '');
    }
  }
  const text = descriptions();
  return [...light].map(([property, { name, value }]) => ({
    name,
    light: value,
    dark: dark.get(property) ?? value,
    forced: forced.get(property) ?? '',
    description: text.get(name) ?? '',
  }));
}

export function otherTokens(): OtherToken[] {
  const sheets = [baseStyles, chartStyles, homelessTrendStyles, preventionStatsStyles, keyFigureStyles];
  const text = descriptions();
  const found = new Map<string, string>();
  for (const sheet of sheets) {
    for (const [, name = '', fallback = ''] of sheet.cssText.matchAll(VAR)) {
      if (!found.has(name)) found.set(name, fallback);
    }
  }
  return [...found].map(([name, fallback]) => ({ name, fallback, description: text.get(name) ?? '' }));
}

export interface Part {
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
}

/** The `::part()` names, from the manifest (`@csspart`), with the components that have each. */
export function parts(): Part[] {
  const found = new Map<string, [string, string][]>();
  for (const [tag, declaration] of elements) {
    for (const { name, description = '' } of declaration.cssParts ?? [])
      found.set(name, [...(found.get(name) ?? []), [tag, description]]);
  }
  return [...found].map(([name, byTag]) => ({ name, description: described(byTag), tags: byTag.map(([tag]) => tag) }));
}
