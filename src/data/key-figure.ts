import { asText } from './as-text.js';
import { fail, ok, type Result } from './errors.js';
import { toNumber, type DecimalSeparator } from './number.js';
import type { Dataset, KeyFigureModel } from './model.js';

/** The key figure's attributes as written in the page (the element itself); null or undefined where absent. */
export interface KeyFigureInput {
  readonly value?: string | number | null | undefined;
  readonly unit?: string | null | undefined;
  readonly change?: string | number | null | undefined;
  readonly period?: string | null | undefined;
}

/**
 * Reads `value` and `change` as numbers in the page's language; at least one of them must be given. A value
 * in per cent ("37 %") has its sign as the unit.
 */
export function parseKeyFigure(input: KeyFigureInput, decimal: DecimalSeparator): Result<KeyFigureModel> {
  const value = input.value == null ? ok(null) : toNumber(input.value, decimal, { field: 'value' });
  if (!value.ok) return value;
  const change = input.change == null ? ok(null) : toNumber(input.change, decimal, { field: 'change' });
  if (!change.ok) return change;
  if (value.value === null && change.value === null) return fail('empty');
  const unit = asText(input.unit).trim();
  return ok({
    value: value.value,
    change: change.value,
    // "37 %": the per cent sign read off the number is kept as its unit, before any unit the page gives, but
    // once: `value="37 %" unit="%"` is "37 %", as meant, not "37 % %".
    unit: /%\s*$/.test(String(input.value)) && !unit.startsWith('%') ? `% ${unit}`.trim() : unit,
    period: asText(input.period).trim(),
  });
}

/** The need of emergency housing (jourboende) fell by 37 % from 2022 to 2023; no absolute numbers were given. */
export const DEFAULT_KEY_FIGURE: Dataset<KeyFigureModel> = {
  model: { value: null, unit: '', change: -37, period: '2022–2023' },
  provenance: { publisher: 'Norrköpings kommun', year: 2023 },
};
