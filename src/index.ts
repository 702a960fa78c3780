/**
 * norrkoping-charts: importing this module defines all three tags. To define only one, import
 * `norrkoping-charts/homeless-trend.js` (or `prevention-stats.js`, `key-figure.js`) instead.
 */
export { HomelessTrend } from './components/homeless-trend/homeless-trend.js';
export { PreventionStats } from './components/prevention-stats/prevention-stats.js';
export { KeyFigure } from './components/key-figure/key-figure.js';
export { VERSION } from './core/define.js';
export type { ChartRenderDetail, DataErrorDetail, NcChartEventMap, NcEventMap } from './core/events.js';
export type { HomelessTrendEventMap } from './components/homeless-trend/homeless-trend.component.js';
export type { PreventionStatsEventMap } from './components/prevention-stats/prevention-stats.component.js';
export type { KeyFigureEventMap } from './components/key-figure/key-figure.component.js';
export type { ThemeName } from './core/theme.js';
export type {
  CountInput,
  Dataset,
  KeyFigureModel,
  Marker,
  MarkersInput,
  PreventionInput,
  PreventionModel,
  PreventionRow,
  Provenance,
  TrendInput,
  TrendModel,
  TrendPoint,
} from './data/model.js';
export type { DataError, ErrorCode } from './data/errors.js';
export type { Lang } from './i18n/index.js';
