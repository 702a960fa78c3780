import { defineElement } from '../../core/define.js';
import { HomelessTrend } from './homeless-trend.component.js';

export { HomelessTrend };

defineElement('homeless-trend', HomelessTrend);
