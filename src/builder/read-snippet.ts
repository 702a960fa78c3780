import { readChildData, type ChildData } from '../core/child-data.js';
import { optionAttribute } from '../core/option-attribute.js';
import { safeUrl } from '../core/safe-url.js';
import { switchAttribute, unquoted } from '../core/attribute-converters.js';
import { fail, ok, type DataError, type Result } from '../data/errors.js';
import { parseJson } from '../data/json.js';
import { misspeltAttribute } from '../data/misspelt-attribute.js';
import { duplicateYear } from '../data/rows.js';
import {
  COMPONENT_ATTRIBUTES,
  COMPONENT_TAGS,
  EMBED_ATTRIBUTES,
  type Attribute,
  type ComponentTag,
} from '../embed/attributes.js';
import { embedRequest, type EmbedRequest } from '../embed/params.js';
import { stringsFor, supportedLang, type Lang } from '../i18n/index.js';
import {
  HEADING_LEVELS,
  isChartTag,
  numberText,
  fitRow,
  withDefaults,
  type ChartSettings,
  type ChartTag,
  type ChartTexts,
  type FigureRow,
  type HeadingLevel,
  type MarkerInput,
} from './settings.js';
import { FIELDS } from './markup.js';
import { tableRows } from './paste.js';
import { BUNDLE, EMBED_PAGE, STYLESHEET } from './snippet.js';
import { straightenQuotes } from './straighten-quotes.js';
import type { SnippetKind } from './builder-strings.js';

/** A snippet read back: the form's new settings, and what the builder cannot keep of it. */
export interface SnippetRead {
  readonly settings: ChartSettings;
  /** The snippet's form: a child table, JSON (`data` or a `<script>` child), or an iframe. */
  readonly kind: SnippetKind;
  /** The folder of the script, stylesheet or embed page the snippet loads; null when it names none. */
  readonly base: string | null;
  /** The snippet loads the classic script (`.iife.js`); the builder's code loads the module. */
  readonly classicScript: boolean;
  /**
   * What the builder's code cannot keep: attributes it has no field for (`no-actions`, `class`, `src`…), in
   * the snippet's order, `heading=""` or `source=""` (hidden on the page; an empty field is the default), and
   * the table's `<caption>` and `<tfoot>`.
   */
  readonly dropped: readonly string[];
  /** A `heading-level` that is no level 1–6, as written: read as the level the page draws for it. */
  readonly levelChanged: string | null;
  /** The figures were in a `<script type="application/json">` child; the builder writes them in `data`. */
  readonly figuresInScript: boolean;
  /** Attributes written in typographic quotes (`heading=”…”`), read with straight ones. */
  readonly mended: readonly string[];
  /** Attribute names with a slip in them, read as the names meant: `sorce → source`. */
  readonly respelt: readonly string[];
  /** The snippet gives no `lang`: it was read in the form's language. */
  readonly langAssumed: boolean;
  /** The `markers` could not be read: the chart has none, as on a page, which shows this error. */
  readonly markersError: DataError | null;
  /** The figures come from `src`, not from the snippet: there are no rows. */
  readonly figuresFromSrc: boolean;
  /** How many components the text holds; the first was read. */
  readonly components: number;
}

/** Nothing in the text is a component or an iframe of the embed page. */
export type NoComponent = 'noComponent';
/** The text holds a component's code as a visual editor shows it, `&lt;homeless-trend…`: it was copied from there. */
export type EscapedCode = 'escapedCode';

const EMBED_FRAMES = `iframe[src*="${EMBED_PAGE}?"]`;
const TAGS = COMPONENT_TAGS.join('|');

/** Whether a text holds a component or an embed iframe, as a snippet does and spreadsheet cells never do. */
export const looksLikeSnippet = (text: string): boolean =>
  new RegExp(`<(?:${TAGS})[\\s>/]|<iframe[^>]*${EMBED_PAGE}`, 'i').test(text);

/**
 * Reads the code of a component, as the builder writes it or by hand, back into the builder's settings: an
 * editor changes last year's snippet instead of typing every figure again. The text is parsed as an inert
 * document: no script in it runs, no component in it is created. Figures stay as written (cell texts, JSON
 * numbers in the snippet's language), for the preview to check as the page would. A component with no
 * figures shows Norrköping's, and so does the form; a missing attribute means what it means in a page
 * (no `theme` is light, no `type` a line). Other components' figures and texts in `current` are kept.
 */
export function readSnippet(
  pasted: string,
  current: ChartSettings,
): Result<SnippetRead> | { readonly ok: false; readonly error: NoComponent | EscapedCode } {
  const { text, mended } = straightenQuotes(pasted);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const found = Array.from(doc.querySelectorAll(`${COMPONENT_TAGS.join(', ')}, ${EMBED_FRAMES}`)).flatMap(
    (element): { element: Element; frame: EmbedRequest | null }[] => {
      if (element.localName !== 'iframe') return [{ element, frame: null }];
      // An iframe of the embed page for no component it knows is passed over, as the embed page shows nothing.
      const frame = embedRequest(frameUrl(element).searchParams);
      return frame ? [{ element, frame }] : [];
    },
  );
  const [chosen] = found;
  if (!chosen) {
    const escaped = new RegExp(`&lt;(?:${TAGS})[\\s&/]`, 'i').test(pasted);
    return { ok: false, error: escaped ? 'escapedCode' : 'noComponent' };
  }
  const { element: first, frame } = chosen;
  const tag = (frame?.tag ?? first.localName) as ComponentTag;
  const written: readonly Attribute[] =
    frame?.attributes ?? first.getAttributeNames().map((name) => [name, first.getAttribute(name) ?? '']);
  // A slip in a name (`sorce`) is read as the name meant, as the page's message says it (NC124), unless the
  // snippet also has that one.
  const respelt: string[] = [];
  const attributes = written.map(([name, value]): Attribute => {
    const meant = misspeltAttribute([{ name, value }], COMPONENT_ATTRIBUTES[tag])?.detail;
    if (!meant || written.some(([other]) => other === meant)) return [name, value];
    respelt.push(`${name} → ${meant}`);
    return [meant, value];
  });
  const get = (name: string): string | null => attributes.find(([key]) => key === name)?.[1] ?? null;

  const lang = supportedLang(get('lang'));
  const child = frame ? { json: null, table: null, rowsAsText: false } : readChildData(first);
  const hasFigures = isChartTag(tag)
    ? get('data') !== null || get('src') !== null || child.json !== null || child.table !== null
    : get('value') !== null || get('change') !== null;
  if (isChartTag(tag) && !hasFigures && child.rowsAsText) return fail('rowsAsText');
  const start = hasFigures ? current : withDefaults({ ...current, lang: lang ?? current.lang }, tag);
  const texts = textsOf(get, hasFigures ? null : start.texts[tag]);
  const level = get('heading-level');
  const levelRead = headingLevel(level);
  let settings: ChartSettings = {
    ...start,
    component: tag,
    lang: lang ?? current.lang,
    theme: option(get('theme'), ['dark', 'auto'] as const) ?? 'light',
    headingLevel: levelRead?.level ?? '2',
    noSummary: switchAttribute(get('no-summary')),
    texts: { ...start.texts, [tag]: texts },
  };
  let kind: SnippetKind = frame ? 'iframe' : 'table';
  let markersError: DataError | null = null;

  if (tag === 'homeless-trend') {
    const markers = get('markers');
    const read = markers === null ? ok(hasFigures ? [] : start.markers) : readMarkers(markers);
    // As on a page: the chart is drawn without markers that cannot be read, and the error is said.
    if (!read.ok) markersError = read.error;
    settings = {
      ...settings,
      type: option(get('type'), ['bar'] as const) ?? 'line',
      markers: read.ok ? read.value : [],
    };
  }
  if (isChartTag(tag) && hasFigures) {
    const rows = readRows(child, tag, get('data'), settings.lang);
    if (!rows.ok) return rows;
    settings = { ...settings, [tag === 'homeless-trend' ? 'trendRows' : 'preventionRows']: rows.value.rows };
    if (!frame) kind = rows.value.kind;
  } else if (tag === 'key-figure' && hasFigures) {
    const value = (name: string): string => get(name) ?? '';
    settings = {
      ...settings,
      keyFigure: { value: value('value'), unit: value('unit'), change: value('change'), period: value('period') },
    };
  }

  const known = EMBED_ATTRIBUTES[tag].filter((name) => name !== 'src');
  // An empty heading or source hides it on a page; the form's empty field means the default.
  const hidden = ['heading', 'source'].filter((name) => get(name)?.trim() === '');
  // A level the component does not take: it says so, and shows the nearest, as the form now does.
  const badLevel = level !== null && level.trim() !== '' && !levelRead?.exact;
  return ok({
    settings,
    kind,
    ...scriptOf(doc, first, frame !== null),
    dropped: [
      ...attributes.map(([name]) => name).filter((name) => !known.includes(name)),
      ...hidden.map((name) => `${name}=""`),
      // What the builder's table has no place for.
      ...['caption', 'tfoot'].filter((part) => first.querySelector(`table ${part}`)).map((part) => `<${part}>`),
    ],
    levelChanged: badLevel ? unquoted(level.trim()) : null,
    figuresInScript: get('data') === null && child.json !== null,
    mended: [...new Set(mended)],
    respelt,
    langAssumed: lang === null,
    markersError,
    figuresFromSrc: isChartTag(tag) && get('src') !== null && get('data') === null && !child.json && !child.table,
    components: found.length,
  });
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

/**
 * `heading-level` as the component draws it (`3`, ` 3 `, `”3”`, `3.0`; the nearest level of a number outside
 * them, `7` as 6), and whether it is one of the six as written. Null when not a number: the default level.
 */
function headingLevel(value: string | null): { readonly level: HeadingLevel; readonly exact: boolean } | null {
  const number = value?.trim() ? Number(unquoted(value.trim())) : NaN;
  if (Number.isNaN(number)) return null;
  const nearest = String(Math.min(6, Math.max(1, Math.round(number))));
  const level = HEADING_LEVELS.find((known) => known === nearest) ?? '2';
  return { level, exact: level === String(number) };
}

/** The classic script, for CMSs that remove `type="module"`: the builder writes the module. */
const CLASSIC_BUNDLE = 'norrkoping-charts.iife.js';

/**
 * The folder the snippet loads the library from, as the builder's base field takes it (null when it names
 * none, or an address that is no `http(s)` or relative one), and whether it loads the classic script.
 */
function scriptOf(doc: Document, first: Element, fromFrame: boolean): { base: string | null; classicScript: boolean } {
  const sources = fromFrame
    ? [(first.getAttribute('src') ?? '').split('?')[0] ?? '']
    : [
        ...Array.from(doc.querySelectorAll('script[src]'), (script) => script.getAttribute('src') ?? ''),
        ...Array.from(doc.querySelectorAll('link[href]'), (link) => link.getAttribute('href') ?? ''),
      ];
  const files = fromFrame ? [EMBED_PAGE] : [BUNDLE, CLASSIC_BUNDLE, STYLESHEET];
  let base: string | null = null;
  for (const url of sources) {
    const file = files.find((name) => url === name || url.endsWith(`/${name}`));
    if (file === undefined) continue;
    base = safeUrl(url) === null ? null : url.slice(0, -file.length).replace(/\/$/, '');
    break;
  }
  return { base, classicScript: !fromFrame && sources.some((url) => url.endsWith(CLASSIC_BUNDLE)) };
}

/** The figures as the component reads them: `data`, else a `<script>` child, else a child table. */
function readRows(
  child: ChildData,
  tag: ChartTag,
  data: string | null,
  lang: Lang,
): Result<{ rows: FigureRow[]; kind: SnippetKind }> {
  const json = data ?? child.json;
  if (json !== null) {
    const parsed = parseJson(json);
    if (!parsed.ok) return parsed;
    // The page refuses a year map with a year twice; the form would have only its last figure.
    const duplicate = duplicateYear(parsed.text);
    if (duplicate) return duplicate;
    const rows = jsonRows(parsed.value, tag, lang);
    return rows ? ok({ rows, kind: 'data' }) : fail('shape', { value: parsed.value });
  }
  // As on the page: blank rows and the header rows above the figures are skipped, and a number in a column
  // the chart does not show, or years not down the first column, are errors.
  const rows = tableRows(child.table ?? [], tag, stringsFor(lang).decimal);
  return rows.ok ? ok({ rows: rows.value, kind: 'table' }) : rows;
}

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
        : fitRow([], tag),
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
