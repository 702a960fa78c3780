import type { Notation, Strings } from './strings.js';

/** Number formatting in one language. Years are never grouped: "2017", never "2 017". */
export interface Format {
  /**
   * 12345.5 → "12 345,5" (sv, with no-break spaces) or "12,345.5" (en). To a hundredth unless `decimals`
   * says otherwise, and a value that would be written as 0 to its first digit that is not 0 (0,004).
   */
  number: (value: number, decimals?: number) => string;
  /**
   * A change in per cent, signed: -41.9 → "−42 %" (sv) or "-42%" (en); zero has no sign. Whole per cent
   * unless `decimals` says more: a change the page gives (−2.5 %) is shown as given, not rounded to −3 %.
   * A change that would read 0 % is written to its first digit that is not 0: −0,3 %, not 0 %.
   */
  change: (percent: number, decimals?: number) => string;
  year: (year: number) => string;
  /** Two years as a period with an en dash: "2017–2023". */
  period: (from: number, to: number) => string;
  /**
   * Two years as a span in words, for text that is read aloud: "2018 till 2022". Speech reads the dash of a
   * period as a symbol ("bindestreck"), or not at all.
   */
  span: (from: number, to: number) => string;
  /** A month: "maj 2022" (sv), "May 2022" (en); a year alone when the month is unknown. */
  month: (year: number, month: number | null) => string;
  /** A number for text read aloud: never grouped, so a screen reader reads "1234" as one number. */
  spoken: (value: number, decimals?: number) => string;
  /** Items as a sentence's list: "2011, 2017 och 2023" (sv), "2011, 2017 and 2023" (en). */
  list: (items: readonly string[]) => string;
}

// Written out from the language's notation rather than with Intl, with the same result (the tests compare
// every format with Intl's): the first Intl format of a page costs 16–60 ms, and each kind (numbers,
// dates, lists) more, before the first component can show its text.

/**
 * Beyond this many decimals a number is 0: what is left there is floating point's noise in computed figures
 * (0.1 + 0.2 − 0.3 is 5.6e-17), not a figure anyone measured.
 */
const MOST_DECIMALS = 10;

/**
 * The digits of a number ≥ 0 times 10^shift, rounded to `decimals` decimals as Intl rounds: half away from
 * zero, on the shortest decimal that reads back as the number (0.15 → "0.2", though 0.15 is 0.1499… in
 * binary), which is what String() writes. NaN and infinity as Intl writes them. 1234.56 → ["1234", "6"].
 * A number that would be written as 0 is written to its first digit that is not 0: 0.004 to a hundredth
 * → ["0", "004"], so that no figure or change but 0 reads 0; down to `MOST_DECIMALS`.
 */
function digits(value: number, decimals: number, shift = 0): [whole: string, fraction: string] {
  if (Number.isNaN(value)) return ['NaN', ''];
  if (value === Infinity) return ['∞', ''];
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const [integer = '', fraction = ''] = mantissa.split('.');
  let all = integer + fraction;
  let point = integer.length + Number(exponent) + shift;
  if (point < 1) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  all = all.padEnd(point + decimals + 1, '0');
  let kept = all.slice(0, point + decimals);
  if (all.charAt(point + decimals) >= '5') kept = String(BigInt(kept) + 1n).padStart(kept.length, '0');
  if (!+kept && +all) {
    const firstDigit = all.search(/[1-9]/) - point + 1;
    if (firstDigit <= MOST_DECIMALS) return digits(value, firstDigit, shift);
  }
  const whole = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '');
  return [whole, kept.slice(kept.length - decimals).replace(/0+$/, '')];
}

const grouped = (whole: string, notation: Notation): string => whole.replace(/\B(?=(\d{3})+$)/g, notation.group);

/** A number with at most `decimals` decimals (see `digits`), grouped or not, signed as Intl signs by default (also −0). */
function writeNumber(value: number, notation: Notation, decimal: string, group: boolean, decimals = 2): string {
  const [whole, fraction] = digits(Math.abs(value), decimals);
  const sign = value < 0 || Object.is(value, -0) ? notation.minus : '';
  return sign + (group ? grouped(whole, notation) : whole) + (fraction ? decimal + fraction : '');
}

/** A ratio in per cent, signed unless it rounds to zero: as Intl's `percent` with `exceptZero`. */
function writeChange(ratio: number, notation: Notation, decimal: string, decimals: number): string {
  const [percent, fraction] = digits(Math.abs(ratio), decimals, 2);
  const sign = (percent === '0' && !fraction) || Number.isNaN(ratio) ? '' : ratio > 0 ? '+' : notation.minus;
  return sign + grouped(percent, notation) + (fraction ? decimal + fraction : '') + notation.percent;
}

const cache = new Map<Pick<Strings, 'decimal' | 'notation'>, Format>();

export function formatFor(strings: Pick<Strings, 'decimal' | 'notation'>): Format {
  const cached = cache.get(strings);
  if (cached) return cached;
  const { notation, decimal } = strings;
  const format: Format = {
    number: (value, decimals) => writeNumber(value, notation, decimal, true, decimals),
    change: (percent, decimals = 0) => writeChange(percent / 100, notation, decimal, decimals),
    year: (year) => String(year),
    period: (from, to) => `${from}–${to}`,
    span: (from, to) => `${from} ${notation.to} ${to}`,
    month: (year, month) => (month === null ? String(year) : `${notation.months[month - 1] ?? ''} ${year}`),
    spoken: (value, decimals) => writeNumber(value, notation, decimal, false, decimals),
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${notation.and} ${items.at(-1) ?? ''}`,
  };
  cache.set(strings, format);
  return format;
}
