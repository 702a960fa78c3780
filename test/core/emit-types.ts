// Type-level checks, compiled by `npm run typecheck` and never run: each component's `emit` is typed by its own
// events. Every `@ts-expect-error` must meet an error, or the check fails.
import type { Chart } from 'chart.js';
import { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

/** <key-figure> has no chart: its `chart-render` carries null. */
export class KeyFigureEmits extends KeyFigure {
  check(chart: Chart): void {
    this.emit('chart-render', { chart: null });
    // @ts-expect-error: a key figure sends no Chart
    this.emit('chart-render', { chart });
    this.emit('data-error', { code: 'NC101', message: '', input: '' });
  }
}

/** The chart components' `chart-render` always carries the Chart that drew. */
export class HomelessTrendEmits extends HomelessTrend {
  check(chart: Chart): void {
    this.emit('chart-render', { chart });
    // @ts-expect-error: a chart component sends its Chart, never null
    this.emit('chart-render', { chart: null });
    this.emit('data-error', { code: 'NC101', message: '', input: '' });
  }
}

export class PreventionStatsEmits extends PreventionStats {
  check(chart: Chart): void {
    this.emit('chart-render', { chart });
    // @ts-expect-error: a chart component sends its Chart, never null
    this.emit('chart-render', { chart: null });
  }
}
