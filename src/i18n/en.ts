import type { Strings } from './strings.js';

export const en: Strings = {
  lang: 'en',
  locale: 'en-GB',
  decimal: '.',
  notation: {
    group: ',',
    minus: '-',
    percent: '%',
    months: 'January February March April May June July August September October November December'.split(' '),
    and: 'and',
    to: 'to',
  },
  source: 'Source',
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
};
