import { expect } from '@open-wc/testing';
import { reduceMotion } from '../helpers.js';
import { $, chartData, framePage, mountBuilder, partText, waitFor, type Charted } from './builder-helpers.js';
import { iframeSnippet } from '../../src/builder/snippet.js';

// These tests load the built pages: dist/embed.html, dist/embed.js and dist/embed-resize.js (`npm run build`).
before(reduceMotion);

before(async () => {
  const script = document.createElement('script');
  script.src = '/dist/embed-resize.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('dist/embed-resize.js did not load: npm run build')));
  });
  document.head.append(script);
  await loaded;
});

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

/** Opens dist/embed.html with the parameters in an iframe of the given width, and waits for its component. */
async function embed(
  params: Record<string, string>,
  width = 640,
): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '100px';
  frame.style.border = '0';
  frame.src = `/dist/embed.html?${new URLSearchParams(params).toString()}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

const drawn = (doc: Document, tag: string): Promise<Charted> =>
  waitFor(() => {
    const element = doc.querySelector<Charted>(tag);
    return element?.chart ? element : undefined;
  }, `<${tag}> in the embed`);

/** Waits until the iframe is as tall as its content says. */
const fitted = (frame: HTMLIFrameElement): Promise<number> =>
  waitFor(() => {
    const body = frame.contentDocument?.body;
    if (!body) return undefined;
    const content = Math.ceil(body.getBoundingClientRect().height);
    return content > 150 && frame.style.height === `${content}px` ? content : undefined;
  }, 'the iframe to take its content height');

describe('iframe embed', () => {
  it('renders a component from the URL parameters, with setAttribute only', async () => {
    const { doc } = await embed({
      component: 'homeless-trend',
      lang: 'en',
      type: 'bar',
      heading: '<img src=x onerror="window.__hacked=1">Homeless',
      source: 'Socialstyrelsen',
      'source-url': 'javascript:alert(1)',
      data: '[{"year":2017,"value":814},{"year":2023,"value":473}]',
      markers: '[{"date":"2022-05"}]',
      onclick: 'alert(1)',
      value: '5',
    });
    const element = await drawn(doc, 'homeless-trend');
    expect(chartData(element.chart)).to.deep.include({ type: 'bar', labels: ['2017', '2023'] });
    expect(element.chart!.data.datasets[0]!.data).to.deep.equal([814, 473]);
    expect(partText(element, 'heading')).to.equal('<img src=x onerror="window.__hacked=1">Homeless');
    expect(element.getAttributeNames().sort()).to.deep.equal(['data', 'heading', 'lang', 'markers', 'source', 'type']);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect((frameWindow(doc) as { __hacked?: number }).__hacked).to.equal(undefined);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('<img src=x onerror="window.__hacked=1">Homeless');
  });

  it('is given a height in its snippet that fits each component in a 360 to 640 px column, without embed-resize.js', async () => {
    for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'] as const) {
      const snippet = iframeSnippet({ tag, attributes: [], table: null }, '/dist', 'Diagram');
      const height = Number(/ height="(\d+)"/.exec(snippet)?.[1]);
      for (const width of [360, 640]) {
        const { doc } = await embed({ component: tag }, width);
        await waitFor(() => doc.querySelector(tag)?.shadowRoot?.querySelector('[part="source"]'), `<${tag}> shown`);
        const content = Math.ceil(
          doc.body.getBoundingClientRect().bottom + Number.parseFloat(getComputedStyle(doc.body).marginBottom),
        );
        expect(content, `<${tag}> ${width} px wide`)
          .to.be.at.most(height)
          .and.above(height - 160);
      }
    }
  });

  it('sizes the plot from its width alone, so that the iframe takes its height at once', async () => {
    // Inside the iframe the screen is the iframe: a plot at most the screen's height (as on a page) would
    // grow with each height embed-resize.js gives the iframe, and report a new height each time.
    const reports: { source: MessageEventSource | null; height: number }[] = [];
    const listener = (event: MessageEvent<{ height?: number }>): void => {
      if (event.data.height !== undefined) reports.push({ source: event.source, height: event.data.height });
    };
    window.addEventListener('message', listener);
    try {
      const { frame, doc } = await embed({ component: 'homeless-trend' }, 640);
      const element = await drawn(doc, 'homeless-trend');
      const height = await fitted(frame);
      for (let frames = 0; frames < 5; frames++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const plot = element.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(plot.height).to.be.closeTo((plot.width * 9) / 16, 1);
      // Its own reports (an iframe of the test before may still have one on its way), but for 0, which it
      // reports before the component has rendered and embed-resize.js ignores.
      const heights = reports
        .filter(({ source, height }) => source === frame.contentWindow && height > 0)
        .map((report) => report.height);
      expect(heights, 'the heights the iframe reported').to.deep.equal([height]);
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('shows no component for an unknown one', async () => {
    const { doc } = await embed({ component: 'script', heading: 'x' });
    expect(doc.querySelector('main')!.children).to.have.length(1);
    expect(doc.querySelector('main > p')!.textContent).to.contain('Unknown component');
  });

  it('reports its height to the parent on load and on every resize, and embed-resize.js fits the iframe', async () => {
    const messages: unknown[] = [];
    const listener = (event: MessageEvent): void => void messages.push(event.data);
    window.addEventListener('message', listener);
    try {
      const { frame, doc } = await embed({ component: 'prevention-stats' }, 640);
      await drawn(doc, 'prevention-stats');
      const wide = await fitted(frame);
      expect(messages).to.deep.include({ type: 'norrkoping-charts:height', height: wide });
      frame.style.width = '360px';
      const narrow = await waitFor(() => {
        const content = Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
        return content !== wide && frame.style.height === `${content}px` ? content : undefined;
      }, 'the iframe to take its new height after a resize');
      expect(narrow).to.not.equal(wide);
      expect(messages).to.deep.include({ type: 'norrkoping-charts:height', height: narrow });
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('renders the chart the builder previewed from its iframe snippet, fitted by embed-resize.js', async () => {
    const builder = await mountBuilder();
    $<HTMLInputElement>(builder, '#kind-iframe').click();
    await builder.updateComplete;
    const snippet = $<HTMLTextAreaElement>(builder, '#output').value;
    const { frame, doc } = await framePage(snippet, 700);
    // The snippet's iframe loads lazily: as a reader scrolls to it.
    frame.scrollIntoView();
    const inner = await waitFor(() => doc.querySelector('iframe') ?? undefined, 'the iframe of the snippet');
    const element = await waitFor(() => {
      const found = inner.contentDocument?.querySelector<Charted>('homeless-trend');
      return found?.chart ? found : undefined;
    }, 'the embedded chart');
    const preview = builder.preview as Charted;
    expect(chartData(element.chart)).to.deep.equal(chartData(preview.chart));
    expect(partText(element, 'heading')).to.equal(partText(preview, 'heading'));
    expect(partText(element, 'summary')).to.equal(partText(preview, 'summary'));
    await fitted(inner);
  });
});

function frameWindow(doc: Document): Window {
  return doc.defaultView!;
}
