import { cutByQuotes, dataError, type DataError } from './errors.js';

/**
 * An attribute the component does not have, written near enough to one it has to be a slip (`sorce`, `dta`,
 * `heading_level`, `vaule`), is reported (NC124, with the attribute meant): without it the component would
 * silently show its default, Norrköping's source line or figures, under the page's own words.
 *
 * Only near misses are reported: pages and frameworks put attributes of their own on any element (`class`,
 * `data-v-1a2b`, `itemprop`, `_ngcontent-c0`, Alpine's `x-data` and `:data`), and those are either far from
 * every name ours take or not written as ours are. Near is the same name with other separators
 * (`headinglevel`, `source_url`), or one letter added, dropped, changed or swapped with its neighbour; and a
 * Swedish name for one of ours (`rubrik`, `källa`).
 */
export function misspeltAttribute(
  attributes: Iterable<{ readonly name: string; readonly value: string }>,
  known: readonly string[],
): DataError | null {
  // The words of a value cut short by typographic quotes are attributes too: that is said instead (NC117).
  if (cutByQuotes(attributes)) return null;
  for (const { name } of attributes) {
    if (known.includes(name)) continue;
    const written = name.replace(/_/g, '-');
    const swedish = SWEDISH.get(
      bare(written)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
    const meant =
      swedish && known.includes(swedish)
        ? swedish
        : /^(?!aria-|data-)[a-z][\w-]*$/.test(name)
          ? known.find((attribute) => bare(written) === bare(attribute) || near(written, attribute))
          : undefined;
    if (meant) return dataError('misspeltAttribute', { field: name, detail: meant });
  }
  return null;
}

/**
 * The names a Swedish editor may write for ours (`rubrik`, `källa`, `värde`), with or without å, ä and ö: far
 * from them, but surely meant as them.
 */
const SWEDISH: ReadonlyMap<string, string> = new Map([
  ['rubrik', 'heading'],
  ['beskrivning', 'description'],
  ['kalla', 'source'],
  ['tema', 'theme'],
  ['sprak', 'lang'],
  ['varde', 'value'],
  ['enhet', 'unit'],
  ['forandring', 'change'],
]);

const bare = (name: string) => name.replace(/-/g, '');

/**
 * One letter added, dropped, changed, or swapped with the next: after the letters both begin with, the rests
 * are equal but for that letter (or pair).
 */
function near(written: string, meant: string): boolean {
  let i = 0;
  while (written[i] === meant[i] && i < meant.length) i++;
  const [a, b] = [written.slice(i), meant.slice(i)];
  const rest = (cut: number) => b.slice(cut);
  return a.slice(1) === rest(1) || a === rest(1) || a.slice(1) === b || a === b.charAt(1) + b.charAt(0) + rest(2);
}
