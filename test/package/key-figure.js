// Only <key-figure>, which draws no chart: the bundle must not contain Chart.js.
/* global document */
import 'norrkoping-charts/key-figure.js';

document.body.append(document.createElement('key-figure'));
