export type { Lang, Strings, FieldNames, TrendSummary } from './strings.js';
export { sv } from './sv.js';
export { en } from './en.js';
export { formatFor, type Format } from './format.js';
export { DEFAULT_LANG, supportedLang, stringsFor } from './lang.js';
