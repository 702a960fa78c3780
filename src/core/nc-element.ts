import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { VERSION } from './define.js';
import { closestLang, watchLang } from './lang.js';
import { watchChildren } from './watch-children.js';
import { onDemand } from './on-demand.js';
import { optionAttribute } from './option-attribute.js';
import { switchAttribute, textAttribute, unquoted } from './attribute-converters.js';
import { safeUrl } from './safe-url.js';
import { baseStyles, tokenStyles } from './styles.js';
import { resolveTheme, THEMES, watchColorScheme, watchForcedColors, type ThemeName } from './theme.js';
import { asText } from '../data/as-text.js';
import { cutByQuotes, fail, unknownOption, type DataError, type Result } from '../data/errors.js';
import { describeProvenance } from '../data/provenance.js';
import { formatFor, stringsFor } from '../i18n/index.js';
import type { Dataset, Provenance } from '../data/model.js';
import type { ErrorTitles, Format, Lang, Strings } from '../i18n/index.js';
import type { NcEventMap } from './events.js';

// eslint-disable-next-line @typescript-eslint/no-misused-spread -- digits, one code unit each
const HEADING_LEVELS = [...'123456'];

const mistakeCode = onDemand(() => import('./mistakes.js'));

/** Models are plain numbers, texts and nulls in arrays and objects made in one order by `data/`. */
const sameFigures = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The headings `heading-level` chooses from: a real `<h3>`, not a `<div role="heading">`, for every reader.
 * Written out: Lit's static templates, which could take the tag name, cost the bundle 0.3 KiB more.
 */
const h2 = (text: string) => html`<h2 class="heading" part="heading">${text}</h2>`;
const HEADINGS = [
  (text: string) => html`<h1 class="heading" part="heading">${text}</h1>`,
  h2,
  (text: string) => html`<h3 class="heading" part="heading">${text}</h3>`,
  (text: string) => html`<h4 class="heading" part="heading">${text}</h4>`,
  (text: string) => html`<h5 class="heading" part="heading">${text}</h5>`,
  (text: string) => html`<h6 class="heading" part="heading">${text}</h6>`,
];

/** What a component shows: a valid model and where it comes from (null for the page's own data). */
export interface View<M> {
  readonly model: M;
  readonly provenance: Provenance | null;
}

/** The language-dependent helpers every render needs. */
export interface Locale {
  readonly strings: Strings;
  readonly format: Format;
}

/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- NcElement below: types only, no JavaScript.
   Comments on this interface, which emits no JavaScript, stay out of dist/esm's .js; only the doc comment is in
   its .d.ts. A class cannot declare a method's overloads without a body; a merged declaration repeats the class's
   type parameters. */
/**
 * The listener methods, merged into the class: typed by the element's own events `E` (a chart's `chart-render`
 * carries a Chart, a key figure's null) before the DOM's, as HTMLElement's are by its map. The DOM's overload is
 * HTMLElement's as lib.dom writes it, `this` an HTMLElement: the same on every element, it is what a call on a
 * union of them keeps (`[trend, figure].forEach(…)`), and with it the DOM's types (a MouseEvent).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- M, as said
export interface NcElement<M, E extends NcEventMap = NcEventMap> {
  addEventListener<K extends keyof E>(
    type: K,
    listener: (this: this, event: E[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof E>(
    type: K,
    listener: (this: this, event: E[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * The base of every component: shared attributes, language, theme, the error state and the layout
 * (heading, headline figure, body, summary, source). Subclasses say how to read their input and what
 * to show for a model; they never see invalid data.
 *
 * @fires {CustomEvent<DataErrorDetail>} data-error - When the input is invalid: figures it cannot read or does not take, an attribute with a value it does not take (`theme`, `heading-level`, …), or an attribute's name one slip from one it takes (`sorce`). `detail: { code, message, input, row?, field?, year? }` (see docs/errors.md).
 *
 * @csspart heading - The heading: a chart's title, a key figure's label.
 * @csspart summary - The text summary.
 * @csspart source - The source line.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-font-family - Font of all text; default `inherit` (the page's font).
 * @cssprop --nc-color-text - Text colour; on a chart also the tooltip's background.
 * @cssprop --nc-color-text-muted - Secondary text: the headline figure's detail and the source line; on a chart also the axes' labels, the message while it loads and the table's note.
 * @cssprop --nc-color-background - Background.
 * @cssprop --nc-color-link - The source line's link; on a chart also the buttons' text and border.
 * @cssprop --nc-color-focus - Focus ring of the source line's link; on a chart also of the plot, the buttons and the shown table when it scrolls.
 * @cssprop --nc-color-error - The error message's border.
 * @cssprop --nc-color-error-background - The error message's background.
 * @cssprop --nc-space - The spacing unit; default `4px`.
 * @cssprop --nc-radius - Corner radius of the box; on a chart also of the buttons and the tooltip; default `4px`.
 * @cssprop --nc-heading-size - Size of the heading; default `1.25em`.
 */
export abstract class NcElement<
  M,
  // The element's own events: they type its listeners (the interface above) and what it emits (emit).
  E extends NcEventMap = NcEventMap,
> extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [tokenStyles, baseStyles];
  static override properties: PropertyDeclarations = {
    heading: { converter: textAttribute },
    description: { converter: textAttribute },
    source: { converter: textAttribute },
    sourceUrl: { attribute: 'source-url', converter: textAttribute },
    theme: { converter: optionAttribute },
    lang: { converter: textAttribute },
    noSummary: { converter: switchAttribute, attribute: 'no-summary' },
    // Empty, as absent: the default level (Number('') would be 0).
    headingLevel: {
      attribute: 'heading-level',
      converter: (value: string | null) => (value?.trim() ? Number(unquoted(value.trim())) : undefined),
    },
    // Internal reactive state is TypeScript-private, not #private: Lit defines an accessor for each by name.
    view: { state: true },
    dataError: { state: true },
    loading: { state: true },
    inheritedLang: { state: true },
    colorSchemeVersion: { state: true },
    childVersion: { state: true },
  };

  /** The title; defaults to a localized title for the embedded figures. An empty value hides it. */
  heading?: string | undefined;

  /** Text summary; overrides the one generated from the data. */
  description?: string | undefined;

  /** Source line; defaults to the provenance of the embedded figures. */
  source?: string | undefined;

  /** Link for the source line; only `https:`, `http:` and relative URLs are used. */
  sourceUrl?: string | undefined;

  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  theme: ThemeName = 'light';

  /** `sv` (default) or `en`; if absent, the nearest ancestor's `lang`, then the document's. */
  override lang = '';

  /**
   * Hides the visible summary text. A chart then has it as its accessible name; on `<key-figure>`, screen
   * readers read the figure instead.
   */
  noSummary = false;

  /**
   * The heading's level in the page's outline, 1 to 6: under a section's `<h2>`, say 3. Default 2, also when
   * set to undefined or null (a framework dropping the property).
   */
  headingLevel?: number | undefined = 2;

  /**
   * Shows an error's message without saying it: for a page that says it itself, in a live region of its own
   * (from the `data-error` event), as the chart builder does next to the field in error. A property only, read
   * whenever a message is shown (not reactive: it changes nothing until then).
   */
  quietErrors = false;

  /** The last valid data shown; kept when later input is invalid. */
  protected view: View<M> | null = null;

  /** What is wrong with the current input, if anything. */
  protected dataError: DataError | null = null;

  /** True while the input is being fetched (`src`). */
  protected loading = false;

  private inheritedLang: string | null = null;
  private colorSchemeVersion = 0;
  /**
   * Counts changes of the light-DOM children, which hold or may hold the figures: a table edited in place, or
   * one that comes after the element is upgraded.
   */
  private childVersion = 0;

  #stopWatching: (() => void)[] = [];
  /** Counts the errors set and cleared: a message that comes for an error no longer shown is not reported. */
  #errorCount = 0;

  constructor() {
    super();
    watchChildren(this, () => this.childVersion++);
  }

  /** The embedded figures, shown when the page gives no data. */
  protected abstract readonly defaults: Dataset<M>;

  /** Reads the page's input: null when none is given, `loading` while it is fetched, else a model or an error. */
  protected abstract parseInput(strings: Strings): Result<M> | null | 'loading';

  protected abstract defaultHeading(strings: Strings): string;

  /** The generated text alternative. */
  protected abstract summaryText(model: M, heading: string, locale: Locale): string;

  /** The headline figure(s), inside `part="figure"`. */
  protected abstract renderFigure(model: M, locale: Locale): TemplateResult | typeof nothing;

  /** The chart (or nothing, for a component that has none). */
  protected abstract renderBody(view: View<M>, summary: string, locale: Locale): TemplateResult | typeof nothing;

  /** Shown in the chart's place, at the chart's size, while a `src` not yet answered is fetched (only `src` loads). */
  protected renderLoading(_strings: Strings): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * What follows the summary: the chart components' buttons and data table. Also under an error with no figures
   * (view null), for a button that needs none (`refresh`'s pause button).
   */
  protected renderDetails(_view: View<M> | null, _locale: Locale): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The heading in use: the attribute, else the localized default. */
  protected headingText(strings: Strings): string {
    return asText(this.heading ?? this.defaultHeading(strings));
  }

  /**
   * What the figures are about, for the summary, the plot's name and the table: the heading, or where
   * `heading=""` hides it the default one (<homeless-trend>'s names a place, and gives its series instead).
   */
  protected subjectText(strings: Strings): string {
    return this.headingText(strings) || this.defaultHeading(strings);
  }

  /**
   * Whether a screen reader reads the generated summary, which says all the headline figure says: the figure
   * is then hidden from it, not read twice. A page's own `description` may not say the figure.
   */
  protected get summarySaysFigure(): boolean {
    return !this.description && !this.noSummary;
  }

  /** The source line's text, without its "Källa:" label; empty when the page gave its own data and no source. */
  protected sourceText(provenance: Provenance | null): string {
    return this.source || (provenance ? describeProvenance(provenance) : '');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inheritedLang = closestLang(this);
    this.#stopWatching = [
      watchLang(() => (this.inheritedLang = closestLang(this))),
      watchColorScheme(() => this.colorSchemeVersion++),
      watchForcedColors(() => this.colorSchemeVersion++),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching.forEach((stop) => stop());
    this.#stopWatching = [];
  }

  /** The language in use, resolved from `lang`, the ancestors and the document. */
  protected get locale(): Locale {
    const strings = stringsFor(this.lang || this.inheritedLang);
    return { strings, format: formatFor(strings) };
  }

  /** `light` or `dark`, with `auto` resolved (read in render, so a colour-scheme change re-renders). */
  protected get resolvedTheme(): 'light' | 'dark' {
    return resolveTheme(this.theme);
  }

  /**
   * Dispatches one of the library's events; they bubble and cross shadow roots. Typed by the element's own events
   * `E`: a key figure's `chart-render` carries null, a chart's its Chart.
   */
  protected emit<K extends keyof NcEventMap>(name: K, detail: E[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * Validates settings other than the data (e.g. markers) once the data is known; returns what is wrong.
   * Called before every render.
   */
  protected prepare(_view: View<M> | null): DataError | null {
    // Also null gives the default: the type says number, but a framework may set null.
    const level = this.headingLevel ?? 2;
    const written = Number.isNaN(level) ? this.getAttribute('heading-level') : String(level);
    return unknownOption('theme', this.theme, THEMES) ?? unknownOption('heading-level', written, HEADING_LEVELS);
  }

  /** The error message's titles: a chart's, or a key figure's. */
  protected abstract errorTitles(lang: Lang): ErrorTitles;

  /** Properties that change only what is shown around the data (e.g. an open table), never the data. */
  protected static readonly presentationOnly: ReadonlySet<PropertyKey> = new Set();

  /**
   * True when an update changes nothing the data depends on: only presentation properties, or none at all
   * (a controller asking to re-render, e.g. to announce a point). Parsing then would be wasted work.
   */
  protected inputUnchanged(changed: PropertyValues<this>): boolean {
    const { presentationOnly } = this.constructor as typeof NcElement;
    return this.hasUpdated && [...changed.keys()].every((key) => presentationOnly.has(key));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.inputUnchanged(changed)) return;
    const { strings } = this.locale;
    let input: ReturnType<typeof this.parseInput>;
    try {
      input = this.parseInput(strings);
    } catch {
      // Input that throws when it is read (a getter, a Proxy) where the parsers did not catch it.
      input = fail('shape');
    }
    this.loading = input === 'loading';
    if (input === 'loading') {
      // The reserved space, as on a first load, until the data arrives: not figures from before (another `src`'s,
      // the `data` that outranked it, the embedded ones) as if they were what is loading. A reload of the same
      // `src` (`refresh`) is no loading: the chart stays as it is.
      this.view = null;
      this.#setError(null, strings);
      return;
    }
    if (input === null) this.view = { model: this.defaults.model, provenance: this.defaults.provenance };
    // The same figures again (a framework's new array of them, a refresh of `src`) keep the view: the chart stays.
    else if (input.ok) {
      if (!this.view || this.view.provenance || !sameFigures(this.view.model, input.value))
        this.view = { model: input.value, provenance: null };
    }
    // A failure keeps the last good data the page gave, never the embedded figures: they may have been shown
    // only because the element was upgraded before the parser reached its table (script before the tag).
    else if (this.view?.provenance) this.view = null;
    // Prepared whatever is said: it also reads the other settings (a trend's markers), drawn under any message.
    const prepared = input && !input.ok ? input.error : this.prepare(this.view);
    // A slip in an attribute's name, or a value cut short by typographic quotes, comes before what it caused: a
    // unit with no figure (NC107), or `value=”1 473”` read as `”1` (NC103).
    const error = this.#misspeltAttribute() ?? cutByQuotes(this.attributes) ?? prepared;
    this.#setError(error, strings);
  }

  /**
   * A slip in an attribute's name (NC124), reported before what it may have caused (a unit with no figure, NC107).
   * Its check comes with the messages, fetched when an element has an attribute not its own.
   */
  #misspeltAttribute(): DataError | null | undefined {
    const own = (this.constructor as typeof NcElement).observedAttributes;
    const check = () => mistakeCode.value?.misspeltAttribute(this.attributes, own);
    // Rendered again only for a slip: `class` or `id` cost no render.
    if (!mistakeCode.value && this.getAttributeNames().some((name) => !own.includes(name)))
      void mistakeCode.load().then(() => check() && this.requestUpdate('lang'));
    return check();
  }

  /**
   * Shows the error, and reports it once (event and console) when it differs from the one shown. The
   * messages are a module of their own, fetched when a page first has a mistake (in the self-contained
   * bundle they are inside): the title shows at once, the message and the report when they have come.
   */
  #setError(error: DataError | null, strings: Strings): void {
    const previous = this.dataError;
    this.dataError = error;
    if (error && previous?.code === error.code && previous.row === error.row && previous.value === error.value) return;
    const count = ++this.#errorCount;
    if (!error) return;
    mistakeCode.load().then(
      ({ errorMessage }) => {
        if (count !== this.#errorCount) return;
        const message = errorMessage(error, strings.lang);
        console.warn(`[norrkoping-charts] ${error.code} in <${this.localName}>: ${message}`);
        // Where, as far as it is known: the code, and `row`, `field` and `year` when the error has them.
        const { kind, value, detail, ...where } = error;
        this.emit('data-error', { ...where, message, input: value ?? '' });
        this.requestUpdate();
      },
      (reason: unknown) => console.warn('[norrkoping-charts] The messages could not be loaded:', reason),
    );
  }

  /**
   * A render that takes the focused element away, or out of sight or the tab order, gives the focus to what
   * stands in its place: a keyboard user keeps their place rather than being sent back to the top of the page
   * (the browser would move it there at the next frame). While a new `src` loads, the loading box stands for the
   * whole chart: the buttons, the table and the link are then laid out unseen, where WebKit still lets Enter press
   * a button. Then the plot (also for buttons or a link the page took away, and the shown table's box `no-actions`
   * hides), else the message. A key figure that lost its link, its only tab stop, and shows no message has nothing
   * but its box to hold it. What is no tab stop (the message, the loading box, that box) is focusable only from
   * when this rule gives it the focus until the focus leaves it, and keeps it while it is there: a render that took
   * nothing away moves nothing.
   */
  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const wasTabStop = focused && focused.tabIndex >= 0;
    super.update(changed);
    if (focused && (!focused.isConnected || (wasTabStop && focused.tabIndex < 0) || this.loading)) {
      const root = this.renderRoot as ShadowRoot;
      const plot = root.querySelector<HTMLElement>('.chart');
      // The loading box and the message never show together.
      const held =
        plot ?? root.querySelector<HTMLElement>('.chart-placeholder, .error') ?? root.querySelector<HTMLElement>('.nc');
      // What is no tab stop is made focusable only now, and no more once the focus has left it (not when the
      // window lost it, and keeps it there): rendered so, or left so, a mouse click in it would take the focus.
      if (held && !plot)
        Object.assign(held, {
          tabIndex: -1,
          onblur: () => root.activeElement !== held && held.removeAttribute('tabindex'),
        });
      held?.focus({ preventScroll: true });
    }
  }

  /** Also waits for the messages while an error is shown, so that the message is in the page after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.dataError || mistakeCode.value) return complete;
    await mistakeCode.load().catch(() => undefined);
    return super.getUpdateComplete();
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const { strings } = locale;
    const { view, dataError, loading } = this;
    // While `src` loads, the text around the chart is laid out unseen (see chart-styles.ts) from the embedded
    // figures, with no source line but the page's: the figures' own text takes about as much room, so the page
    // does not move when they come.
    const shown = loading ? { model: this.defaults.model, provenance: null } : view;
    const heading = this.headingText(strings);
    // The summary names its subject also when the heading is hidden (`heading=""`), as the table's caption does.
    const subject = this.subjectText(strings);
    const summary = shown ? this.description || this.summaryText(shown.model, subject, locale) : '';
    // The message is in a live region that is in the page, empty, before it: one inserted with its text is often
    // not read. Over figures still shown (a refresh that failed) it is said politely, not as an interruption; with
    // `quietErrors` not at all. Its title is a line of its own, also for a screen reader reading it as one text (a
    // break, not a block, which Orca joined to the message: "visas.Värdet"); a full stop only they get ends it.
    // Both languages run left to right, also in a right-to-left page, whose direction the text, the canvas's
    // text and the table would take ("473 personer → 814", the reverse change).
    return html`
      <div class="nc ${this.resolvedTheme}${loading ? ' loading' : ''}" lang=${strings.lang} dir="ltr">
        ${heading ? this.#renderHeading(heading) : nothing}
        <div role=${this.quietErrors ? nothing : view ? 'status' : 'alert'}>
          ${
            dataError
              ? html`<div class="error" part="error">
                  <strong>${this.#errorTitle(strings.lang, !!view)}<span class="spoken">.</span></strong
                  ><br />
                  ${mistakeCode.value?.errorMessage(dataError, strings.lang)}
                </div>`
              : nothing
          }
        </div>
        ${
          // What is written inside the tag (an editor's table), under a message that it cannot be read: what
          // readers without JavaScript see, rather than nothing.
          dataError && !view ? html`<slot></slot>` : nothing
        }
        ${shown ? this.renderFigure(shown.model, locale) : nothing}
        ${loading ? this.renderLoading(strings) : view ? this.renderBody(view, summary, locale) : nothing}
        ${shown && !this.noSummary ? html`<p id="summary" class="summary" part="summary">${summary}</p>` : nothing}
        ${shown || dataError ? this.renderDetails(shown, locale) : nothing}
        ${shown ? this.#renderSource(shown.provenance, strings) : nothing}
      </div>
    `;
  }

  /** The error message's title; `shown` when figures stay on screen under it. */
  #errorTitle(lang: Lang, shown: boolean): string {
    const titles = this.errorTitles(lang);
    return shown ? titles.errorTitleShown : titles.errorTitle;
  }

  #renderHeading(heading: string): TemplateResult {
    // The nearest level; not a number (NaN) gives none of the six, and the default h2.
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel ?? 2)));
    return (HEADINGS[level - 1] ?? h2)(heading);
  }

  #renderSource(provenance: Provenance | null, strings: Strings): TemplateResult | typeof nothing {
    const text = this.sourceText(provenance);
    if (!text) return nothing;
    const url = safeUrl(this.sourceUrl ?? provenance?.url);
    const name = url ? html`<a href=${url}>${text}</a>` : text;
    // The source's name marked in its language: the embedded figures' is Swedish, in an English component too.
    return html`<p class="source" part="source">
      ${strings.source}: <span lang=${this.source || !provenance ? nothing : 'sv'}>${name}</span>
    </p>`;
  }
}
