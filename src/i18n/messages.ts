import { enMessages } from './en-messages.js';
import { svMessages } from './sv-messages.js';
import type { DataError } from '../data/errors.js';
import type { FieldNames, Lang } from './strings.js';

/**
 * The error messages of one language. A module of their own, loaded on demand: only a page with a mistake
 * needs them, and they are a tenth of what a component would otherwise load at once.
 */
export interface Messages {
  /** Names of the data fields as an editor knows them. */
  readonly fields: FieldNames;
  readonly error: (error: DataError, fieldName: string) => string;
}

export const messages: Readonly<Record<Lang, Messages>> = { sv: svMessages, en: enMessages };

/** The message for an error in a language, naming its field as an editor knows it. */
export function errorMessage(error: DataError, lang: Lang): string {
  const { fields, error: message } = messages[lang];
  const field = error.field as keyof FieldNames | undefined;
  return message(error, field && field in fields ? fields[field] : (error.field ?? ''));
}
