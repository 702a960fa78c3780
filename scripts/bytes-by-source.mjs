// What takes the space in a minified file: its bytes attributed to the source files they were built from,
// read from its source map (version 3). Used by `npm run size -- --modules`.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The numbers of one mapping segment: base64 VLQ, 5 bits a digit, the lowest bit of each number its sign. */
export function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a source map mapping: "${text}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return numbers;
}

/**
 * Bytes of `code` by source: each segment of the map covers its line from its column up to the next
 * segment's (or the line's end); bytes no segment names a source for count as "(generated)". The columns
 * of a map count UTF-16 code units, as do the lines' lengths here; the result is in UTF-8 bytes.
 */
export function bytesBySource(code, map) {
  const totals = new Map();
  const add = (source, text) => totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(text));
  const lines = code.split('\n');
  const mappings = map.mappings.split(';');
  let source = 0;
  lines.forEach((line, lineIndex) => {
    let column = 0;
    const starts = [];
    for (const segment of mappings[lineIndex] ? mappings[lineIndex].split(',') : []) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      starts.push({ column, source: sourceDelta === undefined ? null : source });
    }
    add('(generated)', line.slice(0, starts[0]?.column ?? line.length));
    starts.forEach((start, index) => {
      const text = line.slice(start.column, starts[index + 1]?.column ?? line.length);
      add(start.source === null ? '(generated)' : (map.sources[start.source] ?? '(generated)'), text);
    });
    if (lineIndex < lines.length - 1) add('(generated)', '\n');
  });
  return totals;
}
