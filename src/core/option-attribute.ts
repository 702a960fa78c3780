import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute that takes one of a few words (`theme`, `type`), read as an editor may have typed it: in any
 * case, and with the typographic quotes a rich-text editor puts round it (`theme=”dark”` reaches us as
 * `”dark”`). What is left is checked as before: a word the attribute does not take is reported (NC116).
 */
export const optionAttribute: ComplexAttributeConverter<string | null> = {
  fromAttribute: (value: string | null) => value?.replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, '').toLowerCase() ?? null,
};
