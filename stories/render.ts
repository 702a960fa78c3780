import { nothing, ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { action } from 'storybook/actions';
import { element } from '../.storybook/manifest.js';
import { pageTheme } from '../.storybook/page.js';
import type { Args, Decorator, StoryContext } from '@storybook/web-components-vite';
import type { ChartRenderDetail, DataErrorDetail } from '../src/index.js';

export type Tag = 'homeless-trend' | 'prevention-stats' | 'key-figure';

type AttributeValue = string | number | boolean | null | undefined;

/**
 * Sets the given attributes on its element and removes the ones it set before that are now absent. A new
 * `style` (a colour control) is told to the element as an app tells it (README, "Styling"), so that the
 * chart on the canvas takes the new colours as the text around it does.
 */
class AttributesDirective extends Directive {
  private names: string[] = [];
  private style: AttributeValue = undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_attributes: Readonly<Record<string, AttributeValue>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [Readonly<Record<string, AttributeValue>>]): typeof nothing {
    const { element: target } = part;
    const set = Object.entries(attributes).filter(
      ([, value]) => value !== undefined && value !== null && value !== false,
    );
    for (const name of this.names) if (!set.some(([setName]) => setName === name)) target.removeAttribute(name);
    for (const [name, value] of set) target.setAttribute(name, value === true ? '' : String(value));
    this.names = set.map(([name]) => name);
    if (attributes.style !== this.style && target instanceof ReactiveElement) target.requestUpdate('theme');
    this.style = attributes.style;
    return nothing;
  }
}

const attributes = directive(AttributesDirective);

/** The args that are the element's attributes (by the manifest), and its custom properties as a style. */
function elementAttributes(tag: Tag, args: Args, globals: Readonly<Record<string, unknown>>) {
  const declaration = element(tag);
  const result: Record<string, AttributeValue> = {};
  for (const { name } of declaration.attributes ?? []) {
    const value: unknown = args[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = value;
  }
  // The toolbar's theme, unless the story sets one; `light` is the components' default.
  const theme = pageTheme(args, globals);
  if (result.theme === undefined && theme !== 'light') result.theme = theme;
  const style = (declaration.cssProperties ?? [])
    .map(({ name }) => [name, args[name]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  if (style) result.style = style;
  return result;
}

const logRender = action('chart-render');
const logError = action('data-error');

/**
 * Renders one component from a story's args: each attribute the manifest lists, the toolbar's theme,
 * custom properties set in the controls, and `content` as its children (a `<table>` of figures).
 * The components' events are shown in the Actions panel.
 */
export function renderElement(tag: Tag, args: Args, context: StoryContext, content?: TemplateResult): TemplateResult {
  const name = unsafeStatic(tag);
  return html`<${name}
    ${attributes(elementAttributes(tag, args, context.globals))}
    @chart-render=${(event: CustomEvent<ChartRenderDetail>) => {
      const { chart } = event.detail;
      logRender({ chart: chart ? `Chart.js chart, ${chart.data.datasets.length} series` : null });
    }}
    @data-error=${(event: CustomEvent<DataErrorDetail>) => {
      logError(event.detail);
    }}
    >${content ?? nothing}</${name}
  >`;
}

/** The story's render function for a component without children. */
export const renderer =
  (tag: Tag) =>
  (args: Args, context: StoryContext): TemplateResult =>
    renderElement(tag, args, context);

/** Shows the story in a 320 CSS px wide column: a phone, or a desktop browser at 400 % zoom (WCAG 1.4.10). */
export const narrow: Decorator = (story) => html`<div class="nc-narrow">${story()}</div>`;

/** The path of a file that the stories' stand-in for a slow server never answers (see `holdSlowRequests`). */
export const NEVER_ANSWERS = 'fixtures/never-answers.json';

let holding = false;

/**
 * Storybook's servers answer at once, so the loading state could never be seen. This wraps `fetch` so that
 * requests for `NEVER_ANSWERS` stay pending, as on a slow server, until the component gives up (its
 * `timeout`) or is removed; every other request goes through unchanged. Installed once per preview.
 */
export function holdSlowRequests(): void {
  if (holding) return;
  holding = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input, document.baseURI);
    if (!url.pathname.endsWith(`/${NEVER_ANSWERS}`)) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = (): void => {
        reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
      };
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
}

/** A table of figures as a web editor writes one inside the tag: a header row of `<th>` cells if given, then rows of `<td>`. */
export function figuresTable(rows: readonly (readonly string[])[], header?: readonly string[]): TemplateResult {
  return html`<table>
    ${
      header
        ? html`<tr>
            ${header.map((cell) => html`<th>${cell}</th>`)}
          </tr>`
        : nothing
    }
    ${rows.map(
      (row) =>
        html`<tr>
          ${row.map((cell) => html`<td>${cell}</td>`)}
        </tr>`,
    )}
  </table>`;
}

/**
 * The pause button of the chart in a story with `refresh`, once the chart has its figures (fetched from
 * `src` by code loaded on demand): for a story's `play`, which presses it as a reader would.
 */
export async function pauseButtonIn(canvas: HTMLElement): Promise<HTMLButtonElement> {
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    const button = [
      ...(canvas.querySelector('homeless-trend, prevention-stats')?.shadowRoot?.querySelectorAll('button') ?? []),
    ].find((candidate) => candidate.textContent.trim() === 'Pausa uppdateringen');
    if (button) return button;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no pause button: is refresh set, with src?');
}
