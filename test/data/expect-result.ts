import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ERROR_CODES, type DataError, type ErrorKind, type Result } from '../../src/data/errors.js';

/** Shared by the data tests: unwraps results and checks errors the same way everywhere. */

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected a value, got the error ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf<T>(result: Result<T>): DataError {
  if (result.ok) expect.fail(`expected an error, got the value ${JSON.stringify(result.value)}`);
  return result.error;
}

interface Where {
  readonly row?: number;
  readonly field?: string;
  readonly year?: number;
  readonly value?: string;
  readonly detail?: string;
}

/** The result is an error of `kind` with its stable code, and exactly the given position details. */
export function expectError<T>(result: Result<T>, kind: ErrorKind, where: Where = {}): DataError {
  const error = errorOf(result);
  expect(error.kind, 'kind').to.equal(kind);
  expect(error.code, 'code').to.equal(ERROR_CODES[kind]);
  for (const key of ['row', 'field', 'year', 'value'] as const) {
    if (key in where) expect(error[key], key).to.equal(where[key]);
  }
  if ('detail' in where) expect(error.detail, 'detail').to.equal(where.detail);
  expectWellFormedError(error);
  return error;
}

const ERROR_KEYS = ['kind', 'code', 'row', 'field', 'year', 'value', 'detail'];

/** What every error must be, whatever the input: a known kind, its own `NC1xx` code, displayable details. */
export function expectWellFormedError(error: DataError): void {
  expect(Object.keys(ERROR_CODES)).to.include(error.kind);
  expect(error.code).to.match(/^NC1\d\d$/);
  expect(error.code).to.equal(ERROR_CODES[error.kind]);
  for (const key of Object.keys(error)) expect(ERROR_KEYS, `unexpected key ${key}`).to.include(key);
  if (error.row !== undefined) expect(Number.isInteger(error.row) && error.row >= 1, `row ${error.row}`).to.equal(true);
  if (error.field !== undefined) expect(error.field).to.be.a('string').and.not.equal('');
  if (error.year !== undefined) {
    // A check across a year's figures (NC118) runs on the sorted rows, and names the year alone.
    if (error.kind !== 'moreFamiliesThanChildren') expect(error.row, 'a year names its row').to.be.a('number');
    expect(Number.isInteger(error.year) && error.year >= 1000 && error.year <= 9999, `year ${error.year}`).to.equal(
      true,
    );
  }
  if (error.value !== undefined) expect(error.value).to.be.a('string').with.length.at.most(40);
  if (error.detail !== undefined) expect(error.detail).to.be.a('string');
}

/** Any JavaScript value a page script could set as `data`, including sparse arrays, maps, boxed values. */
export const anyValue = fc.oneof(
  fc.anything(),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
);

/** Texts made of the characters number cells are written with, so that most of them are almost numbers. */
export const numberishText = fc.string({
  unit: fc.constantFrom(...'0123456789  ,.-+%eE\u00a0\u202f\u2212\u2013'.split('')),
  maxLength: 14,
});

/** Any text at all, cell-like texts and JSON texts. */
export const anyText = fc.oneof(fc.string({ unit: 'binary' }), numberishText, fc.json());

export const decimals = fc.constantFrom<',' | '.'>(',', '.');

/** A snapshot of Object.prototype's own keys, to prove parsing added nothing to it. */
export const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
