import { chartImage } from './chart-image.js';
import { saveFile } from './save-file.js';
import { toCsv } from '../a11y/csv.js';
import { fileName } from '../a11y/file-name.js';
import type { Chart } from 'chart.js';
import type { ChartHost, Drawing } from './chart-controller.js';
import type { DataTable } from '../a11y/data-table.js';
import type { DecimalSeparator } from '../data/number.js';

// Loaded with import() on the first click of a download button: most readers never press them.

/** The chart element whose figures are saved: where its chart is drawn, and the chart. */
export interface DownloadHost extends ChartHost {
  readonly chart: Chart | undefined;
}

/**
 * Saves `table` as CSV, `;` between fields where the decimal separator is a comma (Swedish Excel), or the chart
 * as PNG with the table's caption and source line drawn in; the PNG needs the drawing code, which reads the
 * chart's colours. The file is named after the chart's heading, else after the component ("homeless-trend.csv").
 */
export async function download(
  format: 'csv' | 'png',
  host: DownloadHost,
  drawing: Drawing | undefined,
  table: DataTable,
  heading: string,
  decimal: DecimalSeparator,
): Promise<void> {
  const name = fileName(heading, host.localName);
  if (format === 'csv') {
    const csv = toCsv(table, { delimiter: decimal === ',' ? ';' : ',', decimal });
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return;
  }
  const container = host.chartContainer;
  const canvas = container?.querySelector('canvas');
  const { chart } = host;
  if (!canvas || !chart || !drawing || !container) return;
  const text = { heading: table.caption, source: table.source ?? '' };
  saveFile(await chartImage(canvas, chart.width, text, drawing.readChartTheme(container)), `${name}.png`);
}
