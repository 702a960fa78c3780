import { fail, ok, type Result } from './errors.js';
import { isBlankCell } from './number.js';

/** Excel's optional first line naming the delimiter, e.g. `sep=;`. */
const SEPARATOR_LINE = /^sep=([^\r\n"])(?:\r\n?|\n|$)/i;

/**
 * Splits CSV text into cell texts (RFC 4180 quoting). The delimiter is the one a first line `sep=X`
 * names (Excel writes and reads it; the line is no row), else the table's (see delimiterOf): `;` (Swedish
 * Excel), a tab (pasted from a spreadsheet), else `,`. A byte-order mark, blank lines, title lines
 * before the table and the notes our own download writes after the data are dropped.
 * The cells are then read like a table's (`parseTableRows`).
 */
export function parseCsv(text: string): Result<string[][]> {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const separatorLine = SEPARATOR_LINE.exec(withoutBom);
  const body = separatorLine ? withoutBom.slice(separatorLine[0].length) : withoutBom;
  const delimiter = separatorLine?.[1] ?? delimiterOf(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  /** Whether the cell so far is only white space: a quotation mark then opens a quoted cell. */
  let blank = true;
  let quoted = false;
  // Lines as the file numbers them, the `sep=` line included.
  let line = separatorLine ? 2 : 1;
  let quoteLine = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body.charAt(index);
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && blank) {
      quoted = true;
      blank = false;
      quoteLine = line;
      cell = '';
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
      blank = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      blank = true;
      line++;
    } else {
      cell += char;
      blank &&= /\s/.test(char);
    }
  }
  if (quoted) return fail('invalidCsv', { row: quoteLine });
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return ok(withoutNotes(withoutTitle(rows)).filter((cells) => !isBlank(cells)));
}

const isBlank = (cells: readonly string[]): boolean => cells.every(isBlankCell);

/**
 * The rows without the notes at the end of our own CSV download (a blank line, then lines of text: which
 * years were measured, the source), so that a downloaded file reads back as `src`. Lines of text not set
 * apart by a blank line stay rows, to be reported.
 */
function withoutNotes(rows: string[][]): string[][] {
  const end = rows.findLastIndex((cells) => !isBlank(cells) && !isNote(cells)) + 1;
  const [first, ...rest] = rows.slice(end);
  const setApart = end > 0 && first !== undefined && isBlank(first) && rest.some(isNote);
  return setApart ? rows.slice(0, end) : rows;
}

/** The rows without a title set apart before the table (lines of text, then a blank line), as PxWeb writes one. */
function withoutTitle(rows: string[][]): string[][] {
  const blankAt = rows.findIndex(isBlank);
  return blankAt > 0 && rows.slice(0, blankAt).every(isNote) ? rows.slice(blankAt + 1) : rows;
}

/** A line of text in the first cell; Excel, saving the file again, adds the other columns' empty cells. */
const isNote = ([first = '', ...rest]: readonly string[]): boolean => /\p{L}/u.test(first) && isBlank(rest);

/**
 * The delimiter of the table, seen outside quotes (a quoted cell may hold line breaks or delimiters): `;` (Swedish
 * Excel) or a tab when at least half the lines that have a delimiter have it, else `,`. A title line before the
 * table, as PxWeb writes one, may have a comma of its own (`Personer i hemlöshet, Norrköping`), and the cells
 * Swedish decimal commas; a comma-separated file hardly ever has a semicolon outside quotes.
 */
function delimiterOf(text: string): string {
  let outside = '';
  let quoted = false;
  // The file's start tells: a whole file of 5 MB would take as long again as reading it.
  for (const char of text.slice(0, 1e4)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) outside += char;
  }
  const lines = outside.split(/[\r\n]/).filter((line) => /[;\t,]/.test(line));
  return (
    [';', '\t'].find((delimiter) => {
      const count = lines.filter((line) => line.includes(delimiter)).length;
      return count && count * 2 >= lines.length;
    }) ?? ','
  );
}
