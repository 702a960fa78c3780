export type Lang = 'sv' | 'en';

/** Names of the data fields as an editor knows them, used in error messages. */
export type FieldNames = Readonly<
  Record<'year' | 'value' | 'families' | 'children' | 'change' | 'date' | 'label', string>
>;

export interface TrendSummary {
  readonly heading: string;
  readonly firstYear: string;
  /** The count with its unit, as `people` gives it: "814 personer". */
  readonly first: string;
  readonly lastYear: string;
  readonly last: string;
  /** The change formatted as a percentage, or null when undefined. */
  readonly change: string | null;
  /** From the first figure to the last; `same` when they are equal, whatever lies between. */
  readonly direction: 'fell' | 'rose' | 'same';
}

export interface Notation {
  /** Between groups of three digits: a no-break space (sv), a comma (en). */
  readonly group: string;
  /** The minus sign: U+2212 (sv), a hyphen-minus (en). */
  readonly minus: string;
  /** After a percentage: a no-break space and "%" (sv), "%" (en). */
  readonly percent: string;
  /** The months' names, January first, as written before a year: "maj 2022", "May 2022". */
  readonly months: readonly string[];
  /** The word before the last item of a list: "2011, 2017 och 2023". */
  readonly and: string;
  /** The word between the ends of a span read aloud, "2018 till 2022", and for the arrow in "814 → 473". */
  readonly to: string;
}

/**
 * The texts every component shows, in one language; each component's own texts are in a module of their
 * own (trend-strings, prevention-strings, key-figure-strings), and the chart components' in chart-strings.
 * Texts that depend on figures are functions.
 */
export interface Strings {
  readonly lang: Lang;
  /** BCP 47 locale, as Chart.js is given it; `notation` is how CLDR writes for it. */
  readonly locale: string;
  /** How the language writes decimals, for reading table cells and writing numbers. */
  readonly decimal: ',' | '.';
  /** How the language writes numbers, months and lists: as CLDR says for `locale` (see i18n/format). */
  readonly notation: Notation;
  readonly source: string;
}

/** An error message's titles: over no figures, and over figures still shown (the defaults, or the last good ones). */
export interface ErrorTitles {
  readonly errorTitle: string;
  readonly errorTitleShown: string;
}
