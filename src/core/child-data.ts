import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Data written inside the tag, in the light DOM, as a CMS produces it. */
export interface ChildData {
  /** Text of the first child `<script type="application/json">`. */
  readonly json: string | null;
  /** Cell texts of the first `<table>` inside the tag, row by row, header rows included. */
  readonly table: string[][] | null;
}

export function readChildData(host: Element): ChildData {
  const script = host.querySelector(':scope > script[type="application/json"]');
  const table = host.querySelector('table');
  return {
    json: script ? script.textContent : null,
    table: table ? Array.from(table.rows, (row) => Array.from(row.cells, (cell) => cell.textContent)) : null,
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
