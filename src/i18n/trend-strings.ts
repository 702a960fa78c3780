import type { Lang, TrendSummary } from './strings.js';
import { subject } from './subject.js';

/** The texts only <homeless-trend> shows: in a module of their own, so the other components do not load them. */
export interface TrendStrings {
  readonly heading: string;
  readonly series: string;
  /** "473 personer": the count as shown; singular for exactly "1" (1.04 shown as 1 is "1 person"). */
  readonly people: (count: string) => string;
  readonly housingFirst: string;
  /** A marker in the summary: "Markering: Bostad först, maj 2022."; one with no label, "Markering: mars 2020." */
  readonly markerSentence: (label: string | null, date: string) => string;
  readonly summary: (facts: TrendSummary) => string;
  /** The summary of a single year; `value` is the count with its unit, as `people` gives it: "814 personer". */
  readonly summaryOne: (heading: string, year: string, value: string) => string;
  /**
   * Which years were measured, when years between measurements were not: "Uppmätt 2017 och 2023; …";
   * `one` when a single year was not.
   */
  readonly measured: (years: string, one: boolean) => string;
  /** The same for a long series with many gaps: "Uppmätt under 40 av de 61 åren från 1960 till 2020; …". */
  readonly measuredSome: (count: string, total: string, period: string) => string;
  /** Said after a point the keys reached across years with no figure: "Åren 2018 till 2022 mättes inte." */
  readonly unmeasured: (years: string, several: boolean) => string;
}

/**
 * The heading and the count as the subject of a verb: "Hemlösheten i Norrköping: antalet" (minskade …); after
 * a question heading a new sentence, "Hur många är hemlösa? Antalet".
 */
const subjectNumber = (heading: string, number: string): string =>
  subject(heading, number).replace(/:$/, `: ${number.toLowerCase()}`);

export const trendStrings: Readonly<Record<Lang, TrendStrings>> = {
  sv: {
    heading: 'Hemlösheten i Norrköping',
    series: 'Personer i hemlöshet',
    people: (count) => `${count} ${count === '1' ? 'person' : 'personer'}`,
    housingFirst: 'Bostad först',
    markerSentence: (label, date) => `Markering: ${label ? `${label}, ` : ''}${date}.`,
    summary: ({ heading, firstYear, first, lastYear, last, change, direction }) =>
      direction === 'same'
        ? `${subject(heading)} ${last} både år ${firstYear} och år ${lastYear}.`
        : `${subjectNumber(heading, 'Antalet')} ${direction === 'fell' ? 'minskade' : 'ökade'} från ${first} år ${firstYear} till ${last} år ${lastYear}` +
          (change === null ? '.' : `, en förändring med ${change}.`),
    summaryOne: (heading, year, value) => `${subject(heading)} ${value} år ${year}.`,
    measured: (years, one) => `Uppmätt ${years}; ${one ? 'året' : 'åren'} däremellan mättes inte.`,
    measuredSome: (count, total, period) =>
      `Uppmätt under ${count} av de ${total} åren från ${period}; de övriga mättes inte.`,
    unmeasured: (years, several) => `${several ? 'Åren' : 'År'} ${years} mättes inte.`,
  },
  en: {
    heading: 'Homelessness in Norrköping',
    series: 'People experiencing homelessness',
    people: (count) => `${count} ${count === '1' ? 'person' : 'people'}`,
    housingFirst: 'Housing First',
    markerSentence: (label, date) => `Marker: ${label ? `${label}, ` : ''}${date}.`,
    summary: ({ heading, firstYear, first, lastYear, last, change, direction }) =>
      direction === 'same'
        ? `${subject(heading)} ${last} in both ${firstYear} and ${lastYear}.`
        : `${subjectNumber(heading, 'The number')} ${direction} from ${first} in ${firstYear} to ${last} in ${lastYear}` +
          (change === null ? '.' : `, a change of ${change}.`),
    summaryOne: (heading, year, value) => `${subject(heading)} ${value} in ${year}.`,
    measured: (years, one) =>
      `Measured in ${years}; the ${one ? 'year in between was' : 'years in between were'} not measured.`,
    measuredSome: (count, total, period) =>
      `Measured in ${count} of the ${total} years from ${period}; the others were not measured.`,
    unmeasured: (years, several) => (several ? `The years ${years} were not measured.` : `${years} was not measured.`),
  },
};
