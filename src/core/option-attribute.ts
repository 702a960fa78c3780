import type { ComplexAttributeConverter } from 'lit';
import { TYPOGRAPHIC_QUOTES } from '../data/errors.js';

const NO_SPACE_OR_QUOTE = `[^\\s"'${TYPOGRAPHIC_QUOTES}]`;
// From the first character that is no space or quote to the last: one pass, where trimming both ends with a
// regular expression takes a time that grows with the square of a run of spaces.
const WORD = new RegExp(`${NO_SPACE_OR_QUOTE}(?:.*${NO_SPACE_OR_QUOTE})?`, 's');

/**
 * An attribute that takes one of a few words (`theme`, `type`), read as an editor may have typed it: in any
 * case, and with the typographic quotes a rich-text editor puts round it (`theme=”dark”` reaches us as
 * `”dark”`, `»dark»`). What is left is checked as before: a word the attribute does not take is reported (NC116).
 */
export const optionAttribute: ComplexAttributeConverter<string | null> = {
  fromAttribute: (value: string | null) => (value === null ? null : (WORD.exec(value)?.[0].toLowerCase() ?? '')),
};
