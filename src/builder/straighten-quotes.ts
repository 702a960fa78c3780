import { TYPOGRAPHIC_QUOTE } from '../data/errors.js';

const QUOTE = TYPOGRAPHIC_QUOTE.source;

/**
 * A value in typographic quotes, `”Hemlösheten i Norrköping”`, to the quote before the next attribute or the
 * end of the tag. Quotes inside stay, as JSON's in `data=”[{“year”:2017}]”`.
 */
const TYPOGRAPHIC_VALUE = new RegExp(`${QUOTE}([^>]*?)${QUOTE}(?=\\s+[^\\s"'<>/=]+(?:=|\\s|/?>)|\\s*/?>)`, 'y');

// The HTML parser's reading of markup, each read where the last ended (`y`).
const COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
/** A doctype, an end tag or what the parser reads as a comment: text to its `>`. */
const OTHER_MARKUP = /<(?:[!?]|\/[a-z])[^>]*>?/iy;
const START_TAG = /<([a-z][^\s/>]*)/iy;
const BETWEEN_ATTRIBUTES = /[\s/]*/y;
const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y;
const EQUALS = /\s*=\s*/y;
const QUOTED = /"[^"]*"?|'[^']*'?/y;
const UNQUOTED = /[^\s>]*/y;
const TAG_END = />/y;
/** Elements whose content is text to their end tag, not markup: a `<script>`'s JSON may hold `<p a=”…”>`. */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Writes attribute values in typographic quotes with straight ones, in the pasted text itself: the HTML parser
 * would end such a value at its first space and make the other words attributes, losing a word written twice,
 * their capitals and their slashes. Only a value of a tag is mended, where the parser reads it unquoted: text
 * that looks like one (`Se a=”x” b=c`) in an element, a comment, a script or a value in straight quotes (a
 * marker's label in `markers='…'`) is the editor's own and stays. Returns the attributes it mended.
 */
export function straightenQuotes(pasted: string): { text: string; mended: string[] } {
  const mended: string[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let at = 0;
  const read = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(pasted);
    if (match) at = pattern.lastIndex;
    return match;
  };
  while ((at = pasted.indexOf('<', at)) >= 0) {
    const tag = read(START_TAG);
    if (!tag) {
      if (!read(COMMENT) && !read(OTHER_MARKUP)) at++;
      continue;
    }
    for (;;) {
      read(BETWEEN_ATTRIBUTES);
      const name = read(ATTRIBUTE_NAME)?.[0];
      if (name === undefined) break;
      if (!read(EQUALS)) continue;
      const start = at;
      const value = read(TYPOGRAPHIC_VALUE)?.[1];
      if (value === undefined) {
        if (!read(QUOTED)) read(UNQUOTED);
        continue;
      }
      pieces.push(pasted.slice(copied, start), `"${value.replaceAll('"', '&quot;')}"`);
      copied = at;
      mended.push(name.toLowerCase());
    }
    read(TAG_END);
    const element = tag[1]?.toLowerCase() ?? '';
    if (RAW_TEXT.has(element)) {
      const end = pasted.slice(at).search(new RegExp(`</${element}[\\s/>]`, 'i'));
      at = end < 0 ? pasted.length : at + end;
    }
  }
  pieces.push(pasted.slice(copied));
  return { text: pieces.join(''), mended };
}
