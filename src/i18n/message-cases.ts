import type { DataError } from '../data/errors.js';

/** Cases of an error that the messages of every language explain alike. */

/**
 * JSON that is only its opening brackets: an attribute written in the same straight quotation marks as the
 * JSON inside it, `data="[{"year":2017,…}]"`, ends at the first of them, leaving `[{`.
 */
export const cutShort = ({ value }: DataError): boolean => /^\s*[[{]+\s*$/.test(value ?? '');

/**
 * A figure or a year with a footnote mark after it, as statistics tables write them: "473*", "473 1)", "473¹",
 * "473 (1)", "2023 (prel.)".
 */
export const footnoted = ({ value }: DataError): boolean =>
  /^\s*\d[\d\s,.]*(?:\*+|\(?\w+\.?\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$/.test(value ?? '');

/**
 * A figure the source does not give, as statistics tables mark it: "x" or "[x]" (withheld), "." (cannot
 * occur), "*", "<5" (fewer than five, withheld). It is no figure, nor 0: the cell is a gap. SCB's ".." is
 * read as one already. Only in a row of figures: a key figure's `value` has no cell to leave empty.
 */
export const withheld = ({ value, row }: DataError): boolean =>
  row !== undefined && /^\s*(?:\[?x\]?|\.|\*+|[<‹]\s*\d+)\s*$/i.test(value ?? '');

/**
 * A word where a row's year should be: a row of totals ("Totalt"), the source ("Källa: SCB 2024") or a heading
 * ("År"). Not a year after a short word ("ca 2023", "År 2017", "v. 2023"): that row holds figures, and its year
 * is to be mended.
 */
export const wordForYear = ({ value = '' }: DataError): boolean =>
  /^\s*\p{L}/u.test(value) && !/^\s*\D{1,6}\d{4}(?!\d)/.test(value);
