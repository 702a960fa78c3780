import { fail, ok, type Result } from './errors.js';

/** What a CMS's text editor does to JSON typed into it: “curly” quotes, no-break and zero-width spaces. */
const TYPOGRAPHY: readonly [RegExp, string][] = [
  // Round the whole text: quotes round an attribute's value (data=’[…]’), which HTML takes for part of it.
  // Its own list of the quotes, not TYPOGRAPHIC_QUOTE's: sharing it cost <key-figure> the bytes it has left.
  [
    /^\s*[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f](.*)[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]\s*$/s,
    '$1',
  ],
  [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'],
  [/[\u00a0\u2007\u202f]/g, ' '],
  [/[\u200b\ufeff]/g, ''],
];

/** Parsed JSON and, for JSON text, the text `JSON.parse` read: the text given, or it with the typography undone. */
export type ParsedJson = Result<unknown> & { readonly text?: string };

/**
 * Parses JSON text; a syntax error becomes an `NC101` error carrying the parser's own message. Text that
 * is not JSON only because an editor's typography got into it is read with the typography undone.
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    const plain = TYPOGRAPHY.reduce((typed, [pattern, meant]) => typed.replace(pattern, meant), text);
    try {
      return { ok: true, value: JSON.parse(plain) as unknown, text: plain };
    } catch {
      return fail('jsonSyntax', { value: text, detail: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** JSON text is parsed first; any other value is taken as already-parsed data (the `data` property). */
export function parseJsonOrValue(input: unknown): ParsedJson {
  return typeof input === 'string' ? parseJson(input) : ok(input);
}

/**
 * The first key that occurs twice in the top-level object of a JSON text, with its 1-based position among
 * that object's keys. `JSON.parse` silently keeps the last of two equal keys, so `{"2017":814,"2017":900}`
 * would lose a figure unnoticed. Null for any other text (arrays, invalid JSON, no duplicates).
 */
export function duplicateTopLevelKey(text: string): { key: string; position: number } | null {
  const seen = new Set<string>();
  let depth = 0;
  let topLevelObject = false;
  let position = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '"') {
      const end = stringEnd(text, index);
      if (end < 0) return null;
      if (topLevelObject && depth === 1 && /^\s*:/.test(text.slice(end + 1, end + 40))) {
        const key = decodeString(text.slice(index, end + 1));
        position++;
        if (key !== null) {
          if (seen.has(key)) return { key, position };
          seen.add(key);
        }
      }
      index = end;
    } else if (char === '{' || char === '[') {
      if (depth === 0) topLevelObject = char === '{';
      depth++;
    } else if (char === '}' || char === ']') depth--;
  }
  return null;
}

/** The index of the quotation mark that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\\') index++;
    else if (char === '"') return index;
  }
  return -1;
}

function decodeString(literal: string): string | null {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}
