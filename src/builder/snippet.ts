import type { ChartMarkup } from './markup.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A carriage return would become a line feed when the page is parsed; a reference keeps it.
  '\r': '&#13;',
};

/** Escapes text for an HTML attribute value or element content: `&`, `<`, `>`, `"`, `'` (and CR). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Escapes JSON for an attribute value in single quotes, as the editors' guide writes it: its `"` stay as they
 * are, readable. A `'` can still come, in a marker's label or a figure kept as typed for the component to
 * report (`"value":"O'Neil"`), and is written `&#39;`.
 */
export function escapeJsonAttribute(json: string): string {
  return json.replace(/[&<>'\r]/g, (char) => ESCAPES[char] ?? char);
}

/** The attributes that hold JSON: written in single quotes. */
const JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['data', 'markers']);

/** The attributes that are on or off: written with no value, `no-summary`, as the guides write them. */
const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['no-summary']);

/** One attribute as the snippet writes it: JSON in single quotes, any other value in double quotes. */
function attributeText(name: string, value: string): string {
  if (BOOLEAN_ATTRIBUTES.has(name) && value === '') return name;
  return JSON_ATTRIBUTES.has(name) ? `${name}='${escapeJsonAttribute(value)}'` : `${name}="${escapeHtml(value)}"`;
}

/** A file next to the bundle: `joinUrl("https://x.se/nc/", "embed.html")` → `https://x.se/nc/embed.html`. */
export function joinUrl(base: string, file: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return trimmed ? `${trimmed}/${file}` : file;
}

/** The bundle the snippets load, in the folder `base`. */
export const BUNDLE = 'norrkoping-charts.js';
/** Keeps the page still while the bundle loads (the bundle's module script runs after the page is parsed). */
export const STYLESHEET = 'norrkoping-charts.css';
/** The iframe page and the script that fits iframes to their content. */
export const EMBED_PAGE = 'embed.html';
const EMBED_RESIZE = 'embed-resize.js';

/** The component's opening tag, one attribute a line. */
function openingTag({ tag, attributes }: ChartMarkup): string {
  if (attributes.length === 0) return `<${tag}>`;
  const lines = attributes.map(([name, value]) => `  ${attributeText(name, value)}`);
  return `<${tag}\n${lines.join('\n')}\n>`;
}

function tableLines(markup: ChartMarkup): string[] {
  if (!markup.table) return [];
  const row = (tag: 'th' | 'td', cells: readonly string[]): string =>
    `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
  return [
    '  <table>',
    '    <thead>',
    `      ${row('th', markup.table.head)}`,
    '    </thead>',
    '    <tbody>',
    ...markup.table.rows.map((cells) => `      ${row('td', cells)}`),
    '    </tbody>',
    '  </table>',
  ];
}

/**
 * The snippet a web editor pastes into a CMS: the stylesheet, the script tag and the component, with its
 * figures as a child table (readable without JavaScript) or in the `data` attribute. Every text is escaped.
 */
export function componentSnippet(markup: ChartMarkup, base: string): string {
  return [
    `<link rel="stylesheet" href="${escapeHtml(joinUrl(base, STYLESHEET))}">`,
    `<script type="module" src="${escapeHtml(joinUrl(base, BUNDLE))}"></script>`,
    openingTag(markup),
    ...tableLines(markup),
    `</${markup.tag}>`,
  ].join('\n');
}

/** The URL of the iframe embed showing the component: every value encoded with `encodeURIComponent`. */
export function embedUrl(markup: ChartMarkup, base: string): string {
  const query = [['component', markup.tag] as const, ...markup.attributes]
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${joinUrl(base, EMBED_PAGE)}?${query}`;
}

/**
 * The iframe's height without embed-resize.js: each component with its summary, buttons and source in a
 * content column of 320–760 px (measured in dist/embed.html); wider, a chart grows with its width.
 */
const IFRAME_HEIGHTS: Readonly<Record<ChartMarkup['tag'], number>> = {
  'homeless-trend': 720,
  'prevention-stats': 660,
  'key-figure': 240,
};

/**
 * The iframe snippet, for CMSs that remove `<script>` from an HTML block: the iframe alone works; the
 * optional script after it makes the iframe as tall as the chart.
 */
export function iframeSnippet(markup: ChartMarkup, base: string, title: string): string {
  return [
    `<iframe src="${escapeHtml(embedUrl(markup, base))}" title="${escapeHtml(title)}"` +
      ` width="100%" height="${IFRAME_HEIGHTS[markup.tag]}" style="width: 100%; border: 0;" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(joinUrl(base, EMBED_RESIZE))}"></script>`,
  ].join('\n');
}
