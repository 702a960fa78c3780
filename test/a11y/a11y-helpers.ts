// axe-core is a UMD script: imported for its side effect, it sets `window.axe` (checked in `runAxe`).
import 'axe-core/axe.min.js';
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture } from '@open-wc/testing';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Chart } from 'chart.js';

/** The part of axe-core's API these tests use. */
interface Axe {
  readonly version: string;
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

declare global {
  interface Window {
    axe?: Axe;
  }
}

/** A component as the tests see it: a Lit element with an optional Chart.js chart. */
export type Component = HTMLElement & {
  readonly updateComplete: Promise<boolean>;
  readonly chart?: Chart | undefined;
};

export type Tag = 'homeless-trend' | 'prevention-stats' | 'key-figure';
export const TAGS: readonly Tag[] = ['homeless-trend', 'prevention-stats', 'key-figure'];
export const CHART_TAGS: readonly Tag[] = ['homeless-trend', 'prevention-stats'];

/** The WCAG 2.1 A and AA rules of axe-core. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The attributes that give each component its own figures, as in the README. */
export const CUSTOM_DATA: Record<Tag, Record<string, string>> = {
  'homeless-trend': { data: '{"2011":1200,"2017":814,"2023":473}' },
  'prevention-stats': {
    data: '[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]',
  },
  'key-figure': { value: '473', unit: 'personer', change: '-42', period: '2017–2023' },
};

/** The attributes that put each component in its error state (a value that is not a number). */
export const INVALID_DATA: Record<Tag, Record<string, string>> = {
  'homeless-trend': { data: '[{"year":2017,"value":"x"}]' },
  'prevention-stats': { data: '[{"year":2017,"value":"x"}]' },
  'key-figure': { value: 'x' },
};

export interface MountOptions {
  /** Width of the container, in CSS px. */
  readonly width?: number;
  /** Wait for `chart-render` (true) or only for the first update (false: the error state fires none). */
  readonly drawn?: boolean;
}

/**
 * Renders `<tag attributes…>` in a container of a fixed width and waits until it is drawn: its first
 * `chart-render` event, or, when `drawn` is false, its first update.
 */
export async function mount<E extends Component = Component>(
  tag: Tag,
  attributes: Record<string, string> = {},
  { width = 640, drawn = true }: MountOptions = {},
): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  wrapper.style.width = `${width}px`;
  const element = document.createElement(tag) as unknown as E;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const rendered = new Promise<void>((resolve) => {
    element.addEventListener('chart-render', () => resolve(), { once: true });
  });
  wrapper.append(element);
  if (drawn) await rendered;
  await element.updateComplete;
  return element;
}

/** The element of a component's shadow root that matches `selector`; throws when there is none. */
export function shadowQuery(element: Element, selector: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${element.localName}> has no ${selector} in its shadow root`);
  return found;
}

/** Runs axe-core's WCAG 2.1 A and AA rules on an element (with its shadow tree) and returns the violations. */
export async function axeViolations(context: Element): Promise<Result[]> {
  const { axe } = window;
  if (!axe) throw new Error('axe-core did not load: window.axe is not set');
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** One line a failing node: rule id, impact, target (shadow-piercing path joined by ">>>"), summary. */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const target = node.target
          .map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : selector))
          .join(' | ');
        const summary = (node.failureSummary ?? violation.help).replace(/\s*\n\s*/g, ' ');
        return `  - ${violation.id} (${node.impact ?? violation.impact ?? 'unknown'}) at ${target}: ${summary} [${violation.helpUrl}]`;
      }),
    )
    .join('\n');
}

/** Fails, listing every violation, when axe-core finds any WCAG 2.1 AA violation in the element. */
export async function expectNoAxeViolations(element: Element, what: string): Promise<void> {
  const violations = await axeViolations(element);
  const failing = violations.reduce((count, violation) => count + violation.nodes.length, 0);
  const list = formatViolations(violations);
  expect(failing, `axe-core: elements violating WCAG 2.1 AA in ${what}:\n${list}\n`).to.equal(0);
}

type Media = Parameters<typeof emulateMedia>[0];

/** Ends every media emulation (Playwright takes null as "as the browser is"). */
export async function resetMedia(): Promise<void> {
  const none = { colorScheme: null, reducedMotion: null, forcedColors: null, media: null };
  await emulateMedia(none as unknown as Media);
}

/** Every element of a shadow root (not descending into nested shadow roots, which these components have none of). */
function shadowElements(element: Element): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])];
}

const clips = (style: CSSStyleDeclaration): boolean =>
  style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none';

/** A rectangle cut by every element from `from` up to the shadow root that clips its content; null when nothing is left. */
function clipByAncestors(rect: DOMRectReadOnly, from: Element | null): DOMRect | null {
  let { left, right, top, bottom } = rect;
  for (let parent = from; parent; parent = parent.parentElement) {
    if (!clips(getComputedStyle(parent))) continue;
    const box = parent.getBoundingClientRect();
    left = Math.max(left, box.left);
    right = Math.min(right, box.right);
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  if (right - left <= 1 || bottom - top <= 1) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * The part of an element's box that can be seen: its border box cut by every ancestor in the shadow
 * root that clips its content (overflow other than visible, or a clip-path). Visually hidden text
 * (the 1 px clipped box screen readers read) is thus ignored. Null when nothing of it can be seen.
 */
function visibleBox(node: Element): DOMRect | null {
  return clipByAncestors(node.getBoundingClientRect(), node.parentElement);
}

/**
 * What reaches outside the host's box, left or right: elements of the shadow root (their visible part)
 * and runs of text (each line box of each text node, as laid out, so a word wider than its element is
 * caught too).
 */
export function overflowingElements(element: Element, tolerance = 0.5): string[] {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  const host = element.getBoundingClientRect();
  const outside = (box: DOMRect): boolean => box.left < host.left - tolerance || box.right > host.right + tolerance;
  const where = (box: DOMRect): string =>
    `${Math.round(box.left)}…${Math.round(box.right)} px, host ${Math.round(host.left)}…${Math.round(host.right)} px`;
  const found: string[] = [];
  for (const node of shadowElements(element)) {
    const box = visibleBox(node);
    if (box && outside(box)) found.push(`${describeElement(node)}: ${where(box)}`);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if ((text.textContent ?? '').trim() === '') continue;
    range.selectNodeContents(text);
    for (const line of range.getClientRects()) {
      const box = clipByAncestors(line, text.parentElement);
      if (box && outside(box))
        found.push(
          `text "${(text.textContent ?? '').trim().slice(0, 40)}" in ${describeElement(text.parentElement!)}: ${where(box)}`,
        );
    }
  }
  return found;
}

/** Whether an element holds text of its own (a non-blank text node child). */
const hasOwnText = (node: Element): boolean =>
  [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '');

/**
 * Text that is cut off or spills out of its box: elements that hide what overflows them (overflow
 * hidden or clip; not the scrolling auto/scroll) with content larger than their box, and boxes holding
 * text of their own whose content is taller than they are (a fixed height: the text would run over
 * what follows). Visually hidden text, clipped on purpose, is left out.
 */
export function clippedText(element: Element, tolerance = 1): string[] {
  const found: string[] = [];
  for (const node of shadowElements(element)) {
    if (node.closest('.visually-hidden') || node.textContent.trim() === '') continue;
    const style = getComputedStyle(node);
    const hides = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
    if (hides(style.overflowX) && node.scrollWidth > node.clientWidth + tolerance)
      found.push(`${describeElement(node)}: scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`);
    if (hides(style.overflowY) && node.scrollHeight > node.clientHeight + tolerance)
      found.push(`${describeElement(node)}: scrollHeight ${node.scrollHeight} > clientHeight ${node.clientHeight}`);
    else if (style.display !== 'inline' && hasOwnText(node) && node.clientHeight > 0) {
      const needed = heightForContent(node);
      if (needed > node.clientHeight + tolerance)
        found.push(`${describeElement(node)}: text ${needed} px tall in a box ${node.clientHeight} px tall`);
    }
  }
  return found;
}

/**
 * The height a box takes with no height set: more than its height when one holds it below its text. (Not its
 * scrollHeight: Firefox counts in that the font's ascent and descent beyond a line-height under about 1.2,
 * text that runs over nothing.)
 */
function heightForContent(node: HTMLElement): number {
  const { cssText } = node.style;
  node.style.setProperty('height', 'auto', 'important');
  node.style.setProperty('max-height', 'none', 'important');
  const height = node.clientHeight;
  node.style.cssText = cssText;
  return height;
}

/** "p.summary "Hemlösheten i…"" */
function describeElement(node: Element): string {
  const classes = [...node.classList].map((name) => `.${name}`).join('');
  const part = node.getAttribute('part');
  const text = node.textContent.replace(/\s+/g, ' ').trim();
  return `${node.localName}${classes}${part ? `[part="${part}"]` : ''}${text ? ` "${text.slice(0, 40)}"` : ''}`;
}

/** WCAG 1.4.12 text spacing: line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraphs 2em apart. */
const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

/** Applies the text-spacing style to the page and to the element's shadow root; returns the undo function. */
export function applyTextSpacing(element: Element): () => void {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  const page = document.createElement('style');
  page.textContent = TEXT_SPACING_CSS;
  document.head.append(page);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING_CSS);
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    root.adoptedStyleSheets = before;
    page.remove();
  };
}

/** The time for layout and the ResizeObserver-driven redraw that follows a change of size. */
export async function settle(): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A tick label as drawn: its text, anchor, rotation and measured size, in CSS px of the canvas. */
export interface DrawnLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly rotation: number;
  readonly align: string;
  readonly width: number;
  readonly size: number;
}

/** The tick labels a Chart.js scale draws, measured with the font they are drawn in. */
export function drawnLabels(chart: Chart, axis: string): DrawnLabel[] {
  const scale = chart.scales[axis];
  if (!scale) throw new Error(`the chart has no scale "${axis}"`);
  const { ctx } = chart;
  return scale.getLabelItems().map((item) => {
    const lines = Array.isArray(item.label) ? item.label : [item.label];
    ctx.save();
    ctx.font = item.font.string;
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
    ctx.restore();
    const [x, y] = item.options.translation ?? [0, 0];
    return {
      text: lines.join(' '),
      x,
      y,
      rotation: item.options.rotation ?? 0,
      align: item.options.textAlign ?? 'center',
      width,
      size: item.font.size,
    };
  });
}

/** The horizontal extent of an unrotated label. */
function extent({ x, width, align }: DrawnLabel): [number, number] {
  if (align === 'left' || align === 'start') return [x, x + width];
  if (align === 'right' || align === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/**
 * What keeps the x-axis labels from being read: labels that overlap their neighbour (side by side when
 * level; closer than their font size across the slant when rotated) or are cut off at the canvas edge.
 */
export function labelProblems(chart: Chart, axis = 'x'): string[] {
  if (!chart.scales[axis]?.isHorizontal()) return stackedLabelProblems(chart, axis);
  const labels = drawnLabels(chart, axis).sort((a, b) => a.x - b.x);
  const problems: string[] = [];
  for (const [index, label] of labels.entries()) {
    const previous = labels[index - 1];
    if (label.rotation === 0) {
      const [left, right] = extent(label);
      if (left < -0.5 || right > chart.width + 0.5)
        problems.push(`"${label.text}" is cut off: ${left.toFixed(1)}…${right.toFixed(1)} px of ${chart.width} px`);
      if (previous?.rotation === 0 && extent(previous)[1] > left + 0.5)
        problems.push(
          `"${previous.text}" (…${extent(previous)[1].toFixed(1)} px) overlaps "${label.text}" (${left.toFixed(1)} px…)`,
        );
    } else if (previous) {
      const across = Math.abs((label.x - previous.x) * Math.sin(label.rotation));
      if (across < label.size)
        problems.push(
          `"${previous.text}" and "${label.text}", rotated ${Math.round((label.rotation * 180) / Math.PI)}°, are ${across.toFixed(1)} px apart across the slant, less than the ${label.size} px font`,
        );
    }
  }
  return problems;
}

/** The same for a vertical axis: its level labels, one above the other, must not overlap or be cut off. */
function stackedLabelProblems(chart: Chart, axis: string): string[] {
  const labels = drawnLabels(chart, axis).sort((a, b) => a.y - b.y);
  const problems: string[] = [];
  // Chart.js draws the labels of a vertical axis centred on their tick (textBaseline "middle").
  const span = ({ y, size }: DrawnLabel): [number, number] => [y - size / 2, y + size / 2];
  for (const [index, label] of labels.entries()) {
    const [top, bottom] = span(label);
    const [left, right] = extent(label);
    if (top < -0.5 || bottom > chart.height + 0.5 || left < -0.5 || right > chart.width + 0.5)
      problems.push(`"${label.text}" is cut off at ${left.toFixed(1)}, ${top.toFixed(1)} px`);
    const previous = labels[index - 1];
    if (previous && span(previous)[1] > top + 0.5)
      problems.push(
        `"${previous.text}" (…${span(previous)[1].toFixed(1)} px) overlaps "${label.text}" (${top.toFixed(1)} px…)`,
      );
  }
  return problems;
}

/** One element as Chromium gives it to screen readers: its role, name and description (ignored: left out). */
export interface AccessibleNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly ignored: boolean;
}

/**
 * An element's role, accessible name and description as Chromium computes them (the DevTools protocol, so in
 * Chromium only: test/cdp-commands.mjs).
 */
export async function accessibleNode(element: Element): Promise<AccessibleNode> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  (window as unknown as { accessibleNodeTarget: Element | null }).accessibleNodeTarget = element;
  try {
    return await executeServerCommand<AccessibleNode, undefined>('accessible-node');
  } finally {
    (window as unknown as { accessibleNodeTarget: Element | null }).accessibleNodeTarget = null;
  }
}

/**
 * Runs `action` and returns the files it offered for download (a link clicked: src/core/save-file.ts). A download
 * waits for its code, and a picture for the canvas to encode it: with `expected`, until that many have come (at
 * most 5 s, on a busy machine); with none expected, for 300 ms, long enough for one the action should not start.
 */
export async function downloadsDuring(action: () => Promise<void>, expected = 0): Promise<string[]> {
  const saved: string[] = [];
  const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      saved.push(this.download);
    },
  });
  try {
    await action();
    const deadline = performance.now() + (expected > 0 ? 5000 : 300);
    while (performance.now() < deadline && (expected === 0 || saved.length < expected))
      await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
    expect(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')).to.deep.equal(click);
  }
  return saved;
}
