/**
 * A text setting as text, whatever a page's script set its property to: a framework may pass a number
 * (`heading={2023}`), a `URL` object (`sourceUrl`) or null. An object gives its own text (a URL its
 * address); one that has none, or throws, gives nothing rather than breaking the element.
 */
export function asText(value: unknown): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object's own text is what a page meant
    return value == null ? '' : String(value);
  } catch {
    return '';
  }
}
