import { blank, endedParagraph, tablePushedOut } from './pushed-out-table.js';

/**
 * For a chart, also the table right after an empty tag with a heading or source of its own, put inside: the
 * tag closed before its table (`<homeless-trend heading="…"></homeless-trend><table>`), or a rich-text
 * editor that takes the tags for inline ones (`<p><homeless-trend heading="…"></homeless-trend></p><table>`).
 * Such a tag would otherwise show Norrköping's figures under the editor's heading and source.
 */
export function tableAfter(host: Element): HTMLTableElement | null {
  const pushedOut = tablePushedOut(host);
  if (pushedOut || !blank(host) || !(host.hasAttribute('heading') || host.hasAttribute('source'))) return pushedOut;
  const before = endedParagraph(host) ?? host;
  const table = before.nextElementSibling;
  if (!(table instanceof HTMLTableElement) || (before.nextSibling !== table && !blank(before.nextSibling))) return null;
  host.append(table);
  return table;
}
