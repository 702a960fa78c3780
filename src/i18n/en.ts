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
};
