import type { ErrorTitles, Lang } from './strings.js';

/**
 * The texts only the chart components show (a key figure has its error titles of its own): in a module of their
 * own, so that a page with only `<key-figure>` does not load them.
 */
export interface ChartStrings extends ErrorTitles {
  /** Shown in the chart's place while `src` is fetched. */
  readonly loading: string;
  /** Read for a table cell that has no value. */
  readonly noValue: string;
  /** Heading of the year column of data tables. */
  readonly year: string;
  /** The buttons under a chart. */
  readonly actions: {
    readonly label: string;
    readonly showTable: string;
    readonly hideTable: string;
    readonly downloadCsv: string;
    readonly downloadImage: string;
  };
  /**
   * How to move between the points with the keyboard; `series` when ↑/↓ move between series. Only screen readers
   * get it (the plot's description), and in browse mode they keep the arrow keys: it says to switch to focus mode.
   */
  readonly keyboardHint: (series: boolean) => string;
}

export const chartStrings: Readonly<Record<Lang, ChartStrings>> = {
  sv: {
    errorTitle: 'Diagrammet kan inte visas',
    errorTitleShown: 'Diagrammet visas inte som det är tänkt',
    loading: 'Hämtar siffrorna…',
    noValue: 'uppgift saknas',
    year: 'År',
    actions: {
      label: 'Diagrammets data',
      showTable: 'Visa tabell',
      hideTable: 'Dölj tabell',
      downloadCsv: 'Ladda ner CSV',
      downloadImage: 'Ladda ner bild',
    },
    keyboardHint: (series) =>
      'Gå mellan värdena med vänsterpil och högerpil, till första och sista med Home och End' +
      (series ? ' och mellan serierna med uppåtpil och nedåtpil.' : '.') +
      ' Med skärmläsare: slå först på fokusläge.',
  },
  en: {
    errorTitle: 'The chart cannot be shown',
    errorTitleShown: 'The chart is not shown as intended',
    loading: 'Loading data…',
    noValue: 'no figure',
    year: 'Year',
    actions: {
      label: 'Chart data',
      showTable: 'Show table',
      hideTable: 'Hide table',
      downloadCsv: 'Download CSV',
      downloadImage: 'Download image',
    },
    keyboardHint: (series) =>
      'Move between the values with the left and right arrow keys, to the first and last with Home and End' +
      (series ? ' and between the series with the up and down arrow keys.' : '.') +
      ' With a screen reader, switch to focus mode first.',
  },
};
