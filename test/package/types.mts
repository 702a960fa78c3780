// Type-checked by scripts/test-package.mjs in a project that installed the packed tarball, strict, under
// moduleResolution bundler, node16 and nodenext: what a TypeScript user of the package writes.
import 'norrkoping-charts/homeless-trend.js';
import { HomelessTrend, KeyFigure, PreventionStats, VERSION } from 'norrkoping-charts';
import { KeyFigure as KeyFigureFromEntry } from 'norrkoping-charts/key-figure.js';
import type { HomelessTrend as BundledHomelessTrend } from 'norrkoping-charts/norrkoping-charts.js';
import type {
  ChartRenderDetail,
  DataError,
  DataErrorDetail,
  Dataset,
  ErrorCode,
  KeyFigureModel,
  Lang,
  Marker,
  MarkersInput,
  NcEventMap,
  PreventionInput,
  PreventionModel,
  Provenance,
  ThemeName,
  TrendInput,
  TrendModel,
  TrendPoint,
} from 'norrkoping-charts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

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
// The events bubble: typed on document too.
document.addEventListener('chart-render', (event) => event.detail.chart?.resize());

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
