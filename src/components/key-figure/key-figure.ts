import { defineElement } from '../../core/define.js';
import { KeyFigure } from './key-figure.component.js';

export { KeyFigure };
// Its events' types, for an app that imports this element alone.
export type { KeyFigureEventMap } from './key-figure.component.js';
export type { ChartRenderDetail, DataErrorDetail } from '../../core/events.js';

defineElement('key-figure', KeyFigure);
