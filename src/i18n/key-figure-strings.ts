import type { ErrorTitles, Lang } from './strings.js';

/** The texts only <key-figure> shows: in a module of their own, so the other components do not load them. */
export interface KeyFigureStrings extends ErrorTitles {
  readonly heading: string;
  /** Label of the change beside a figure: "förändring −37 %". */
  readonly change: string;
}

export const keyFigureStrings: Readonly<Record<Lang, KeyFigureStrings>> = {
  sv: {
    heading: 'Behovet av jourboende',
    errorTitle: 'Nyckeltalet kan inte visas',
    errorTitleShown: 'Nyckeltalet visas inte som det är tänkt',
    change: 'förändring',
  },
  en: {
    heading: 'Need for emergency housing',
    errorTitle: 'The key figure cannot be shown',
    errorTitleShown: 'The key figure is not shown as intended',
    change: 'change',
  },
};
