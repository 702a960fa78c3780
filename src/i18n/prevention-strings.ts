import type { Lang } from './strings.js';

/** The texts only <prevention-stats> shows: in a module of their own, so the other components do not load them. */
export interface PreventionStrings {
  readonly heading: string;
  readonly families: string;
  readonly children: string;
  /** Units after the headline figures: "53 barnfamiljer", "109 barn". */
  readonly familiesUnit: string;
  readonly childrenUnit: string;
  /** The latest year's counts; one of them may be unknown (null), and is then said to be. */
  readonly summary: (heading: string, families: string | null, children: string | null, year: string) => string;
}

export const preventionStrings: Readonly<Record<Lang, PreventionStrings>> = {
  sv: {
    heading: 'Vräkningsförebyggande arbete',
    families: 'Barnfamiljer som bor kvar',
    children: 'Barn som bor kvar',
    familiesUnit: 'barnfamiljer',
    childrenUnit: 'barn',
    summary: (heading, families, children, year) =>
      families === null
        ? `${heading}: ${children} barn kunde bo kvar i sina hem år ${year}. Antalet barnfamiljer är inte känt.`
        : children === null
          ? `${heading}: ${families} barnfamiljer kunde bo kvar i sina hem år ${year}. Antalet barn är inte känt.`
          : `${heading}: ${families} barnfamiljer med sammanlagt ${children} barn kunde bo kvar i sina hem år ${year}.`,
  },
  en: {
    heading: 'Eviction prevention',
    families: 'Families with children who stayed',
    children: 'Children who stayed',
    familiesUnit: 'families with children',
    childrenUnit: 'children',
    summary: (heading, families, children, year) =>
      families === null
        ? `${heading}: ${children} children were able to stay in their homes in ${year}. The number of families is not known.`
        : children === null
          ? `${heading}: ${families} families with children were able to stay in their homes in ${year}. The number of children is not known.`
          : `${heading}: ${families} families with ${children} children in all were able to stay in their homes in ${year}.`,
  },
};
