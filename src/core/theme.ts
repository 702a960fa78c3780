export type ThemeName = 'light' | 'dark' | 'auto';

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
  readonly focus: string;
  readonly fontFamily: string;
  readonly fontSize: number;
}

const darkScheme = (): MediaQueryList => matchMedia('(prefers-color-scheme: dark)');
const print = (): MediaQueryList => matchMedia('print');

/** True while the page is being printed (or print is emulated): charts then draw at once, in print colours. */
export const printing = (): boolean => print().matches;

/** `auto` follows the reader's colour scheme; anything but `dark` and `auto` is light. */
export function resolveTheme(theme: string | null | undefined): 'light' | 'dark' {
  if (theme === 'dark') return 'dark';
  return theme === 'auto' && darkScheme().matches ? 'dark' : 'light';
}

/**
 * Calls `onChange` when the reader's colour scheme changes, and when printing starts or ends (paper has
 * its own palette, see `tokenStyles`, which the canvas must be redrawn in); returns the stop function.
 */
export function watchColorScheme(onChange: () => void): () => void {
  const queries = [darkScheme(), print()];
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

/** Calls `onChange` when forced colours (Windows High Contrast) are turned on or off; returns the stop function. */
export function watchForcedColors(onChange: () => void): () => void {
  const query = matchMedia('(forced-colors: active)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
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
  'focus',
] as const;

/**
 * Reads the private `--_*` tokens of an element styled with `tokenStyles`, each resolved to `rgb(…)`
 * by the browser: a token may hold any CSS colour (a system colour in forced-colours mode, `oklch()`,
 * a named colour), but Chart.js and the canvas need one they can parse.
 */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  // One probe per token, all in the page at once: the browser resolves their styles in one pass.
  const probes = Object.fromEntries(
    COLOR_TOKENS.map((name) => {
      const probe = document.createElement('span');
      probe.hidden = true;
      probe.style.color = `var(--_${name})`;
      return [name, probe];
    }),
  ) as Record<(typeof COLOR_TOKENS)[number], HTMLSpanElement>;
  element.append(...Object.values(probes));
  const token = (name: (typeof COLOR_TOKENS)[number]): string => getComputedStyle(probes[name]).color;
  try {
    return {
      background: token('background'),
      text: token('text'),
      textMuted: token('text-muted'),
      grid: token('grid'),
      axis: token('axis'),
      series: [token('series-1'), token('series-2')],
      unmeasured: token('unmeasured'),
      marker: token('marker'),
      focus: token('focus'),
      fontFamily: style.fontFamily,
      fontSize: Number.parseFloat(style.fontSize) || 14,
    };
  } finally {
    for (const probe of Object.values(probes)) probe.remove();
  }
}

export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
