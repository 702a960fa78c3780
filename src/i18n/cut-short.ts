import type { DataError } from '../data/errors.js';

/**
 * JSON that is only its opening brackets: an attribute written in the same straight quotation marks as the
 * JSON inside it, `data="[{"year":2017,…}]"`, ends at the first of them, leaving `[{`.
 */
export const cutShort = ({ value }: DataError): boolean => /^\s*[[{]+\s*$/.test(value ?? '');
