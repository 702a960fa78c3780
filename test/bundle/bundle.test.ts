import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { drawnByItself } from '../helpers.js';

/**
 * The built bundles, as a web editor uses them: a page that holds only the script tag and a bare tag.
 * Each page is an iframe, so that it starts with no tags defined.
 */
interface PageResult {
  errors: string[];
  document: Document;
}

async function page(body: string): Promise<PageResult> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '900px';
  const recorder = `<script>
    window.__errors = [];
    addEventListener('error', (event) => __errors.push(String(event.message)));
    const original = console.error;
    console.error = (...args) => { __errors.push(args.join(' ')); original(...args); };
  </script>`;
  frame.srcdoc = `<!doctype html><html lang="sv"><head><meta charset="utf-8">${recorder}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const frameWindow = frame.contentWindow as (Window & { __errors: string[] }) | null;
  if (!frameWindow) throw new Error('no iframe window');
  return { errors: frameWindow.__errors, document: frameWindow.document };
}

/** Waits until every chart component in the document has drawn by itself (see drawnByItself). */
async function allDrawn(doc: Document, tags = ['homeless-trend', 'prevention-stats']): Promise<void> {
  await Promise.all(tags.flatMap((tag) => Array.from(doc.querySelectorAll(tag), (element) => drawnByItself(element))));
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 8000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What these tests read of a Chart.js instance made by the bundle (its own copy of Chart.js, untyped here). */
interface MinifiedChart {
  getDatasetMeta(index: number): { data: { x: number; y: number; base?: number }[] };
}

const headingOf = (doc: Document, tag: string): string =>
  doc.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]')?.textContent ?? '';

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('the self-contained bundles', () => {
  it('render <homeless-trend> from the ES module with no console errors', async () => {
    const { errors, document: doc } = await page(
      '<script type="module" src="/dist/norrkoping-charts.js"></script><homeless-trend></homeless-trend>',
    );
    await allDrawn(doc);
    expect(headingOf(doc, 'homeless-trend')).to.equal('Hemlösheten i Norrköping');
    const chart = (
      doc.querySelector('homeless-trend') as HTMLElement & { chart: { data: { datasets: { data: unknown }[] } } }
    ).chart;
    expect(chart.data.datasets[0]!.data).to.deep.equal([
      { x: 2017, y: 814 },
      { x: 2023, y: 473 },
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('render <homeless-trend> from the classic script with no console errors', async () => {
    const { errors, document: doc } = await page(
      '<script src="/dist/norrkoping-charts.iife.js"></script><homeless-trend></homeless-trend>',
    );
    await allDrawn(doc);
    expect(headingOf(doc, 'homeless-trend')).to.equal('Hemlösheten i Norrköping');
    expect(errors).to.deep.equal([]);
  });

  it('render all three components from one script tag', async () => {
    const { errors, document: doc } = await page(
      '<script src="/dist/norrkoping-charts.iife.js"></script>' +
        '<homeless-trend></homeless-trend><prevention-stats></prevention-stats><key-figure></key-figure>',
    );
    await allDrawn(doc);
    expect(headingOf(doc, 'prevention-stats')).to.equal('Vräkningsförebyggande arbete');
    expect(headingOf(doc, 'key-figure')).to.equal('Behovet av jourboende');
    expect(errors).to.deep.equal([]);
  });

  // The minifier's options assume that no property is read for an effect (rollup.config.mjs): these are the
  // paths of Chart.js and ours that the other tests run only unminified.
  for (const [kind, script] of [
    ['ES', '<script type="module" src="/dist/norrkoping-charts.js"></script>'],
    ['classic', '<script src="/dist/norrkoping-charts.iife.js"></script>'],
  ])
    for (const tag of ['homeless-trend', 'prevention-stats'])
      it(`<${tag}>: the pointer, keys, an animated theme change and new data work minified (${kind})`, async () => {
        const { errors, document: doc } = await page(`${script}<${tag} eager></${tag}>`);
        await allDrawn(doc, [tag]);
        const element = doc.querySelector<HTMLElement & { chart: MinifiedChart }>(tag)!;
        const root = element.shadowRoot!;
        const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
        const canvas = root.querySelector('canvas')!;

        const last = element.chart.getDatasetMeta(0).data.at(-1)!;
        const frame = document.querySelector('iframe')!.getBoundingClientRect();
        const box = canvas.getBoundingClientRect();
        await sendMouse({
          type: 'move',
          // On the point, or halfway down the bar.
          position: [
            Math.round(frame.left + box.left + last.x),
            Math.round(frame.top + box.top + (last.y + (last.base ?? last.y)) / 2),
          ],
        });
        await waitFor(() => !tooltip.hidden, "the pointer's tooltip");
        expect(tooltip.textContent).to.match(/2023/);
        doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(tooltip.hidden, 'Escape hides it').to.equal(true);
        await resetMouse();

        const plot = root.querySelector<HTMLElement>('.chart')!;
        plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        await waitFor(() => !tooltip.hidden, "the keyboard's tooltip");
        expect(tooltip.textContent).to.match(/^20(17|23)/);

        // Not reduced motion: the chart animates (its colours change at once: src/core/chart-options.ts).
        const before = canvas.toDataURL();
        element.setAttribute('theme', 'dark');
        await waitFor(() => canvas.toDataURL() !== before, 'drawn in the dark theme');
        const [data, shown] =
          tag === 'homeless-trend'
            ? ['{"2017":800,"2023":400}', '400']
            : ['[{"year":2023,"families":5,"children":9}]', '9 barn'];
        element.setAttribute('data', data);
        await waitFor(() => (root.querySelector('[part="summary"]')?.textContent ?? '').includes(shown), 'new data');
        expect(errors).to.deep.equal([]);
      });

  it('leave no global variable behind: the classic script only defines the tags', async () => {
    const { document: doc } = await page('<script src="/dist/norrkoping-charts.iife.js"></script>');
    const frameWindow = doc.defaultView!;
    expect(frameWindow.customElements.get('homeless-trend')).to.not.equal(undefined);
    expect('NorrkopingCharts' in frameWindow).to.equal(false);
  });

  it("start with Chrome's compile hint, so that their functions compile off the main thread", async () => {
    // rollup.config.mjs: without it a page of one chart spends a third more time on its main thread.
    for (const file of ['norrkoping-charts.js', 'norrkoping-charts.iife.js']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text.split('\n', 1)[0], file).to.equal('//# allFunctionsCalledOnLoad');
    }
  });

  it("carry of Chart.js's easing functions only the one the charts animate with, and its fallback", async () => {
    // rollup.config.mjs onlyDefaultEasing: the other 28 are 0.5 KiB gzip that nothing in a page can name.
    for (const file of ['norrkoping-charts.js', 'norrkoping-charts.iife.js']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text, file).to.match(/\{linear:\w+=>\w+,easeOutQuart:\w+=>/);
      expect(text, file).to.not.contain('easeInOutBounce');
    }
  });

  it('carry only the paths of Chart.js the charts take: no other point shapes, curves or canvases', async () => {
    // scripts/bundle/only-reachable-chart-js.mjs: 7.7 KiB gzip of code no option of ours reaches.
    for (const file of ['norrkoping-charts.js', 'norrkoping-charts.iife.js']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      for (const name of ['crossRot', 'rectRounded', 'monotone', 'HTMLImageElement', 'OffscreenCanvas'])
        expect(text, `${file}: ${name}`).to.not.contain(name);
    }
  });

  it('may be loaded twice, and as both ES module and classic script, without errors', async () => {
    const { errors, document: doc } = await page(
      '<script src="/dist/norrkoping-charts.iife.js"></script>' +
        '<script src="/dist/norrkoping-charts.iife.js"></script>' +
        '<script type="module" src="/dist/norrkoping-charts.js"></script>' +
        '<script type="module" src="/dist/norrkoping-charts.js?second-copy"></script>' +
        '<homeless-trend></homeless-trend><prevention-stats></prevention-stats>',
    );
    await allDrawn(doc);
    // Let the module scripts, which run after the classic ones, finish.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors).to.deep.equal([]);
    expect(headingOf(doc, 'homeless-trend')).to.equal('Hemlösheten i Norrköping');
  });

  it('upgrade tags written before the script, with a table parsed after the upgrade', async () => {
    const { errors, document: doc } = await page(
      '<script src="/dist/norrkoping-charts.iife.js"></script>' +
        '<homeless-trend><table><tr><th>År</th><th>Antal</th></tr><tr><td>2017</td><td>814</td></tr>' +
        '<tr><td>2023</td><td>400</td></tr></table></homeless-trend>',
    );
    await allDrawn(doc);
    const element = doc.querySelector('homeless-trend') as HTMLElement & {
      chart: { data: { datasets: { data: unknown }[] } };
    };
    expect(element.chart.data.datasets[0]!.data).to.deep.equal([
      { x: 2017, y: 814 },
      { x: 2023, y: 400 },
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('show Swedish right from the classic script on a page in ISO-8859-1, which reads it in that encoding', async () => {
    // A module is always read as UTF-8; a classic script in the page's encoding, unless it is all ASCII.
    const bytes = new Uint8Array(await (await fetch('/dist/norrkoping-charts.iife.js')).arrayBuffer());
    expect(
      bytes.findIndex((byte) => byte > 0x7f),
      'the first byte outside ASCII',
    ).to.equal(-1);
    const script = new URL('/dist/norrkoping-charts.iife.js', location.href).href;
    const html = `<!doctype html><html lang="sv"><body><homeless-trend></homeless-trend><script src="${script}"></script>`;
    const frame = document.createElement('iframe');
    frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=iso-8859-1' }));
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    expect(doc.characterSet).to.equal('windows-1252');
    const root = doc.querySelector('homeless-trend')!.shadowRoot!;
    await waitFor(() => root.querySelector('[part="summary"]') !== null, 'the summary');
    expect(headingOf(doc, 'homeless-trend')).to.equal('Hemlösheten i Norrköping');
    expect(root.querySelector('[part="figure"]')!.textContent).to.contain('\u2212');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('minskade från 814 personer');
  });

  it('show only the message, not the embedded figures, for a mistyped table parsed after the upgrade', async () => {
    const { document: doc } = await page(
      '<script src="/dist/norrkoping-charts.iife.js"></script>' +
        '<homeless-trend heading="Hemlösheten i Linköping" source="Linköpings kommun"><table>' +
        '<tr><th>År</th><th>Antal</th></tr><tr><td>2017</td><td>300</td></tr><tr><td>2023</td><td>250*</td></tr>' +
        '</table></homeless-trend>' +
        '<prevention-stats><script type="application/json">[{"year":2023,"families":"många","children":3}]</script></prevention-stats>',
    );
    for (const tag of ['homeless-trend', 'prevention-stats']) {
      const root = doc.querySelector(tag)!.shadowRoot!;
      await waitFor(() => root.querySelector('[part="error"]') !== null, `${tag} shows its message`);
      expect(root.querySelector('[part="error"]')!.textContent, tag).to.contain('inte ett tal');
      for (const part of ['chart', 'summary', 'table', 'figure', 'source'])
        expect(root.querySelector(`[part="${part}"]`), `${tag} ${part}`).to.equal(null);
    }
  });
});
