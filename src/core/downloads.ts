import { chartImage, type ImageText } from './chart-image.js';
import { saveFile } from './save-file.js';
import { toCsv } from '../a11y/csv.js';
import { fileName } from '../a11y/file-name.js';
import type { ChartTheme } from './chart-theme.js';
import type { DataTable } from '../a11y/data-table.js';
import type { DecimalSeparator } from '../data/number.js';

// The downloads are loaded with import() on the first click: most readers never press them.

/** The file is named after the chart's heading, else after the component ("homeless-trend.csv"). */
export interface FileNaming {
  readonly heading: string;
  readonly fallback: string;
}

/** Saves the table as CSV: `;` between fields where the decimal separator is a comma (Swedish Excel). */
export function downloadCsv(table: DataTable, decimal: DecimalSeparator, naming: FileNaming): void {
  const csv = toCsv(table, { delimiter: decimal === ',' ? ';' : ',', decimal });
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileName(naming.heading, naming.fallback)}.csv`);
}

/** Saves the chart as PNG with its heading and source line drawn in. */
export async function downloadImage(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  text: ImageText,
  theme: ChartTheme,
  naming: FileNaming,
): Promise<void> {
  saveFile(await chartImage(canvas, cssWidth, text, theme), `${fileName(naming.heading, naming.fallback)}.png`);
}
