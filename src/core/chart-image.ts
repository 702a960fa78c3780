import type { ChartTheme } from './chart-theme.js';

export interface ImageText {
  readonly heading: string;
  /** "Källa: …", or empty. */
  readonly source: string;
}

const PADDING = 24;

/**
 * The chart as a PNG for reports: its heading above, its source line below, on the theme's background
 * (a chart without its title and source is of little use once copied out of the page).
 */
export function chartImage(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  text: ImageText,
  theme: ChartTheme,
): Promise<Blob> {
  const ratio = canvas.width / cssWidth || 1;
  const padding = PADDING * ratio;
  const output = document.createElement('canvas');
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas context'));
  const headingFont = `bold ${Math.round(theme.fontSize * 1.25 * ratio)}px ${theme.fontFamily}`;
  const sourceFont = `${Math.round(theme.fontSize * 0.875 * ratio)}px ${theme.fontFamily}`;
  context.font = headingFont;
  const headingLines = text.heading ? wrap(context, text.heading, canvas.width) : [];
  context.font = sourceFont;
  const sourceLines = text.source ? wrap(context, text.source, canvas.width) : [];
  const headingLine = theme.fontSize * 1.25 * 1.3 * ratio;
  const sourceLine = theme.fontSize * 0.875 * 1.4 * ratio;
  const top = padding + headingLines.length * headingLine + (headingLines.length ? 8 * ratio : 0);
  output.width = Math.ceil(canvas.width + 2 * padding);
  output.height = Math.ceil(top + canvas.height + 12 * ratio + sourceLines.length * sourceLine + padding);
  context.fillStyle = theme.background;
  context.fillRect(0, 0, output.width, output.height);
  context.fillStyle = theme.text;
  drawLines(context, headingLines, headingFont, padding, padding, headingLine);
  context.drawImage(canvas, padding, top);
  context.fillStyle = theme.textMuted;
  drawLines(context, sourceLines, sourceFont, padding, top + canvas.height + 12 * ratio, sourceLine);
  return new Promise((resolve, reject) => {
    output.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be encoded as PNG'))),
      'image/png',
    );
  });
}

/**
 * Writes lines from `top` down, each on its baseline 0.7 of a line below its top: the same in every browser,
 * where `textBaseline = 'top'` is not (Firefox puts a glyph's top above it), and within 2 px of the font's
 * own ascent (TextMetrics.fontBoundingBoxAscent, which Firefox has only since 116).
 */
function drawLines(
  context: CanvasRenderingContext2D,
  lines: string[],
  font: string,
  left: number,
  top: number,
  lineHeight: number,
): void {
  context.font = font;
  lines.forEach((line, index) => context.fillText(line, left, top + (index + 0.7) * lineHeight));
}

/** Breaks a text into lines no wider than `maxWidth` at spaces. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
