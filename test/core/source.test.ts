import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearSourceCache, loadSource, MAX_SOURCE_BYTES } from '../../src/core/source-loader.js';
import { dataError, nextFrame, partText, plainSpaces, reduceMotion, rendered, renderChart } from '../helpers.js';
import type { TemplateResult } from 'lit';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);
beforeEach(clearSourceCache);

const EXPECTED = [
  { x: 2011, y: 1200 },
  { x: 2017, y: 814 },
  { x: 2023, y: 473 },
];
const points = (element: HomelessTrend): unknown => element.chart?.data.datasets[0]?.data;
const unique = (): string => Math.random().toString(36).slice(2);

/** The parts a reader sees: laid out, and not hidden by `visibility`. */
const seenParts = (element: HTMLElement): string[] =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part]')]
    .filter((part) => part.checkVisibility({ visibilityProperty: true }) && part.getBoundingClientRect().height > 0)
    .map((part) => part.getAttribute('part')!);

async function withError(element: HTMLElement): Promise<{ code: string; message: string }> {
  const error = dataError(element);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.append(element);
  return (await error).detail;
}

const trendWithSrc = (src: string, attributes: Record<string, string> = {}): HomelessTrend => {
  const element = document.createElement('homeless-trend');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', src);
  return element;
};

describe('src', () => {
  it('reads JSON', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend src="/test/fixtures/trend.json"></homeless-trend>`,
    );
    expect(points(element)).to.deep.equal(EXPECTED);
    expect(partText(element, 'source')).to.equal('', 'no embedded source for fetched data');
  });

  it('reads CSV with semicolons and Swedish numbers', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend src="/test/fixtures/trend.csv"></homeless-trend>`,
    );
    expect(points(element)).to.deep.equal(EXPECTED);
  });

  it('reads CSV for <prevention-stats>', async () => {
    const element = await renderChart<PreventionStats>(
      html`<prevention-stats src="/test/fixtures/prevention.csv"></prevention-stats>`,
    );
    expect(element.chart?.data.datasets.map((dataset) => dataset.data)).to.deep.equal([
      [47, 53],
      [97, 109],
    ]);
  });

  describe('the encoding of a CSV file', () => {
    const MEASURED = [
      { x: 2017, y: 814 },
      { x: 2020, y: 1073 },
      { x: 2023, y: 473 },
    ];

    /** The points drawn from `src`; fails with the message when the element shows an error instead. */
    async function pointsFrom(src: string): Promise<unknown> {
      const element = trendWithSrc(src);
      const outcome = Promise.race([
        rendered(element).then(() => 'drawn'),
        dataError(element).then((event) => event.detail.message),
      ]);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      wrapper.append(element);
      expect(await outcome).to.equal('drawn');
      return points(element);
    }

    // Served by test-server.mjs as it is on disk: the dev server's own file serving decodes text files as UTF-8.
    it('reads a file saved by Swedish Excel (Windows-1252), though the server calls it UTF-8', async () => {
      const type = encodeURIComponent('text/csv; charset=utf-8');
      const src = `/__test__/typed?file=trend-windows-1252.csv&type=${type}&x=${unique()}`;
      expect(await pointsFrom(src)).to.deep.equal(MEASURED);
    });

    it('reads it under a content type with no charset too', async () => {
      const src = `/__test__/typed?file=trend-windows-1252.csv&type=text/csv&x=${unique()}`;
      expect(await pointsFrom(src)).to.deep.equal(MEASURED);
    });
  });

  it('tells JSON from CSV by the extension, then by the first character, when the content type does not', async () => {
    const csv = await renderChart<HomelessTrend>(
      html`<homeless-trend
        src=${`/__test__/plain?x=${unique()}&body=${encodeURIComponent('2017,814\n2023,473')}`}
      ></homeless-trend>`,
    );
    expect(points(csv)).to.deep.equal([
      { x: 2017, y: 814 },
      { x: 2023, y: 473 },
    ]);
    const json = await renderChart<HomelessTrend>(
      html`<homeless-trend
        src=${`/__test__/plain?body=${encodeURIComponent('{"2017":814,"2023":400}')}`}
      ></homeless-trend>`,
    );
    expect(points(json)).to.deep.equal([
      { x: 2017, y: 814 },
      { x: 2023, y: 400 },
    ]);
    // The extension comes first: figures that would be read by their first character are not.
    const plain = (name: string, body: string) =>
      trendWithSrc(`/__test__/${name}?x=${unique()}&body=${encodeURIComponent(body)}`);
    expect((await withError(plain('plain.json', '2017,814\n2023,473'))).code, '.json').to.equal('NC101');
    for (const name of ['plain.txt', 'PLAIN.CSV']) {
      const detail = await withError(plain(name, '{"2017":814,"2023":400}'));
      expect(detail.code, name).to.not.equal('NC101');
      expect(detail.code, name).to.match(/^NC1\d\d$/);
    }
  });

  it('shows a loading state of the chart’s size, not the embedded figures, while fetching', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const element = trendWithSrc(`/__test__/slow.json?ms=600&x=${unique()}`);
    const drawn = rendered(element);
    wrapper.append(element);
    await element.updateComplete;
    const placeholder = element.shadowRoot!.querySelector<HTMLElement>('.chart-placeholder')!;
    expect(placeholder.textContent.trim()).to.equal('Hämtar siffrorna…');
    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(placeholder.checkVisibility({ visibilityProperty: true }), 'the loading text seen').to.equal(true);
    expect(seenParts(element), 'no default figures meanwhile').to.deep.equal(['heading', 'chart']);
    const reserved = placeholder.getBoundingClientRect().height;
    await drawn;
    const plot = element.shadowRoot!.querySelector('.chart')!;
    expect(plot.getBoundingClientRect().height).to.equal(reserved);
  });

  describe('the room kept for the text around the chart while fetching', () => {
    const prevention = (body: string) => (): PreventionStats => {
      const element = document.createElement('prevention-stats');
      element.setAttribute('src', `/__test__/slow.json?ms=400&x=${unique()}&body=${encodeURIComponent(body)}`);
      return element;
    };
    const ONE_YEAR = '[{"year":2024,"families":61,"children":130}]';
    const TWO_YEARS = '[{"year":2022,"families":48,"children":97},{"year":2023,"families":53,"children":109}]';
    // Kept from the embedded figures' text: a chart of as many years takes the same room. With several years,
    // <prevention-stats> adds a legend and a sentence naming the years, which are not kept (the room a page
    // would move by without any kept: 190–450 px).
    const cases: [string, () => HomelessTrend | PreventionStats, number][] = [
      ['<homeless-trend>', () => trendWithSrc(`/__test__/slow.json?ms=400&x=${unique()}`), 1],
      ['<prevention-stats> with one year', prevention(ONE_YEAR), 1],
      ['<prevention-stats> with two years', prevention(TWO_YEARS), 80],
    ];
    for (const width of [600, 320])
      for (const [name, make, most] of cases)
        it(`${name} at ${width} px: the height the figures take, none of it seen, heard or focused`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
          const element = make();
          const drawn = rendered(element);
          wrapper.append(element);
          await element.updateComplete;
          const loadingHeight = element.getBoundingClientRect().height;
          expect(seenParts(element)).to.deep.equal(['heading', 'chart']);
          // Hidden by `visibility`, the buttons cannot take the focus, and the text is out of the accessibility tree.
          const buttons = [...element.shadowRoot!.querySelectorAll('button')];
          expect(buttons.length, 'the buttons laid out').to.be.greaterThan(0);
          for (const button of buttons) button.focus();
          expect(element.shadowRoot!.activeElement === null, 'no hidden button focused').to.equal(true);
          await drawn;
          await element.updateComplete;
          expect(seenParts(element)).to.include.members(['figure', 'summary', 'actions']);
          const height = element.getBoundingClientRect().height;
          expect(Math.abs(height - loadingHeight), `${loadingHeight} px loading, ${height} px drawn`).to.be.at.most(
            most,
          );
        });
  });

  it('shows the HTTP status of a missing file (NC112)', async () => {
    const detail = await withError(trendWithSrc('/test/fixtures/missing.json'));
    expect(detail.code).to.equal('NC112');
    expect(detail.message).to.equal(
      'Servern svarade med fel 404 för ”/test/fixtures/missing.json”. Kontrollera adressen.',
    );
  });

  it('refuses an HTML page (NC114)', async () => {
    const detail = await withError(trendWithSrc('/test/fixtures/not-data.html'));
    expect(detail.code).to.equal('NC114');
    // Also one that does not begin with a tag: the server says what it is.
    const typed = await withError(trendWithSrc(`/__test__/typed?file=trend.csv&type=text/html&x=${unique()}`));
    expect(typed.code).to.equal('NC114');
  });

  it('sends the page’s cookies only to its own origin, not to another site’s `src`', async () => {
    const originalFetch = window.fetch.bind(window);
    const credentials: string[] = [];
    window.fetch = (input, init) => {
      credentials.push(new Request(input, init).credentials);
      return originalFetch(input, init);
    };
    try {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend src=${`/test/fixtures/trend.json?x=${unique()}`}></homeless-trend>`,
      );
      expect(points(element)).to.deep.equal(EXPECTED);
      expect(credentials).to.deep.equal(['same-origin']);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('reports a network failure (NC111)', async () => {
    const detail = await withError(trendWithSrc('http://127.0.0.1:9/data.json'));
    expect(detail.code).to.equal('NC111');
    expect(detail.message).to.contain('CORS');
  });

  it('waits the default 10 s for a timeout of 0 or below, which could never be met', async () => {
    for (const timeout of ['0', '-1']) {
      const element = trendWithSrc(`/__test__/slow.json?ms=300&x=${unique()}`, { timeout });
      const outcome = Promise.race([
        rendered(element).then(() => null),
        dataError(element).then(({ detail }) => detail),
      ]);
      await fixture(html`<div style="width: 600px">${element}</div>`);
      expect(await outcome, `timeout="${timeout}"`).to.equal(null);
      expect(points(element)).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
    }
  });

  it('gives up after timeout seconds (NC113)', async () => {
    const started = performance.now();
    const detail = await withError(trendWithSrc(`/__test__/slow.json?ms=5000&x=${unique()}`, { timeout: '0.5' }));
    expect(detail.code).to.equal('NC113');
    expect(performance.now() - started).to.be.below(3000);
  });

  describe('a file larger than 5 MB (NC121)', () => {
    const large = (bytes: number, announce: boolean, key = unique(), pause = 0): string =>
      `/__test__/large.csv?bytes=${bytes}&announce=${announce ? 1 : 0}&key=${key}&pause=${pause}`;

    it('is refused before it is downloaded when the server gives its size', async () => {
      const key = unique();
      // The server sends its first 64 KiB, then waits 2 s: a browser still reading then takes all 50 MB. One
      // that gave up takes what the server had buffered when it found the request gone (1.4 MB under load).
      const detail = await withError(trendWithSrc(large(50 * 2 ** 20, true, key, 2000)));
      expect(detail.code).to.equal('NC121');
      expect(detail.message).to.match(
        /^Filen ”\/__test__\/large\.csv\?.*” är för stor \(50 MB\)\. Diagrammen läser filer på högst 5 MB\.$/,
      );
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const sent = Number(await (await fetch(`/__test__/large-sent?key=${key}`)).text());
      expect(sent, 'bytes the browser took').to.be.below(10 * 2 ** 20);
    });

    it('is refused before it is downloaded when it is a byte larger than 5 MB and the server says so', async () => {
      const key = unique();
      const detail = await withError(trendWithSrc(large(MAX_SOURCE_BYTES + 1, true, key, 2000)));
      expect(detail.code).to.equal('NC121');
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const sent = Number(await (await fetch(`/__test__/large-sent?key=${key}`)).text());
      expect(sent, 'bytes the browser took').to.be.below(MAX_SOURCE_BYTES * 0.8);
    });

    it('is refused when it comes without its size, as a compressing server sends it', async () => {
      const detail = await withError(trendWithSrc(large(MAX_SOURCE_BYTES + 1, false), { lang: 'en' }));
      expect(detail.code).to.equal('NC121');
      expect(detail.message).to.contain('is too large (6 MB). The charts read files of at most 5 MB.');
    });

    it('is read up to 5 MB, with or without its size (here: its years repeat after 9000 rows)', async () => {
      for (const announce of [true, false]) {
        const detail = await withError(trendWithSrc(large(MAX_SOURCE_BYTES, announce)));
        expect(detail.code, `announce: ${announce}`).to.equal('NC105');
        expect(detail.message).to.equal(
          'Året 1000 finns mer än en gång (rad 9001). Ta bort eller rätta en av raderna.',
        );
      }
    });
  });

  it('reports bad data in a fetched file like bad data in an attribute', async () => {
    const body = encodeURIComponent('[{"year":2017,"value":"many"}]');
    const detail = await withError(trendWithSrc(`/__test__/slow.json?body=${body}`));
    expect(detail.code).to.equal('NC103');
  });

  describe('a chart that shows figures, given a src to load', () => {
    const FIRST = '{"2000":1,"2001":2}';
    const NEXT_POINTS = [
      { x: 2005, y: 300 },
      { x: 2015, y: 600 },
    ];
    const json = (body: string, ms = 0): string =>
      `/__test__/slow.json?ms=${ms}&x=${unique()}&body=${encodeURIComponent(body)}`;
    const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

    /** What a reader is shown: the headline figure, the summary, the chart's box, its aria-busy, the message. */
    const seenText = (element: HomelessTrend, part: string): string =>
      seenParts(element).includes(part) ? partText(element, part) : '';
    const shown = (element: HomelessTrend): Record<string, string> => ({
      figure: plainSpaces(seenText(element, 'figure')),
      summary: seenText(element, 'summary'),
      chart: partText(element, 'chart'),
      busy: shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-busy') ?? 'none',
      error: partText(element, 'error'),
    });
    const LOADING = { figure: '', summary: '', chart: 'Hämtar siffrorna…', busy: 'true', error: '' };

    /** A trend drawn from a src with the figures 2000: 1 and 2001: 2, and its plot's height. */
    async function drawnFromFirst(ms = 0): Promise<{ element: HomelessTrend; height: number }> {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend src=${json(FIRST, ms)}></homeless-trend>`);
      await element.updateComplete;
      expect(shown(element).figure, 'the first src’s figures').to.match(/^\+100 % 2000–2001/);
      const height = shadow(element).querySelector('.chart')!.getBoundingClientRect().height;
      return { element, height };
    }

    it('shows the loading state of a first load when src changes, not the earlier figures, until its own come', async () => {
      const { element, height } = await drawnFromFirst();
      element.src = json('{"2005":300,"2015":600}', 800);
      await element.updateComplete;
      expect(shown(element)).to.deep.equal(LOADING);
      expect(points(element) === undefined, 'no chart of the earlier figures').to.equal(true);
      const placeholder = shadow(element).querySelector('.chart-placeholder')!;
      expect(placeholder.getBoundingClientRect().height, 'the chart’s box, kept').to.equal(height);
      await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'the new src is drawn', {
        timeout: 5000,
      });
      await element.updateComplete;
      expect(shown(element).figure).to.match(/^\+100 % 2005–2015/);
      expect(shown(element).summary).to.contain('2015');
      expect(shadow(element).querySelector('.chart-placeholder') === null, 'the loading state gone').to.equal(true);
    });

    it('shows the message alone when the new src fails: the earlier figures are another file’s', async () => {
      const { element } = await drawnFromFirst();
      const error = dataError(element);
      element.src = `/test/fixtures/missing.json?x=${unique()}`;
      await element.updateComplete;
      expect(shown(element)).to.deep.equal(LOADING);
      expect((await error).detail.code).to.equal('NC112');
      await element.updateComplete;
      expect(points(element) === undefined, 'no chart').to.equal(true);
      expect(shown(element)).to.deep.include({ figure: '', summary: '', chart: '', busy: 'none' });
      expect(shown(element).error).to.match(/^Diagrammet kan inte visas\. Servern svarade med fel 404/);
      // As when the first src fails: no figures to say it over.
      expect(shadow(element).querySelector('[part="error"]')!.parentElement!.getAttribute('role')).to.equal('alert');
    });

    describe('keyboard focus in the chart', () => {
      /** The part of the element that has the focus, if the focus is in the element. */
      const focusedPart = (element: HomelessTrend): string | null =>
        document.activeElement === element ? (shadow(element).activeElement?.getAttribute('part') ?? 'none') : null;

      it('stays in the chart’s place while a new src loads, and is on the new plot once it is drawn', async () => {
        const { element } = await drawnFromFirst();
        shadow(element).querySelector<HTMLElement>('.chart')!.focus();
        element.src = json('{"2005":300,"2015":600}', 800);
        await element.updateComplete;
        expect(shown(element)).to.deep.equal(LOADING);
        expect(focusedPart(element), 'the loading box has the focus').to.equal('chart');
        const placeholder = shadow(element).activeElement!;
        expect(placeholder.classList.contains('chart-placeholder')).to.equal(true);
        expect(getComputedStyle(placeholder).outlineStyle, 'the focus is seen (2.4.7)').to.equal('solid');
        await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'the new src is drawn', {
          timeout: 5000,
        });
        expect(focusedPart(element), 'the new plot has the focus').to.equal('chart');
        expect(shadow(element).activeElement!.getAttribute('role')).to.equal('img');
      });

      it('leaves the loading box no click target once the focus has left it: its tabindex was only to hold it', async () => {
        const { element } = await drawnFromFirst();
        shadow(element).querySelector<HTMLElement>('.chart')!.focus();
        element.src = json('{"2005":300,"2015":600}', 1500);
        await element.updateComplete;
        expect(focusedPart(element), 'the loading box has the focus').to.equal('chart');
        const placeholder = shadow(element).activeElement!;
        const button = document.createElement('button');
        element.after(button);
        button.focus();
        expect(placeholder.hasAttribute('tabindex'), 'a tabindex left').to.equal(false);
        const box = placeholder.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        });
        await resetMouse();
        expect(placeholder.isConnected, 'still loading').to.equal(true);
        expect(focusedPart(element), 'not focused by a click').to.equal(null);
        button.remove();
      });

      it('starts the keys afresh on the new plot: no tooltip of a point of the earlier figures', async () => {
        const { element } = await drawnFromFirst();
        shadow(element).querySelector<HTMLElement>('.chart')!.focus();
        await sendKeys({ press: 'End' });
        const tooltip = shadow(element).querySelector<HTMLElement>('.tooltip')!;
        expect(tooltip.hidden, 'the last point’s tooltip').to.equal(false);
        element.src = json('{"2005":300,"2015":600}', 300);
        await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'the new src is drawn', {
          timeout: 5000,
        });
        await nextFrame();
        const newTooltip = shadow(element).querySelector<HTMLElement>('.tooltip')!;
        expect(newTooltip.hidden, 'no tooltip until a key is pressed').to.equal(true);
        expect(element.chart!.getActiveElements().length, 'no point highlighted').to.equal(0);
        await sendKeys({ press: 'Home' });
        expect(newTooltip.hidden).to.equal(false);
        expect(newTooltip.textContent).to.equal('2005: 300 personer');
      });

      it('is on the message when the new src fails, not sent back to the top of the page', async () => {
        const { element } = await drawnFromFirst();
        shadow(element).querySelector<HTMLElement>('.chart')!.focus();
        const error = dataError(element);
        element.src = `/test/fixtures/missing.json?x=${unique()}`;
        await error;
        await element.updateComplete;
        expect(focusedPart(element)).to.equal('error');
        expect(getComputedStyle(shadow(element).activeElement!).outlineStyle, 'the focus is seen').to.equal('solid');
      });

      /** The chart's button of that name. */
      const button = (element: HomelessTrend, name: string): HTMLElement =>
        [...shadow(element).querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === name)!;

      // While a new src loads, the buttons, the table and the source line are laid out unseen (visibility: hidden):
      // one that kept the focus would lose it to the page's body at the next frame, and until then WebKit let Enter
      // press the unseen button (the table then opened with the new figures).
      const stops: [string, (element: HomelessTrend) => HTMLElement | Promise<HTMLElement>][] = [
        ['the table button', (element) => button(element, 'Visa tabell')],
        ['a download button', (element) => button(element, 'Ladda ner CSV')],
        [
          'the shown table’s box',
          async (element) => {
            button(element, 'Visa tabell').click();
            await element.updateComplete;
            return shadow(element).querySelector<HTMLElement>('.table-wrap')!;
          },
        ],
        [
          'the source link',
          async (element) => {
            element.source = 'SCB';
            element.sourceUrl = 'https://www.scb.se/';
            await element.updateComplete;
            return shadow(element).querySelector<HTMLElement>('[part="source"] a')!;
          },
        ],
        [
          'the pause button',
          async (element) => {
            element.refresh = 60;
            await element.updateComplete;
            return button(element, 'Pausa uppdateringen');
          },
        ],
      ];
      for (const [name, stop] of stops)
        it(`is on the loading box, not on ${name} laid out unseen, while a new src loads; then on the new plot`, async () => {
          const { element } = await drawnFromFirst();
          (await stop(element)).focus();
          const tableShown = (): string | null =>
            shadow(element).querySelector('[aria-controls="data-table"]')!.getAttribute('aria-expanded');
          const before = tableShown();
          element.src = json('{"2005":300,"2015":600}', 800);
          await element.updateComplete;
          expect(focusedPart(element), 'the loading box has the focus').to.equal('chart');
          expect(shadow(element).activeElement!.classList.contains('chart-placeholder')).to.equal(true);
          await nextFrame();
          await nextFrame();
          expect(focusedPart(element), 'and keeps it').to.equal('chart');
          // Not on a link: Enter would follow it.
          if (name.endsWith('button')) await sendKeys({ press: 'Enter' });
          const drawn = (): boolean => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS);
          await waitUntil(drawn, 'the new src is drawn', { timeout: 5000 });
          expect(focusedPart(element), 'the new plot has the focus').to.equal('chart');
          expect(shadow(element).activeElement!.getAttribute('role')).to.equal('img');
          expect(tableShown(), 'the table not opened or closed by an unseen button').to.equal(before);
        });

      it('is on the message when a new src fails, not on the table button laid out unseen while it loaded', async () => {
        const { element } = await drawnFromFirst();
        button(element, 'Visa tabell').focus();
        const error = dataError(element);
        element.src = `/test/fixtures/missing.json?x=${unique()}`;
        await element.updateComplete;
        await nextFrame();
        await nextFrame();
        await error;
        await element.updateComplete;
        expect(focusedPart(element)).to.equal('error');
      });

      it('is left where it is when it is not in the chart', async () => {
        const { element } = await drawnFromFirst();
        const button = document.createElement('button');
        element.after(button);
        button.focus();
        element.src = json('{"2005":300,"2015":600}', 200);
        await element.updateComplete;
        await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'the new src is drawn', {
          timeout: 5000,
        });
        expect(document.activeElement === button, 'the page’s button keeps the focus').to.equal(true);
        button.remove();
      });
    });

    it('shows the loading state, not the embedded figures, when src is set on a chart showing them', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
      expect(partText(element, 'source'), 'the embedded figures').to.contain('Socialstyrelsen');
      element.src = json('{"2005":300,"2015":600}', 800);
      await element.updateComplete;
      expect(shown(element)).to.deep.equal(LOADING);
      expect(seenText(element, 'source'), 'no embedded source').to.equal('');
      expect(partText(element, 'source'), 'nor room for one').to.equal('');
      await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'the new src is drawn', {
        timeout: 5000,
      });
    });

    it('shows the loading state, not the data’s figures, when the data that outranked src goes', async () => {
      const element = await renderChart<HomelessTrend>(
        html`<homeless-trend src=${json('{"2005":300,"2015":600}', 800)} data=${FIRST}></homeless-trend>`,
      );
      expect(shown(element).figure, 'the data’s figures').to.match(/^\+100 % 2000–2001/);
      element.removeAttribute('data');
      await element.updateComplete;
      expect(shown(element)).to.deep.equal(LOADING);
      await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(NEXT_POINTS), 'src is drawn', {
        timeout: 5000,
      });
    });

    it('keeps the chart while the same src is fetched again for a new timeout, as a refresh does', async () => {
      const { element } = await drawnFromFirst(300);
      clearSourceCache();
      element.timeout = 5;
      await element.updateComplete;
      // An update while that request is on its way (it takes 300 ms) reads the input again.
      element.heading = 'Hemlösa';
      await element.updateComplete;
      expect(shown(element).figure).to.match(/^\+100 % 2000–2001/);
      expect(shown(element).busy, 'not busy').to.equal('none');
    });
  });

  it('lets the last src win', async () => {
    const slow = `/__test__/slow.json?ms=800&x=${unique()}&body=${encodeURIComponent('{"2000":1,"2001":2}')}`;
    const last = `/__test__/slow.json?x=${unique()}&body=${encodeURIComponent('{"2005":300,"2015":600}')}`;
    const lastPoints = [
      { x: 2005, y: 300 },
      { x: 2015, y: 600 },
    ];
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend src="/test/fixtures/trend.json"></homeless-trend>`,
    );
    element.src = slow;
    await element.updateComplete;
    element.src = last;
    await waitUntil(() => JSON.stringify(points(element)) === JSON.stringify(lastPoints), 'the last src is drawn', {
      timeout: 5000,
    });
    // The slow src has answered by the time the same request from here does (800 ms after it, not before).
    await fetch(slow);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(points(element)).to.deep.equal(lastPoints);
  });

  it('fetches a URL once for every element on the page', async () => {
    const key = unique();
    const src = `/__test__/counted?key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    // Stacked, the later ones are below the fold: `eager` draws them all the same.
    const elements = [1, 2, 3].map(() => trendWithSrc(src, { eager: '' }));
    const drawn = Promise.all(elements.map(rendered));
    wrapper.append(...elements);
    await drawn;
    const count = (await (await fetch(`/__test__/count?key=${key}`)).json()) as number;
    expect(count).to.equal(1);
    // A later element within the cache time reuses the answer too.
    const late = trendWithSrc(src, { eager: '' });
    const lateDrawn = rendered(late);
    wrapper.append(late);
    await lateDrawn;
    expect((await (await fetch(`/__test__/count?key=${key}`)).json()) as number).to.equal(1);
  });

  it('aborts the request when the element is removed', async () => {
    const originalFetch = window.fetch.bind(window);
    let signal: AbortSignal | undefined;
    window.fetch = (input, init) => {
      signal = init?.signal ?? undefined;
      return originalFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const element = trendWithSrc(`/__test__/slow.json?ms=2000&x=${unique()}`);
      wrapper.append(element);
      // The loader is imported on demand: the request starts a little after the first render.
      await waitUntil(() => signal, 'the request did not start');
      expect(signal?.aborted).to.equal(false);
      element.remove();
      // At the end of the task: one that puts the element back (a move) keeps the request.
      await Promise.resolve();
      expect(signal?.aborted).to.equal(true);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('keeps the request when the element is moved while it is in flight, and draws its answer', async () => {
    const originalFetch = window.fetch.bind(window);
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return originalFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const element = trendWithSrc(`/__test__/slow.json?ms=300&x=${unique()}`);
      wrapper.append(element);
      await waitUntil(() => signals.length, 'the request did not start');
      // Re-keyed by a framework: removed and put back in the same task, twice.
      const drawn = rendered(element);
      for (let move = 0; move < 2; move++) {
        element.remove();
        wrapper.append(element);
        await new Promise((resolve) => setTimeout(resolve));
      }
      await drawn;
      expect(signals.length, 'requests').to.equal(1);
      expect(signals[0]!.aborted, 'aborted').to.equal(false);
      expect(JSON.stringify(points(element))).to.equal(JSON.stringify(EXPECTED.slice(1)));
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('fetches nothing for a src set on an element out of the page, and fetches it when put back', async () => {
    const originalFetch = window.fetch.bind(window);
    const originalSetInterval = window.setInterval.bind(window);
    const requested: string[] = [];
    let intervals = 0;
    window.fetch = (input, init) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return originalFetch(input, init);
    };
    window.setInterval = ((handler: TimerHandler, delay?: number) => {
      intervals += 1;
      return originalSetInterval(handler, delay);
    }) as typeof window.setInterval;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const element = trendWithSrc(`/__test__/slow.json?ms=0&x=${unique()}`);
      wrapper.append(element);
      await rendered(element);
      element.remove();
      await new Promise((resolve) => setTimeout(resolve));
      const before = requested.length;
      const later = `/__test__/slow.json?ms=0&x=${unique()}`;
      element.src = later;
      element.refresh = 60;
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([requested.length - before, intervals]).to.deep.equal([0, 0]);

      const drawn = rendered(element);
      wrapper.append(element);
      await drawn;
      expect(requested.slice(before).map((url) => url.endsWith(later.slice(1)))).to.deep.equal([true]);
      expect(intervals).to.equal(1);
      element.remove();
    } finally {
      window.fetch = originalFetch;
      window.setInterval = originalSetInterval;
    }
  });

  /** The delays the charts' refresh timers were set with, the timers themselves held off. */
  async function refreshDelays(...charts: TemplateResult[]): Promise<number[]> {
    const originalSetInterval = window.setInterval.bind(window);
    const delays: number[] = [];
    window.setInterval = ((handler: TimerHandler, delay?: number) => {
      delays.push(delay ?? 0);
      return originalSetInterval(handler, 1e9);
    }) as typeof window.setInterval;
    try {
      for (const chart of charts) await renderChart<HomelessTrend>(chart);
    } finally {
      window.setInterval = originalSetInterval;
    }
    return delays;
  }

  it('refreshes no faster than once a minute', async () => {
    const delays = await refreshDelays(
      html`<homeless-trend src="/test/fixtures/trend.json" refresh="5"></homeless-trend>`,
      html`<homeless-trend src="/test/fixtures/trend.csv" refresh="300"></homeless-trend>`,
    );
    expect(delays).to.deep.equal([60_000, 300_000]);
  });

  it('refreshes at most every 24 days: a longer delay would wrap around and fetch without pause', async () => {
    // 30 days: 2 592 000 000 ms, which a browser timer reads as about −1.7e9, i.e. at once.
    const delays = await refreshDelays(
      html`<homeless-trend src="/test/fixtures/trend.json" refresh="2592000"></homeless-trend>`,
    );
    expect(delays).to.deep.equal([2_147_483_000]);
  });

  it('reports a malformed address (NC111) instead of loading for ever', async () => {
    for (const src of ['https://', 'http://[::1']) {
      const detail = await withError(trendWithSrc(src));
      expect(detail.code, src).to.equal('NC111');
    }
  });

  it('draws with a timeout beyond what a browser timer takes, and so does another element on the URL', async () => {
    const src = `/test/fixtures/trend.json?x=${unique()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const elements = [trendWithSrc(src, { eager: '', timeout: '1e13' }), trendWithSrc(src, { eager: '' })];
    const drawn = Promise.all(elements.map(rendered));
    wrapper.append(...elements);
    await drawn;
    expect(elements.map(points)).to.deep.equal([EXPECTED, EXPECTED]);
  });

  it('aborts nothing when its timeout comes after the answer, and leaves no listener on the timeout', async () => {
    const originalTimeout = AbortSignal.timeout.bind(AbortSignal);
    const originalFetch = window.fetch.bind(window);
    const timeouts: AbortController[] = [];
    let listening = 0;
    let fetchSignal: AbortSignal | undefined;
    AbortSignal.timeout = () => {
      const timeout = new AbortController();
      timeouts.push(timeout);
      const { signal } = timeout;
      const add = signal.addEventListener.bind(signal);
      const remove = signal.removeEventListener.bind(signal);
      signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
        listening++;
        add(...args);
      };
      signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
        listening--;
        remove(...args);
      };
      return signal;
    };
    window.fetch = (input, init) => {
      fetchSignal = init?.signal ?? undefined;
      return originalFetch(input, init);
    };
    try {
      const result = await loadSource(`/__test__/slow.json?ms=0&x=${unique()}`, {
        timeoutSeconds: 5,
        signal: new AbortController().signal,
      });
      expect(result?.ok, 'answered').to.equal(true);
      expect(timeouts.length, 'timeouts').to.equal(1);
      expect(listening, 'listeners left on the timeout').to.equal(0);
      timeouts[0]!.abort();
      expect(fetchSignal?.aborted, 'the fetch done aborted').to.equal(false);
    } finally {
      AbortSignal.timeout = originalTimeout;
      window.fetch = originalFetch;
    }
  });

  it('settles a request whose fetching throws, so that the next one for the URL is made', async () => {
    const src = `/test/fixtures/trend.json?x=${unique()}`;
    const original = AbortSignal.timeout.bind(AbortSignal);
    AbortSignal.timeout = () => {
      throw new RangeError('a fault inside the fetching');
    };
    let failed;
    try {
      failed = await loadSource(src, { timeoutSeconds: 5, signal: new AbortController().signal });
    } finally {
      AbortSignal.timeout = original;
    }
    expect(failed?.ok === false && failed.error.code).to.equal('NC111');
    const next = await loadSource(src, { timeoutSeconds: 5, signal: new AbortController().signal });
    expect(next?.ok).to.equal(true);
  });

  it('shares the request made after an earlier one for the URL was given up, when the earlier one ends', async () => {
    const src = `/__test__/slow.json?ms=300&x=${unique()}`;
    const originalFetch = window.fetch.bind(window);
    let fetches = 0;
    window.fetch = (input, init) => {
      fetches++;
      return originalFetch(input, init);
    };
    try {
      const given = new AbortController();
      const first = loadSource(src, { timeoutSeconds: 5, signal: given.signal });
      given.abort();
      // At once, as an element whose src changed back: the given-up request ends while this one is in flight.
      const second = loadSource(src, { timeoutSeconds: 5, signal: new AbortController().signal });
      expect(await first).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const third = loadSource(src, { timeoutSeconds: 5, signal: new AbortController().signal });
      expect((await second)?.ok).to.equal(true);
      expect((await third)?.ok).to.equal(true);
    } finally {
      window.fetch = originalFetch;
    }
    expect(fetches, 'the given-up one, and one for the other two').to.equal(2);
  });

  it('keeps a request alive while another element still waits for it', async () => {
    const src = `/__test__/slow.json?ms=300&x=${unique()}`;
    const leaving = new AbortController();
    const staying = new AbortController();
    const first = loadSource(src, { timeoutSeconds: 5, signal: leaving.signal });
    const second = loadSource(src, { timeoutSeconds: 5, signal: staying.signal });
    leaving.abort();
    expect(await first).to.equal(null);
    const result = await second;
    expect(result?.ok).to.equal(true);
  });

  it('gives the data attribute and children precedence over src', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend src="/test/fixtures/trend.json" data='{"2000":1,"2001":2}'></homeless-trend>`,
    );
    expect(points(element)).to.deep.equal([
      { x: 2000, y: 1 },
      { x: 2001, y: 2 },
    ]);
  });
});
