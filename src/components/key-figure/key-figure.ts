import { defineElement } from '../../core/define.js';
import { KeyFigure } from './key-figure.component.js';

export { KeyFigure };

defineElement('key-figure', KeyFigure);
