/** No element inside and no text but white space; or no node at all. */
export const blank = (node: Node | null | undefined): boolean =>
  !node || (!(node instanceof Element && node.children.length) && !node.textContent?.trim());

/** The paragraph `host` ends (nothing but white space after it there), or null. */
export function endedParagraph(host: Element): Element | null {
  const paragraph = host.parentElement;
  return paragraph?.localName === 'p' && paragraph.lastElementChild === host && blank(host.nextSibling)
    ? paragraph
    : null;
}

/**
 * The table a CMS's paragraphs pushed out of the tag, put back: WordPress's classic editor makes
 * `<homeless-trend><table>…</table></homeless-trend>` into `<p><homeless-trend></p><table>…</table><p></homeless-trend></p>`,
 * which a browser reads as an empty element ending a paragraph (alone, or after a line of text typed just
 * before the tag), the table, and a paragraph that held the end tag. Only that shape is taken for it: the
 * element would otherwise show the embedded figures under the editor's heading.
 */
export function tablePushedOut(host: Element): HTMLTableElement | null {
  const table = endedParagraph(host)?.nextElementSibling;
  // The paragraph WordPress opened for the tag's end, which the browser dropped: empty, or beginning with
  // the line break before the text (or the next tag) typed on the lines after it.
  const closing = table?.nextElementSibling;
  if (
    !blank(host) ||
    !(table instanceof HTMLTableElement) ||
    closing?.localName !== 'p' ||
    !(blank(closing) || closing.firstChild instanceof HTMLBRElement)
  )
    return null;
  host.append(table);
  return table;
}
