import { fixture, html } from '@open-wc/testing';
import { nextFrame, plainSpaces } from '../helpers.js';
import type { LitElement } from 'lit';
import type { DataErrorDetail } from '../../src/core/events.js';

/** The two components that draw a Chart.js chart. */
export type ChartTag = 'homeless-trend' | 'prevention-stats';

export type Cells = readonly (readonly string[])[];

/** One way a page gives a chart its figures. */
export type Input =
  | { readonly via: 'attribute'; readonly text: string }
  | { readonly via: 'property'; readonly value: unknown }
  | { readonly via: 'script'; readonly text: string }
  | { readonly via: 'table'; readonly rows: Cells; readonly header: readonly string[] | null };

export const attribute = (text: string): Input => ({ via: 'attribute', text });
export const property = (value: unknown): Input => ({ via: 'property', value });
export const script = (text: string): Input => ({ via: 'script', text });
export const table = (rows: Cells, header: readonly string[] | null = null): Input => ({ via: 'table', rows, header });

/** The same JSON value as the `data` attribute, a child script and the `data` property. */
export const jsonInputs = (value: unknown): Input[] => [
  attribute(JSON.stringify(value)),
  script(JSON.stringify(value)),
  property(value),
];

/** A short label of an input, for test titles. */
export function describeInput(input: Input): string {
  let text: string;
  switch (input.via) {
    case 'attribute':
    case 'script':
      text = input.text;
      break;
    case 'property':
      try {
        text = safeStringify(input.value);
      } catch {
        text = '(a value that throws when read)';
      }
      break;
    case 'table':
      text = [...(input.header ? [input.header] : []), ...input.rows].map((row) => row.join(' | ')).join(' / ');
      break;
  }
  return `${input.via} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
}

function safeStringify(value: unknown): string {
  if (typeof value === 'number') return String(value); // NaN and Infinity, which JSON writes as null
  if (Array.isArray(value)) return `[${value.map(safeStringify).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, entry]) => `${key}:${safeStringify(entry)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A light-DOM `<table>` whose cells hold exactly the given texts (never parsed as HTML). */
export function childTable(rows: Cells, header: readonly string[] | null = null): HTMLTableElement {
  const element = document.createElement('table');
  if (header) {
    const row = element.createTHead().insertRow();
    for (const text of header) {
      const cell = document.createElement('th');
      cell.textContent = text;
      row.append(cell);
    }
  }
  const body = element.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    for (const text of cells) row.insertCell().textContent = text;
  }
  return element;
}

/** Gives an element its figures in one of the four ways. */
function applyInput(element: HTMLElement & { data?: unknown }, input: Input): void {
  switch (input.via) {
    case 'attribute':
      element.setAttribute('data', input.text);
      break;
    case 'property':
      element.data = input.value;
      break;
    case 'script': {
      const child = document.createElement('script');
      child.type = 'application/json';
      child.textContent = input.text;
      element.append(child);
      break;
    }
    case 'table':
      element.append(childTable(input.rows, input.header));
      break;
  }
}

export interface Mounted<E> {
  readonly element: E;
  /** Every `data-error` event the element fired, in order. */
  readonly errors: DataErrorDetail[];
}

const timeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);

/**
 * Puts the element in a 640 px wide container of a Swedish page (`lang="sv"`) and waits until it has
 * rendered and, if it shows a chart, until the chart has drawn. Every `data-error` is recorded.
 */
export async function mount<E extends LitElement>(element: E, width = 640): Promise<Mounted<E>> {
  const errors: DataErrorDetail[] = [];
  element.addEventListener('data-error', (event) => errors.push(event.detail));
  const drawn = new Promise<void>((resolve) => {
    element.addEventListener('chart-render', () => resolve(), { once: true });
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.append(element);
  await element.updateComplete;
  if (element.shadowRoot?.querySelector('canvas')) await timeout(drawn, 5000, `<${element.localName}> did not draw`);
  return { element, errors };
}

/** Creates a chart component with the given input (and `lang`), mounts it and waits for it. */
export async function mountChart<E extends LitElement & { data?: unknown }>(
  tag: ChartTag,
  input: Input,
  lang?: string,
): Promise<Mounted<E>> {
  const element = document.createElement(tag) as unknown as E;
  if (lang) element.setAttribute('lang', lang);
  applyInput(element, input);
  return mount(element);
}

/** The rows of the data table in the shadow root, cell texts with plain spaces. */
export function shownTable(element: Element): string[][] {
  const rows = element.shadowRoot?.querySelectorAll('[part="table"] tbody tr') ?? [];
  return Array.from(rows, (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => plainSpaces(cell.textContent.trim())),
  );
}

/** Waits a few animation frames and a little time, for anything asynchronous (an image error) to happen. */
export async function settle(frames = 3, ms = 50): Promise<void> {
  for (let index = 0; index < frames; index++) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** How a `data-error` message is shown: an input longer than 40 characters is shortened with "…". */
export const shortened = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
