// Type-checked by scripts/test-package.mjs with @types/react 19: the JSX typings (norrkoping-charts/jsx),
// generated from custom-elements.json. Every `@ts-expect-error` must meet an error, or the check fails.
import type {} from 'norrkoping-charts/jsx';
import type {
  DataErrorDetail,
  HomelessTrend,
  HomelessTrendEventMap,
  KeyFigure,
  KeyFigureEventMap,
  PreventionStatsEventMap,
} from 'norrkoping-charts';
import type { HomelessTrendProps, KeyFigureProps, PreventionStatsProps } from 'norrkoping-charts/jsx';
import type { Equal, Expect } from './type-checks.mjs';

/** The event a listener prop of `Props` receives. */
type Listened<Props, K extends keyof Props> = NonNullable<Props[K]> extends (event: infer E) => void ? E : never;

// A listener prop gets what the element's addEventListener gives.
export type Checks = [
  Expect<Equal<Listened<HomelessTrendProps, 'onchart-render'>, HomelessTrendEventMap['chart-render']>>,
  Expect<Equal<Listened<PreventionStatsProps, 'onchart-render'>, PreventionStatsEventMap['chart-render']>>,
  Expect<Equal<Listened<KeyFigureProps, 'onchart-render'>, KeyFigureEventMap['chart-render']>>,
  Expect<Equal<Listened<KeyFigureProps, 'ondata-error'>, KeyFigureEventMap['data-error']>>,
];

export function Charts({ onError }: { onError: (detail: DataErrorDetail) => void }) {
  const trendRef = (element: HomelessTrend | null) => element?.chart?.update();
  return (
    <main>
      <homeless-trend
        lang="en"
        theme="dark"
        type="bar"
        data='[{"year":2017,"value":814},{"year":2023,"value":473}]'
        markers='[{"date":"2022-05"}]'
        source="Socialstyrelsen"
        source-url="https://www.socialstyrelsen.se/"
        no-summary
        timeout={10}
        id="trend"
        class="chart"
        style={{ maxWidth: '40rem', '--nc-color-series-1': '#00558c', '--nc-space': '6px' }}
        ref={trendRef}
        ondata-error={(event) => onError(event.detail)}
        onchart-render={(event) => event.detail.chart.resize()}
      />
      <prevention-stats
        data={[{ year: 2023, families: 53, children: 109 }]}
        noActions
        sourceUrl="/statistik"
        className="chart"
        slot="charts"
        aria-describedby="trend"
      />
      <key-figure
        heading="Personer i hemlöshet"
        value="473"
        unit="personer"
        change="-42"
        period="2017–2023"
        quietErrors
        onchart-render={(event) => console.log(event.detail.chart satisfies null)}
        ondata-error={(event) => onError(event.detail)}
        onClick={(event) => console.log((event.currentTarget satisfies KeyFigure).value)}
      >
        <span>fallback</span>
      </key-figure>

      <homeless-trend
        // @ts-expect-error: the themes are light, dark and auto
        theme="blue"
      />
      <homeless-trend
        // @ts-expect-error: figures are rows, a year map, JSON text or the model
        data={42}
      />
      <prevention-stats
        // @ts-expect-error: <prevention-stats>' rows have families and children
        data={[{ year: 2023, value: 1 }]}
      />
      <homeless-trend
        // @ts-expect-error: a chart is either a line or bars
        type="pie"
      />
      <homeless-trend
        // @ts-expect-error: timeout is a number of seconds
        timeout="10"
      />
      {/* @ts-expect-error: a boolean attribute (a hyphenated name's error is reported on the tag) */}
      <prevention-stats no-actions="yes" />
      <homeless-trend
        // @ts-expect-error: the detail has code, message and input
        ondata-error={(event) => event.detail.reason}
      />
      <key-figure
        // @ts-expect-error: <key-figure> has no chart: `detail.chart` is null
        onchart-render={(event) => event.detail.chart?.update()}
      />
      <key-figure
        // @ts-expect-error: <key-figure> has no type
        type="bar"
      />
      <homeless-trend
        // @ts-expect-error: the components' internal state is not a prop
        tableOpen
      />
      <key-figure
        // @ts-expect-error: nor is it an attribute
        colorSchemeVersion={1}
      />
      <key-figure
        // @ts-expect-error: quietErrors is a property, a boolean
        quietErrors="yes"
      />
      <homeless-trend
        // @ts-expect-error: the chart is read, not set
        chart={undefined}
      />
      <key-figure
        // @ts-expect-error: a custom property's value is a string or number
        style={{ '--nc-key-figure-size': true }}
      />
    </main>
  );
}

export const props: HomelessTrendProps = { theme: 'auto', 'ondata-error': (event) => event.detail.code };
