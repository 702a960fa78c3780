import type { DataError } from '../data/errors.js';

const EXAMPLE_VALUES: Readonly<Record<string, number>> = { value: 473, families: 53, children: 109 };

/**
 * A row of the shape the component takes, for the message of a wrong shape (NC102): its error's `detail`
 * names the component's fields ("value", or "families,children"); without it, the trend's.
 */
export const shapeExample = ({ detail = 'value' }: DataError): string =>
  `[{"year":2023,${detail
    .split(',')
    .map((field) => `"${field}":${EXAMPLE_VALUES[field] ?? 1}`)
    .join(',')}}]`;
