import type { Lang } from './strings.js';
import { subject } from './subject.js';

/** The texts only <prevention-stats> shows: in a module of their own, so the other components do not load them. */
export interface PreventionStrings {
  readonly heading: string;
  readonly families: string;
  readonly children: string;
  /** Units after the headline figures, "53 barnfamiljer", "109 barn": given the count as shown, for the plural. */
  readonly familiesUnit: (count: string) => string;
  readonly childrenUnit: (count: string) => string;
  /** The latest year's counts; one of them may be unknown (null), and is then said to be. */
  readonly summary: (heading: string, families: string | null, children: string | null, year: string) => string;
  /** After the summary of a chart of several years: "Diagrammet visar åren 2020 till 2023." (or "2019 och 2023"). */
  readonly years: (years: string) => string;
  /** Said after a bar the keys reached across years whose bar is missing: "Uppgift saknas för 2021." */
  readonly missing: (years: string) => string;
}

/** Swedish and English use the singular for exactly 1, written without decimals (CLDR's "one"). */
const one = (count: string | null): boolean => count === '1';

export const preventionStrings: Readonly<Record<Lang, PreventionStrings>> = {
  sv: {
    heading: 'Vräkningsförebyggande arbete',
    families: 'Barnfamiljer som bor kvar',
    children: 'Barn som bor kvar',
    familiesUnit: (count) => (one(count) ? 'barnfamilj' : 'barnfamiljer'),
    childrenUnit: () => 'barn',
    summary: (heading, families, children, year) => {
      // One family, or one child where the families are not known, kept one home.
      const home = one(families ?? children) ? 'sitt hem' : 'sina hem';
      return families === null
        ? `${subject(heading)} ${children} barn kunde bo kvar i ${home} år ${year}. Antalet barnfamiljer är inte känt.`
        : `${subject(heading)} ${families} ${one(families) ? 'barnfamilj' : 'barnfamiljer'}` +
            (children === null
              ? ` kunde bo kvar i ${home} år ${year}. Antalet barn är inte känt.`
              : ` med ${one(families) ? '' : 'sammanlagt '}${children} barn kunde bo kvar i ${home} år ${year}.`);
    },
    years: (years) => `Diagrammet visar åren ${years}.`,
    missing: (years) => `Uppgift saknas för ${years}.`,
  },
  en: {
    heading: 'Eviction prevention',
    families: 'Families with children who kept their home',
    children: 'Children who kept their home',
    familiesUnit: (count) => (one(count) ? 'family with children' : 'families with children'),
    childrenUnit: (count) => (one(count) ? 'child' : 'children'),
    summary: (heading, families, children, year) => {
      const home = one(families ?? children) ? 'home' : 'homes';
      return families === null
        ? `${subject(heading)} ${children} ${one(children) ? 'child was' : 'children were'} able to stay in their ${home} in ${year}. The number of families is not known.`
        : `${subject(heading)} ${families} ${one(families) ? 'family' : 'families'} with ` +
            (children === null
              ? `children ${one(families) ? 'was' : 'were'} able to stay in their ${home} in ${year}. The number of children is not known.`
              : `${one(families) ? '' : 'a total of '}${children} ${one(children) ? 'child' : 'children'} ${one(families) ? 'was' : 'were'} able to stay in their ${home} in ${year}.`);
    },
    years: (years) => `The chart shows the years ${years}.`,
    missing: (years) => `No figure for ${years}.`,
  },
};
