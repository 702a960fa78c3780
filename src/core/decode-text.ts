/**
 * The text of a fetched file: UTF-16 when it begins with its byte-order mark (Excel's "Unicode text"),
 * else UTF-8, else Windows-1252. Swedish Excel saves CSV in Windows-1252 ("år" as the single byte 0xE5, the
 * no-break space in "1 073" as 0xA0), and servers label it UTF-8 or nothing at all, so the header cannot be
 * trusted; bytes that are not valid UTF-8 are read as Windows-1252, in which every byte is a character.
 * (`Response.text()` would read them as UTF-8 and show "1�073".)
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const [first, second] = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
