import { defineElement } from '../../core/define.js';
import { PreventionStats } from './prevention-stats.component.js';

export { PreventionStats };

defineElement('prevention-stats', PreventionStats);
