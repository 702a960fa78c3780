import { defineElement } from '../../core/define.js';
import { PreventionStats } from './prevention-stats.component.js';

export { PreventionStats };
// Its events' types, for an app that imports this element alone.
export type { PreventionStatsEventMap } from './prevention-stats.component.js';
export type { ChartRenderDetail, DataErrorDetail } from '../../core/events.js';

defineElement('prevention-stats', PreventionStats);
