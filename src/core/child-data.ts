import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Data written inside the tag, in the light DOM, as a CMS produces it. */
export interface ChildData {
  /** Text of the first child `<script type="application/json">`. */
  readonly json: string | null;
  /**
   * Cell texts of the first `<table>` inside the tag, row by row: its body rows, without those the table
   * marks as headings or notes (see `bodyRows`). A header row written with `<td>` cells is still included.
   */
  readonly table: string[][] | null;
}

export function readChildData(host: Element): ChildData {
  const script = host.querySelector(':scope > script[type="application/json"]');
  const table = host.querySelector('table');
  return {
    json: script ? script.textContent : null,
    table: table ? bodyRows(table).map((row) => Array.from(row.cells, (cell) => cell.textContent)) : null,
  };
}

/**
 * Updates the host when its children change. The parser may upgrade the element before its children
 * exist (script in <head>), and CMS editors may change a table later; both need a new read.
 */
export class ChildDataController implements ReactiveController {
  #observer: MutationObserver | undefined;

  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: () => void;

  constructor(host: ReactiveControllerHost & Element, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(this.#onChange);
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  read(): ChildData {
    return readChildData(this.#host);
  }
}

/**
 * The rows that hold figures. Rows in `<thead>` and `<tfoot>` are headings and notes ("Källa: …"), however
 * many there are. A table without `<thead>` (as CMS table editors write one) marks its header by `<th>`
 * cells: its first rows are headings while they have no other cells. A row with its year in `<th>` and
 * its values in `<td>` holds figures.
 */
function bodyRows(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows = Array.from(table.rows).filter((row) => !IN_HEAD_OR_FOOT.test(row.parentElement?.localName ?? ''));
  if (!table.tHead) while (rows[0] && hasOnlyHeaderCells(rows[0])) rows.shift();
  return rows;
}

const IN_HEAD_OR_FOOT = /^t(?:head|foot)$/;

const hasOnlyHeaderCells = (row: HTMLTableRowElement): boolean =>
  Array.from(row.cells).every((cell) => cell.localName === 'th');
