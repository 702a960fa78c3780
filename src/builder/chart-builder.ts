import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../index.js';
import { BUILDER_STRINGS, type BuilderStrings, type ErrorPlace, type SnippetKind } from './builder-strings.js';
import { chartBuilderStyles } from './chart-builder.styles.js';
import {
  chartMarkup,
  FIELDS,
  filledRows,
  formIndex,
  isWrittenMarker,
  isWrittenRow,
  type ChartMarkup,
} from './markup.js';
import { readPasted } from './paste.js';
import { isEdited, renewPreview, syncPreview } from './preview.js';
import { looksLikeSnippet, readSnippet } from './read-snippet.js';
import {
  defaultHeading,
  initialSettings,
  isChartTag,
  ownFiguresUnderDefaultTexts,
  fitRow,
  rowsOf,
  withDefaults,
  withLang,
  type ChartSettings,
  type ChartTag,
  type ChartTexts,
  type FigureRow,
  type HeadingLevel,
  type KeyFigureInput,
  type MarkerInput,
} from './settings.js';
import { componentSnippet, iframeSnippet } from './snippet.js';
import { defineElement } from '../core/define.js';
import { COMPONENT_TAGS } from '../embed/attributes.js';
import { formatFor, stringsFor, supportedLang, type Lang } from '../i18n/index.js';
import { errorMessage } from '../i18n/messages.js';
import { ERROR_CODES } from '../data/errors.js';
import { figureRows } from '../data/rows.js';
import type { DataErrorDetail } from '../core/events.js';

const SNIPPET_KINDS: readonly SnippetKind[] = ['table', 'data', 'iframe'];

/** The errors in a marker: a date the chart cannot read, or one outside its years. */
const MARKER_ERRORS: ReadonlySet<string> = new Set([ERROR_CODES.invalidMarker, ERROR_CODES.markerOutside]);

const errorPlace = ({ code }: DataErrorDetail): ErrorPlace => (MARKER_ERRORS.has(code) ? 'markers' : 'figures');

/** An `aria-describedby` of the given ids, or none. */
const describedBy = (...ids: (string | undefined)[]): string | typeof nothing =>
  ids.filter(Boolean).join(' ') || nothing;

/**
 * A page for web editors: choose a component, type or paste the figures, see the chart as it will look,
 * and copy the code for the CMS (a component with its figures in a table or the `data` attribute, or an
 * iframe). The preview is the real component, fed exactly what the snippet holds.
 *
 * @tagname chart-builder
 * @fires lang-change - When the builder's own language is switched; `detail.lang` is `sv` or `en`.
 */
export class ChartBuilder extends LitElement {
  static override styles = chartBuilderStyles;
  static override properties: PropertyDeclarations = {
    base: {},
    uiLang: { attribute: 'ui-lang' },
    settings: { state: true },
    kind: { state: true },
    pasteText: { state: true },
    previewError: { state: true },
    figuresStatus: { state: true },
    copyStatus: { state: true },
    existingText: { state: true },
    existingStatus: { state: true },
  };

  /** The folder that holds norrkoping-charts.js, embed.html and embed-resize.js, as the snippets write it. */
  base = '';

  /** The builder's own language, `sv` (default) or `en`. */
  uiLang: Lang = 'sv';

  private settings: ChartSettings = initialSettings('sv');
  private kind: SnippetKind = 'table';
  private pasteText = '';
  /** What the preview component says is wrong (its message in the chart's language); null when it draws. */
  private previewError: DataErrorDetail | null = null;
  /** Said in the figures' live region after a paste or a reset. */
  private figuresStatus = '';
  private copyStatus = '';
  /** A snippet from a page, pasted to be read back into the form. */
  private existingText = '';
  /** Said after reading it back: what was read, and what the builder could not keep. */
  private existingStatus = '';

  /** The box the preview component is drawn in; there from the first render on. */
  get #previewContainer(): HTMLElement | null {
    return this.renderRoot.querySelector('.preview');
  }

  /** The component in the preview. */
  get preview(): (HTMLElement & { chart?: unknown }) | null {
    return (this.#previewContainer?.firstElementChild ?? null) as HTMLElement | null;
  }

  /** The code Copy code puts on the clipboard: always the one shown in the output box. */
  get snippet(): string {
    const { settings, kind } = this;
    if (kind === 'iframe') return iframeSnippet(chartMarkup(settings, 'data'), this.base, this.#chartTitle());
    return componentSnippet(chartMarkup(settings, kind === 'data' ? 'data' : 'table'), this.base);
  }

  get #ui(): BuilderStrings {
    return BUILDER_STRINGS[this.uiLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const lang = supportedLang(this.closest('[lang]')?.getAttribute('lang'));
    if (lang && !this.hasAttribute('ui-lang')) this.uiLang = lang;
  }

  protected override firstUpdated(): void {
    this.#previewContainer?.addEventListener('data-error', this.#onDataError);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('settings') || changed.has('kind')) {
      const container = this.#previewContainer;
      if (container) void this.#clearErrorWhenGone(syncPreview(container, this.#previewMarkup()));
    }
  }

  /** The component the preview shows: the snippet's, with its figures in a table or in `data`. */
  #previewMarkup(): ChartMarkup {
    const format = this.kind === 'data' || this.kind === 'iframe' ? 'data' : 'table';
    return chartMarkup(this.settings, format);
  }

  /**
   * The code of an error that a new component, as on a page, showed over figures (a marker's date): for it,
   * figures under the message are what the page shows, and the preview is not made again at every key.
   */
  #errorOverFigures: string | null = null;

  readonly #onDataError = (event: CustomEvent<DataErrorDetail>): void => {
    this.previewError = event.detail;
    const element = event.target as HTMLElement;
    if (!element.shadowRoot?.querySelector('[part~="figure"]')) return;
    const { code } = event.detail;
    if (!isEdited(element)) this.#errorOverFigures = code;
    else if (code !== this.#errorOverFigures) {
      // It may show figures the code no longer holds, where a page shows none: made again, it shows the page's.
      const container = this.#previewContainer;
      if (container) void this.#clearErrorWhenGone(renewPreview(container, this.#previewMarkup()));
    }
  };

  /**
   * No error message in the preview once it has taken its code means the figures are valid again: said when
   * it has rendered, not when it draws, which a chart out of view waits for.
   */
  async #clearErrorWhenGone(element: HTMLElement & { updateComplete?: Promise<boolean> }): Promise<void> {
    await element.updateComplete;
    if (element !== this.preview || element.shadowRoot?.querySelector('[part="error"]')) return;
    this.previewError = null;
    this.#errorOverFigures = null;
  }

  /** Another component: the status said about the last one's figures ("3 rader inlästa.") goes. */
  readonly #onComponent = (event: Event): void => {
    this.#edit({ component: (event.target as HTMLInputElement).value as ChartSettings['component'] });
    this.figuresStatus = '';
  };

  #edit(change: Partial<ChartSettings>): void {
    this.settings = { ...this.settings, ...change };
    this.copyStatus = '';
  }

  get #texts(): ChartTexts {
    return this.settings.texts[this.settings.component];
  }

  #editTexts(change: Partial<ChartTexts>): void {
    const { component, texts } = this.settings;
    this.#edit({ texts: { ...texts, [component]: { ...texts[component], ...change } } });
  }

  /** The iframe's accessible name: the heading shown. */
  #chartTitle(): string {
    return this.#texts.heading.trim() || defaultHeading(this.settings.component, this.settings.lang);
  }

  #setRows(tag: ChartTag, rows: readonly FigureRow[]): void {
    this.#edit(tag === 'homeless-trend' ? { trendRows: rows } : { preventionRows: rows });
  }

  #setCell(tag: ChartTag, row: number, column: number, value: string): void {
    const rows = rowsOf(this.settings, tag).map((cells, index) =>
      index === row ? cells.map((cell, at) => (at === column ? value : cell)) : cells,
    );
    this.#setRows(tag, rows);
  }

  async #addRow(tag: ChartTag): Promise<void> {
    const rows = rowsOf(this.settings, tag);
    this.#setRows(tag, [...rows, fitRow([], tag)]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#cell-${rows.length}-0`)?.focus();
  }

  async #removeRow(tag: ChartTag, row: number): Promise<void> {
    const rows = rowsOf(this.settings, tag).filter((_, index) => index !== row);
    this.#setRows(tag, rows);
    await this.updateComplete;
    const next = Math.min(row, rows.length - 1);
    const target = next >= 0 ? `#remove-row-${next}` : '#add-row';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #setMarker(index: number, change: Partial<MarkerInput>): void {
    this.#edit({
      markers: this.settings.markers.map((marker, at) => (at === index ? { ...marker, ...change } : marker)),
    });
  }

  async #addMarker(): Promise<void> {
    const count = this.settings.markers.length;
    this.#edit({ markers: [...this.settings.markers, { date: '', label: '' }] });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#marker-date-${count}`)?.focus();
  }

  async #removeMarker(index: number): Promise<void> {
    const markers = this.settings.markers.filter((_, at) => at !== index);
    this.#edit({ markers });
    await this.updateComplete;
    const next = Math.min(index, markers.length - 1);
    this.renderRoot.querySelector<HTMLElement>(next >= 0 ? `#remove-marker-${next}` : '#add-marker')?.focus();
  }

  #setKeyFigure(change: Partial<KeyFigureInput>): void {
    this.#edit({ keyFigure: { ...this.settings.keyFigure, ...change } });
  }

  #startFromDefaults(): void {
    this.settings = withDefaults(this.settings, this.settings.component);
    this.figuresStatus = this.#ui.figures.started;
  }

  #usePasted(tag: ChartTag): void {
    if (looksLikeSnippet(this.pasteText)) {
      void this.#say('figuresStatus', this.#readExisting(this.pasteText));
      return;
    }
    const strings = stringsFor(this.settings.lang);
    const rows = readPasted(this.pasteText, tag, strings.decimal);
    if (!rows.ok) {
      this.figuresStatus = errorMessage(rows.error, strings.lang);
      return;
    }
    this.#setRows(tag, rows.value);
    this.figuresStatus = this.#ui.figures.pasted(rows.value.length);
  }

  /** Fills the form from a snippet; returns what to say about it. */
  #readExisting(text: string): string {
    const ui = this.#ui.existing;
    const read = readSnippet(text, this.settings);
    if (!read.ok) {
      if (read.error === 'noComponent') return ui.noComponent;
      if (read.error === 'escapedCode') return ui.escapedCode;
      return ui.failed(errorMessage(read.error, this.uiLang));
    }
    const { settings, kind, base, classicScript, dropped, mended, respelt, langAssumed, markersError } = read.value;
    const said = [
      ui.read(
        this.#ui.component.names[settings.component],
        isChartTag(settings.component) ? filledRows(rowsOf(settings, settings.component)).length : null,
      ),
    ];
    const list = (names: readonly string[]): string => formatFor(stringsFor(this.uiLang)).list(names);
    if (read.value.components > 1) said.push(ui.several(read.value.components));
    if (mended.length > 0) said.push(ui.quotes(list(mended), mended.length));
    if (respelt.length > 0) said.push(ui.respelt(list(respelt), respelt.length));
    if (langAssumed) said.push(ui.langAssumed(settings.lang));
    if (markersError) said.push(ui.markersFailed(errorMessage(markersError, this.uiLang)));
    if (read.value.figuresFromSrc) said.push(ui.fromSrc);
    const others = dropped.filter((name) => name !== 'src' || !read.value.figuresFromSrc);
    if (others.length > 0) said.push(ui.dropped(list(others), others.length));
    if (read.value.levelChanged !== null) said.push(ui.levelChanged(read.value.levelChanged, settings.headingLevel));
    if (base !== null && base !== this.base) said.push(ui.base(base));
    if (classicScript) said.push(ui.classicScript);
    if (read.value.figuresInScript) said.push(ui.figuresInScript);

    this.settings = settings;
    this.kind = kind;
    if (base !== null) this.base = base;
    this.figuresStatus = '';
    this.copyStatus = '';
    // A new preview element: one that drew other figures would keep them on screen under an error.
    this.#previewContainer?.replaceChildren();
    this.previewError = null;
    return said.join(' ');
  }

  /** Says `text` in a status region, also when it is what the region says already (it would be silent). */
  async #say(region: 'existingStatus' | 'figuresStatus', text: string): Promise<void> {
    this[region] = '';
    await this.updateComplete;
    this[region] = text;
  }

  async #copy(): Promise<void> {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.#ui.code.copied;
    } catch {
      this.copyStatus = this.#ui.code.copyFailed;
      const output = this.renderRoot.querySelector<HTMLTextAreaElement>('#output');
      output?.focus();
      output?.select();
    }
  }

  #switchLanguage(lang: Lang): void {
    this.uiLang = lang;
    this.dispatchEvent(new CustomEvent('lang-change', { detail: { lang }, bubbles: true, composed: true }));
  }

  /**
   * The preview's message, in the chart's language. A marker's is the builder's own: the component's
   * advice is written for the `markers` JSON, which the form writes for the editor.
   */
  #errorText(error: DataErrorDetail): TemplateResult {
    // A marker named as the form numbers it, not by its place in the code's list.
    const invalid = error.code === ERROR_CODES.invalidMarker;
    const marker = MARKER_ERRORS.has(error.code) ? formIndex(this.settings.markers, isWrittenMarker, error.row) : null;
    if (marker !== null) {
      const { markers } = this.#ui;
      return html`${invalid ? markers.invalid(marker + 1) : markers.outside(marker + 1, error.year)}`;
    }
    return html`<span lang=${this.settings.lang}>${error.message}</span>`;
  }

  /** The field in error as this render shows it (see `#fieldInError`). */
  #invalidField: string | null = null;

  /** `aria-invalid` of a field: true for the one in error. */
  #invalid(id: string): 'true' | typeof nothing {
    return id === this.#invalidField ? 'true' : nothing;
  }

  /** The descriptions of a field: its hint, and the error's message when it is the one in error. */
  #describedBy(id: string, hint?: string): string | typeof nothing {
    const error = id === this.#invalidField ? this.previewError : null;
    return describedBy(hint, error ? `${errorPlace(error)}-error` : undefined);
  }

  /** The id of the form field the preview's error is in, when the component names one. */
  #fieldInError(): string | null {
    const error = this.previewError;
    if (!error) return null;
    const { settings } = this;
    const tag = settings.component;
    if (errorPlace(error) === 'markers') {
      const marker = formIndex(settings.markers, isWrittenMarker, error.row);
      // The form writes every label as text: only a date can be wrong.
      return marker === null ? null : `marker-date-${marker}`;
    }
    if (!isChartTag(tag)) return error.field && error.field in settings.keyFigure ? `key-${error.field}` : null;
    const column = ['year', ...FIELDS[tag]].indexOf(error.field ?? '');
    const rows = rowsOf(settings, tag);
    // In a table the rows above the figures that read as headers or notes are skipped: the component counts from
    // the first row of figures (notes below them are skipped too, and change no count).
    const filled = filledRows(rows);
    const [first] = this.kind === 'table' ? figureRows(filled, stringsFor(settings.lang).decimal) : [];
    const skipped = first ? filled.indexOf(first) : 0;
    const row = formIndex(rows, isWrittenRow, error.row === undefined ? undefined : error.row + skipped);
    return row === null || column < 0 ? null : `cell-${row}-${column}`;
  }

  /** A labelled box to paste text into, with its hint and the button that reads what was pasted. */
  #pasteBox(box: {
    id: string;
    label: string;
    hint: string;
    rows: number;
    text: string;
    onInput: (text: string) => void;
    button: { id: string; label: string; onClick: () => void };
  }): TemplateResult {
    return html`<label for=${box.id}>${box.label}</label>
      <p class="hint" id="${box.id}-hint">${box.hint}</p>
      <textarea
        id=${box.id}
        rows=${box.rows}
        spellcheck="false"
        aria-describedby="${box.id}-hint"
        .value=${live(box.text)}
        @input=${(event: InputEvent) => box.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <button type="button" id=${box.button.id} @click=${box.button.onClick}>${box.button.label}</button>`;
  }

  #renderExisting(ui: BuilderStrings): TemplateResult {
    return html`<details class="existing">
      <summary>${ui.existing.summary}</summary>
      ${this.#pasteBox({
        id: 'existing',
        label: ui.existing.label,
        hint: ui.existing.hint,
        rows: 5,
        text: this.existingText,
        onInput: (text) => (this.existingText = text),
        button: {
          id: 'read-existing',
          label: ui.existing.button,
          onClick: () => void this.#say('existingStatus', this.#readExisting(this.existingText)),
        },
      })}
      <p class="status" id="existing-status" role="status">${this.existingStatus}</p>
    </details>`;
  }

  #renderComponentChoice(ui: BuilderStrings): TemplateResult {
    return html`<fieldset>
      <legend>${ui.component.legend}</legend>
      ${COMPONENT_TAGS.map(
        (tag) =>
          html`<div class="choice">
            <input
              type="radio"
              name="component"
              id="component-${tag}"
              value=${tag}
              .checked=${live(this.settings.component === tag)}
              aria-describedby="component-${tag}-hint"
              @change=${this.#onComponent}
            />
            <label for="component-${tag}">${ui.component.names[tag]}</label>
            <p class="hint" id="component-${tag}-hint">${ui.component.hints[tag]}</p>
          </div>`,
      )}
    </fieldset>`;
  }

  #renderRows(ui: BuilderStrings, tag: ChartTag): TemplateResult {
    const rows = rowsOf(this.settings, tag);
    const columns =
      tag === 'homeless-trend'
        ? [ui.figures.year, ui.figures.value]
        : [ui.figures.year, ui.figures.families, ui.figures.children];
    return html`<table class="figures">
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
          <th scope="col"><span class="visually-hidden">${ui.figures.actions}</span></th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td colspan=${columns.length + 1}>${ui.figures.noRows}</td>
              </tr>`
            : rows.map(
                (cells, row) =>
                  html`<tr>
                    ${columns.map(
                      (column, index) =>
                        html`<td>
                          <input
                            id="cell-${row}-${index}"
                            type="text"
                            inputmode=${index === 0 ? 'numeric' : 'decimal'}
                            autocomplete="off"
                            class=${index === 0 ? 'year' : 'number'}
                            aria-label=${ui.figures.cell(column, row + 1)}
                            aria-invalid=${this.#invalid(`cell-${row}-${index}`)}
                            aria-describedby=${this.#describedBy(`cell-${row}-${index}`, 'figures-hint')}
                            .value=${live(cells[index] ?? '')}
                            @input=${(event: InputEvent) =>
                              this.#setCell(tag, row, index, (event.target as HTMLInputElement).value)}
                          />
                        </td>`,
                    )}
                    <td>
                      <button
                        type="button"
                        class="icon"
                        id="remove-row-${row}"
                        aria-label=${ui.figures.removeRow(row + 1)}
                        title=${ui.figures.removeRow(row + 1)}
                        @click=${() => this.#removeRow(tag, row)}
                      >
                        <span aria-hidden="true">×</span>
                      </button>
                    </td>
                  </tr>`,
              )
        }
      </tbody>
    </table>`;
  }

  #renderPaste(ui: BuilderStrings, tag: ChartTag): TemplateResult {
    return html`<div class="paste">
      ${this.#pasteBox({
        id: 'paste',
        label: ui.figures.pasteLabel,
        hint: ui.figures.pasteHint,
        rows: 4,
        text: this.pasteText,
        onInput: (text) => (this.pasteText = text),
        button: { id: 'use-pasted', label: ui.figures.pasteButton, onClick: () => this.#usePasted(tag) },
      })}
    </div>`;
  }

  #renderKeyFigureInputs(ui: BuilderStrings): TemplateResult {
    const { keyFigure } = this.settings;
    const field = (name: keyof KeyFigureInput, label: string, hint?: string) =>
      html`<div class="field">
        <label for="key-${name}">${label}</label>
        ${hint ? html`<p class="hint" id="key-${name}-hint">${hint}</p>` : nothing}
        <input
          id="key-${name}"
          type="text"
          autocomplete="off"
          aria-invalid=${this.#invalid(`key-${name}`)}
          aria-describedby=${this.#describedBy(`key-${name}`, hint ? `key-${name}-hint` : undefined)}
          .value=${live(keyFigure[name])}
          @input=${(event: InputEvent) => this.#setKeyFigure({ [name]: (event.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<div class="grid">
      ${field('value', ui.keyFigure.value, ui.keyFigure.valueHint)} ${field('unit', ui.keyFigure.unit)}
      ${field('change', ui.keyFigure.change, ui.keyFigure.changeHint)} ${field('period', ui.keyFigure.period)}
    </div>`;
  }

  /**
   * The preview's error, said where it is: under the figures or under the markers. The live region is in the
   * page, empty, before an error comes, so that its message is said.
   */
  #renderError(ui: BuilderStrings, place: ErrorPlace): TemplateResult {
    const error = this.previewError;
    return html`<div class="error-region" id="${place}-error" aria-live="polite" aria-atomic="true">
      ${
        error && errorPlace(error) === place
          ? html`<p class="error"><strong>${ui.preview.errorPrefix[place]}</strong> ${this.#errorText(error)}</p>`
          : nothing
      }
    </div>`;
  }

  #renderFigures(ui: BuilderStrings): TemplateResult {
    const tag = this.settings.component;
    return html`<fieldset>
      <legend>${ui.figures.legend}</legend>
      ${
        isChartTag(tag)
          ? html`<p class="hint" id="figures-hint">${ui.figures.hint}</p>
              ${this.#renderRows(ui, tag)}
              <div class="buttons">
                <button type="button" id="add-row" @click=${() => this.#addRow(tag)}>${ui.figures.addRow}</button>
                <button type="button" id="start" @click=${() => this.#startFromDefaults()}>${ui.figures.start}</button>
              </div>
              ${this.#renderPaste(ui, tag)}`
          : html`${this.#renderKeyFigureInputs(ui)}
              <div class="buttons">
                <button type="button" id="start" @click=${() => this.#startFromDefaults()}>${ui.figures.start}</button>
              </div>`
      }
      <p class="status" id="figures-status" role="status">${this.figuresStatus}</p>
      ${this.#renderError(ui, 'figures')}
    </fieldset>`;
  }

  #textField(
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: { hint?: string; type?: string; multiline?: boolean; describedBy?: string } = {},
  ): TemplateResult {
    const hintId = options.hint ? `${id}-hint` : undefined;
    const descriptions = describedBy(hintId, options.describedBy);
    const handler = (event: InputEvent) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              rows="3"
              aria-describedby=${descriptions}
              .value=${live(value)}
              @input=${handler}
            ></textarea>`
          : html`<input
              id=${id}
              type=${options.type ?? 'text'}
              autocomplete="off"
              aria-describedby=${descriptions}
              .value=${live(value)}
              @input=${handler}
            />`
      }
    </div>`;
  }

  #renderTexts(ui: BuilderStrings): TemplateResult {
    const texts = this.#texts;
    const notice = ownFiguresUnderDefaultTexts(this.settings);
    return html`<fieldset>
      <legend>${ui.texts.legend}</legend>
      <div role="status">
        ${
          notice
            ? html`<p class="notice" id="texts-notice">
                ${ui.texts.ownFigures(this.settings.component === 'homeless-trend')}
              </p>`
            : nothing
        }
      </div>
      ${this.#textField('heading', ui.texts.heading, texts.heading, (heading) => this.#editTexts({ heading }), {
        hint: ui.texts.headingHint,
        describedBy: notice ? 'texts-notice' : undefined,
      })}
      ${this.#select(
        'heading-level',
        ui.texts.headingLevel,
        this.settings.headingLevel,
        ui.texts.headingLevels,
        (headingLevel: HeadingLevel) => this.#edit({ headingLevel }),
        ui.texts.headingLevelHint,
      )}
      ${this.#textField(
        'description',
        ui.texts.description,
        texts.description,
        (description) => this.#editTexts({ description }),
        { hint: ui.texts.descriptionHint, multiline: true },
      )}
      ${this.#checkbox('no-summary', ui.texts.noSummary, ui.texts.noSummaryHint, this.settings.noSummary, (noSummary) =>
        this.#edit({ noSummary }),
      )}
      ${this.#textField('source', ui.texts.source, texts.source, (source) => this.#editTexts({ source }), {
        describedBy: notice ? 'texts-notice' : undefined,
      })}
      ${this.#textField(
        'source-url',
        ui.texts.sourceUrl,
        texts.sourceUrl,
        (sourceUrl) => this.#editTexts({ sourceUrl }),
        {
          type: 'url',
        },
      )}
    </fieldset>`;
  }

  #select<T extends string>(
    id: string,
    label: string,
    value: T,
    options: Readonly<Record<T, string>>,
    onChange: (value: T) => void,
    hint?: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <select
        id=${id}
        aria-describedby=${describedBy(hint ? `${id}-hint` : undefined)}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as T)}
      >
        ${(Object.keys(options) as T[]).map(
          (key) => html`<option value=${key} .selected=${live(key === value)}>${options[key]}</option>`,
        )}
      </select>
    </div>`;
  }

  /** A setting that is on or off, with its hint beside the label. */
  #checkbox(
    id: string,
    label: string,
    hint: string,
    checked: boolean,
    onChange: (checked: boolean) => void,
  ): TemplateResult {
    return html`<div class="choice field">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(checked)}
        aria-describedby="${id}-hint"
        @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
    </div>`;
  }

  #renderAppearance(ui: BuilderStrings): TemplateResult {
    const { settings } = this;
    return html`<fieldset>
      <legend>${ui.appearance.legend}</legend>
      <div class="grid">
        ${this.#select('chart-lang', ui.appearance.lang, settings.lang, ui.appearance.langs, (lang) =>
          this.#edit(withLang(settings, lang)),
        )}
        ${this.#select('theme', ui.appearance.theme, settings.theme, ui.appearance.themes, (theme) =>
          this.#edit({ theme }),
        )}
        ${
          settings.component === 'homeless-trend'
            ? this.#select('type', ui.appearance.type, settings.type, ui.appearance.types, (type) =>
                this.#edit({ type }),
              )
            : nothing
        }
      </div>
    </fieldset>`;
  }

  #renderMarkers(ui: BuilderStrings): TemplateResult | typeof nothing {
    if (this.settings.component !== 'homeless-trend') return nothing;
    return html`<fieldset>
      <legend>${ui.markers.legend}</legend>
      <p class="hint" id="markers-hint">${ui.markers.hint}</p>
      ${
        // Labels seen over the fields (WCAG 3.3.2); screen readers get them in each field's name.
        this.settings.markers.length
          ? html`<div class="marker marker-head" aria-hidden="true">
              <span>${ui.markers.columns.date}</span><span>${ui.markers.columns.label}</span>
            </div>`
          : nothing
      }
      ${this.settings.markers.map(
        (marker, index) =>
          html`<div class="marker">
            <input
              id="marker-date-${index}"
              class="date"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              placeholder="2022-05"
              aria-label=${ui.markers.date(index + 1)}
              aria-invalid=${this.#invalid(`marker-date-${index}`)}
              aria-describedby=${this.#describedBy(`marker-date-${index}`, 'markers-hint')}
              .value=${live(marker.date)}
              @input=${(event: InputEvent) => this.#setMarker(index, { date: (event.target as HTMLInputElement).value })}
            />
            <input
              id="marker-label-${index}"
              type="text"
              autocomplete="off"
              aria-label=${ui.markers.label(index + 1)}
              .value=${live(marker.label)}
              @input=${(event: InputEvent) =>
                this.#setMarker(index, { label: (event.target as HTMLInputElement).value })}
            />
            <button
              type="button"
              class="icon"
              id="remove-marker-${index}"
              aria-label=${ui.markers.remove(index + 1)}
              title=${ui.markers.remove(index + 1)}
              @click=${() => this.#removeMarker(index)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>`,
      )}
      <div class="buttons">
        <button type="button" id="add-marker" @click=${() => this.#addMarker()}>${ui.markers.add}</button>
      </div>
      ${this.#renderError(ui, 'markers')}
    </fieldset>`;
  }

  #renderCode(ui: BuilderStrings): TemplateResult {
    const kinds =
      this.settings.component === 'key-figure' ? SNIPPET_KINDS.filter((kind) => kind !== 'data') : SNIPPET_KINDS;
    const kind = kinds.includes(this.kind) ? this.kind : 'table';
    return html`<section class="code" aria-labelledby="code-heading">
      <h2 id="code-heading">${ui.code.heading}</h2>
      <fieldset class="kinds" aria-describedby="kind-hint">
        <legend>${ui.code.kindLegend}</legend>
        ${kinds.map(
          (option) =>
            html`<span class="kind">
              <input
                type="radio"
                name="kind"
                id="kind-${option}"
                value=${option}
                .checked=${live(kind === option)}
                @change=${() => {
                  this.kind = option;
                  this.copyStatus = '';
                }}
              />
              <label for="kind-${option}">${ui.code.kinds[option]}</label>
            </span>`,
        )}
        <p class="hint" id="kind-hint">${ui.code.kindHints[kind]}</p>
      </fieldset>
      <div class="copy">
        <button type="button" id="copy" class="primary" @click=${() => this.#copy()}>${ui.code.copy}</button>
        <p class="status" id="copy-status" role="status">${this.copyStatus}</p>
      </div>
      ${this.previewError ? html`<p class="note">${ui.code.hasError[errorPlace(this.previewError)]}</p>` : nothing}
      <label for="output">${ui.code.output}</label>
      <textarea id="output" readonly rows="16" spellcheck="false" .value=${this.snippet}></textarea>
      ${this.#textField('base', ui.code.base, this.base, (base) => (this.base = base), { hint: ui.code.baseHint })}
    </section>`;
  }

  override render(): TemplateResult {
    const ui = this.#ui;
    this.#invalidField = this.#fieldInError();
    return html`<div class="builder" lang=${ui.lang}>
      <div class="top">
        <h1>${ui.title}</h1>
        <button
          type="button"
          class="lang-switch"
          lang=${ui.otherLanguage.lang}
          @click=${() => this.#switchLanguage(ui.otherLanguage.lang)}
        >
          ${ui.otherLanguage.name}
        </button>
      </div>
      <p class="intro">${ui.intro}</p>
      <div class="layout">
        <form class="form" @submit=${(event: Event) => event.preventDefault()}>
          ${this.#renderExisting(ui)} ${this.#renderComponentChoice(ui)} ${this.#renderFigures(ui)}
          ${this.#renderTexts(ui)} ${this.#renderAppearance(ui)} ${this.#renderMarkers(ui)}
        </form>
        <div class="result">
          <section class="preview-section" aria-labelledby="preview-heading">
            <h2 id="preview-heading">${ui.preview.heading}</h2>
            <div class="preview"></div>
          </section>
          ${this.#renderCode(ui)}
        </div>
      </div>
    </div>`;
  }
}

defineElement('chart-builder', ChartBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'chart-builder': ChartBuilder;
  }
}
