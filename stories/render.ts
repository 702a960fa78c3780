import { nothing, ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { action } from 'storybook/actions';
import { element } from '../.storybook/manifest.js';
import { pageTheme } from '../.storybook/page.js';
import type { Args, Decorator, StoryContext } from '@storybook/web-components-vite';
import { refreshStrings } from '../src/i18n/refresh-strings.js';
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

/** The args that bear figures: a page with other values in them is another page, loaded afresh. */
const DATA_ARGS = ['data', 'src', 'markers', 'value', 'change', 'type'] as const;

/**
 * What the element is made from, but for its colours and style: a page always loads its code fresh, so when
 * a control changes one of these (or the child table changes) the element is made anew, and the story shows
 * what a page with that code shows (an error instead of the earlier chart, say). Colour controls and the
 * toolbar's theme stay live. A `TemplateResult` is plain data: its strings and values, events left out.
 */
const remountKey = (args: Args, content: TemplateResult | undefined): string =>
  JSON.stringify([DATA_ARGS.map((name): unknown => args[name]), content ?? null]);

/**
 * Renders one component from a story's args: each attribute the manifest lists, the toolbar's theme,
 * custom properties set in the controls, and `content` as its children (a `<table>` of figures).
 * The components' events are shown in the Actions panel.
 */
export function renderElement(tag: Tag, args: Args, context: StoryContext, content?: TemplateResult): TemplateResult {
  const name = unsafeStatic(tag);
  return html`${keyed(
    remountKey(args, content),
    html`<${name}
      ${attributes(elementAttributes(tag, args, context.globals))}
      @chart-render=${(event: CustomEvent<ChartRenderDetail>) => {
        const { chart } = event.detail;
        logRender({ chart: chart ? `Chart.js chart, ${chart.data.datasets.length} series` : null });
      }}
      @data-error=${(event: CustomEvent<DataErrorDetail>) => {
        logError(event.detail);
      }}
      >${content ?? nothing}</${name}
    >`,
  )}`;
}

/**
 * A component written as markup, as the page's HTML parser reads it (for what controls cannot write: quotes
 * in a value, text inside the tag), with the toolbar's theme as its `theme` attribute where it is not light.
 * Such a story has no controls (`MARKUP_ONLY`): its args would change nothing.
 */
export function parsedMarkup(markup: string, { args, globals }: StoryContext): TemplateResult {
  const theme = pageTheme(args, globals);
  return html`${unsafeHTML(theme === 'light' ? markup : markup.replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`))}`;
}

/** The parameters of a story written as markup (`parsedMarkup`): no controls, as none would change it. */
export const MARKUP_ONLY = { controls: { disable: true } } as const;

/** The story's render function for a component without children. */
export const renderer =
  (tag: Tag) =>
  (args: Args, context: StoryContext): TemplateResult =>
    renderElement(tag, args, context);

/** Shows the story in a 320 CSS px wide column: a phone, or a desktop browser at 400 % zoom (WCAG 1.4.10). */
export const narrow: Decorator = (story) => html`<div class="nc-narrow">${story()}</div>`;

/**
 * A story whose page has its text at 200 % (WCAG 1.4.4), as a reader's browser setting makes it: the root's
 * font size, which the components' `em` sizes follow through the text size they inherit (`withPage` in .storybook/page.ts sets it). On a docs
 * page the story is shown in a frame of its own, so that the page around it keeps its size.
 */
export const textAt200 = {
  textSize: '200%',
  docs: { story: { inline: false, iframeHeight: 1100 } },
} as const;

/** The path of a file that the stories' stand-in for a slow server never answers (see `standInServer`). */
export const NEVER_ANSWERS = 'fixtures/never-answers.json';

/** The path of a file that the stand-in fails to fetch, as when the network is down (see `standInServer`). */
export const NETWORK_FAILS = 'fixtures/network-down.json';

let standingIn = false;

/**
 * Storybook's servers answer at once and are always reachable, so the loading state and a failed fetch could
 * never be seen. This wraps `fetch` so that requests for `NEVER_ANSWERS` stay pending, as on a slow server,
 * until the component gives up (its `timeout`) or is removed, and requests for `NETWORK_FAILS` fail as
 * `fetch` does when the network is down or the host is wrong; every other request goes through unchanged.
 * Installed once per preview.
 */
export function standInServer(): void {
  if (standingIn) return;
  standingIn = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input, document.baseURI);
    if (url.pathname.endsWith(`/${NETWORK_FAILS}`)) return Promise.reject(new TypeError('Failed to fetch'));
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

/** Waits until `find` finds something in the story (a chart's code and figures may come later). */
async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} not found`);
}

/** The shadow root of the story's chart. */
const chartRoot = (canvas: HTMLElement): ShadowRoot | null | undefined =>
  canvas.querySelector('homeless-trend, prevention-stats')?.shadowRoot;

/** The pause button's name in every language: the story may be shown in the toolbar's Swedish or English. */
const PAUSE_NAMES: readonly string[] = Object.values(refreshStrings).map(({ pause }) => pause);

/**
 * The pause button of the chart in a story with `refresh`, once the chart has its figures (fetched from
 * `src` by code loaded on demand): for a story's `play`, which presses it as a reader would. Found by its
 * name in any of the components' languages, so the story works whatever the toolbar's Language.
 */
export const pauseButtonIn = (canvas: HTMLElement): Promise<HTMLButtonElement> =>
  waitFor(
    () =>
      [...(chartRoot(canvas)?.querySelectorAll('button') ?? [])].find((button) =>
        PAUSE_NAMES.includes(button.textContent.trim()),
      ),
    'the pause button (is refresh set, with src?)',
  );

/** The chart's "Visa tabell" ("Show table") button, in either language: the one that controls the table. */
export const tableButtonIn = (canvas: HTMLElement): Promise<HTMLButtonElement> =>
  waitFor(
    () => chartRoot(canvas)?.querySelector<HTMLButtonElement>('button[aria-controls="data-table"]'),
    'the Show table button',
  );

/**
 * Moves keyboard focus to the chart's plot once it is drawn and presses → as a reader would: the first point
 * is then marked and its tooltip shown.
 */
export async function focusFirstPoint(canvas: HTMLElement): Promise<void> {
  const plot = await waitFor(
    () => chartRoot(canvas)?.querySelector<HTMLElement>('.chart:has(canvas[style*="width"])'),
    'a drawn chart',
  );
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
}

/**
 * Gives the story's component, once it shows its figures, new figures that cannot be read, as a page's script
 * or a later `src` would: the figures stay, under a status that says they are not shown as meant.
 */
export async function breakFiguresLater(canvas: HTMLElement, data: string): Promise<void> {
  const element = await waitFor(() => {
    const found = canvas.querySelector('homeless-trend, prevention-stats, key-figure');
    const root = found?.shadowRoot;
    const shown = root?.querySelector('.chart canvas[style*="width"], [part="figure"]');
    return shown ? found : null;
  }, 'figures shown');
  element.setAttribute('data', data);
}
