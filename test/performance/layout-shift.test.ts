import { expect } from '@open-wc/testing';

/**
 * Cumulative Layout Shift of a page of 10 components loaded from the built bundle with the script at the
 * end of the body, as a web editor pastes them. Each page is an iframe, so it starts with nothing defined.
 * The page records every `layout-shift` entry from its first paint (a buffered PerformanceObserver set up
 * in <head>) until all its charts in view have drawn (each has sent `chart-render`, recorded from <head> on,
 * as the canvas's default 300 px width says nothing) and two more frames have passed.
 */
interface Page {
  /** Stylesheet linked in <head>. */
  css: boolean;
  /** The components, each after a heading and a paragraph; by default COMPONENTS. */
  components?: readonly string[];
  /**
   * How the bundle arrives: as the last element of <body>, or only after the page has painted — as over
   * a slow network, the case that shifts the most.
   */
  script: 'end-of-body' | 'after-first-paint';
}

interface Shifts {
  total: number;
  count: number;
  /** Charts in view that have drawn. */
  drawn: number;
}

const TEXT =
  'Norrköpings kommun följer hemlösheten år för år. Siffrorna kommer från Socialstyrelsens kartläggning och ' +
  'från kommunens eget arbete med Bostad först och vräkningsförebyggande stöd.';

const COMPONENTS = [
  '<key-figure></key-figure>',
  '<homeless-trend></homeless-trend>',
  '<prevention-stats></prevention-stats>',
  '<homeless-trend type="bar" heading="Hemlösa per år"></homeless-trend>',
  '<key-figure value="473" unit="personer" period="2023" heading="Hemlösa 2023"></key-figure>',
  `<prevention-stats><table><tr><th>År</th><th>Familjer</th><th>Barn</th></tr>
    <tr><td>2022</td><td>48</td><td>97</td></tr><tr><td>2023</td><td>53</td><td>109</td></tr></table></prevention-stats>`,
  `<homeless-trend data='{"2011":617,"2017":814,"2023":473}'></homeless-trend>`,
  '<key-figure change="-12" period="2021–2022"></key-figure>',
  '<homeless-trend lang="en"></homeless-trend>',
  '<prevention-stats lang="en"></prevention-stats>',
];

function pageHtml({ css, script, components = COMPONENTS }: Page): string {
  const body = components
    .map((component, index) => `<h2>Avsnitt ${index + 1}</h2><p>${TEXT}</p>${component}`)
    .join('\n');
  const load =
    script === 'end-of-body'
      ? '<script type="module" src="/dist/norrkoping-charts.js"></script>'
      : `<script>
          requestAnimationFrame(() => setTimeout(() => {
            const bundle = document.createElement('script');
            bundle.type = 'module';
            bundle.src = '/dist/norrkoping-charts.js';
            document.body.append(bundle);
          }, 200));
        </script>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">
    <style>body { margin: 16px; font: 16px/1.5 'DejaVu Sans', sans-serif; max-width: 700px; }</style>
    ${css ? '<link rel="stylesheet" href="/dist/norrkoping-charts.css">' : ''}
    <script>
      window.__shifts = { total: 0, count: 0 };
      window.__rendered = new Set();
      document.addEventListener('chart-render', (event) => window.__rendered.add(event.target));
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.__shifts.total += entry.value;
          window.__shifts.count += 1;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    </head><body>${body}${load}</body></html>`;
}

type ShiftWindow = Window & { __shifts: { total: number; count: number }; __rendered: Set<EventTarget> };

const frame = (win: Window): Promise<void> => new Promise((resolve) => win.requestAnimationFrame(() => resolve()));

async function layoutShift(page: Page): Promise<Shifts> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 900px; border: 0';
  iframe.srcdoc = pageHtml(page);
  document.body.append(iframe);
  try {
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const win = iframe.contentWindow as ShiftWindow;
    const tags = ['homeless-trend', 'prevention-stats', 'key-figure'];
    await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
    // The charts in view: those whose top is inside the frame's viewport (fetching `src`, once they have drawn).
    const inView = [...win.document.querySelectorAll<HTMLElement>('homeless-trend, prevention-stats')].filter(
      (element) => element.getBoundingClientRect().top < win.innerHeight,
    );
    // Drawn: the chart has sent `chart-render` (after Chart.js's draw), which bubbles out of the shadow root.
    const drawn = (element: HTMLElement): boolean => win.__rendered.has(element);
    const deadline = performance.now() + 8000;
    while (!inView.every(drawn) && performance.now() < deadline) await frame(win);
    await frame(win);
    await frame(win);
    const { total, count } = win.__shifts;
    return { total, count, drawn: inView.filter(drawn).length };
  } finally {
    iframe.remove();
  }
}

describe('layout shift', () => {
  it('is 0 for 10 components with the script at the end of the body and the stylesheet in <head>', async () => {
    const shifts = await layoutShift({ css: true, script: 'end-of-body' });
    expect(shifts.drawn, 'charts in view drawn').to.be.greaterThan(0);
    expect(shifts.total).to.equal(0);
  });

  it('is 0 when the script arrives only after the page has painted (slow network)', async () => {
    const shifts = await layoutShift({ css: true, script: 'after-first-paint' });
    expect(shifts.drawn, 'charts in view drawn').to.be.greaterThan(0);
    expect(shifts.total).to.equal(0);
  });

  it('is 0 while figures from src arrive: the text around the chart keeps its room meanwhile', async () => {
    const slow = (body: string): string => `/__test__/slow.json?ms=400&body=${encodeURIComponent(body)}`;
    const shifts = await layoutShift({
      css: true,
      script: 'end-of-body',
      components: [
        `<homeless-trend src="${slow('{"2011":617,"2017":814,"2023":473}')}"></homeless-trend>`,
        `<prevention-stats src="${slow('[{"year":2024,"families":61,"children":130}]')}"></prevention-stats>`,
        `<homeless-trend type="bar" lang="en" src="${slow('{"2017":814,"2023":473}')}"></homeless-trend>`,
      ],
    });
    expect(shifts.drawn, 'charts in view drawn').to.be.greaterThan(0);
    expect(shifts.total).to.equal(0);
  });

  it('is measured: without the stylesheet a late script moves the page', async () => {
    const shifts = await layoutShift({ css: false, script: 'after-first-paint' });
    expect(shifts.total).to.be.greaterThan(0.01);
  });
});
