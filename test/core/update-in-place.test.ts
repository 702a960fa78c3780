import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia as emulate, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { animator, Chart } from 'chart.js';
import { chromiumOnly, inChromium, reduceMotion } from '../helpers.js';

// The components update a drawn chart in place (never destroyed and made anew) when anything changes. The oracle:
// after each change the element looks exactly as a fresh one made in the final state, at the same width: the same
// canvas pixels and size, the same elements, attributes and text in its shadow root (the summary, the figure, the
// table, the legend, the plot's name, the source, the buttons), the same live region, the same height. Reduced
// motion: no animation is midway when they are compared. What differs on purpose is left out, and says why: a
// hidden tooltip's place and text (hidden and aria-hidden: nobody gets them), and the live region once new figures
// changed the text of the point the keys are on (emptied: what it said is out of date, see point-tooltip.ts). Not
// compared either: a change to figures that cannot be read, which keeps the last good ones on screen under the
// message, where a fresh element has none to keep.

before(reduceMotion);

/** The media emulated, and whether a case changed it: put back after that case only (each call is a round trip). */
let mediaChanged = false;
const emulateMedia = (media: Parameters<typeof emulate>[0]): Promise<void> => {
  mediaChanged = true;
  return emulate(media);
};

/**
 * Attributes (a property where the name starts with `.`), the width and style of the box round the element, and
 * what is done to it once drawn (`then`: a key pressed, the table shown), in the before state as in the after.
 */
interface State {
  readonly [name: string]: string | number | object | undefined;
  readonly width?: number;
  readonly style?: string;
  readonly then?: readonly Step[];
  /** The element's content: a table of figures. */
  readonly html?: string;
}

type Tag = 'homeless-trend' | 'prevention-stats' | 'key-figure';
type Element = HTMLElement & { requestUpdate(name?: string): void; updateComplete: Promise<boolean> };
/** A change to an element drawn in one state, made in steps (each waited for); given the element and its box. */
type Step = (element: Element, box: HTMLElement) => unknown;
/** What is compared; a case may leave out an aspect that differs on purpose, saying why. */
type Aspect = 'pixels' | 'dom' | 'height' | 'live';

/** Everything else in the page stays put: one element in its box, `eager` so that it draws wherever it is. */
async function place(tag: Tag, state: State): Promise<{ element: Element; box: HTMLDivElement }> {
  const box = await fixture<HTMLDivElement>(document.createElement('div'));
  box.style.cssText = `width: ${state.width ?? 640}px; ${state.style ?? ''}`;
  const element = document.createElement(tag) as Element;
  if (tag !== 'key-figure') element.setAttribute('eager', '');
  for (const [name, value] of Object.entries(state)) {
    if (['width', 'style', 'then', 'html'].includes(name) || value === undefined) continue;
    if (name.startsWith('.')) Reflect.set(element, name.slice(1), value);
    else if (typeof value !== 'object') element.setAttribute(name, String(value));
  }
  element.innerHTML = state.html ?? '';
  const drawn = tag === 'key-figure' ? null : oneEvent(element, 'chart-render');
  box.append(element);
  await drawn;
  await settled(element);
  await change(element, box, state.then ?? []);
  return { element, box };
}

/** The shadow root as lines: each element with its attributes (but a hidden tooltip's place), each text. */
function outline(root: ShadowRoot): string[] {
  const lines: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      // Nor its text: a hidden tooltip keeps its last point's (aria-hidden, as the tooltip always is).
      if (hiddenTooltip(node.parentElement)) continue;
      const text = node.data.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`  "${text}"`);
      continue;
    }
    const element = node as HTMLElement;
    // A hidden tooltip's place is where it was last shown: nobody sees it.
    const attributes = element
      .getAttributeNames()
      .filter((name) => !(name === 'style' && hiddenTooltip(element)))
      .sort()
      .map(
        (name) => `${name}="${name === 'style' ? declarations(element.style) : (element.getAttribute(name) ?? '')}"`,
      );
    lines.push(`<${element.localName}${attributes.map((attribute) => ` ${attribute}`).join('')}>`);
  }
  return lines;
}

const hiddenTooltip = (element: HTMLElement | null): boolean =>
  !!element?.classList.contains('tooltip') && element.hidden;

/** An inline style's declarations in a fixed order: a chart made anew sets them in another. */
const declarations = (style: CSSStyleDeclaration): string =>
  [...style]
    .map((name) => `${name}: ${style.getPropertyValue(name)}`)
    .sort()
    .join('; ');

interface Look {
  readonly pixels: string;
  readonly canvas: string;
  readonly dom: string[];
  readonly live: string;
  readonly height: number;
}

/** What a reader gets of an element: strings and numbers only. */
function look(element: Element): Look {
  const root = element.shadowRoot!;
  const canvas = root.querySelector('canvas');
  const live = root.querySelector('[aria-live]')?.textContent.trim() ?? '';
  return {
    pixels: canvas ? canvas.toDataURL() : '',
    canvas: canvas ? `${canvas.width} × ${canvas.height}, ${canvas.style.width} × ${canvas.style.height}` : '',
    // The live region is compared on its own (`live`).
    dom: outline(root).filter((line, index, lines) => !lines[index - 1]?.includes('aria-live') || line.startsWith('<')),
    live,
    height: element.getBoundingClientRect().height,
  };
}

/** Looks taken while a chart was animating: the animated cases check that theirs did. */
let animationsSeen = 0;

/** After the next frame: its ResizeObserver callbacks, which draw the charts, have run. */
const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Until two looks a frame apart are the same: a change may take a render, a resize and a redraw (and, in the
 * animated cases, a second's animation).
 */
async function settled(element: Element): Promise<void> {
  let last = '';
  for (let round = 0; round < 180; round++) {
    await element.updateComplete;
    await afterFrame();
    // Nor while an animation runs: its easing's last frames may round to the same pixels.
    const canvas = element.shadowRoot!.querySelector('canvas');
    const chart = canvas && Chart.getChart(canvas);
    if (chart && animator.running(chart)) {
      animationsSeen++;
      continue;
    }
    const now = JSON.stringify(look(element));
    if (now === last) return;
    last = now;
  }
  throw new Error(`<${element.localName}> did not settle`);
}

// Figures.
const TWO = '{"2017":814,"2023":473}';
const years = (from: number, to: number, value: (year: number) => number | null): string =>
  JSON.stringify(
    Object.fromEntries(Array.from({ length: to - from + 1 }, (_, index) => [from + index, value(from + index)])),
  );
const TEN = years(2014, 2023, (year) => 400 + ((year * 37) % 300));
const TEN_OTHER = years(2014, 2023, (year) => 300 + ((year * 53) % 250));
const HUNDRED = years(1901, 2000, (year) => 400 + ((year * 37) % 300));
const THREE = years(2021, 2023, (year) => 300 + ((year * 53) % 200));
const NULLS = years(2014, 2023, (year) => (year === 2017 || year === 2018 ? null : 400 + ((year * 37) % 300)));
const UNMEASURED = '{"2014":512,"2017":814,"2018":640,"2023":473}';
const HUGE = '{"2017":81400000,"2023":47300000}';
const SMALL = '{"2017":8,"2023":4}';
const MANY = JSON.stringify(
  Array.from({ length: 9000 }, (_, index) => ({ year: 1000 + index, value: (index * 7919) % 1000 })),
);
// Many points, as MANY, but too few to be thinned: dots none (over 200 points), each point drawn.
const THOUSAND = JSON.stringify(
  Array.from({ length: 1000 }, (_, index) => ({ year: 1000 + index, value: (index * 7919) % 1000 })),
);
const MANY_OTHER = JSON.stringify(
  Array.from({ length: 9000 }, (_, index) => ({ year: 1000 + index, value: (index * 104729) % 1000 })),
);
const FEW = '{"2019":500,"2020":520,"2021":480,"2022":470,"2023":473}';
const MARKER = '[{"date":"2020-03","label":"Pandemin"}]';
const ONE_YEAR = '[{"year":2023,"families":53,"children":109}]';
const SEVERAL = JSON.stringify(
  [2019, 2020, 2021, 2022, 2023].map((year, index) => ({ year, families: 40 + index * 3, children: 90 + index * 5 })),
);
const SEVERAL_GAPS = JSON.stringify(
  [2019, 2020, 2021, 2022, 2023].map((year, index) => ({
    year,
    families: index === 1 ? null : 40 + index * 3,
    children: index === 3 ? null : 90 + index * 5,
  })),
);
const BIG_YEARS = JSON.stringify(
  [2021, 2022, 2023].map((year, index) => ({ year, families: 53000 + index * 999, children: 109000 + index * 1234 })),
);
const PAINT = '--nc-color-series-1: #7a1f5c; --nc-color-series-2: #1f6b3a; --nc-color-text-muted: #333333';

// Changes.
const set =
  (name: string, value: string | null): Step =>
  (element) =>
    value === null ? element.removeAttribute(name) : element.setAttribute(name, value);
const property =
  (name: string, value: unknown): Step =>
  (element) =>
    Reflect.set(element, name, value);
const resize =
  (width: number): Step =>
  (_element, box) =>
    (box.style.width = `${width}px`);
const restyle =
  (style: string, width = 640): Step =>
  (_element, box) =>
    (box.style.cssText = `width: ${width}px; ${style}`);
const theme: Step = (element) => element.requestUpdate('theme');
const zoom =
  (factor: number): Step =>
  (_element, box) =>
    (box.style.zoom = String(factor));
const boxLang =
  (lang: string): Step =>
  (_element, box) =>
    box.setAttribute('lang', lang);
/** Keys pressed on the plot, focused first. */
const keys =
  (...pressed: string[]): Step =>
  async (element) => {
    element.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    for (const key of pressed) await sendKeys({ press: key });
  };
const showTable: Step = (element) => element.shadowRoot!.querySelector<HTMLElement>('button[aria-controls]')!.click();
/** Hidden (`display: none` round it), then shown again. */
const hide: Step = (_element, box) => (box.style.display = 'none');
const show: Step = (_element, box) => (box.style.display = '');
/** The pointer on the plot, `left` and `top` CSS px from its corner. */
const pointer =
  (left: number, top: number): Step =>
  async (element) => {
    const plot = element.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(plot.left + left), Math.round(plot.top + top)] });
  };
/** The pointer on a point (or bar) of the first series. */
const pointerOn =
  (index: number): Step =>
  async (element) => {
    const plot = element.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
    const chart = (element as unknown as { chart: Chart }).chart;
    const { x, y } = chart.getDatasetMeta(0).data[index]!;
    await sendMouse({ type: 'move', position: [Math.round(plot.left + x), Math.round(plot.top + y)] });
  };
/** Waits for the next draw: figures from `src` come in a later task. */
const drawn =
  (step: Step): Step =>
  async (element, box) => {
    const next = oneEvent(element, 'chart-render');
    await step(element, box);
    await next;
  };
const src = (figures: string): string => `/__test__/slow.json?ms=50&body=${encodeURIComponent(figures)}`;
const table = (rows: readonly (readonly [number, number])[]): string =>
  `<table>${rows.map(([year, value]) => `<tr><td>${year}</td><td>${value}</td></tr>`).join('')}</table>`;
const addRow =
  (year: number, value: number): Step =>
  (element) =>
    element
      .querySelector('tbody, table')!
      .insertAdjacentHTML('beforeend', `<tr><td>${year}</td><td>${value}</td></tr>`);
/** The content's JSON script or first cell of the last row, its text changed in place. */
const editText =
  (selector: string, text: string): Step =>
  (element) =>
    (element.querySelector(selector)!.firstChild!.nodeValue = text);
const json = (figures: string): string => `<script type="application/json">${figures}</script>`;
/** The reader's colour scheme (Chromium only: the others have no media emulation in a running page). */
const scheme =
  (colorScheme: 'light' | 'dark'): Step =>
  () =>
    emulateMedia({ colorScheme });
/** Forced colours (Windows High Contrast), Chromium only as above. */
const forcedColours: Step = () => emulateMedia({ forcedColors: 'active' });
const noForcedColours: Step = () => emulateMedia({ forcedColors: 'none' });
/** Printed: laid out for paper, then for the screen again (Chromium only, as above). */
const printed: Step[] = [
  async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
  },
  async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  },
];
/** Taken out of the page and put back in the same task, in a box of `width` px. */
const moveInto =
  (width: number, alongside?: Step): Step =>
  (element, box) => {
    const inner = document.createElement('div');
    inner.style.width = `${width}px`;
    box.append(inner);
    inner.append(element);
    void alongside?.(element, box);
  };
const YEARS_30 = JSON.stringify(
  Array.from({ length: 30 }, (_, index) => ({ year: 1994 + index, families: 40 + index, children: 90 + 2 * index })),
);
const POINTS_300 = years(1701, 2000, (year) => 400 + ((year * 37) % 300));

/** One case: a name, the state drawn first, the change (in steps), the state a fresh element is made in. */
type Case = readonly [
  name: string,
  before: State,
  change: Step | readonly Step[],
  after: State,
  except?: readonly Aspect[],
  only?: 'chromium',
];

const cases: Record<Tag, readonly Case[]> = {
  'homeless-trend': [
    ['data attribute: the embedded figures → the page’s', {}, set('data', TWO), { data: TWO }],
    ['data attribute: two years → ten', { data: TWO }, set('data', TEN), { data: TEN }],
    ['data attribute: ten years → three', { data: TEN }, set('data', THREE), { data: THREE }],
    ['data property: two years → ten', { data: TWO }, property('data', JSON.parse(TEN)), { data: TEN }],
    [
      'data property: ten years → two',
      { '.data': JSON.parse(TEN) as object },
      property('data', JSON.parse(TWO)),
      { data: TWO },
    ],
    ['data: figures → none (the embedded ones)', { data: TEN }, set('data', null), {}],
    ['gaps (null) appear', { data: TEN }, set('data', NULLS), { data: NULLS }],
    ['gaps (null) go', { data: NULLS }, set('data', TEN), { data: TEN }],
    ['unmeasured years appear', { data: TEN }, set('data', UNMEASURED), { data: UNMEASURED }],
    ['unmeasured years go', { data: UNMEASURED }, set('data', TEN), { data: TEN }],
    ['type line → bar', { data: TEN }, set('type', 'bar'), { data: TEN, type: 'bar' }],
    ['type bar → line', { data: TEN, type: 'bar' }, set('type', 'line'), { data: TEN }],
    ['marker appears', { data: TEN }, set('markers', MARKER), { data: TEN, markers: MARKER }],
    ['marker goes', { data: TEN, markers: MARKER }, set('markers', null), { data: TEN }],
    [
      'marker appears on bars',
      { data: TEN, type: 'bar' },
      set('markers', MARKER),
      { data: TEN, type: 'bar', markers: MARKER },
    ],
    ['huge numbers → small', { data: HUGE }, set('data', SMALL), { data: SMALL }],
    ['small numbers → huge', { data: SMALL }, set('data', HUGE), { data: HUGE }],
    ['huge numbers → small, bars', { data: HUGE, type: 'bar' }, set('data', SMALL), { data: SMALL, type: 'bar' }],
    ['9000 points (thinned) → five', { data: MANY }, set('data', FEW), { data: FEW }],
    ['five points → 9000 (thinned)', { data: FEW }, set('data', MANY), { data: MANY }],
    ['9000 points (thinned) → 9000 others (thinned)', { data: MANY }, set('data', MANY_OTHER), { data: MANY_OTHER }],
    ['9000 points (thinned) → 1000 (drawn whole)', { data: MANY }, set('data', THOUSAND), { data: THOUSAND }],
    ['1000 points → 9000 (thinned)', { data: THOUSAND }, set('data', MANY), { data: MANY }],
    ['lang sv → en', {}, set('lang', 'en'), { lang: 'en' }],
    ['lang en → sv', { lang: 'en', data: TEN }, set('lang', 'sv'), { lang: 'sv', data: TEN }],
    ['theme light → dark', {}, set('theme', 'dark'), { theme: 'dark' }],
    ['theme dark → light', { theme: 'dark', data: TEN }, set('theme', 'light'), { theme: 'light', data: TEN }],
    ['theme dark → auto', { theme: 'dark' }, set('theme', 'auto'), { theme: 'auto' }],
    ['colours changed, then requestUpdate(theme)', { data: TEN }, [restyle(PAINT), theme], { data: TEN, style: PAINT }],
    [
      '--nc-font-family changed, then requestUpdate(theme)',
      { data: HUGE },
      [restyle('--nc-font-family: monospace'), theme],
      { data: HUGE, style: '--nc-font-family: monospace' },
    ],
    [
      'an ancestor’s font size 16 → 24 px',
      { data: HUGE },
      restyle('font-size: 24px'),
      { data: HUGE, style: 'font-size: 24px' },
    ],
    ['width 640 → 320', { data: TEN }, resize(320), { data: TEN, width: 320 }],
    ['width 640 → 320 → 640', { data: TEN }, [resize(320), resize(640)], { data: TEN }],
    ['heading changed', {}, set('heading', 'Hemlösa'), { heading: 'Hemlösa' }],
    ['heading hidden', {}, set('heading', ''), { heading: '' }],
    ['heading-level 2 → 4', {}, set('heading-level', '4'), { 'heading-level': '4' }],
    ['description given', {}, set('description', 'Färre hemlösa.'), { description: 'Färre hemlösa.' }],
    ['no-summary on', {}, set('no-summary', ''), { 'no-summary': '' }],
    ['no-summary off', { 'no-summary': '' }, set('no-summary', null), {}],
    ['no-actions on', {}, set('no-actions', ''), { 'no-actions': '' }],
    ['no-actions off', { 'no-actions': '' }, set('no-actions', null), {}],
    ['source given', {}, set('source', 'SCB'), { source: 'SCB' }],
    [
      'source-url given',
      { source: 'SCB' },
      set('source-url', 'https://scb.se/'),
      { source: 'SCB', 'source-url': 'https://scb.se/' },
    ],
    ['a hundred points, width 640 → 320', { data: HUNDRED }, resize(320), { data: HUNDRED, width: 320 }],
    ['9000 points, width 640 → 320 → 640', { data: MANY }, [resize(320), resize(640)], { data: MANY }],
    [
      'marker, an ancestor’s font size 16 → 24 px',
      { data: TEN, markers: MARKER },
      restyle('font-size: 24px'),
      { data: TEN, markers: MARKER, style: 'font-size: 24px' },
    ],
    ['zoom 1 → 1.5', { data: TEN }, zoom(1.5), { data: TEN, style: 'zoom: 1.5' }],
    ['an ancestor’s lang sv → en', {}, boxLang('en'), { lang: 'en' }],
    ['figures → unreadable → others', { data: TWO }, [set('data', '[{"year":2017'), set('data', TEN)], { data: TEN }],
    ['hidden, figures changed, shown', { data: TWO }, [hide, set('data', TEN), show], { data: TEN }],
    ['hidden, lang sv → en, shown', {}, [hide, set('lang', 'en'), show], { lang: 'en' }],
    ['hidden, theme → dark, shown', {}, [hide, set('theme', 'dark'), show], { theme: 'dark' }],
    ['hidden, width 640 → 320, shown', { data: TEN }, [hide, resize(320), show], { data: TEN, width: 320 }],
    [
      'hidden, an ancestor’s font size 16 → 24 px, shown',
      { data: HUGE },
      [hide, restyle('font-size: 24px; display: none'), show],
      { data: HUGE, style: 'font-size: 24px' },
    ],
    ['huge numbers, lang sv → en', { data: HUGE }, set('lang', 'en'), { data: HUGE, lang: 'en' }],
    [
      'hidden, figures changed and width 640 → 320, shown',
      { data: TWO },
      [hide, set('data', TEN), resize(320), show],
      { data: TEN, width: 320 },
    ],
    [
      'the table shown, then figures changed',
      { data: TWO, then: [showTable] },
      set('data', TEN),
      { data: TEN, then: [showTable] },
    ],
    [
      'a point focused (End), then other figures as many',
      { data: TEN, then: [keys('End')] },
      set('data', TEN_OTHER),
      { data: TEN_OTHER, then: [keys('End')] },
      // The live region is emptied when the tooltip's text changes: what it said is out of date (point-tooltip.ts).
      ['live'],
    ],
    [
      'a point focused (End), then fewer figures: the point gone',
      { data: TEN, then: [keys('End')] },
      set('data', THREE),
      { data: THREE, then: [keys()] },
      ['live'],
    ],
    [
      'a point focused (Home), then more figures',
      { data: THREE, then: [keys('Home')] },
      set('data', TEN),
      { data: TEN, then: [keys('Home')] },
      ['live'],
    ],
    [
      'a point focused, then type bar (a new chart)',
      { data: TEN, then: [keys('End')] },
      set('type', 'bar'),
      { data: TEN, type: 'bar', then: [keys()] },
    ],
    [
      'a point focused (End), then width 640 → 320',
      { data: TEN, then: [keys('End')] },
      resize(320),
      { data: TEN, width: 320, then: [keys('End')] },
    ],
    [
      'a point focused (End), then theme dark',
      { data: TEN, then: [keys('End')] },
      set('theme', 'dark'),
      { data: TEN, theme: 'dark', then: [keys('End')] },
    ],
    [
      'a point focused (End), then lang en',
      { data: TEN, then: [keys('End')] },
      set('lang', 'en'),
      { data: TEN, lang: 'en', then: [keys('End')] },
      ['live'],
    ],
    [
      'the pointer on a point, then other figures',
      { data: TEN, then: [pointer(150, 100)] },
      set('data', TEN_OTHER),
      { data: TEN_OTHER, then: [pointer(150, 100)] },
    ],
    [
      // Not the point the pointer is now over: a resized chart keeps the point shown (point-tooltip.ts).
      'the pointer on a point, then width 640 → 320',
      { data: TEN, then: [pointerOn(2)] },
      resize(320),
      { data: TEN, width: 320, then: [pointerOn(2)] },
    ],
    ['ten years → one', { data: TEN }, set('data', '{"2023":473}'), { data: '{"2023":473}' }],
    ['one year → ten', { data: '{"2023":473}' }, set('data', TEN), { data: TEN }],
    [
      'a row added to the table inside',
      {
        html: table([
          [2017, 814],
          [2023, 473],
        ]),
      },
      addRow(2024, 500),
      {
        html: table([
          [2017, 814],
          [2023, 473],
          [2024, 500],
        ]),
      },
    ],
    [
      'data → src',
      { data: TEN },
      drawn((element) => {
        element.setAttribute('src', src(TWO));
        element.removeAttribute('data');
      }),
      { src: src(TWO) },
    ],
    ['src → another src', { src: src(TWO) }, drawn(set('src', src(TEN))), { src: src(TEN) }],
    ['src → data', { src: src(TWO) }, set('data', TEN), { src: src(TWO), data: TEN }],
    [
      '--nc-aspect-ratio 16/9 → 4/3',
      { data: TEN },
      restyle('--nc-aspect-ratio: 4 / 3'),
      { data: TEN, style: '--nc-aspect-ratio: 4 / 3' },
    ],
    [
      '--nc-chart-min-height 12em → 30em',
      { data: TEN, width: 320 },
      restyle('--nc-chart-min-height: 30em', 320),
      { data: TEN, width: 320, style: '--nc-chart-min-height: 30em' },
    ],
    ['the table shown, then no-actions', { then: [showTable] }, set('no-actions', ''), { 'no-actions': '' }],
    ['300 points (no dots) → ten', { data: POINTS_300 }, set('data', TEN), { data: TEN }],
    ['a hundred bars → line', { data: HUNDRED, type: 'bar' }, set('type', 'line'), { data: HUNDRED }],
    ['moved into a 320 px box', { data: TEN }, moveInto(320), { data: TEN, width: 320 }],
    [
      'moved into a 320 px box, other figures in the same task',
      { data: TWO },
      moveInto(320, set('data', TEN)),
      { data: TEN, width: 320 },
    ],
    ['the table shown, then lang en', { then: [showTable] }, set('lang', 'en'), { lang: 'en', then: [showTable] }],
    [
      'forced colours come',
      { data: TEN, markers: MARKER },
      forcedColours,
      { data: TEN, markers: MARKER },
      [],
      'chromium',
    ],
    [
      'a point focused (Home), then 300 points (no dots: the series made anew)',
      { data: TEN, then: [keys('Home')] },
      set('data', POINTS_300),
      { data: POINTS_300, then: [keys('Home')] },
      ['live'],
    ],
    [
      'a point focused (Home), then type bar and back',
      { data: TEN, then: [keys('Home')] },
      [set('type', 'bar'), set('type', 'line')],
      { data: TEN, then: [keys()] },
    ],
    [
      'a marker without a label, lang sv → en',
      { data: TEN, markers: '[{"date":"2020-03"}]' },
      set('lang', 'en'),
      { data: TEN, markers: '[{"date":"2020-03"}]', lang: 'en' },
    ],
    [
      'a marker, type line → bar',
      { data: TEN, markers: MARKER },
      set('type', 'bar'),
      { data: TEN, markers: MARKER, type: 'bar' },
    ],
    [
      '--nc-chart-max-height 10em',
      { data: TEN },
      restyle('--nc-chart-max-height: 10em'),
      { data: TEN, style: '--nc-chart-max-height: 10em' },
    ],
    [
      'a point focused (End), hidden, shown',
      { data: TEN, then: [keys('End')] },
      [hide, show],
      { data: TEN, then: [keys()] },
    ],
    [
      'a cell of the table inside edited',
      {
        html: table([
          [2017, 814],
          [2023, 473],
        ]),
      },
      editText('tr:last-child td:last-child', '500'),
      {
        html: table([
          [2017, 814],
          [2023, 500],
        ]),
      },
    ],
    ['the JSON script inside edited', { html: json(TWO) }, editText('script', TEN), { html: json(TEN) }],
    [
      'data attribute removed: the table inside',
      {
        data: TEN,
        html: table([
          [2017, 814],
          [2023, 473],
        ]),
      },
      set('data', null),
      {
        html: table([
          [2017, 814],
          [2023, 473],
        ]),
      },
    ],
    ['markers property', { data: TEN }, property('markers', JSON.parse(MARKER)), { data: TEN, markers: MARKER }],
    ['type property', { data: TEN }, property('type', 'bar'), { data: TEN, type: 'bar' }],
    ['forced colours come and go', { data: TEN }, [forcedColours, noForcedColours], { data: TEN }, [], 'chromium'],
    ['printed', { data: TEN, markers: MARKER }, printed, { data: TEN, markers: MARKER }, [], 'chromium'],
    ['printed, dark theme', { theme: 'dark' }, printed, { theme: 'dark' }, [], 'chromium'],
    [
      'theme auto, the reader’s colour scheme light → dark',
      { theme: 'auto', data: TEN },
      scheme('dark'),
      { theme: 'auto', data: TEN },
      [],
      'chromium',
    ],
  ],
  'prevention-stats': [
    ['data attribute: the embedded figures → the page’s', {}, set('data', ONE_YEAR), { data: ONE_YEAR }],
    ['one year → several', {}, set('data', SEVERAL), { data: SEVERAL }],
    ['several years → one', { data: SEVERAL }, set('data', ONE_YEAR), { data: ONE_YEAR }],
    ['data property: one year → several', {}, property('data', JSON.parse(SEVERAL)), { data: SEVERAL }],
    ['several years → three', { data: SEVERAL }, set('data', BIG_YEARS), { data: BIG_YEARS }],
    ['gaps (null) appear', { data: SEVERAL }, set('data', SEVERAL_GAPS), { data: SEVERAL_GAPS }],
    ['gaps (null) go', { data: SEVERAL_GAPS }, set('data', SEVERAL), { data: SEVERAL }],
    ['lang sv → en', {}, set('lang', 'en'), { lang: 'en' }],
    ['lang sv → en, several years', { data: SEVERAL }, set('lang', 'en'), { data: SEVERAL, lang: 'en' }],
    ['theme light → dark', {}, set('theme', 'dark'), { theme: 'dark' }],
    ['theme light → dark, several years', { data: SEVERAL }, set('theme', 'dark'), { data: SEVERAL, theme: 'dark' }],
    ['theme dark → auto', { theme: 'dark' }, set('theme', 'auto'), { theme: 'auto' }],
    ['colours changed, then requestUpdate(theme)', {}, [restyle(PAINT), theme], { style: PAINT }],
    [
      '--nc-font-family changed, then requestUpdate(theme)',
      {},
      [restyle('--nc-font-family: monospace'), theme],
      { style: '--nc-font-family: monospace' },
    ],
    ['an ancestor’s font size 16 → 24 px', {}, restyle('font-size: 24px'), { style: 'font-size: 24px' }],
    ['width 640 → 320', {}, resize(320), { width: 320 }],
    ['width 640 → 320, several years', { data: SEVERAL }, resize(320), { data: SEVERAL, width: 320 }],
    [
      'width 640 → 320: the bars’ names no longer fit (legend)',
      { style: 'font-size: 32px' },
      restyle('font-size: 32px', 320),
      { style: 'font-size: 32px', width: 320 },
    ],
    [
      'width 320 → 640: the bars’ names fit again (no legend)',
      { style: 'font-size: 32px', width: 320 },
      restyle('font-size: 32px'),
      { style: 'font-size: 32px' },
    ],
    [
      'width 640 → 320 → 640, the names under the bars, then not, then again',
      { style: 'font-size: 32px' },
      [restyle('font-size: 32px', 320), restyle('font-size: 32px')],
      { style: 'font-size: 32px' },
    ],
    [
      'font size 16 → 32 px at 320 px: the names no longer fit',
      { width: 320 },
      restyle('font-size: 32px', 320),
      { style: 'font-size: 32px', width: 320 },
    ],
    [
      'legend at 320 px, then several years',
      { style: 'font-size: 32px', width: 320 },
      set('data', SEVERAL),
      { style: 'font-size: 32px', width: 320, data: SEVERAL },
    ],
    [
      'several years at 320 px with large text, then one',
      { style: 'font-size: 32px', width: 320, data: SEVERAL },
      set('data', ONE_YEAR),
      { style: 'font-size: 32px', width: 320, data: ONE_YEAR },
    ],
    ['heading changed', {}, set('heading', 'Vräkningar'), { heading: 'Vräkningar' }],
    ['no-summary on', {}, set('no-summary', ''), { 'no-summary': '' }],
    ['no-actions on', {}, set('no-actions', ''), { 'no-actions': '' }],
    ['description given', {}, set('description', 'Fler bor kvar.'), { description: 'Fler bor kvar.' }],
    ['source given', {}, set('source', 'Kommunen'), { source: 'Kommunen' }],
    ['lang en, width 640 → 320: the names wrapped', { lang: 'en' }, resize(320), { lang: 'en', width: 320 }],
    [
      'lang sv → en at 320 px, large text',
      { style: 'font-size: 32px', width: 320 },
      set('lang', 'en'),
      { style: 'font-size: 32px', width: 320, lang: 'en' },
    ],
    [
      'lang en → sv at 320 px, large text',
      { style: 'font-size: 32px', width: 320, lang: 'en' },
      set('lang', 'sv'),
      { style: 'font-size: 32px', width: 320, lang: 'sv' },
    ],
    [
      'a bar focused (End), then width 640 → 320',
      { data: SEVERAL, then: [keys('End')] },
      resize(320),
      { data: SEVERAL, width: 320, then: [keys('End')] },
    ],
    [
      'the pointer on a bar, then one year',
      { data: SEVERAL, then: [pointer(360, 150)] },
      set('data', ONE_YEAR),
      { data: ONE_YEAR, then: [pointer(360, 150)] },
    ],
    [
      'data → src',
      { data: SEVERAL },
      drawn((element) => {
        element.setAttribute('src', src(ONE_YEAR));
        element.removeAttribute('data');
      }),
      { src: src(ONE_YEAR) },
    ],
    ['zoom 1 → 1.5', { data: SEVERAL }, zoom(1.5), { data: SEVERAL, style: 'zoom: 1.5' }],
    ['hidden, one year → several, shown', {}, [hide, set('data', SEVERAL), show], { data: SEVERAL }],
    ['hidden, lang sv → en, shown', {}, [hide, set('lang', 'en'), show], { lang: 'en' }],
    [
      'the table shown, then several years',
      { then: [showTable] },
      set('data', SEVERAL),
      { data: SEVERAL, then: [showTable] },
    ],
    [
      'a bar focused (End), then other figures',
      { data: SEVERAL, then: [keys('End')] },
      set('data', SEVERAL_GAPS),
      { data: SEVERAL_GAPS, then: [keys('End')] },
      ['live'],
    ],
    [
      'a bar focused (End), then one year',
      { data: SEVERAL, then: [keys('End')] },
      set('data', ONE_YEAR),
      { data: ONE_YEAR, then: [keys()] },
      ['live'],
    ],
    ['thirty years → three', { data: YEARS_30 }, set('data', BIG_YEARS), { data: BIG_YEARS }],
    [
      'three years → thirty, 320 px',
      { data: BIG_YEARS, width: 320 },
      set('data', YEARS_30),
      { data: YEARS_30, width: 320 },
    ],
    [
      'moved into a 320 px box, several years in the same task',
      {},
      moveInto(320, set('data', SEVERAL)),
      { data: SEVERAL, width: 320 },
    ],
    ['forced colours come', { data: SEVERAL }, forcedColours, { data: SEVERAL }, [], 'chromium'],
    ['printed', { data: SEVERAL }, printed, { data: SEVERAL }, [], 'chromium'],
    [
      'one year → another',
      {},
      set('data', '[{"year":2024,"families":61,"children":98}]'),
      { data: '[{"year":2024,"families":61,"children":98}]' },
    ],
    [
      'a bar focused (End), then several years (the series made anew)',
      { then: [keys('End')] },
      set('data', SEVERAL),
      { data: SEVERAL, then: [keys('Home', 'ArrowRight')] },
      ['live'],
    ],
    [
      'a bar focused (Home), then lang en',
      { then: [keys('Home')] },
      set('lang', 'en'),
      { lang: 'en', then: [keys('Home')] },
      ['live'],
    ],
    [
      'the names in the legend (320 px), several years, 640 px, one year',
      { style: 'font-size: 32px', width: 320 },
      [set('data', SEVERAL), restyle('font-size: 32px'), set('data', ONE_YEAR)],
      { style: 'font-size: 32px', data: ONE_YEAR },
    ],
    [
      'theme auto, the reader’s colour scheme light → dark',
      { theme: 'auto' },
      scheme('dark'),
      { theme: 'auto' },
      [],
      'chromium',
    ],
  ],
  'key-figure': [
    ['value given', {}, set('value', '473'), { value: '473' }],
    [
      'value, unit, change and period given',
      {},
      [set('value', '473'), set('unit', 'personer'), set('change', '-42'), set('period', '2017–2023')],
      { value: '473', unit: 'personer', change: '-42', period: '2017–2023' },
    ],
    ['value goes', { value: '473', change: '-42' }, set('value', null), { change: '-42' }],
    [
      'lang sv → en',
      { value: '1234', unit: 'personer', change: '-4' },
      set('lang', 'en'),
      { value: '1234', unit: 'personer', change: '-4', lang: 'en' },
    ],
    ['theme light → dark', {}, set('theme', 'dark'), { theme: 'dark' }],
    [
      'heading, level and description',
      {},
      [set('heading', 'Akut'), set('heading-level', '3'), set('description', 'Mindre.')],
      { heading: 'Akut', 'heading-level': '3', description: 'Mindre.' },
    ],
    ['no-summary on', {}, set('no-summary', ''), { 'no-summary': '' }],
    [
      'source and source-url',
      {},
      [set('source', 'SCB'), set('source-url', 'https://scb.se/')],
      { source: 'SCB', 'source-url': 'https://scb.se/' },
    ],
    ['width 640 → 320', {}, resize(320), { width: 320 }],
    ['period and change go', { change: '-37', period: '2022–2023' }, [set('period', null)], { change: '-37' }],
    [
      'an ancestor’s font size 16 → 24 px',
      { value: '473' },
      restyle('font-size: 24px'),
      { value: '473', style: 'font-size: 24px' },
    ],
  ],
};

/** The change made, each step waited for. */
async function change(element: Element, box: HTMLElement, steps: Step | readonly Step[]): Promise<void> {
  for (const step of [steps].flat()) {
    await step(element, box);
    await settled(element);
  }
}

/** Compares two looks, aspect by aspect but those left out. */
async function expectSame(updated: Look, fresh: Look, except: readonly Aspect[] = []): Promise<void> {
  if (!except.includes('dom')) expect(updated.dom, 'the shadow root').to.deep.equal(fresh.dom);
  if (!except.includes('live')) expect(updated.live, 'the live region').to.equal(fresh.live);
  if (!except.includes('height')) expect(updated.height, 'the height').to.equal(fresh.height);
  expect(updated.canvas, 'the canvas’s size').to.equal(fresh.canvas);
  if (!except.includes('pixels') && updated.pixels !== fresh.pixels)
    expect(await pixelsApart(updated.pixels, fresh.pixels), 'the pixels').to.equal('none differ');
}

/** Which pixels of two drawings (PNG data URLs of one size) differ: how many, and the box round them. */
async function pixelsApart(first: string, second: string): Promise<string> {
  const [a, b] = await Promise.all(
    [first, second].map(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    }),
  );
  let count = 0;
  const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
  for (let index = 0; index < a!.data.length; index += 4) {
    if ([0, 1, 2, 3].every((channel) => a!.data[index + channel] === b!.data[index + channel])) continue;
    count++;
    const [x, y] = [(index / 4) % a!.width, Math.floor(index / 4 / a!.width)];
    Object.assign(box, {
      left: Math.min(box.left, x),
      top: Math.min(box.top, y),
      right: Math.max(box.right, x),
      bottom: Math.max(box.bottom, y),
    });
  }
  return count ? `${count} differ, in ${box.left},${box.top} – ${box.right},${box.bottom}` : 'none differ';
}

for (const [tag, list] of Object.entries(cases) as [Tag, readonly Case[]][]) {
  describe(`<${tag}> changed in place looks as one made in the final state`, () => {
    afterEach(async () => {
      await resetMouse();
      if (mediaChanged)
        await emulate({ media: 'screen', colorScheme: 'light', forcedColors: 'none', reducedMotion: 'reduce' });
      mediaChanged = false;
    });

    for (const [name, before, steps, after, except, only] of list) {
      (only === 'chromium' && !inChromium ? it.skip : it)(name, async () => {
        const { element, box } = await place(tag, before);
        await change(element, box, steps);
        const updated = look(element);
        // Out of the page first: the fresh element stands where it stood, the pointer can reach it.
        box.remove();
        await resetMouse();
        const fresh = await place(tag, after);
        await expectSame(updated, look(fresh.element), except);
      });
    }
  });
}

/**
 * Cases above, changed with animation (Chromium only: the others are launched with reduced motion). Not a resize:
 * Chart.js draws one at once.
 */
const ANIMATED: Partial<Record<Tag, readonly string[]>> = {
  'homeless-trend': [
    'data attribute: two years → ten',
    'data attribute: ten years → three',
    'gaps (null) appear',
    'type line → bar',
    'marker appears',
    'huge numbers → small',
    '9000 points (thinned) → five',
    'five points → 9000 (thinned)',
    '300 points (no dots) → ten',
    'lang sv → en',
    'theme light → dark',
    'a point focused (End), then other figures as many',
  ],
  'prevention-stats': [
    'one year → several',
    'several years → one',
    'gaps (null) appear',
    'theme light → dark, several years',
    'a bar focused (End), then other figures',
  ],
};

describe('changed in place with animation, once it has ended', () => {
  afterEach(async () => {
    await resetMouse();
    if (inChromium) await emulate({ reducedMotion: 'reduce' });
  });

  // Only the change is animated: drawn first, and made fresh, without (an animation ends where a still draws).
  for (const [tag, names] of Object.entries(ANIMATED) as [Tag, readonly string[]][])
    for (const name of names) {
      const [, before, steps, after, except] = cases[tag].find((found) => found[0] === name)!;
      chromiumOnly(`<${tag}>: ${name}`, async () => {
        const { element, box } = await place(tag, before);
        await emulate({ reducedMotion: 'no-preference' });
        await settled(element);
        animationsSeen = 0;
        await change(element, box, steps);
        expect(animationsSeen, 'the change was animated').to.be.greaterThan(0);
        const updated = look(element);
        box.remove();
        await emulate({ reducedMotion: 'reduce' });
        const fresh = await place(tag, after);
        await expectSame(updated, look(fresh.element), except);
      });
    }
});
