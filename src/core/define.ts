/** The library's version, compared when a tag is already defined. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';

type VersionedElement = CustomElementConstructor & { readonly version?: string };

/**
 * Defines a tag unless it already is: loading the script twice, or the ES module and the classic
 * script on one page, must not throw. A different version holding the tag is left alone, with a warning.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(
      `[norrkoping-charts] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${element.version ?? 'unknown'} was not registered. Load the script once.`,
    );
  }
}
