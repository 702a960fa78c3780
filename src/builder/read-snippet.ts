import { readChildData, type ChildData } from '../core/child-data.js';
import { optionAttribute } from '../core/option-attribute.js';
import { fail, ok, type Result } from '../data/errors.js';
import { parseJson } from '../data/json.js';
import { isHeaderRow } from '../data/rows.js';
import { COMPONENT_TAGS, EMBED_ATTRIBUTES, type Attribute, type ComponentTag } from '../embed/attributes.js';
import { embedRequest } from '../embed/params.js';
import { stringsFor, supportedLang, type Lang } from '../i18n/index.js';
import {
  isChartTag,
  numberText,
  ROW_LENGTH,
  withDefaults,
  type ChartSettings,
  type ChartTag,
  type ChartTexts,
  type FigureRow,
  type MarkerInput,
} from './settings.js';
import { FIELDS } from './markup.js';
import { BUNDLE, EMBED_PAGE, STYLESHEET } from './snippet.js';
import type { SnippetKind } from './builder-strings.js';

/** A snippet read back: the form's new settings, and what the builder cannot keep of it. */
export interface SnippetRead {
  readonly settings: ChartSettings;
  /** The snippet's form: a child table, JSON (`data` or a `<script>` child), or an iframe. */
  readonly kind: SnippetKind;
  /** The folder of the script, stylesheet or embed page the snippet loads; null when it names none. */
  readonly base: string | null;
  /** Attributes the builder has no field for (`no-actions`, `class`, `src`…), in the snippet's order. */
  readonly dropped: readonly string[];
  /** Attributes written with typographic quotes, which the HTML parser cut at each space, joined again. */
  readonly mended: readonly string[];
  /** The figures come from `src`, not from the snippet: there are no rows. */
  readonly figuresFromSrc: boolean;
  /** How many components the text holds; the first was read. */
  readonly components: number;
}

/** Nothing in the text is a component or an iframe of the embed page. */
export type NoComponent = 'noComponent';

const EMBED_FRAMES = `iframe[src*="${EMBED_PAGE}?"]`;

/** Whether a text holds a component or an embed iframe, as a snippet does and spreadsheet cells never do. */
export const looksLikeSnippet = (text: string): boolean =>
  new RegExp(`<(?:${COMPONENT_TAGS.join('|')})[\\s>/]|<iframe[^>]*${EMBED_PAGE}`, 'i').test(text);

/**
 * Reads the code of a component, as the builder writes it or by hand, back into the builder's settings: an
 * editor changes last year's snippet instead of typing every figure again. The text is parsed as an inert
 * document: no script in it runs, no component in it is created. Figures stay as written (cell texts, JSON
 * numbers in the snippet's language), for the preview to check as the page would. A component with no
 * figures shows Norrköping's, and so does the form; a missing attribute means what it means in a page
 * (no `theme` is light, no `type` a line). Other components' figures and texts in `current` are kept.
 */
export function readSnippet(
  text: string,
  current: ChartSettings,
): Result<SnippetRead> | { readonly ok: false; readonly error: NoComponent } {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const found = doc.querySelectorAll(`${COMPONENT_TAGS.join(', ')}, ${EMBED_FRAMES}`);
  const first = found[0];
  if (!first) return { ok: false, error: 'noComponent' };
  const frame = first.localName === 'iframe' ? embedRequest(frameUrl(first).searchParams) : null;
  if (first.localName === 'iframe' && !frame) return { ok: false, error: 'noComponent' };
  const tag = (frame?.tag ?? first.localName) as ComponentTag;
  const { attributes, mended } = frame
    ? { attributes: frame.attributes, mended: [] }
    : joinQuotedWords(first.getAttributeNames().map((name) => [name, first.getAttribute(name) ?? '']));
  const get = (name: string): string | null => attributes.find(([key]) => key === name)?.[1] ?? null;

  const lang = supportedLang(get('lang')) ?? current.lang;
  const child = frame ? { json: null, table: null } : readChildData(first);
  const hasFigures = isChartTag(tag)
    ? get('data') !== null || get('src') !== null || child.json !== null || child.table !== null
    : get('value') !== null || get('change') !== null;
  const start = hasFigures ? current : withDefaults({ ...current, lang }, tag);
  const texts = textsOf(get, hasFigures ? null : start.texts[tag]);
  let settings: ChartSettings = {
    ...start,
    component: tag,
    lang,
    theme: option(get('theme'), ['dark', 'auto'] as const) ?? 'light',
    texts: { ...start.texts, [tag]: texts },
  };
  let kind: SnippetKind = frame ? 'iframe' : 'table';

  if (tag === 'homeless-trend') {
    const markers = get('markers');
    const read = markers === null ? ok(hasFigures ? [] : start.markers) : readMarkers(markers);
    if (!read.ok) return read;
    settings = { ...settings, type: option(get('type'), ['bar'] as const) ?? 'line', markers: read.value };
  }
  if (isChartTag(tag) && hasFigures) {
    const rows = readRows(child, first.querySelector('table'), tag, get('data'), lang);
    if (!rows.ok) return rows;
    settings = { ...settings, [tag === 'homeless-trend' ? 'trendRows' : 'preventionRows']: rows.value.rows };
    if (!frame) kind = rows.value.kind;
  } else if (tag === 'key-figure' && hasFigures) {
    const text = (name: string): string => get(name) ?? '';
    settings = {
      ...settings,
      keyFigure: { value: text('value'), unit: text('unit'), change: text('change'), period: text('period') },
    };
  }

  const known = EMBED_ATTRIBUTES[tag].filter((name) => name !== 'src');
  return ok({
    settings,
    kind,
    base: baseOf(doc, first, frame !== null),
    dropped: attributes.map(([name]) => name).filter((name) => !known.includes(name)),
    mended,
    figuresFromSrc: isChartTag(tag) && get('src') !== null && get('data') === null && !child.json && !child.table,
    components: found.length,
  });
}

const OPENING_QUOTE = /^[“”„″]/;
const CLOSING_QUOTE = /[“”„″]$/;

/**
 * Mends what a rich-text editor's quotes do to a tag: the HTML parser does not take ” for a quote, so
 * `heading=”Hemlösheten i Norrköping”` reaches the page as `heading="”Hemlösheten"` and the empty attributes
 * `i` and `norrköping”` (names in lower case). The words are joined again and the quotes taken off. A value
 * that is whole (`heading="”Bostad först” i Norrköping"`, `unit=”personer”`) is left as it is.
 */
function joinQuotedWords(found: readonly Attribute[]): { attributes: Attribute[]; mended: string[] } {
  const attributes: Attribute[] = [];
  const mended: string[] = [];
  for (let index = 0; index < found.length; index++) {
    const [name, value] = found[index] ?? ['', ''];
    const closing = OPENING_QUOTE.test(value) ? closingWord(found, index) : -1;
    if (closing < 0) {
      attributes.push([name, value]);
      continue;
    }
    const words = found.slice(index + 1, closing + 1).map(([word]) => word);
    attributes.push([name, [value, ...words].join(' ').replace(OPENING_QUOTE, '').replace(CLOSING_QUOTE, '')]);
    mended.push(name);
    index = closing;
  }
  return { attributes, mended };
}

/** Where the words cut off the value at `index` end: the first empty attribute after it whose name closes the quote. */
function closingWord(found: readonly Attribute[], index: number): number {
  for (let next = index + 1; found[next]?.[1] === ''; next++)
    if (CLOSING_QUOTE.test(found[next]?.[0] ?? '')) return next;
  return -1;
}

const frameUrl = (frame: Element): URL => new URL(frame.getAttribute('src') ?? '', 'https://embed.invalid/');

/** The snippet's texts; where it gives none, `defaults` (the component's own, shown with its own figures) or empty. */
function textsOf(get: (name: string) => string | null, defaults: ChartTexts | null): ChartTexts {
  return {
    heading: get('heading') ?? defaults?.heading ?? '',
    description: get('description') ?? defaults?.description ?? '',
    source: get('source') ?? defaults?.source ?? '',
    sourceUrl: get('source-url') ?? defaults?.sourceUrl ?? '',
  };
}

/** A setting's value as the component reads it (any case, typographic quotes round it), when it is one of `values`. */
function option<T extends string>(value: string | null, values: readonly T[]): T | null {
  const word = optionAttribute.fromAttribute?.(value);
  return values.find((known) => known === word) ?? null;
}

/** The folder the snippet loads the library from, as the builder's base field takes it. */
function baseOf(doc: Document, first: Element, fromFrame: boolean): string | null {
  const file = fromFrame ? EMBED_PAGE : BUNDLE;
  const urls = fromFrame
    ? [(first.getAttribute('src') ?? '').split('?')[0] ?? '']
    : [
        ...Array.from(doc.querySelectorAll('script[src]'), (script) => script.getAttribute('src') ?? ''),
        ...Array.from(doc.querySelectorAll('link[href]'), (link) =>
          (link.getAttribute('href') ?? '').replace(STYLESHEET, BUNDLE),
        ),
      ];
  const url = urls.find((candidate) => candidate === file || candidate.endsWith(`/${file}`));
  return url === undefined ? null : url.slice(0, -file.length).replace(/\/$/, '');
}

/** The figures as the component reads them: `data`, else a `<script>` child, else a child table. */
function readRows(
  child: ChildData,
  table: HTMLTableElement | null,
  tag: ChartTag,
  data: string | null,
  lang: Lang,
): Result<{ rows: FigureRow[]; kind: SnippetKind }> {
  const json = data ?? child.json;
  if (json !== null) {
    const parsed = parseJson(json);
    if (!parsed.ok) return parsed;
    const rows = jsonRows(parsed.value, tag, lang);
    return rows ? ok({ rows, kind: 'data' }) : fail('shape', { value: parsed.value });
  }
  const cells = child.table ?? [];
  // With no heading marked (no <thead>, no row of <th>), the first row may be a header written in <td> cells.
  const unmarked = table !== null && table.rows.length === cells.length;
  const [first] = cells;
  const body = unmarked && first && isHeaderRow(first, stringsFor(lang).decimal) ? cells.slice(1) : cells;
  return ok({ rows: body.map((row) => fit(row, tag)), kind: 'table' });
}

const fit = (cells: readonly string[], tag: ChartTag): FigureRow =>
  Array.from({ length: ROW_LENGTH[tag] }, (_, index) => cells[index] ?? '');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value as an editor types it in the form: a number in the language's notation, a text as it is. */
function cellText(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return numberText(value, lang);
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** Rows from JSON as `data` takes it: `[{"year":2017,"value":814}]` or a year map; null for any other shape. */
function jsonRows(value: unknown, tag: ChartTag, lang: Lang): FigureRow[] | null {
  const fields = FIELDS[tag];
  const row = (year: unknown, values: readonly unknown[]): FigureRow => [
    typeof year === 'number' ? String(year) : cellText(year, lang),
    ...values.map((cell) => cellText(cell, lang)),
  ];
  if (Array.isArray(value))
    return value.map((item: unknown) =>
      isRecord(item)
        ? row(
            item.year,
            fields.map((field) => item[field]),
          )
        : fit([], tag),
    );
  if (!isRecord(value)) return null;
  return Object.entries(value).map(([year, entry]) =>
    row(year, isRecord(entry) ? fields.map((field) => entry[field]) : [entry]),
  );
}

/** The markers as the form holds them: a date and a label, as written. */
function readMarkers(json: string): Result<MarkerInput[]> {
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  if (!Array.isArray(parsed.value)) return fail('invalidMarker', { value: parsed.value });
  const text = (value: unknown): string =>
    typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
  return ok(
    parsed.value.map((item: unknown) => ({
      date: isRecord(item) ? text(item.date) : '',
      label: isRecord(item) ? text(item.label) : '',
    })),
  );
}
