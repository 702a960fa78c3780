import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { fixture, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { DataErrorDetail, NcEventMap } from '../src/core/events.js';

/** The tests run in Chromium (`npm test`), not Firefox or WebKit. */
export const inChromium = navigator.userAgent.includes('Chrome/');

/**
 * `it` for a test that needs what only Chromium gives a test here (test/runner-config.mjs): media emulation
 * beyond reduced motion, the DevTools protocol (the accessibility tree, the heap). `npm test` runs it in
 * Chromium; `npm run test:firefox` and `test:webkit` list it as skipped. Each says why where it is declared.
 */
export const chromiumOnly = (inChromium ? it : it.skip) as Mocha.TestFunction;

/**
 * Animation off, as a reader who prefers reduced motion would have it: charts draw in one frame. Firefox and
 * WebKit are launched so (their configs); Chromium is told so.
 */
export async function reduceMotion(): Promise<void> {
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches) await emulateMedia({ reducedMotion: 'reduce' });
}

/** Sets the viewport to `width` × `height` CSS px, in any of the browsers the tests run in (test/runner-config.mjs). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', size);
}

/** Runs `action` with uncaught errors caught here rather than failing the test. */
export async function reportedDuring(action: () => Promise<void> | void): Promise<unknown[]> {
  const reported: unknown[] = [];
  const original = window.onerror;
  window.onerror = (_message, _source, _line, _column, error) => {
    reported.push(error);
    return true;
  };
  try {
    await action();
  } finally {
    window.onerror = original;
  }
  return reported;
}

/** Keeps the main thread busy for `milliseconds`, as drawing a chart on a slow machine does. */
export function busy(milliseconds: number): void {
  const end = performance.now() + milliseconds;
  while (performance.now() < end);
}

/** Resolves with the next `chart-render` event of the element. */
export function rendered(element: Element): Promise<NcEventMap['chart-render']> {
  return oneEvent<NcEventMap['chart-render']>(element, 'chart-render');
}

/** Resolves with the next `data-error` event of the element. */
export function dataError(element: Element): Promise<NcEventMap['data-error']> {
  return oneEvent<NcEventMap['data-error']>(element, 'data-error');
}

/** The first `data-error` of an element once it is put in the page. */
export async function errorOnceAdded(element: HTMLElement): Promise<DataErrorDetail> {
  const error = dataError(element);
  await fixture(element);
  return (await error).detail;
}

/**
 * Renders a template in a container of a fixed width (null: the page's, which follows the viewport) and waits
 * for its first `chart-render`.
 */
export async function renderChart<E extends HTMLElement>(
  template: TemplateResult,
  width: number | null = 640,
): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  if (width !== null) wrapper.style.width = `${width}px`;
  const { render } = await import('lit');
  const drawn = new Promise<E>((resolve) => {
    wrapper.addEventListener('chart-render', (event) => resolve(event.target as E), { once: true });
  });
  render(template, wrapper);
  return drawn;
}

/** The number of pixels of a canvas that are not fully transparent. */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let index = 3; index < data.length; index += 4) if (data[index] !== 0) painted++;
  return painted;
}

/** The canvas inside a chart component's shadow root. */
export function canvasOf(element: Element): HTMLCanvasElement {
  const canvas = element.shadowRoot?.querySelector('canvas');
  if (!canvas) throw new Error(`<${element.localName}> has no canvas`);
  return canvas;
}

/** The visible text of a part, with runs of white space collapsed. */
export function partText(element: Element, part: string): string {
  const node = element.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Normalises the no-break and narrow no-break spaces Intl uses, for comparing with plain test strings. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once a chart component has drawn by itself (when near the viewport, or `eager`): its canvas has the size
 * the chart controller gives it when it creates the chart. Reading `chart` would draw it, and hide one that never
 * does. Also for an element in an iframe, whose events another window's listener may miss.
 */
export async function drawnByItself(element: Element, milliseconds = 8000): Promise<void> {
  const deadline = performance.now() + milliseconds;
  while (!element.shadowRoot?.querySelector('canvas')?.style.width) {
    if (performance.now() > deadline) throw new Error(`<${element.localName}> did not draw within ${milliseconds} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once no `chart-render` has come for two frames: drawn, and not about to draw again. */
export async function drawsSettled(element: Element): Promise<void> {
  let renders = 0;
  const count = (): void => {
    renders++;
  };
  element.addEventListener('chart-render', count);
  for (let seen = -1; seen !== renders;) {
    seen = renders;
    await nextFrame();
    await nextFrame();
  }
  element.removeEventListener('chart-render', count);
}

/** The Chart.js type of a component's chart ("line", "bar"), or undefined when it has none. */
export const chartType = (element: { chart?: { config: unknown } | undefined }): string | undefined =>
  (element.chart?.config as { type?: string } | undefined)?.type;

/** Presses a key on the focused plot and returns what the element's live region then says. */
export async function saidAfterKey(element: LitElement, key: string): Promise<string> {
  await sendKeys({ press: key });
  await element.updateComplete;
  return element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
}
