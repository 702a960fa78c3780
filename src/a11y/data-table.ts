import { html, nothing, type TemplateResult } from 'lit';

/** A chart's data as a table: what the `<table>`, the CSV download and screen readers get. */
export interface DataTable {
  readonly caption: string;
  /** Column headings; the first is the row-header column (the year). */
  readonly columns: readonly string[];
  /** Cell texts, formatted for reading; the first cell of each row is its header. */
  readonly rows: readonly (readonly string[])[];
  /** Raw values for the CSV download, in the same order as `rows`. */
  readonly values: readonly (readonly (number | string | null)[])[];
  /** "Källa: …", or null when the page gave no source. */
  readonly source: string | null;
  /** What the reader must know to read the rows right ("Uppmätt 2017 och 2023; …"), or empty. */
  readonly note?: string;
}

/** A component's data as table rows: the chart element adds the caption and the source. */
export type TableBody = Pick<DataTable, 'columns' | 'rows' | 'values' | 'note'>;

/** The most rows the table holds while it is hidden. */
const HIDDEN_TABLE_MAX_ROWS = 200;

/**
 * The table's box (`data-table`, which the table button controls), `open` when its button showed it. Shown, the
 * box scrolls sideways where the table is wider (320 px, text at 200 %): a tab stop, so that the keys scroll it in
 * every browser, and a region named by the caption, so that the stop is named. Hidden (for screen readers), it is
 * neither.
 *
 * A long series (thousands of years) gets its rows, and `table` is built, only when the table is opened: thousands
 * of hidden rows per chart would make the page slow for everyone, and the summary, the button and the CSV download
 * carry the same data. With `noButton` (`no-actions`) it is never shown, and holds all rows.
 */
export function renderDataTable(
  open: boolean,
  noButton: boolean,
  rowCount: number,
  table: () => DataTable,
): TemplateResult {
  const shown = open && !noButton;
  return html`<div class="table-slot">
    <div
      id="data-table"
      class=${shown ? 'table-wrap' : 'table-wrap visually-hidden'}
      tabindex=${shown ? 0 : nothing}
      role=${shown ? 'region' : nothing}
      aria-labelledby=${shown ? 'table-caption' : nothing}
    >
      ${open || noButton || rowCount <= HIDDEN_TABLE_MAX_ROWS ? renderTable(table()) : nothing}
    </div>
  </div>`;
}

/**
 * The table, its gaps written in words ("uppgift saknas"): a dash reads as 0 in official statistics. Its
 * caption is the heading alone, its name for screen readers: a note there would run on from the heading
 * in the name, with no pause. The note follows the table, and the source line the note.
 */
function renderTable(table: DataTable): TemplateResult {
  const { caption, note } = table;
  return html`
    <table part="table">
      <caption id="table-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([header, ...cells]) =>
            html`<tr>
              <th scope="row">${header}</th>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${note ? html`<p class="table-note">${note}</p>` : nothing}
  `;
}
