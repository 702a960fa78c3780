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
