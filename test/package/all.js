// The app of the Vite check: the main entry (all three tags) and one component's own entry, as the README shows.
/* global document */
import 'norrkoping-charts';
import 'norrkoping-charts/homeless-trend.js';

document.body.append(document.createElement('homeless-trend'));
