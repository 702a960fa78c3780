/** Where a dataset comes from; shown as the component's source line. */
export interface Provenance {
  /** The organisation that published the figures, e.g. "Socialstyrelsen". */
  readonly publisher: string;
  /** The publication, e.g. "Kartläggning av hemlösheten 2023". */
  readonly title?: string;
  /** Who published the local figures, when it is not the publisher. */
  readonly via?: string;
  /** Year of publication. */
  readonly year?: number;
  readonly url?: string;
}

/** One measurement of a trend; `value` null is a gap (not measured). */
export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
}

/** Years strictly increasing, no duplicates. */
export interface TrendModel {
  readonly points: readonly TrendPoint[];
}

/** Eviction-prevention outcome of one year; null is a gap. */
export interface PreventionRow {
  readonly year: number;
  readonly families: number | null;
  readonly children: number | null;
}

/** Years strictly increasing, no duplicates. */
export interface PreventionModel {
  readonly rows: readonly PreventionRow[];
}

/** A count as the inputs take it: a number, a text in the page's notation (`"1 234"`), or null for a gap. */
export type CountInput = number | string | null;

/** What `<homeless-trend>`'s `data` takes: JSON text, rows, a year map, or the model. */
export type TrendInput =
  | string
  | readonly { readonly year: number | string; readonly value: CountInput }[]
  | Readonly<Record<string, CountInput | { readonly value: CountInput }>>
  | TrendModel;

/** What `<prevention-stats>`' `data` takes: JSON text, rows, a year map, or the model. */
export type PreventionInput =
  | string
  | readonly { readonly year: number | string; readonly families: CountInput; readonly children: CountInput }[]
  | Readonly<Record<string, { readonly families: CountInput; readonly children: CountInput }>>
  | PreventionModel;

/** What `<homeless-trend>`'s `markers` takes: JSON text, or the entries, `date` as `YYYY-MM` or `YYYY`. */
export type MarkersInput = string | readonly { readonly date: string; readonly label?: string | null }[];

/** An event drawn on a trend, e.g. when Housing First started; `label` null means the localized default. */
export interface Marker {
  readonly year: number;
  /** 1–12, or null when only the year is known. */
  readonly month: number | null;
  readonly label: string | null;
}

/** One figure with its change: at least one of `value` and `change` is set. */
export interface KeyFigureModel {
  readonly value: number | null;
  readonly unit: string;
  /** Change in per cent, e.g. -37 for −37 %. */
  readonly change: number | null;
  /** The period the figure covers, e.g. "2022–2023". */
  readonly period: string;
}

/** A default dataset: the figures and where they come from. */
export interface Dataset<M> {
  readonly model: M;
  readonly provenance: Provenance;
}
