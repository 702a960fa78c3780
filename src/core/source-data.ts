import { loadSource } from './source-loader.js';
import { parseCsv } from '../data/csv.js';
import { ok, type Result } from '../data/errors.js';

/** The figures behind a `src` URL: JSON as text (the component parses it), CSV already split into cells. */
export type SourceData =
  | { readonly format: 'json'; readonly text: string }
  | { readonly format: 'csv'; readonly cells: readonly (readonly string[])[] };

/** Loads a `src` URL (see loadSource) and splits CSV into cells; null when the request was given up. */
export async function loadSourceData(
  url: string,
  options: Parameters<typeof loadSource>[1],
): Promise<Result<SourceData> | null> {
  const result = await loadSource(url, options);
  if (!result?.ok) return result;
  const { format, text } = result.value;
  if (format === 'json') return ok({ format, text });
  const cells = parseCsv(text);
  return cells.ok ? ok({ format, cells: cells.value }) : cells;
}
