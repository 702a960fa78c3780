import { warnOfLowContrast } from './theme-contrast.js';

/** Colours and font as Chart.js needs them, read from the rendered tokens. */
export interface ChartTheme {
  readonly background: string;
  readonly text: string;
  readonly textMuted: string;
  readonly grid: string;
  readonly axis: string;
  readonly series: readonly [string, string];
  /** The lighter, dashed line across years between two measurements, which nobody measured. */
  readonly unmeasured: string;
  readonly marker: string;
  readonly fontFamily: string;
  readonly fontSize: number;
}

const COLOR_TOKENS = [
  'background',
  'text',
  'text-muted',
  'grid',
  'axis',
  'series-1',
  'series-2',
  'unmeasured',
  'marker',
] as const;

type ColorToken = (typeof COLOR_TOKENS)[number];
type Colors = Record<ColorToken, string>;

/**
 * A colour written as a literal (hex or a colour function of numbers) resolves the same anywhere; one
 * with a keyword (`currentcolor`, a system colour such as `Canvas`, `light-dark()`, relative colours)
 * depends on the element and the page's state.
 */
const LITERAL_COLOR = /^(#[\da-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]*\))$/i;

/** Resolved colours of literal token values, shared by every chart of the page (one theme, many charts). */
const resolvedColors = new Map<string, Colors>();
const MAX_CACHED_THEMES = 32;

/**
 * Reads the private `--_*` tokens of an element styled with `tokenStyles`, each resolved to `rgb(…)`
 * by the browser: a token may hold any CSS colour (a system colour in forced-colours mode, `oklch()`,
 * a named colour), but Chart.js and the canvas need one they can parse.
 */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const values = COLOR_TOKENS.map((name) => style.getPropertyValue(`--_${name}`).trim());
  // Resolving needs a probe element per token and a style pass; the same literal values resolve alike.
  const literal = values.every((value) => LITERAL_COLOR.test(value));
  const key = values.join('|');
  let colors = literal ? resolvedColors.get(key) : undefined;
  if (!colors) {
    colors = resolveTokens(element);
    warnOfLowContrast(colors, element);
    if (literal) {
      if (resolvedColors.size >= MAX_CACHED_THEMES) resolvedColors.clear();
      resolvedColors.set(key, colors);
    }
  }
  return {
    background: colors.background,
    text: colors.text,
    textMuted: colors['text-muted'],
    grid: colors.grid,
    axis: colors.axis,
    series: [colors['series-1'], colors['series-2']],
    unmeasured: colors.unmeasured,
    marker: colors.marker,
    fontFamily: style.fontFamily,
    fontSize: Number.parseFloat(style.fontSize) || 14,
  };
}

/** Each colour token as the browser resolves it in `element`. */
function resolveTokens(element: Element): Colors {
  // One probe per token, all in the page at once: the browser resolves their styles in one pass.
  const probes = COLOR_TOKENS.map((name) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.color = `var(--_${name})`;
    return [name, probe] as const;
  });
  element.append(...probes.map(([, probe]) => probe));
  try {
    return Object.fromEntries(probes.map(([name, probe]) => [name, getComputedStyle(probe).color])) as Colors;
  } finally {
    for (const [, probe] of probes) probe.remove();
  }
}
