import type { Strings } from './strings.js';

export const sv: Strings = {
  lang: 'sv',
  locale: 'sv-SE',
  decimal: ',',
  notation: {
    group: '\u00a0',
    minus: '\u2212',
    percent: '\u00a0%',
    months: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
    and: 'och',
    to: 'till',
  },
  source: 'Källa',
};
