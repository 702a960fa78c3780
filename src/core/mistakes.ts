/**
 * What only a page with a mistake needs, loaded on demand by core/nc-element: the error messages, and the
 * check for a slip in an attribute's name, fetched when an element has an attribute not its own.
 */
export { errorMessage } from '../i18n/messages.js';
export { misspeltAttribute } from '../data/misspelt-attribute.js';
