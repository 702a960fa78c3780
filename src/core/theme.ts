export type ThemeName = 'light' | 'dark' | 'auto';

/** Colours and font as Chart.js needs them, read from the rendered tokens. */
export interface ChartTheme {
  readonly background: string;
  readonly text: string;
  readonly textMuted: string;
  readonly grid: string;
  readonly axis: string;
  readonly series: readonly [string, string];
  readonly marker: string;
  readonly fontFamily: string;
  readonly fontSize: number;
}

const darkScheme = (): MediaQueryList => matchMedia('(prefers-color-scheme: dark)');

/** `auto` follows the reader's colour scheme; anything but `dark` and `auto` is light. */
export function resolveTheme(theme: string | null | undefined): 'light' | 'dark' {
  if (theme === 'dark') return 'dark';
  return theme === 'auto' && darkScheme().matches ? 'dark' : 'light';
}

/** Calls `onChange` when the reader's colour scheme changes; returns the stop function. */
export function watchColorScheme(onChange: () => void): () => void {
  const query = darkScheme();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Reads the private `--_*` tokens of an element styled with `tokenStyles`. */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string): string => style.getPropertyValue(`--_${name}`).trim();
  return {
    background: token('background'),
    text: token('text'),
    textMuted: token('text-muted'),
    grid: token('grid'),
    axis: token('axis'),
    series: [token('series-1'), token('series-2')],
    marker: token('marker'),
    fontFamily: style.fontFamily,
    fontSize: Number.parseFloat(style.fontSize) || 14,
  };
}

export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
