import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

let registered = false;

/**
 * Registers only the Chart.js parts the components use, so bundlers drop the rest. Called when the first
 * chart is created rather than at import time, so that importing a module has no side effects.
 */
export function registerChartParts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale);
  registered = true;
}
