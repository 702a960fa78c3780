import { defineElement } from '../../core/define.js';
import { HomelessTrend } from './homeless-trend.component.js';

export { HomelessTrend };
// Its events' types, for an app that imports this element alone.
export type { HomelessTrendEventMap } from './homeless-trend.component.js';
export type { ChartRenderDetail, DataErrorDetail } from '../../core/events.js';

defineElement('homeless-trend', HomelessTrend);
