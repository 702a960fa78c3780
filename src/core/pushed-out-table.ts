/** No element inside and no text but white space; or no node at all. */
const blank = (node: Node | null | undefined): boolean =>
  !node || (!(node instanceof Element && node.children.length) && !node.textContent?.trim());

/**
 * The table a CMS's paragraphs pushed out of the tag, put back: WordPress's classic editor makes
 * `<homeless-trend><table>…</table></homeless-trend>` into `<p><homeless-trend></p><table>…</table><p></homeless-trend></p>`,
 * which a browser reads as an empty element ending a paragraph (alone, or after a line of text typed just
 * before the tag), the table, and an empty paragraph. Only that shape is taken for it: the element would
 * otherwise show the embedded figures under the editor's heading.
 */
export function tablePushedOut(host: Element): HTMLTableElement | null {
  const paragraph = host.parentElement;
  const table = paragraph?.nextElementSibling;
  const after = table?.nextElementSibling;
  if (!blank(host) || paragraph?.localName !== 'p' || paragraph.lastElementChild !== host || !blank(host.nextSibling))
    return null;
  if (!(table instanceof HTMLTableElement) || after?.localName !== 'p' || !blank(after)) return null;
  host.append(table);
  return table;
}
