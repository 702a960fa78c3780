import type { DataError } from '../data/errors.js';

/** Cases of an error that the messages of every language explain alike. */

/**
 * JSON that is only its opening brackets: an attribute written in the same straight quotation marks as the
 * JSON inside it, `data="[{"year":2017,…}]"`, ends at the first of them, leaving `[{`.
 */
export const cutShort = ({ value }: DataError): boolean => /^\s*[[{]+\s*$/.test(value ?? '');

/** A figure with a footnote mark after it, as statistics tables write them: "473*", "473 1)", "473¹". */
export const footnoted = ({ value }: DataError): boolean =>
  /^\s*\d[\d\s,.]*(?:\*+|\s\d\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$/.test(value ?? '');
