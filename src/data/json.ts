import { fail, ok, type Result } from './errors.js';

/** Parses JSON text; a syntax error becomes an `NC101` error carrying the parser's own message. */
export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail('jsonSyntax', { value: text, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** JSON text is parsed first; any other value is taken as already-parsed data (the `data` property). */
export function parseJsonOrValue(input: unknown): Result<unknown> {
  return typeof input === 'string' ? parseJson(input) : ok(input);
}
