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
  errorTitle: 'Diagrammet kan inte visas',
  errorTitleShown: 'Diagrammet visas inte som det är tänkt',
  loading: 'Hämtar data…',
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
};
