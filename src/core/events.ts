import type { Chart } from 'chart.js';
import type { ErrorCode } from '../data/errors.js';

export interface ChartRenderDetail {
  /** The Chart.js instance that drew; null for components without a chart (`<key-figure>`). */
  readonly chart: Chart | null;
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

/** Events the components fire; all bubble and cross shadow roots. */
export interface NcEventMap {
  'chart-render': CustomEvent<ChartRenderDetail>;
  'data-error': CustomEvent<DataErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our events into the DOM's map
  interface GlobalEventHandlersEventMap extends NcEventMap {}
}
