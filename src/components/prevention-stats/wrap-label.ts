/**
 * Splits a label into lines no wider than `width`, word by word, as a browser wraps text; null when a
 * single word is wider (the label cannot be shown there without overlapping its neighbour).
 */
export function wrapLabel(text: string, width: number, measure: (text: string) => number): string[] | null {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (measure(word) > width) return null;
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
