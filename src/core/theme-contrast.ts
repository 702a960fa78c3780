/**
 * The contrast WCAG 2.1 asks of each colour the canvas draws on the chart's background: text 4.5 : 1 (1.4.3:
 * the tick labels in `text-muted`, the marker's label), lines, points and bars 3 : 1 (1.4.11). The grid is
 * decoration and asks none.
 */
export const NEEDED_CONTRAST: Readonly<Record<string, number>> = {
  text: 4.5,
  'text-muted': 4.5,
  marker: 4.5,
  axis: 3,
  'series-1': 3,
  'series-2': 3,
  unmeasured: 3,
};

/** A colour as the browser computes one in sRGB, `rgb(…)` or `rgba(…)`; null for other spaces or any transparency. */
function opaqueChannels(colour: string): number[] | null {
  const match = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(colour);
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) return null;
  return match.slice(1, 4).map(Number);
}

/** Relative luminance, WCAG 2.1's definition. */
function luminance(channels: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(first: readonly number[], second: readonly number[]): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Each token that has less contrast on the background than WCAG asks, said as a developer sets it right
 * ("--nc-color-axis rgb(92, 95, 102): 2.9 : 1, needs 3 : 1"). None when the background is not opaque (the
 * page's shows through, which a component cannot read) or a colour is not sRGB.
 */
export function contrastShortfalls(colours: Readonly<Record<string, string>>): string[] {
  const background = opaqueChannels(colours.background ?? '');
  if (!background) return [];
  return Object.entries(NEEDED_CONTRAST).flatMap(([token, needed]) => {
    const colour = colours[token] ?? '';
    const channels = opaqueChannels(colour);
    if (!channels) return [];
    const ratio = contrastRatio(channels, background);
    // Rounded down, so that the ratio said is never one that would pass.
    return ratio < needed
      ? [`--nc-color-${token} ${colour}: ${Math.floor(ratio * 10) / 10} : 1, needs ${needed} : 1`]
      : [];
  });
}

const warned = new Set<string>();

/**
 * Warns, once per page for each set of colours, when a chart's colours are too faint on its background:
 * most often a page that set `--nc-color-background` and `--nc-color-text` for a dark page and not the
 * colours that go with them.
 */
export function warnOfLowContrast(colours: Readonly<Record<string, string>>, element: Element): void {
  const shortfalls = contrastShortfalls(colours);
  const key = shortfalls.join('|');
  if (!shortfalls.length || warned.has(key)) return;
  warned.add(key);
  // The component, for the console to link to: `element` is the chart's box inside it.
  const root = element.getRootNode();
  console.warn(
    `[norrkoping-charts] Colours too faint on the chart's background ${colours.background ?? ''} (WCAG 2.1 1.4.3, 1.4.11): ${shortfalls.join('; ')}. Set these custom properties too, or theme="dark" on a dark page.`,
    root instanceof ShadowRoot ? root.host : element,
  );
}
