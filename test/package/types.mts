// Type-checked by scripts/test-package.mjs in a project that installed the packed tarball, strict, under
// moduleResolution bundler, node16 and nodenext: what a TypeScript user of the package writes.
import 'norrkoping-charts/homeless-trend.js';
import { HomelessTrend, KeyFigure, PreventionStats, VERSION } from 'norrkoping-charts';
import { KeyFigure as KeyFigureFromEntry } from 'norrkoping-charts/key-figure.js';
import type { HomelessTrend as BundledHomelessTrend } from 'norrkoping-charts/norrkoping-charts.js';
// An app that imports one element names its events' types from the same entry.
import type {
  ChartRenderDetail as TrendRenderDetail,
  HomelessTrendEventMap as TrendEventsFromEntry,
} from 'norrkoping-charts/homeless-trend.js';
import type { PreventionStatsEventMap as PreventionEventsFromEntry } from 'norrkoping-charts/prevention-stats.js';
import type {
  DataErrorDetail as KeyFigureErrorDetail,
  KeyFigureEventMap as KeyFigureEventsFromEntry,
} from 'norrkoping-charts/key-figure.js';
import type {
  ChartRenderDetail,
  DataError,
  DataErrorDetail,
  Dataset,
  ErrorCode,
  HomelessTrendEventMap,
  KeyFigureEventMap,
  KeyFigureModel,
  Lang,
  Marker,
  MarkersInput,
  NcChartEventMap,
  NcEventMap,
  PreventionInput,
  PreventionModel,
  PreventionStatsEventMap,
  Provenance,
  ThemeName,
  TrendInput,
  TrendModel,
  TrendPoint,
} from 'norrkoping-charts';
import type { Equal, Expect } from './type-checks.mjs';

/** The Chart.js chart type the package's declarations use (an app need not import chart.js to name it). */
type Chart = NonNullable<HomelessTrend['chart']>;

export type Checks = [
  Expect<Equal<HTMLElementTagNameMap['homeless-trend'], HomelessTrend>>,
  Expect<Equal<HTMLElementTagNameMap['prevention-stats'], PreventionStats>>,
  Expect<Equal<HTMLElementTagNameMap['key-figure'], KeyFigure>>,
  Expect<Equal<KeyFigureFromEntry, KeyFigure>>,
  Expect<Equal<BundledHomelessTrend, HomelessTrend>>,
  Expect<Equal<ThemeName, 'light' | 'dark' | 'auto'>>,
  Expect<Equal<Lang, 'sv' | 'en'>>,
  Expect<Equal<HomelessTrend['type'], 'line' | 'bar'>>,
  Expect<Equal<HomelessTrend['data'], TrendInput | null | undefined>>,
  Expect<Equal<PreventionStats['data'], PreventionInput | null | undefined>>,
  Expect<Equal<NcEventMap['data-error'], CustomEvent<DataErrorDetail>>>,
  Expect<Equal<NcEventMap['chart-render'], CustomEvent<ChartRenderDetail>>>,
  Expect<Equal<ChartRenderDetail['chart'], Chart | null>>,
  Expect<Equal<HomelessTrendEventMap['chart-render'], CustomEvent<ChartRenderDetail<Chart>>>>,
  Expect<Equal<PreventionStatsEventMap, NcChartEventMap>>,
  Expect<Equal<KeyFigureEventMap['chart-render'], CustomEvent<ChartRenderDetail<null>>>>,
  Expect<Equal<KeyFigureEventMap['data-error'], CustomEvent<DataErrorDetail>>>,
  Expect<Equal<TrendEventsFromEntry, HomelessTrendEventMap>>,
  Expect<Equal<TrendRenderDetail, ChartRenderDetail>>,
  Expect<Equal<PreventionEventsFromEntry, PreventionStatsEventMap>>,
  Expect<Equal<KeyFigureEventsFromEntry, KeyFigureEventMap>>,
  Expect<Equal<KeyFigureErrorDetail, DataErrorDetail>>,
  Expect<Equal<GlobalEventHandlersEventMap['chart-render'], NcEventMap['chart-render']>>,
  Expect<Equal<DataErrorDetail['code'], ErrorCode>>,
  Expect<Equal<DataError['code'], ErrorCode>>,
];

const trend = document.querySelector('homeless-trend')!;
trend.data = [
  { year: 2017, value: 814 },
  { year: 2023, value: 473 },
];
trend.data = { 2017: 814, 2023: '473' };
trend.data = '{"2017":814,"2023":473}';
trend.data = { points: [{ year: 2017, value: null }] } satisfies TrendModel;
trend.data = undefined;
// @ts-expect-error: figures are rows, a year map, JSON text or the model
trend.data = 42;
// @ts-expect-error: a row has a year and a value
trend.data = [{ yr: 2017, val: 814 }];
const preventionElement = document.querySelector('prevention-stats')!;
preventionElement.data = [{ year: 2023, families: 53, children: 109 }];
// @ts-expect-error: <prevention-stats>' rows have families and children
preventionElement.data = [{ year: 2023, value: 1 }];
trend.type = 'bar';
trend.theme = 'dark';
// @ts-expect-error: a chart is either a line or bars
trend.type = 'pie';
// @ts-expect-error: the themes are light, dark and auto
trend.theme = 'blue';

// The live Chart.js instance, undefined until drawn.
trend.chart?.update('none');
// @ts-expect-error: `chart` may be undefined
trend.chart.update();
// @ts-expect-error: what the element's own controllers use (its plot's box, a point's text) is not its API
void trend.chartContainer;
// @ts-expect-error: the same
trend.describePoint({ series: 0, index: 0 });

trend.addEventListener('data-error', (event) => {
  const code: ErrorCode = event.detail.code;
  const detail: DataErrorDetail = event.detail;
  // @ts-expect-error: the code is a string such as 'NC101'
  const wrong: number = event.detail.code;
  console.log(code, detail.message, detail.input, wrong);
});
// Each element's listeners have its own events: a chart's `chart-render` always carries its Chart.js instance…
trend.addEventListener('chart-render', (event) => event.detail.chart.update());
preventionElement.addEventListener('chart-render', function (event) {
  event.detail.chart.update('none');
  const types: [
    Expect<Equal<typeof event, CustomEvent<ChartRenderDetail<Chart>>>>,
    Expect<Equal<typeof this, PreventionStats>>,
  ] = [true, true];
  console.log(types);
});
document.createElement('homeless-trend').addEventListener('chart-render', (event) => event.detail.chart.resize());
const onTrendRender = (event: HomelessTrendEventMap['chart-render']) => event.detail.chart.update();
trend.removeEventListener('chart-render', onTrendRender);
// …and <key-figure>'s null (it draws no chart).
const figureElement = document.querySelector('key-figure')!;
figureElement.addEventListener('chart-render', (event) => {
  const none: null = event.detail.chart;
  // @ts-expect-error: <key-figure> has no chart
  event.detail.chart.update();
  // @ts-expect-error: nor may it have one (`chart` is null, not Chart | null)
  event.detail.chart?.update();
  console.log(none);
});
// data-error's detail is the same on every element.
figureElement.addEventListener('data-error', (event) => {
  const check: Expect<Equal<typeof event.detail, DataErrorDetail>> = true;
  console.log(check, event.detail.code);
});
preventionElement.addEventListener('data-error', (event) => {
  const check: Expect<Equal<typeof event, CustomEvent<DataErrorDetail>>> = true;
  console.log(check);
});
// The DOM's events, and any other name, as on any element.
trend.addEventListener('click', (event) => event.clientX);
figureElement.addEventListener('keydown', (event) => event.key);
trend.addEventListener('my-event', (event) => event.type);
// On any of the elements (a list of them), as on any element: their union keeps the DOM's overloads, the same on
// each, and with them the DOM's types.
for (const element of [trend, preventionElement, figureElement]) {
  element.addEventListener('click', (event) => event.clientX);
  element.addEventListener('chart-render', (event) => {
    const check: Expect<Equal<typeof event, CustomEvent<ChartRenderDetail>>> = true;
    console.log(check, event.detail.chart?.canvas);
  });
  element.removeEventListener('data-error', (event) => event.detail.code);
}
// The events bubble and cross shadow roots: typed on document and on any element too, where either component's may
// come, so `detail.chart` may be null.
document.addEventListener('chart-render', (event) => event.detail.chart?.resize());
const container = document.createElement('div');
container.addEventListener('chart-render', (event) => {
  const check: Expect<Equal<typeof event, CustomEvent<ChartRenderDetail>>> = true;
  // @ts-expect-error: the chart may be null: a <key-figure> in the container sends null
  event.detail.chart.update();
  console.log(check);
});
container.addEventListener('data-error', (event) => event.detail.code);

const figure = document.createElement('key-figure');
figure.value = '473';
figure.change = '-42';
figure.value = 1234.5;
figure.change = -37;
// A framework dropping the prop sets undefined: the default level.
figure.headingLevel = undefined;
trend.markers = [{ date: '2022-05', label: 'Bostad först' }, { date: '2024' }];
trend.markers = '[{"date":"2022-05"}]';
const markers: MarkersInput = [{ date: '2022-05', label: null }];
trend.markers = markers;
// @ts-expect-error: a marker has a date
trend.markers = [{ label: 'Bostad först' }];
const defined: boolean = customElements.get('homeless-trend') === HomelessTrend;
const version: string = VERSION;

const points: readonly TrendPoint[] = [
  { year: 2017, value: 814 },
  { year: 2020, value: null },
];
const model: TrendModel = { points };
const prevention: PreventionModel = { rows: [{ year: 2023, families: 53, children: 109 }] };
const keyFigure: KeyFigureModel = { value: 473, unit: 'personer', change: -42, period: '2017–2023' };
const marker: Marker = { year: 2022, month: 5, label: null };
const provenance: Provenance = { publisher: 'Socialstyrelsen', year: 2023 };
const dataset: Dataset<TrendModel> = { model, provenance };
const lang: Lang = 'en';
// @ts-expect-error: only Swedish and English
const german: Lang = 'de';
const theme: ThemeName = 'auto';

export { defined, version, dataset, prevention, keyFigure, marker, lang, german, theme };
