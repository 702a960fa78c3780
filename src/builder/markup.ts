import { parseNumberText } from '../data/number.js';
import { chartStrings, preventionStrings, stringsFor, trendStrings } from '../i18n/index.js';
import {
  isChartTag,
  fitRow,
  rowsOf,
  type ChartSettings,
  type ChartTag,
  type FigureRow,
  type MarkerInput,
} from './settings.js';
import type { Attribute, ComponentTag } from '../embed/attributes.js';
import type { DecimalSeparator } from '../data/number.js';

/** A plain table of texts: what a component reads from a child `<table>`. */
export interface TableMarkup {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * One component as it is written in a page: its tag, its attributes in order, and its child table (or
 * null). The preview, the snippet and the embed URL are all made from this, so they show the same chart.
 */
export interface ChartMarkup {
  readonly tag: ComponentTag;
  readonly attributes: readonly Attribute[];
  readonly table: TableMarkup | null;
}

/** The fields of a row after its year, in the order of the table's columns. */
export const FIELDS: Readonly<Record<ChartTag, readonly string[]>> = {
  'homeless-trend': ['value'],
  'prevention-stats': ['families', 'children'],
};

/** A row is written when it holds anything. */
export const isWrittenRow = (row: FigureRow): boolean => row.some((cell) => cell.trim() !== '');

/** The rows that hold anything: an empty row added in the editor is not written. */
export const filledRows = (rows: readonly FigureRow[]): FigureRow[] => rows.filter(isWrittenRow);

/** A marker is written when it has a date or a label. */
export const isWrittenMarker = ({ date, label }: MarkerInput): boolean => date.trim() !== '' || label.trim() !== '';

/**
 * The form's index of the item a component names by its 1-based `row` among those written (blank rows and
 * markers are not); null when there is no such item.
 */
export function formIndex<T>(
  items: readonly T[],
  isWritten: (item: T) => boolean,
  row: number | undefined,
): number | null {
  if (row === undefined) return null;
  const written = items.flatMap((item, index) => (isWritten(item) ? [index] : []));
  return written[row - 1] ?? null;
}

/** A year as JSON: a number when it is four digits, else the text, so that the component names it in its message. */
function yearJson(text: string): number | string {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : text;
}

/** A value as JSON: a number or null (a gap) when it reads as one, else the text, which the component reports. */
function valueJson(text: string, decimal: DecimalSeparator): number | string | null {
  const parsed = parseNumberText(text, decimal, { field: '' });
  return parsed.ok ? parsed.value : text;
}

/** The rows as the `data` attribute's JSON: `[{"year":2017,"value":814},…]`. */
export function dataJson(tag: ChartTag, rows: readonly FigureRow[], decimal: DecimalSeparator): string {
  const fields = FIELDS[tag];
  return JSON.stringify(
    filledRows(rows).map((row) => {
      const item: Record<string, number | string | null> = { year: yearJson(row[0] ?? '') };
      fields.forEach((field, index) => (item[field] = valueJson(row[index + 1] ?? '', decimal)));
      return item;
    }),
  );
}

/** The markers as the `markers` attribute's JSON; null when there are none. */
export function markersJson(settings: ChartSettings): string | null {
  const markers = settings.markers
    .filter(isWrittenMarker)
    .map(({ date, label }) => (label.trim() ? { date: date.trim(), label: label.trim() } : { date: date.trim() }));
  return markers.length > 0 ? JSON.stringify(markers) : null;
}

/** The column headings of the child table, in the chart's language. */
function tableHead(tag: ChartTag, settings: ChartSettings): string[] {
  const { lang } = settings;
  const { year } = chartStrings[lang];
  if (tag === 'homeless-trend') return [year, trendStrings[lang].series];
  const { families, children } = preventionStrings[lang];
  return [year, families, children];
}

/** How the figures are written in a component: a child `<table>` (default) or the `data` attribute. */
export type DataFormat = 'table' | 'data';

/** The component for the settings, with its figures in a child table or the `data` attribute (as the iframe embed needs). */
export function chartMarkup(settings: ChartSettings, format: DataFormat = 'table'): ChartMarkup {
  const tag = settings.component;
  const attributes: Attribute[] = [['lang', settings.lang]];
  const add = (name: string, value: string | null): void => {
    if (value !== null && value.trim() !== '') attributes.push([name, value]);
  };
  const texts = settings.texts[tag];
  if (settings.theme !== 'light') add('theme', settings.theme);
  add('heading', texts.heading);
  if (settings.headingLevel !== '2') add('heading-level', settings.headingLevel);
  add('description', texts.description);
  if (settings.noSummary) attributes.push(['no-summary', '']);
  add('source', texts.source);
  add('source-url', texts.sourceUrl.trim());
  if (!isChartTag(tag)) {
    const { value, unit, change, period } = settings.keyFigure;
    add('value', value);
    add('unit', unit);
    // With neither a value nor a change, `change=""` shows "no values" rather than the embedded figure.
    if (change.trim() !== '' || value.trim() !== '') add('change', change);
    else attributes.push(['change', '']);
    add('period', period);
    return { tag, attributes, table: null };
  }
  if (tag === 'homeless-trend') {
    if (settings.type === 'bar') add('type', 'bar');
    add('markers', markersJson(settings));
  }
  const rows = filledRows(rowsOf(settings, tag)).map((row) => fitRow(row, tag));
  if (format === 'data') {
    attributes.push(['data', dataJson(tag, rows, stringsFor(settings.lang).decimal)]);
    return { tag, attributes, table: null };
  }
  return { tag, attributes, table: { head: tableHead(tag, settings), rows } };
}
