export type { Lang, Strings, FieldNames, TrendSummary } from './strings.js';
export { sv } from './sv.js';
export { en } from './en.js';
export { trendStrings, type TrendStrings } from './trend-strings.js';
export { preventionStrings, type PreventionStrings } from './prevention-strings.js';
export { keyFigureStrings, type KeyFigureStrings } from './key-figure-strings.js';
export { formatFor, type Format } from './format.js';
export { DEFAULT_LANG, supportedLang, stringsFor } from './lang.js';
