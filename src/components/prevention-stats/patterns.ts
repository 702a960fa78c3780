const SIZE = 8;

/**
 * A fill of diagonal stripes in the series colour on the background, so that a second series differs
 * from the first by pattern as well as by colour (WCAG 1.4.1), in the legend as in the bars.
 */
export function stripes(colour: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = SIZE;
  tile.height = SIZE;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = background;
  context.fillRect(0, 0, SIZE, SIZE);
  context.strokeStyle = colour;
  context.lineWidth = 3;
  context.beginPath();
  // Three strokes so the stripes continue across tile edges.
  for (const offset of [-SIZE, 0, SIZE]) {
    context.moveTo(offset, SIZE);
    context.lineTo(offset + SIZE, 0);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}
