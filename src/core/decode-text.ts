/**
 * The text of a fetched file. A charset named in the Content-Type header is used, except UTF-8: servers
 * often name UTF-8 for every text file, also for a CSV saved by Swedish Excel, whose default encoding is
 * Windows-1252 ("år" as the single byte 0xE5, a no-break space in "1 073" as 0xA0). So bytes that are not
 * valid UTF-8 are read as Windows-1252, whose every byte is a character (ISO-8859-1 is read the same way).
 */
export function decodeText(bytes: BufferSource, contentType: string): string {
  const declared = declaredDecoder(contentType);
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/** A decoder for the charset the header names; null when it names none, names UTF-8, or one unknown. */
function declaredDecoder(contentType: string): TextDecoder | null {
  const label = CHARSET.exec(contentType)?.[1];
  if (label === undefined) return null;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    // An unknown label, which TextDecoder refuses with a RangeError.
    return null;
  }
}
