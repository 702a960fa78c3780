// Runs inside the benchmark pages (see scripts/bench.mjs): creates and updates N charts, either as
// <homeless-trend> elements ("ours") or as plain Chart.js charts drawing the same chart with the same
// options, and times each step until the charts are painted.
/* global document, window, location, performance, requestAnimationFrame, customElements, getComputedStyle, URLSearchParams, MessageChannel */

const lib = new URLSearchParams(location.search).get('lib');

/** Runs `callback` in a task of its own: posted during a frame's rendering steps, after that frame's paint. */
const inNextTask = (callback) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = callback;
  channel.port2.postMessage(null);
};

/**
 * Starts watching frames; the function it returns resolves once what has been drawn so far is painted.
 * A chart drawn in a task (plain's `new Chart`) is painted in the next frame: wait for its animation-frame
 * callbacks, then for a task, which runs after its paint. One drawn inside a frame's rendering steps (ours
 * sizes and draws from a ResizeObserver callback, which runs there) is painted in that same frame: a task
 * posted then runs after it. Waiting for the next frame in both cases would count a frame ours does not take.
 */
function watchFrames() {
  let rendering = false;
  let watching = true;
  const nextFrame = () =>
    requestAnimationFrame(() => {
      if (!watching) return;
      rendering = true;
      inNextTask(() => (rendering = false));
      nextFrame();
    });
  nextFrame();
  return () =>
    new Promise((resolve) => {
      watching = false;
      if (rendering) inNextTask(resolve);
      else requestAnimationFrame(() => inNextTask(resolve));
    });
}

/** `n` points, years from 1000 on (the year parser takes four-digit years), a deterministic wavy series. */
export function makePoints(n) {
  if (n === 2)
    return [
      { year: 2017, value: 814 },
      { year: 2023, value: 473 },
    ];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 60;
  return Array.from({ length: n }, (_, index) => ({
    year: 1000 + index,
    value: Math.round(500 + 300 * Math.sin(index / 150) + random()),
  }));
}

// ---- plain Chart.js: the options src/components/homeless-trend and src/core/chart-options.ts pass ----

const LIGHT = {
  text: 'rgb(27, 27, 31)',
  textMuted: 'rgb(74, 77, 85)',
  grid: 'rgb(220, 221, 225)',
  axis: 'rgb(92, 95, 102)',
  series: 'rgb(29, 95, 165)',
  unmeasured: 'rgb(90, 140, 196)',
};
const MANY_POINTS = 200;
const numbers = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

function smallFont() {
  const style = getComputedStyle(document.body);
  return { family: style.fontFamily, size: Math.round(Number.parseFloat(style.fontSize) * 0.875) };
}

const tickLimit =
  (spacing, min, max) =>
  ({ scale }) =>
    Math.min(max, Math.max(min, Math.floor((scale.isHorizontal() ? scale.width : scale.height) / spacing) + 1));

function spaced(years, distance) {
  const kept = [];
  for (const year of years) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || year - previous >= distance) kept.push(year);
  }
  const last = years[years.length - 1];
  if (last !== undefined && kept[kept.length - 1] !== last) {
    if (kept.length > 1) kept.pop();
    kept.push(last);
  }
  return kept;
}

function roundYears(first, last, distance) {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((candidate) => candidate >= distance) ?? Math.ceil(distance / 1000) * 1000;
  const years = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push(year);
  return years;
}

function yearAxis(years) {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const pad = Math.max(0.5, (last - first) * 0.06);
  const font = smallFont();
  const slot = Math.ceil(font.size * 2.6) + 12;
  return {
    type: 'linear',
    min: first - pad,
    max: last + pad,
    grid: { display: false },
    border: { color: LIGHT.axis },
    afterBuildTicks: (axis) => {
      const distance = slot / Math.max(axis.width / (last - first + 2 * pad), Number.EPSILON);
      const ticks = years.length <= 12 ? spaced(years, distance) : roundYears(first, last, distance);
      axis.ticks = ticks.map((value) => ({ value }));
    },
    ticks: {
      color: LIGHT.textMuted,
      font,
      callback: (value) => String(value),
    },
  };
}

const countAxis = () => ({
  type: 'linear',
  beginAtZero: true,
  min: 0,
  grid: { color: LIGHT.grid },
  border: { display: false },
  ticks: {
    color: LIGHT.textMuted,
    font: smallFont(),
    precision: 0,
    maxTicksLimit: tickLimit(36, 3, 6),
    callback: (value) => numbers.format(Number(value)),
  },
});

const unmeasured = (segment) => (segment.p1.parsed.x ?? 0) - (segment.p0.parsed.x ?? 0) > 1;

/** The line chart <homeless-trend> draws (no markers: the data is given), with `category` the naive variant. */
export function plainConfig(points, plugins, { animate = false, category = false } = {}) {
  const many = points.length > MANY_POINTS;
  const years = points.map((point) => point.year);
  const dataset = {
    label: 'Personer i hemlöshet',
    borderColor: LIGHT.series,
    backgroundColor: LIGHT.series,
    borderWidth: many ? 1.5 : 3,
    pointRadius: many ? 0 : 5,
    pointHoverRadius: many ? 4 : 7,
    pointStyle: 'circle',
  };
  const common = {
    responsive: false,
    maintainAspectRatio: false,
    locale: 'sv-SE',
    color: LIGHT.text,
    ...(animate ? {} : { animation: false }),
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    layout: { padding: { top: 8, right: 8 } },
  };
  if (category) {
    // What a page would write without our levers: labels and values, a category axis, parsing on.
    return {
      type: 'line',
      data: { labels: years.map(String), datasets: [{ ...dataset, data: points.map((point) => point.value) }] },
      options: {
        ...common,
        plugins: { legend: { display: false } },
        scales: {
          x: { type: 'category', grid: { display: false }, ticks: { color: LIGHT.textMuted, font: smallFont() } },
          y: countAxis(),
        },
      },
      plugins,
    };
  }
  return {
    type: 'line',
    data: {
      datasets: [
        {
          ...dataset,
          data: points.map((point) => ({ x: point.year, y: point.value })),
          // As ours: segment styles only where some years were not measured.
          ...(years.some((year, index) => index > 0 && year - years[index - 1] > 1)
            ? {
                segment: {
                  borderColor: (segment) => (unmeasured(segment) ? LIGHT.unmeasured : undefined),
                  borderDash: (segment) => (unmeasured(segment) ? [6, 5] : undefined),
                },
              }
            : {}),
        },
      ],
    },
    options: {
      ...common,
      parsing: false,
      normalized: true,
      plugins: { legend: { display: false }, decimation: { enabled: many, algorithm: 'min-max' } },
      scales: { x: yearAxis(years), y: countAxis() },
    },
    plugins,
  };
}

// ---- the benchmark steps ----

const cells = () => document.getElementById('charts');
const state = { charts: [], elements: [], size: null };

/** Resolves when `n` distinct elements have sent `chart-render` (it bubbles and is composed). */
function rendersOf(n) {
  return new Promise((resolve) => {
    const seen = new Set();
    const listener = (event) => {
      seen.add(event.target);
      if (seen.size < n) return;
      document.removeEventListener('chart-render', listener);
      resolve();
    };
    document.addEventListener('chart-render', listener);
  });
}

/** A plugin that counts the first draw of each chart after `reset()`. */
function paintCounter() {
  let pending = new Set();
  let done = () => {};
  let target = 0;
  return {
    reset(n) {
      pending = new Set();
      target = n;
      return new Promise((resolve) => (done = resolve));
    },
    plugin: {
      id: 'bench-painted',
      afterRender(chart) {
        pending.add(chart);
        if (pending.size === target) done();
      },
    },
  };
}
const counter = paintCounter();

export async function ready() {
  if (!lib.startsWith('plain')) await customElements.whenDefined('homeless-trend');
  if (lib !== 'ours')
    await new Promise((resolve) => (window.Chart ? resolve() : window.addEventListener('plain-ready', resolve)));
}

/** The size ours gives its canvas in a cell: plain canvases get the same fixed size. */
export async function probeSize() {
  const element = oursElement(makePoints(2));
  const rendered = rendersOf(1);
  cells().append(element.parentElement);
  await rendered;
  const { width, height } = element.chart;
  element.parentElement.remove();
  return { width, height };
}

/** An eager <homeless-trend> in a cell (not yet in the page). */
function oursElement(points) {
  const cell = document.createElement('div');
  cell.className = 'cell';
  const element = document.createElement('homeless-trend');
  element.setAttribute('eager', '');
  element.data = points;
  cell.append(element);
  return element;
}

function plainCanvas(size) {
  const cell = document.createElement('div');
  cell.className = 'cell';
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  cell.append(canvas);
  cells().append(cell);
  return canvas;
}

/** Creates `n` charts of `length` points; resolves with the milliseconds until all are painted. */
export async function create({ n, length, size, category = false }) {
  const points = makePoints(length);
  state.points = points;
  const painted = watchFrames();
  const start = performance.now();
  if (lib === 'ours') {
    const rendered = rendersOf(n);
    for (let index = 0; index < n; index++) {
      const element = oursElement(points);
      cells().append(element.parentElement);
      state.elements.push(element);
    }
    await rendered;
  } else {
    const rendered = counter.reset(n);
    for (let index = 0; index < n; index++)
      state.charts.push(new window.Chart(plainCanvas(size), plainConfig(points, [counter.plugin], { category })));
    await rendered;
  }
  await painted();
  return performance.now() - start;
}

/** Gives every chart new values (each +1); resolves with the milliseconds until all are painted again. */
export async function update() {
  const points = state.points.map((point) => ({ year: point.year, value: point.value + 1 }));
  const painted = watchFrames();
  const start = performance.now();
  if (lib === 'ours') {
    const rendered = rendersOf(state.elements.length);
    for (const element of state.elements) element.data = points;
    await rendered;
  } else {
    const rendered = counter.reset(state.charts.length);
    for (const chart of state.charts) {
      chart.data.datasets[0].data = points.map((point) => ({ x: point.year, y: point.value }));
      chart.update();
    }
    await rendered;
  }
  await painted();
  return performance.now() - start;
}

/** Ours and plain drawn side by side in one page: the share of pixels that differ (0 when the same). */
export async function compare({ length, size }) {
  const points = makePoints(length);
  const element = oursElement(points);
  const rendered = rendersOf(1);
  cells().append(element.parentElement);
  await rendered;
  // Our own drawings (value labels, markers) are features plain Chart.js does not have: hidden for the check.
  const { plugins } = element.chart.options;
  if (plugins.ncValueLabels) plugins.ncValueLabels.labels = [];
  if (plugins.ncMarkers) plugins.ncMarkers.lines = [];
  element.chart.update();
  const canvas = plainCanvas(size);
  const chart = new window.Chart(canvas, plainConfig(points, []));
  const ours = element.shadowRoot.querySelector('canvas');
  const read = (source) => source.getContext('2d').getImageData(0, 0, size.width, size.height).data;
  const [a, b] = [read(ours), read(canvas)];
  let differ = 0;
  let inked = 0;
  for (let index = 0; index < a.length; index += 4) {
    if (a[index + 3] > 0) inked++;
    if (
      Math.abs(a[index] - b[index]) + Math.abs(a[index + 1] - b[index + 1]) + Math.abs(a[index + 2] - b[index + 2]) >
      24
    )
      differ++;
  }
  const ticks = (c) => ['x', 'y'].map((axis) => c.scales[axis].ticks.map((tick) => tick.label).join(' '));
  const result = {
    ours: { width: ours.width, height: ours.height, ticks: ticks(element.chart), area: element.chart.chartArea },
    plain: { width: canvas.width, height: canvas.height, ticks: ticks(chart), area: chart.chartArea },
    differentPixels: differ / (a.length / 4),
    inked: inked / (a.length / 4),
    images: { ours: ours.toDataURL(), plain: canvas.toDataURL() },
  };
  chart.destroy();
  element.parentElement.remove();
  canvas.parentElement.remove();
  return result;
}

/** The lazy page's plain variant: every chart created at once, as a page without lazy drawing does. */
export function createAllPlain(size, nearOnly = false) {
  const points = makePoints(2);
  const plugin = { id: 'bench-log', afterRender: () => window.benchLog.render() };
  const draw = (canvas) => {
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    new window.Chart(canvas, plainConfig(points, [plugin]));
  };
  const canvases = document.querySelectorAll('#charts canvas');
  if (!nearOnly) {
    canvases.forEach(draw);
    return;
  }
  // As ours: drawn when within 200 px of the viewport.
  const observer = new window.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target);
      }
    },
    { rootMargin: '200px 0px' },
  );
  canvases.forEach((canvas) => observer.observe(canvas));
}
