// How the components read their attributes beyond what Lit does: text without an editor's typographic quotes, and switches that `"false"` turns off.
import { TYPOGRAPHIC_QUOTE } from '../data/errors.js';

/**
 * A value without the typographic quotes a rich-text editor put round it: HTML takes none of them for a
 * quotation mark, so `unit=”personer”` reaches us as `”personer”`, quotes and all. A value that only begins
 * or ends with one (`"”Bostad först” i Norrköping"`) is kept as written.
 */
export const unquoted = (value: string): string =>
  value.length > 1 && TYPOGRAPHIC_QUOTE.test(value.charAt(0)) && TYPOGRAPHIC_QUOTE.test(value.slice(-1))
    ? value.slice(1, -1)
    : value;

/** A figure (`value`, `change`), read without such quotes. One cut short by them stays no number: NC117 says why. */
export const figureAttribute = (value: string | null): string | null => value && unquoted(value);

/** The opening quotation mark of a value cut short at a space by typographic quotes (NC117): `”personer`. */
const CUT = new RegExp(`^${TYPOGRAPHIC_QUOTE.source}(?=\\S+$)`);

/**
 * A text attribute (`heading`, `unit`, `source` …), read without such quotes. One cut short by them,
 * `unit=”personer i hemlöshet”`, reaches us as `”personer`: it is shown "personer", as NC117's message says,
 * not with a stray quotation mark.
 */
export const textAttribute = (value: string | null): string | null => value && unquoted(value).replace(CUT, '');

/**
 * A switch (`no-summary`, `no-actions`, `eager`): on when present, as HTML's boolean attributes, but for
 * `"false"`, which Vue and Svelte write for a false value and an editor writes to mean off.
 */
export const switchAttribute = (value: string | null): boolean => value !== null && value !== 'false';
