import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/chart-builder.js';
import type { Chart } from 'chart.js';
import type { ChartBuilder } from '../../src/builder/chart-builder.js';

export type Charted = HTMLElement & { readonly chart?: Chart; readonly updateComplete?: Promise<boolean> };

/** Polls until `check` returns (or resolves to) a value that is not undefined, or fails after `ms`. */
export async function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  ms = 8000,
): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** A builder in a page-wide container, with its preview drawn. */
export async function mountBuilder(): Promise<ChartBuilder> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  wrapper.style.width = '1200px';
  const builder = document.createElement('chart-builder');
  builder.base = '/dist';
  wrapper.append(builder);
  await builder.updateComplete;
  await waitFor(() => (builder.preview as Charted | null)?.chart, 'the preview chart');
  return builder;
}

/** The element of the builder that matches `selector`, typed as the caller needs it; throws when there is none. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed querySelector, as the DOM's own
export const $ = <E extends Element = HTMLElement>(builder: ChartBuilder, selector: string): E => {
  const found = builder.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <chart-builder>`);
  return found;
};

/** Puts text in a box of the builder as a paste does (its value, then one input event). */
export function pasteInto(builder: ChartBuilder, box: string, text: string): void {
  const area = $<HTMLTextAreaElement>(builder, box);
  area.value = text;
  area.dispatchEvent(new InputEvent('input'));
}

/** Pastes text into a box and presses the button that reads it. */
export async function pasteAndRead(builder: ChartBuilder, box: string, text: string, button: string): Promise<void> {
  pasteInto(builder, box, text);
  $(builder, button).click();
  await builder.updateComplete;
}

/**
 * Types `text` into the focused field, one key a command: WebKitGTK's WebDriver drops a key typed twice in a
 * row within one command ("900" arrives as "90").
 */
export async function typeKeys(text: string): Promise<void> {
  for (const character of text) await sendKeys({ type: character });
}

/** Focuses an input, selects its text and types over it, key by key. */
export async function typeInto(builder: ChartBuilder, selector: string, text: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(builder, selector);
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await typeKeys(text);
  await builder.updateComplete;
}

/** The data of a chart as plain values: labels and each dataset's data. */
export function chartData(chart: Chart | undefined): unknown {
  if (!chart) return undefined;
  return {
    type: (chart.config as { type?: string }).type,
    labels: chart.data.labels,
    datasets: chart.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data })),
  };
}

const datasetsOf = (builder: ChartBuilder): string =>
  JSON.stringify((builder.preview as Charted | null)?.chart?.data.datasets.map((dataset) => dataset.data));

/** Waits until the preview's chart holds `expected`: each dataset's data. */
export async function previewShows(builder: ChartBuilder, expected: unknown[]): Promise<void> {
  const json = JSON.stringify(expected);
  try {
    await waitFor(() => (datasetsOf(builder) === json ? true : undefined), 'the preview');
  } catch {
    throw new Error(`the preview shows ${datasetsOf(builder)}, not ${json}`);
  }
}

/** Loads HTML into a fresh iframe (its own custom-element registry) and resolves with its document. */
export async function framePage(body: string, width = 700): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** The visible text of a component's part, white space collapsed. */
export const partText = (element: Element, part: string): string =>
  (element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
