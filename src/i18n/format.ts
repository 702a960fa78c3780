import type { Strings } from './strings.js';

/** Number formatting in one language. Years are never grouped: "2017", never "2 017". */
export interface Format {
  /** 12345.5 → "12 345,5" (sv, with no-break spaces) or "12,345.5" (en). */
  number: (value: number) => string;
  /** A change in per cent, signed: -41.9 → "−42 %" (sv) or "-42%" (en); zero has no sign. */
  change: (percent: number) => string;
  year: (year: number) => string;
  /** Two years as a period with an en dash: "2017–2023". */
  period: (from: number, to: number) => string;
  /** A month: "maj 2022" (sv), "May 2022" (en); a year alone when the month is unknown. */
  month: (year: number, month: number | null) => string;
  /** A number for text read aloud: never grouped, so a screen reader reads "1234" as one number. */
  spoken: (value: number) => string;
  /** Items as a sentence's list: "2011, 2017 och 2023" (sv), "2011, 2017 and 2023" (en). */
  list: (items: readonly string[]) => string;
}

const cache = new Map<string, Format>();

/** A value made on first use: most pages never format a month or a list, and Intl formats are slow to make. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatFor(strings: Pick<Strings, 'locale'>): Format {
  const cached = cache.get(strings.locale);
  if (cached) return cached;
  const { locale } = strings;
  const numbers = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const changes = lazy(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  );
  const months = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const spoken = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }));
  const lists = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const format: Format = {
    number: (value) => numbers().format(value),
    change: (percent) => changes().format(percent / 100),
    year: (year) => String(year),
    period: (from, to) => `${from}–${to}`,
    month: (year, month) => (month === null ? String(year) : months().format(Date.UTC(year, month - 1, 15))),
    spoken: (value) => spoken().format(value),
    list: (items) => lists().format(items),
  };
  cache.set(strings.locale, format);
  return format;
}
