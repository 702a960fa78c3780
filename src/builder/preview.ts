import type { ChartMarkup, TableMarkup } from './markup.js';
import type { ComponentTag } from '../embed/attributes.js';

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
 * A new component for the preview. The builder says its errors itself, once, in the editor's words and next to
 * the field in error: the component shows its message as a page does, without saying it too.
 */
function previewElement(doc: Document, tag: ComponentTag): HTMLElement {
  const element = doc.createElement(tag);
  element.quietErrors = true;
  return element;
}

/** Components that `syncPreview` changed after it made them: they have held other code than they hold now. */
const edited = new WeakSet<Element>();

/**
 * Makes `container` hold the component described by `markup`, as the snippet writes it: the same tag, the
 * same attributes (set with `setAttribute`) and the same child table (built as DOM, text only). Only what
 * changed is touched, so the component redraws in place. Returns the component.
 */
export function syncPreview(container: HTMLElement, markup: ChartMarkup): HTMLElement {
  const doc = container.ownerDocument;
  const present = container.firstElementChild as HTMLElement | null;
  const made = present?.localName !== markup.tag;
  const element = present && !made ? present : previewElement(doc, markup.tag);
  if (made) container.replaceChildren(element);
  const wanted = new Map(markup.attributes);
  const stale = element.getAttributeNames().filter((name) => !wanted.has(name));
  const changed = [...wanted].filter(([name, value]) => element.getAttribute(name) !== value);
  for (const name of stale) element.removeAttribute(name);
  for (const [name, value] of changed) element.setAttribute(name, value);
  const current = element.querySelector('table');
  const next = markup.table ? tableElement(doc, markup.table) : null;
  const newTable = cellTexts(current) !== cellTexts(next);
  if (newTable) element.replaceChildren(...(next ? [next] : []));
  if (!made && (stale.length > 0 || changed.length > 0 || newTable)) edited.add(element);
  return element;
}

/**
 * Whether the component has held other code than it holds now. Such a one keeps the last figures it could
 * read on screen when the new ones cannot be read, under "Diagrammet visas inte som det är tänkt"; a page,
 * which has only the new code, shows no chart, under "Diagrammet kan inte visas".
 */
export const isEdited = (element: Element): boolean => edited.has(element);

/** Makes `container` hold a new component for `markup`, as a page that has only this code makes it. */
export function renewPreview(container: HTMLElement, markup: ChartMarkup): HTMLElement {
  container.replaceChildren();
  return syncPreview(container, markup);
}
