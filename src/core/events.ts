import type { Chart } from 'chart.js';
import type { ErrorCode } from '../data/errors.js';

/**
 * `chart-render`'s detail: the Chart.js instance that drew. `C` is what an element sends: a `Chart` from
 * `<homeless-trend>` and `<prevention-stats>`, `null` from `<key-figure>` (it has no chart); by default either,
 * as a listener on a container or the document hears both.
 */
export interface ChartRenderDetail<C extends Chart | null = Chart | null> {
  /** The Chart.js instance that drew; null for components without a chart (`<key-figure>`). */
  readonly chart: C;
}

export interface DataErrorDetail {
  /** A stable code, `NC101`…, documented in docs/errors.md. */
  readonly code: ErrorCode;
  /** The localized message shown in the component. */
  readonly message: string;
  /** The offending input, shortened. */
  readonly input: string;
  /** The 1-based data row (array element, year-map entry or table body row), when the error is in one. */
  readonly row?: number;
  /** The field or column in error, e.g. `year`, `value`, `families`, `date`, `theme`, when known. */
  readonly field?: string;
  /** The year of the row in error, when it could be read. */
  readonly year?: number;
}

/**
 * Events the components fire, as any of them may send them; all bubble and cross shadow roots. A listener on
 * the document or a container gets these types (the global map below); each element's own `addEventListener`
 * gets its own, narrower map (`HomelessTrendEventMap`, `PreventionStatsEventMap`, `KeyFigureEventMap`).
 */
export interface NcEventMap {
  'chart-render': CustomEvent<ChartRenderDetail>;
  'data-error': CustomEvent<DataErrorDetail>;
}

/** The events of the components that draw a Chart.js chart: their `chart-render` always carries it. */
export interface NcChartEventMap extends NcEventMap {
  'chart-render': CustomEvent<ChartRenderDetail<Chart>>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our events into the DOM's map
  interface GlobalEventHandlersEventMap extends NcEventMap {}
}
