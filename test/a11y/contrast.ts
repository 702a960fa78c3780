/** WCAG 2.1 contrast between two colours given as `rgb(…)`/`rgba(…)`, `color(srgb…)` or `#rrggbb`; alpha is ignored. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return [hex[1], hex[2], hex[3]].map((part) => Number.parseInt(part ?? '0', 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  // What a relative colour computes to: color(srgb 1 1 1), color(srgb-linear 0 0 0).
  const space = /^color\(srgb(-linear)?\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)/i.exec(colour.trim());
  if (space) {
    const encode = (value: number): number =>
      space[1] ? (value <= 0.0031308 ? 12.92 * value : 1.055 * value ** (1 / 2.4) - 0.055) : value;
    return [space[2], space[3], space[4]].map((part) => 255 * encode(Number(part))) as [number, number, number];
  }
  throw new Error(`Not an rgb(), color(srgb…) or #rrggbb colour: ${colour}`);
}

/** Relative luminance (WCAG 2.1 definition). */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
