export type { ErrorTitles, Lang, Strings } from './strings.js';
export { supportedLang, stringsFor } from './lang.js';
export { trendStrings } from './trend-strings.js';
export { preventionStrings } from './prevention-strings.js';
export { keyFigureStrings } from './key-figure-strings.js';
export { chartStrings } from './chart-strings.js';
export { formatFor, type Format } from './format.js';
