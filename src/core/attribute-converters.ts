// How the components read their attributes beyond what Lit does: text without an editor's typographic quotes, and switches that `"false"` turns off.
import type { ComplexAttributeConverter } from 'lit';
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

/** A text attribute (`heading`, `unit`, `value` …), read without such quotes. */
export const textAttribute: ComplexAttributeConverter<string | null> = {
  fromAttribute: (value: string | null) => (value === null ? null : unquoted(value)),
};

/**
 * A switch (`no-summary`, `no-actions`, `eager`): on when present, as HTML's boolean attributes, but for
 * `"false"`, which Vue and Svelte write for a false value and an editor writes to mean off.
 */
export const switchAttribute = (value: string | null): boolean => value !== null && value !== 'false';
