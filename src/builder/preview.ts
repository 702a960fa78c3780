import type { ChartMarkup, TableMarkup } from './markup.js';

function tableElement(doc: Document, { head, rows }: TableMarkup): HTMLTableElement {
  const table = doc.createElement('table');
  const row = (section: HTMLTableSectionElement, tag: 'th' | 'td', cells: readonly string[]): void => {
    const tr = section.insertRow();
    for (const text of cells) tr.append(Object.assign(doc.createElement(tag), { textContent: text }));
  };
  row(table.createTHead(), 'th', head);
  const body = table.createTBody();
  for (const cells of rows) row(body, 'td', cells);
  return table;
}

const cellTexts = (table: HTMLTableElement | null): string =>
  table ? JSON.stringify(Array.from(table.rows, (tr) => Array.from(tr.cells, (cell) => cell.textContent))) : 'null';

/**
 * Makes `container` hold the component described by `markup`, as the snippet writes it: the same tag, the
 * same attributes (set with `setAttribute`) and the same child table (built as DOM, text only). Only what
 * changed is touched, so the component redraws in place. Returns the component.
 */
export function syncPreview(container: HTMLElement, markup: ChartMarkup): HTMLElement {
  const doc = container.ownerDocument;
  let element = container.firstElementChild as HTMLElement | null;
  if (element?.localName !== markup.tag) {
    element = doc.createElement(markup.tag);
    container.replaceChildren(element);
  }
  const wanted = new Map(markup.attributes);
  for (const name of element.getAttributeNames()) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  const current = element.querySelector('table');
  const next = markup.table ? tableElement(doc, markup.table) : null;
  if (cellTexts(current) !== cellTexts(next)) element.replaceChildren(...(next ? [next] : []));
  return element;
}
