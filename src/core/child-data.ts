import { jsonScript } from './json-script.js';
import { tableAfter } from './table-after.js';

/** Data written inside the tag, in the light DOM, as a CMS produces it. */
export interface ChildData {
  /** Text of the first `<script>` of JSON inside the tag, where `jsonScript` finds it. */
  readonly json: string | null;
  /**
   * Cell texts of the first `<table>` inside the tag, row by row: its body rows, without those the table
   * marks as headings or notes (see `bodyRows`). A header row written with `<td>` cells is still included.
   */
  readonly table: string[][] | null;
  /**
   * Whether the tag, with no table or JSON, holds figures as lines of text, which no chart reads: CSV or a
   * spreadsheet's cells pasted in.
   */
  readonly rowsAsText: boolean;
}

/** A line that begins with a year and a separator: "2017;814", "2017,814", a tab. */
const TEXT_ROW = /(?:^|\n)\s*"?\d{4}"?\s*[;,\t]/g;

export function readChildData(host: Element): ChildData {
  const script = jsonScript(host);
  const table = host.querySelector('table') ?? tableAfter(host);
  return {
    json: script ? script.textContent : null,
    table: table ? bodyRows(table).map((row) => Array.from(row.cells, cellText)) : null,
    // Not read beside a table or JSON: the text of a table of thousands of rows, for nothing.
    rowsAsText: !script && !table && (host.textContent.match(TEXT_ROW)?.length ?? 0) > 1,
  };
}

/**
 * A cell's text without its footnote marks, which would otherwise run into the figure (4731): superscript as
 * `<sup>`, a style (Google Docs) or a class, and a link to a footnote in the page, after the figure (alone in
 * the cell, a link or a span of such a class may be the figure). Another element parts what comes before it from
 * it, as a space: `473<small>2</small>` is "473 2", refused, not 4732, and `473<br>(prel.)` is "473 (prel.)".
 */
function cellText(cell: HTMLTableCellElement): string {
  const copy = cell.cloneNode(true) as Element;
  for (const mark of copy.querySelectorAll('sup,[style*=super i],[class*=super i],a[href^="#"]'))
    if (mark.localName == 'sup' || mark.previousSibling?.textContent?.trim()) mark.remove();
  for (const element of copy.querySelectorAll('*')) {
    const before = element.previousSibling?.textContent ?? '';
    // Figures on two lines of a cell (814<br>473) are two, not one grouped as 814 473: parted by a slash.
    const twoFigures =
      element.localName == 'br' && /\d$/.test(before) && /^\s*\d/.test(element.nextSibling?.textContent ?? '');
    if (/\S$/.test(before)) element.before(twoFigures ? ' / ' : ' ');
  }
  return copy.textContent;
}

/**
 * The rows that hold figures. Rows in `<thead>` and `<tfoot>` are headings and notes ("Källa: …"), however
 * many there are, and so is a row of one cell spanning columns. A table without `<thead>` (as CMS table
 * editors write one) marks its header by `<th>` cells: its first rows are headings while they have no other
 * cells, unless every row is made of them. A row with its year in `<th>` and its values in `<td>` holds figures.
 */
function bodyRows(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows = withoutNotes(table);
  return rows.slice(headingRows(table, rows));
}

/** How many of a table's first rows, its notes left out, the table marks as headings (see bodyRows). */
function headingRows(table: HTMLTableElement, rows = withoutNotes(table)): number {
  const { tHead } = table;
  const count = rows.findIndex((row) => (tHead ? row.parentElement !== tHead : !hasOnlyHeaderCells(row)));
  return count < 0 ? (tHead ? rows.length : 0) : count;
}

const withoutNotes = (table: HTMLTableElement): HTMLTableRowElement[] =>
  Array.from(table.rows).filter((row) => row.parentElement?.localName !== 'tfoot' && !isNote(row));

/** "Källa: Socialstyrelsen" in one cell across the table: no figures, wherever the row is. */
const isNote = (row: HTMLTableRowElement): boolean => row.cells.length === 1 && (row.cells[0]?.colSpan ?? 1) > 1;

const hasOnlyHeaderCells = (row: HTMLTableRowElement): boolean =>
  Array.from(row.cells).every((cell) => cell.localName === 'th');
