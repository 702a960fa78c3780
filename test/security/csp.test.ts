import { expect } from '@open-wc/testing';
import { inChromium, paintedPixels, partText, plainSpaces } from '../helpers.js';
import { settle } from '../validation/mount.js';

/**
 * The self-contained bundle under a strict Content-Security-Policy (no 'unsafe-inline', no
 * 'unsafe-eval'), and with Trusted Types required: fixture pages in test/fixtures, each loaded in a
 * same-origin iframe, with a recorder script (csp-recorder.js) that logs every violation and the
 * Trusted Types policies created.
 */

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly sample: string;
}

interface Record {
  readonly violations: Violation[];
  readonly errors: string[];
  readonly policies: string[];
}

type FrameWindow = Window & { __csp?: Record; eval: (code: string) => unknown };

interface ChartLike extends HTMLElement {
  chart?: { data: { datasets: { data: unknown }[] } };
  updateComplete?: Promise<boolean>;
}

interface Page {
  readonly window: FrameWindow;
  readonly document: Document;
  readonly csp: Record;
}

/** The policy in the meta tag, as the page states it. */
const policyOf = (doc: Document): string =>
  doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';

async function load(path: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '2000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as FrameWindow | null;
  const csp = frameWindow?.__csp;
  if (!frameWindow || !csp) throw new Error(`${path}: the recorder did not run`);
  return { window: frameWindow, document: frameWindow.document, csp };
}

/**
 * Waits until the chart components have drawn by themselves and the key figure has its figure. A chart draws
 * when it comes near the viewport, so one that has not drawn yet is scrolled to, as a reader would. Drawn: its
 * canvas has the size the chart controller gives it when it creates the chart. Reading `chart` here would draw
 * the chart, and hide a bundle that never draws one by itself.
 */
async function allDrawn(doc: Document): Promise<void> {
  const deadline = performance.now() + 8000;
  for (;;) {
    const charts = Array.from(doc.querySelectorAll<ChartLike>('homeless-trend, prevention-stats'));
    const figure = doc.querySelector('key-figure')?.shadowRoot?.querySelector('[part="figure"]');
    const drawn = (element: ChartLike): boolean => Boolean(element.shadowRoot?.querySelector('canvas')?.style.width);
    if (charts.length > 0 && charts.every(drawn) && figure) return;
    charts.find((element) => !drawn(element))?.scrollIntoView({ block: 'center' });
    if (performance.now() > deadline) {
      const missing = charts.filter((element) => !drawn(element));
      const names = missing.map(
        (element) =>
          `<${element.localName}${element.id ? `#${element.id}` : ''}> at ${Math.round(element.getBoundingClientRect().top)} px`,
      );
      throw new Error(`the charts did not draw within 8 s: ${names.join(', ')}${figure ? '' : ', no key figure'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Exercises what renders lazily (the table, an error message, the keyboard's live region) after the first draw. */
async function interact(doc: Document): Promise<void> {
  const own = doc.querySelector<ChartLike>('#own')!;
  const shadow = own.shadowRoot!;
  const show = Array.from(shadow.querySelectorAll('button')).find(
    (button) => button.textContent.trim() === 'Visa tabell',
  );
  if (!show) throw new Error('no "Visa tabell" button');
  show.click();
  const plot = shadow.querySelector<HTMLElement>('[part="chart"]')!;
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
  const trend = doc.querySelector<ChartLike>('homeless-trend:not([id])')!;
  trend.setAttribute('data', '{"2017":814,"2023":"x"}');
  await trend.updateComplete;
  if (!shadow.querySelector('[part="table"]') || !trend.shadowRoot!.querySelector('[part="error"]'))
    throw new Error('the interactions did not render');
  trend.setAttribute('data', '{"2017":814,"2023":473}');
  await trend.updateComplete;
  await settle(3, 100);
}

function expectDrawn(doc: Document): void {
  for (const element of doc.querySelectorAll<ChartLike>('homeless-trend, prevention-stats')) {
    const canvas = element.shadowRoot!.querySelector('canvas')!;
    expect(
      paintedPixels(canvas),
      `<${element.localName}${element.id ? `#${element.id}` : ''}> painted`,
    ).to.be.greaterThan(1000);
  }
  const own = doc.querySelector<ChartLike>('#own')!;
  expect(own.chart!.data.datasets[0]!.data).to.deep.equal([
    { x: 2017, y: 814 },
    { x: 2020, y: null },
    { x: 2023, y: 473 },
  ]);
  expect(partText(own, 'heading')).to.equal('Egna siffror');
  expect(plainSpaces(partText(doc.querySelector('key-figure')!, 'figure'))).to.equal('−37 %, 2022–2023');
  expect(partText(doc.querySelector('prevention-stats')!, 'figure')).to.equal('53 barnfamiljer, 109 barn, 2023');
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('a strict Content-Security-Policy', () => {
  it("draws every component with no violation: default-src 'self'; script-src 'self'; style-src 'self'", async () => {
    const page = await load('/test/fixtures/csp.html');
    expect(policyOf(page.document)).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    await allDrawn(page.document);
    await settle(3, 100);
    expectDrawn(page.document);
    await interact(page.document);
    expect(page.csp.violations).to.deep.equal([]);
    expect(page.csp.errors).to.deep.equal([]);
  });

  it('is in force on that page: eval, an inline script and an inline style are refused and recorded', async () => {
    const page = await load('/test/fixtures/csp.html');
    await allDrawn(page.document);
    expect(() => page.window.eval('1 + 1')).to.throw();
    const script = page.document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    page.document.head.append(script);
    const style = page.document.createElement('style');
    style.textContent = 'body { color: red; }';
    page.document.head.append(style);
    await settle(2, 100);
    expect((page.window as Window & { inlineScriptRan?: boolean }).inlineScriptRan).to.equal(undefined);
    const directives = new Set(page.csp.violations.map((violation) => violation.directive));
    // Chromium and Firefox record the refused eval as well (script-src); WebKit only refuses it.
    directives.delete('script-src');
    expect([...directives].sort()).to.deep.equal(['script-src-elem', 'style-src-elem']);
  });
});

/**
 * `it` for a test of Trusted Types: run where the browser has them (Chromium, and WebKitGTK 2.50 here), skipped
 * where it has none (Firefox ESR 140). Chromium always runs it, so that one without them would fail, not skip.
 */
const withTrustedTypes = (inChromium || 'trustedTypes' in window ? it : it.skip) as Mocha.TestFunction;

describe('a strict Content-Security-Policy with Trusted Types required', () => {
  withTrustedTypes("draws every component with no violation, and creates only the 'lit-html' policy", async () => {
    const page = await load('/test/fixtures/csp-trusted-types.html');
    expect(policyOf(page.document)).to.contain("require-trusted-types-for 'script'");
    await allDrawn(page.document);
    await settle(3, 100);
    expectDrawn(page.document);
    await interact(page.document);
    console.log(`[trusted types] policies created by the bundle: ${JSON.stringify(page.csp.policies)}`);
    expect(page.csp.violations).to.deep.equal([]);
    expect(page.csp.errors).to.deep.equal([]);
    expect(page.csp.policies).to.deep.equal(['lit-html']);
  });

  withTrustedTypes('is in force on that page: a string assigned to innerHTML is refused and recorded', async () => {
    const page = await load('/test/fixtures/csp-trusted-types.html');
    await allDrawn(page.document);
    const div = page.document.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    await settle(2, 100);
    expect(page.csp.violations.map((violation) => violation.directive)).to.deep.equal(['require-trusted-types-for']);
  });
});
