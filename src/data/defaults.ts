/**
 * Norrköping's figures, which every component shows when given no data: each in its component's data module,
 * so that a page's bundler loads only the one it shows (a module goes whole into one chunk: one module of all
 * three put every component's figures into the code the three share).
 */
export { DEFAULT_TREND, DEFAULT_TREND_MARKERS } from './trend.js';
export { DEFAULT_PREVENTION } from './prevention.js';
export { DEFAULT_KEY_FIGURE } from './key-figure.js';
