import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { tablePushedOut } from '../../core/pushed-out-table.js';
import { NcElement, type Locale } from '../../core/nc-element.js';
import { keyFigureStyles } from './key-figure.styles.js';
import { DEFAULT_KEY_FIGURE } from '../../data/defaults.js';
import { parseKeyFigure } from '../../data/key-figure.js';
import type { KeyFigureModel } from '../../data/model.js';
import type { ChartRenderDetail, NcEventMap } from '../../core/events.js';
import { fail, type Result } from '../../data/errors.js';
import { keyFigureStrings } from '../../i18n/key-figure-strings.js';
import { subject } from '../../i18n/subject.js';
import type { ErrorTitles, Lang, Strings } from '../../i18n/index.js';
import { figureAttribute, textAttribute } from '../../core/attribute-converters.js';
import { jsonScript } from '../../core/json-script.js';

/**
 * One figure as a large number with its label, change and period. With no attributes it shows the
 * change in Norrköping's need of emergency housing from 2022 to 2023: −37 %.
 *
 * @tagname key-figure
 * @summary Key figure.
 *
 * @fires {CustomEvent<{ chart: null }>} chart-render - After each render. `detail.chart` is null (there is no Chart.js chart).
 *
 * @slot - Content for readers without JavaScript; shown under the message when the figure cannot be read.
 *
 * @csspart figure - The large figure and its change.
 *
 * @cssprop --nc-key-figure-size - Size of the large figure; default `3em`.
 */
export class KeyFigure extends NcElement<KeyFigureModel, KeyFigureEventMap> {
  static override styles = [...NcElement.styles, keyFigureStyles];
  static override properties: PropertyDeclarations = {
    value: { converter: figureAttribute },
    unit: { converter: textAttribute },
    change: { converter: figureAttribute },
    period: { converter: textAttribute },
    givenData: { attribute: 'data' },
    givenSrc: { attribute: 'src' },
  };

  /** The figure, e.g. `473`: a number, or a text in the page's language ("1 234,5" in Swedish). */
  value?: string | number | undefined;

  /** Unit after the figure, e.g. `personer`. */
  unit?: string | undefined;

  /** Change in per cent, e.g. `-37` (a number or a text). Shown as the large figure when there is no `value`. */
  change?: string | number | undefined;

  /** The period the figure covers, e.g. `2022–2023`. */
  period?: string | undefined;

  protected readonly defaults = DEFAULT_KEY_FIGURE;

  /** `data` and `src`, which only the charts take: given, they are reported (NC120), whenever they come. */
  private givenData?: string;
  private givenSrc?: string;

  protected parseInput(strings: Strings): Result<KeyFigureModel> | null {
    // Figures given as for the charts (a table or JSON inside, `data`, `src`) would be left unread, and
    // Norrköping's figure shown instead.
    if (
      this.querySelector('table') ||
      jsonScript(this) ||
      tablePushedOut(this) ||
      this.givenData != null ||
      this.givenSrc != null
    )
      return fail('tableInKeyFigure');
    // A unit or period of the editor's own with no figure is no figure (NC107): Norrköping's would be shown under it.
    if (this.value == null && this.change == null && this.unit == null && this.period == null) return null;
    return parseKeyFigure(this, strings.decimal);
  }

  protected defaultHeading(strings: Strings): string {
    return keyFigureStrings[strings.lang].heading;
  }

  protected errorTitles(lang: Lang): ErrorTitles {
    return keyFigureStrings[lang];
  }

  protected summaryText(model: KeyFigureModel, heading: string, locale: Locale): string {
    const { figure, unit, change } = describe(model, locale.format.spoken, locale);
    const texts = keyFigureStrings[locale.strings.lang];
    const withUnit = figure + unitText(unit, locale);
    // A change alone is said as one ("förändring −37 %"): as the figure, it would read as the level.
    const text =
      model.value === null
        ? `${texts.change} ${withUnit}`
        : change
          ? `${withUnit} (${texts.change} ${change})`
          : withUnit;
    // A period of two years, shown "2022–2023", is said in words, as the charts' spans are (format.span).
    const years = periodYears(model.period);
    const period = years ? locale.format.span(...years) : model.period;
    // The same in both languages: "Behovet av jourboende: −37 %, 2022 till 2023."
    return `${subject(heading)} ${text}${period ? `, ${period}` : ''}.`;
  }

  protected renderFigure(model: KeyFigureModel, locale: Locale): TemplateResult {
    const { figure, unit, change } = describe(model, locale.format.number, locale);
    // Two years as the charts write them, with a dash: "2022-2023" typed is shown "2022–2023".
    const years = periodYears(model.period);
    const period = years ? locale.format.period(...years) : model.period;
    const detail = [change && `${keyFigureStrings[locale.strings.lang].change} ${change}`, period].filter(Boolean);
    // The comma keeps the figure apart from the detail for screen readers, which get no line between them.
    return html`<p class="figure" part="figure" aria-hidden=${this.summarySaysFigure ? 'true' : nothing}>
      <span class=${figure.length > FITS_ANY_WIDTH ? 'figure-value long' : 'figure-value'}
        ><span class="figure-number">${figure}</span>${unitText(unit, locale)}${
          detail.length ? html`<span class="spoken">,</span>` : nothing
        }</span
      >
      ${detail.length ? html`<span class="figure-detail">${detail.join(', ')}</span>` : nothing}
    </p>`;
  }

  protected renderBody(): typeof nothing {
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.view) this.emit('chart-render', { chart: null });
  }
}

const VALUE_DECIMALS = 3;
/** The most characters of a figure that fit 320 px at the large size; a longer one is made smaller. */
const FITS_ANY_WIDTH = 9;

/** The two years of a period such as "2022-2023" or "2022 – 2023"; null for any other period. */
function periodYears(period: string): [number, number] | null {
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(period);
  return years ? [Number(years[1]), Number(years[2])] : null;
}

/** The unit after a figure: a per cent sign as the language writes it ("37 %", "37%"), a word after a space. */
const unitText = (unit: string, { strings }: Locale): string =>
  unit.startsWith('%') ? strings.notation.percent + unit.slice(1) : unit && ` ${unit}`;

/** The large figure (the value and its unit, else the change) and the change shown beside it, if any. */
function describe(
  model: KeyFigureModel,
  number: (value: number, decimals: number) => string,
  { format }: Locale,
): { figure: string; unit: string; change: string | null } {
  // As given, the change to a hundredth ("−2,5 %" stays −2,5 %, −99,96 % does not read −100 %) and the
  // value to a thousandth (0,04 is not 0).
  const change = model.change === null ? null : format.change(model.change, 2);
  if (model.value === null) return { figure: change ?? '', unit: '', change: null };
  return { figure: number(model.value, VALUE_DECIMALS), unit: model.unit, change };
}

/** The events of `<key-figure>` as its `addEventListener` types them: `chart-render`'s `detail.chart` is null. */
export interface KeyFigureEventMap extends NcEventMap {
  'chart-render': CustomEvent<ChartRenderDetail<null>>;
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figure': KeyFigure;
  }
}
