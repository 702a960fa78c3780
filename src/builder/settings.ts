import { DEFAULT_KEY_FIGURE, DEFAULT_PREVENTION, DEFAULT_TREND, DEFAULT_TREND_MARKERS } from '../data/defaults.js';
import { parseNumberText } from '../data/number.js';
import { describeProvenance } from '../data/provenance.js';
import { keyFigureStrings, preventionStrings, stringsFor, trendStrings, type Lang } from '../i18n/index.js';
import type { ComponentTag } from '../embed/attributes.js';
import type { Provenance } from '../data/model.js';

/** The figures of one row as typed: a year and one value (trend) or two (families, children). */
export type FigureRow = readonly string[];

/** A marker on the trend as typed: `date` is "YYYY-MM" or "YYYY"; an empty label means the default. */
export interface MarkerInput {
  readonly date: string;
  readonly label: string;
}

export interface KeyFigureInput {
  readonly value: string;
  readonly unit: string;
  readonly change: string;
  readonly period: string;
}

/** The texts around one component. */
export interface ChartTexts {
  readonly heading: string;
  readonly description: string;
  readonly source: string;
  readonly sourceUrl: string;
}

/** The levels `heading-level` takes; 2 is the components' own, written in no snippet. */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Everything the builder's form holds: what the snippet and the preview are made from. All texts as typed. */
export interface ChartSettings {
  readonly component: ComponentTag;
  /** Rows of `<homeless-trend>`: year, value. */
  readonly trendRows: readonly FigureRow[];
  /** Rows of `<prevention-stats>`: year, families, children. */
  readonly preventionRows: readonly FigureRow[];
  readonly keyFigure: KeyFigureInput;
  /** Each component's own texts, so that switching between them keeps what was typed for each. */
  readonly texts: Readonly<Record<ComponentTag, ChartTexts>>;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark' | 'auto';
  /** `heading-level`: the heading's level in the page's outline. */
  readonly headingLevel: HeadingLevel;
  /** `no-summary`: the summary under the chart is hidden (screen readers still get it). */
  readonly noSummary: boolean;
  /** `<homeless-trend>` only. */
  readonly type: 'line' | 'bar';
  /** `<homeless-trend>` only. */
  readonly markers: readonly MarkerInput[];
}

/** The number of cells in a row of each chart: the year and the values. */
export const ROW_LENGTH = { 'homeless-trend': 2, 'prevention-stats': 3 } as const;

export type ChartTag = keyof typeof ROW_LENGTH;

/** A row cut or filled with empty cells to a chart's columns. */
export const fitRow = (cells: readonly string[], tag: ChartTag): FigureRow =>
  Array.from({ length: ROW_LENGTH[tag] }, (_, index) => cells[index] ?? '');

export const isChartTag = (tag: ComponentTag): tag is ChartTag => tag !== 'key-figure';

/** The rows of a chart component. */
export const rowsOf = (settings: ChartSettings, tag: ChartTag): readonly FigureRow[] =>
  tag === 'homeless-trend' ? settings.trendRows : settings.preventionRows;

/**
 * A number as an editor of that language types it: 1234.5 → "1234,5" (sv), "1234.5" (en). Swedish reads
 * "1,234" two ways (1234 or 1.234), so three decimals after a whole number get a zero more: "1,2340".
 */
export function numberText(value: number | null, lang: Lang): string {
  if (value === null) return '';
  const { decimal } = stringsFor(lang);
  const text = String(value).replace('.', decimal);
  const read = parseNumberText(text, decimal, { field: '' });
  return !read.ok && read.error.kind === 'ambiguousNumber' ? `${text}0` : text;
}

const monthText = (year: number, month: number | null): string =>
  month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;

const NO_TEXTS: ChartTexts = { heading: '', description: '', source: '', sourceUrl: '' };

const defaultTexts = (heading: string, provenance: Provenance): ChartTexts => ({
  heading,
  description: '',
  source: describeProvenance(provenance),
  sourceUrl: provenance.url ?? '',
});

/** The component's default heading in a language. */
export function defaultHeading(component: ComponentTag, lang: Lang): string {
  return {
    'homeless-trend': trendStrings,
    'prevention-stats': preventionStrings,
    'key-figure': keyFigureStrings,
  }[component][lang].heading;
}

/** A number typed for one language, rewritten for another when it would read differently there ("1,5" → "1.5"). */
function convertNumber(text: string, from: Lang, to: Lang): string {
  const before = parseNumberText(text, stringsFor(from).decimal, { field: '' });
  const after = parseNumberText(text, stringsFor(to).decimal, { field: '' });
  if (!before.ok || before.value === null || (after.ok && after.value === before.value)) return text;
  return numberText(before.value, to);
}

/**
 * Changes the chart's language: numbers are rewritten where the decimal separator differs, and a
 * heading or marker label that is still the default becomes the new language's default.
 */
export function withLang(settings: ChartSettings, lang: Lang): ChartSettings {
  const from = settings.lang;
  const rows = (list: readonly FigureRow[]): FigureRow[] =>
    list.map(([year = '', ...values]) => [year, ...values.map((value) => convertNumber(value, from, lang))]);
  const texts = { ...settings.texts };
  for (const tag of Object.keys(texts) as ComponentTag[]) {
    if (texts[tag].heading === defaultHeading(tag, from))
      texts[tag] = { ...texts[tag], heading: defaultHeading(tag, lang) };
  }
  const { value, change } = settings.keyFigure;
  const housingFirst = trendStrings[from].housingFirst;
  return {
    ...settings,
    lang,
    markers: settings.markers.map((marker) =>
      marker.label === housingFirst ? { ...marker, label: trendStrings[lang].housingFirst } : marker,
    ),
    trendRows: rows(settings.trendRows),
    preventionRows: rows(settings.preventionRows),
    keyFigure: {
      ...settings.keyFigure,
      value: convertNumber(value, from, lang),
      change: convertNumber(change, from, lang),
    },
    texts,
  };
}

/**
 * Norrköping's embedded figures for one component, with the texts the component shows for them, and the
 * trend's marker labelled as the component labels it ("Bostad först"), so that the code gives the chart a
 * plain `<homeless-trend>` shows: what "Start from Norrköping's figures" loads. Other components' figures
 * are kept.
 */
export function withDefaults(settings: ChartSettings, component: ComponentTag): ChartSettings {
  const lang = settings.lang;
  const heading = defaultHeading(component, lang);
  switch (component) {
    case 'homeless-trend':
      return {
        ...settings,
        component,
        trendRows: DEFAULT_TREND.model.points.map(({ year, value }) => [String(year), numberText(value, lang)]),
        markers: DEFAULT_TREND_MARKERS.map(({ year, month, label }) => ({
          date: monthText(year, month),
          label: label ?? trendStrings[lang].housingFirst,
        })),
        texts: { ...settings.texts, [component]: defaultTexts(heading, DEFAULT_TREND.provenance) },
      };
    case 'prevention-stats':
      return {
        ...settings,
        component,
        preventionRows: DEFAULT_PREVENTION.model.rows.map(({ year, families, children }) => [
          String(year),
          numberText(families, lang),
          numberText(children, lang),
        ]),
        texts: { ...settings.texts, [component]: defaultTexts(heading, DEFAULT_PREVENTION.provenance) },
      };
    case 'key-figure': {
      const { value, unit, change, period } = DEFAULT_KEY_FIGURE.model;
      return {
        ...settings,
        component,
        keyFigure: { value: numberText(value, lang), unit, change: numberText(change, lang), period },
        texts: { ...settings.texts, [component]: defaultTexts(heading, DEFAULT_KEY_FIGURE.provenance) },
      };
    }
  }
}

/**
 * Whether the chosen component has figures other than Norrköping's under a heading or source that are still
 * those of Norrköping's figures, which the editor should check.
 */
export function ownFiguresUnderDefaultTexts(settings: ChartSettings): boolean {
  const tag = settings.component;
  const defaults = withDefaults(settings, tag);
  const own = isChartTag(tag)
    ? JSON.stringify(rowsOf(settings, tag)) !== JSON.stringify(rowsOf(defaults, tag))
    : JSON.stringify(settings.keyFigure) !== JSON.stringify(defaults.keyFigure);
  const texts = settings.texts[tag];
  const named = defaults.texts[tag];
  // An empty heading shows the default one.
  return own && (texts.heading.trim() === '' || texts.heading === named.heading || texts.source === named.source);
}

/** The builder's first state: the trend with Norrköping's figures, in the given language. */
export function initialSettings(lang: Lang): ChartSettings {
  const blank: ChartSettings = {
    component: 'homeless-trend',
    trendRows: [],
    preventionRows: [],
    keyFigure: { value: '', unit: '', change: '', period: '' },
    texts: { 'homeless-trend': NO_TEXTS, 'prevention-stats': NO_TEXTS, 'key-figure': NO_TEXTS },
    lang,
    theme: 'light',
    headingLevel: '2',
    noSummary: false,
    type: 'line',
    markers: [],
  };
  return withDefaults(withDefaults(withDefaults(blank, 'key-figure'), 'prevention-stats'), 'homeless-trend');
}
