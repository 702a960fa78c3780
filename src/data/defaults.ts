import type { Dataset, KeyFigureModel, Marker, PreventionModel, TrendModel } from './model.js';

/**
 * Norrköping's figures, from the municipality's 2023 news item on Socialstyrelsen's
 * "Kartläggning av hemlösheten 2023". Every component shows them when given no data.
 */
const MAPPING = {
  publisher: 'Socialstyrelsen',
  title: 'Kartläggning av hemlösheten 2023',
  via: 'Norrköpings kommun',
  year: 2023,
} as const;

/** People in homelessness in Norrköping (mainly acute or temporary homelessness). */
export const DEFAULT_TREND: Dataset<TrendModel> = {
  model: {
    points: [
      { year: 2017, value: 814 },
      { year: 2023, value: 473 },
    ],
  },
  provenance: MAPPING,
};

/** Housing First ("Bostad först") has been in use in Norrköping since May 2022. */
export const DEFAULT_TREND_MARKERS: readonly Marker[] = [{ year: 2022, month: 5, label: null }];

/** Eviction prevention: families with children who kept their home, and the children among them. */
export const DEFAULT_PREVENTION: Dataset<PreventionModel> = {
  model: { rows: [{ year: 2023, families: 53, children: 109 }] },
  provenance: { publisher: 'Norrköpings kommun', title: 'Vräkningsförebyggande arbete', year: 2023 },
};

/** The need of emergency housing (jourboende) fell by 37 % from 2022 to 2023; no absolute numbers were given. */
export const DEFAULT_KEY_FIGURE: Dataset<KeyFigureModel> = {
  model: { value: null, unit: '', change: -37, period: '2022–2023' },
  provenance: { publisher: 'Norrköpings kommun', year: 2023 },
};
