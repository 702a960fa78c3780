import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { dataError, partText, plainSpaces, reduceMotion } from '../helpers.js';
import { childTable, mount, settle, shortened, shownTable, type Mounted } from '../validation/mount.js';
import type { LitElement } from 'lit';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

/**
 * Every text a page or an editor can put into a component, filled with markup and script that would set
 * `window.__xss` if it ever ran. The components must show it as text, and only as text.
 */

declare global {
  interface Window {
    __xss?: unknown;
  }
}

before(reduceMotion);
beforeEach(() => {
  delete window.__xss;
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  "</caption><img src=x onerror='window.__xss=1'>",
] as const;

/** The message for a payload in a year's place: one that begins with a word is said to be no year (a total, a source). */
const yearMessage = (payload: string): string =>
  /^[a-z]/i.test(payload)
    ? `Diagrammet kan inte visas. Rad 1 har ”${shortened(payload)}”, inte ett årtal. Ta bort raden om den är en summa, källa eller rubrik.`
    : `Diagrammet kan inte visas. Året ”${shortened(payload)}” på rad 1 är inte ett årtal med fyra siffror.`;

/** Every element the components render themselves; anything else in a shadow root came from input. */
const OWN_TAGS = new Set([
  'div',
  'h2',
  'p',
  'span',
  'strong',
  'br',
  // Under an error, what the page wrote inside the tag (its own nodes, shown as they are).
  'slot',
  'canvas',
  'button',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'ul',
  'li',
]);

const DANGEROUS = 'img, svg, math, script, iframe, frame, object, embed, style, link, base, meta, form, template';

const TREND = '[{"year":2017,"value":814},{"year":2023,"value":473}]';
const PREVENTION = '[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]';

function create<K extends 'homeless-trend' | 'prevention-stats' | 'key-figure'>(
  tag: K,
  attributes: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The button that shows the data table ("Visa tabell"), or hides it once shown ("Dölj tabell"). */
function tableButton(element: Element): HTMLButtonElement | undefined {
  return Array.from(element.shadowRoot!.querySelectorAll('button')).find((button) =>
    ['Visa tabell', 'Dölj tabell'].includes(button.textContent.trim()),
  );
}

/**
 * Lets anything that could run run (a failed image load, an iframe), opens the data table if the
 * component has one, and asserts that nothing ran and that the shadow root holds only the component's
 * own elements, with no event-handler attributes and no link other than http(s).
 */
async function expectInert(element: LitElement, options: { table: boolean }): Promise<void> {
  await settle(3, 100);
  const button = tableButton(element);
  if (options.table) {
    expect(button, 'the "Visa tabell" button').to.not.equal(undefined);
    if (button!.textContent.trim() === 'Visa tabell') button!.click();
    await element.updateComplete;
    expect(button!.textContent.trim()).to.equal('Dölj tabell');
    expect(element.shadowRoot!.querySelector('#data-table')!.classList.contains('visually-hidden')).to.equal(false);
    await settle(3, 100);
  } else {
    expect(button).to.equal(undefined);
  }
  expect(window.__xss).to.equal(undefined);
  const shadow = element.shadowRoot!;
  const all = Array.from(shadow.querySelectorAll('*'));
  expect(all.map((node) => node.localName).filter((tag) => !OWN_TAGS.has(tag))).to.deep.equal([]);
  expect(shadow.querySelectorAll(DANGEROUS)).to.have.length(0);
  expect(shadow.querySelectorAll('canvas').length).to.be.at.most(1);
  expect(all.flatMap((node) => node.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
  for (const link of shadow.querySelectorAll('a')) expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
  // Nothing was added to the page around the component either.
  expect(element.parentElement!.querySelectorAll(DANGEROUS.replace('script, ', ''))).to.have.length(0);
  expect(element.parentElement!.querySelectorAll('script:not([type="application/json"])')).to.have.length(0);
}

/** The table caption's text. */
const captionText = (element: Element): string =>
  (element.shadowRoot!.querySelector('[part="table"] caption')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The link of the source line: none for a javascript: URL; a relative URL is kept as written. */
const expectedLink = (payload: string): string | null => (payload.startsWith('javascript:') ? null : payload);

for (const payload of PAYLOADS) {
  describe(`payload ${payload}`, () => {
    it('<homeless-trend>: heading, description, source and source-url are text', async () => {
      const { element } = await mount(
        create('homeless-trend', {
          data: TREND,
          heading: payload,
          description: payload,
          source: payload,
          'source-url': payload,
        }),
      );
      expect(partText(element, 'heading')).to.equal(payload);
      expect(partText(element, 'summary')).to.equal(payload);
      expect(element.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal(payload);
      expect(partText(element, 'source')).to.equal(`Källa: ${payload}`);
      expect(element.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href') ?? null).to.equal(
        expectedLink(payload),
      );
      await expectInert(element, { table: true });
      expect(captionText(element)).to.equal(payload);
    });

    it('<homeless-trend>: a marker label is text', async () => {
      const { element } = await mount(
        create('homeless-trend', {
          data: TREND,
          heading: payload,
          markers: JSON.stringify([{ date: '2022-05', label: payload }]),
        }),
      );
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(element.chart!.options.plugins?.ncMarkers?.lines).to.deep.equal([
        { position: 2022 + 4.5 / 12, label: payload },
      ]);
      const summary = plainSpaces(partText(element, 'summary'));
      expect(summary.startsWith(`${payload}: antalet minskade från 814 personer`)).to.equal(true, summary);
      expect(summary.endsWith(`Markering: ${payload}, maj 2022.`)).to.equal(true, summary);
      await expectInert(element, { table: true });
    });

    it('<homeless-trend>: a marker date is refused with a message', async () => {
      const { element, errors } = await mount(
        create('homeless-trend', { data: TREND, markers: JSON.stringify([{ date: payload, label: 'x' }]) }),
      );
      expect(errors.map((error) => error.code)).to.deep.equal(['NC108']);
      expect(partText(element, 'error')).to.contain('Markeringen på rad 1 är ogiltig.');
      await expectInert(element, { table: true });
    });

    it('<homeless-trend>: theme and lang cannot inject attributes', async () => {
      const { element } = await mount(create('homeless-trend', { data: TREND, theme: payload, lang: payload }));
      const root = element.shadowRoot!.querySelector('.nc')!;
      expect(root.getAttribute('class')).to.equal('nc light');
      expect(root.getAttribute('lang')).to.equal('sv');
      await expectInert(element, { table: true });
    });

    it('<prevention-stats>: heading, description, source and source-url are text', async () => {
      const { element } = await mount(
        create('prevention-stats', {
          data: PREVENTION,
          heading: payload,
          description: payload,
          source: payload,
          'source-url': payload,
        }),
      );
      expect(partText(element, 'heading')).to.equal(payload);
      expect(partText(element, 'summary')).to.equal(payload);
      expect(partText(element, 'source')).to.equal(`Källa: ${payload}`);
      expect(element.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href') ?? null).to.equal(
        expectedLink(payload),
      );
      await expectInert(element, { table: true });
      expect(captionText(element)).to.equal(payload);
    });

    it('<key-figure>: heading, unit, period, source and source-url are text', async () => {
      const { element } = await mount(
        create('key-figure', {
          value: '473',
          heading: payload,
          unit: payload,
          period: payload,
          source: payload,
          'source-url': payload,
        }),
      );
      expect(partText(element, 'heading')).to.equal(payload);
      expect(partText(element, 'figure')).to.equal(`473 ${payload}, ${payload}`);
      expect(partText(element, 'summary')).to.equal(`${payload}: 473 ${payload}, ${payload}.`);
      expect(partText(element, 'source')).to.equal(`Källa: ${payload}`);
      expect(element.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href') ?? null).to.equal(
        expectedLink(payload),
      );
      await expectInert(element, { table: false });
    });

    it('<key-figure>: description is text', async () => {
      const { element } = await mount(create('key-figure', { description: payload }));
      expect(partText(element, 'summary')).to.equal(payload);
      await expectInert(element, { table: false });
    });

    it('<key-figure>: a value or change is refused with a message that shows it as text', async () => {
      const value = await mount(create('key-figure', { value: payload }));
      expect(value.errors.map((error) => [error.code, error.input])).to.deep.equal([['NC103', shortened(payload)]]);
      expect(partText(value.element, 'error')).to.equal(
        `Nyckeltalet kan inte visas. Värdet ”${shortened(payload)}” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
      );
      await expectInert(value.element, { table: false });
      const change = await mount(create('key-figure', { change: payload }));
      expect(partText(change.element, 'error')).to.equal(
        `Nyckeltalet kan inte visas. Värdet ”${shortened(payload)}” i attributet change är inte ett tal. Skriv talet med siffror, till exempel −37.`,
      );
      await expectInert(change.element, { table: false });
    });

    it('<homeless-trend>: table header cells are ignored', async () => {
      const element = create('homeless-trend', {});
      element.append(
        childTable(
          [
            ['2017', '814'],
            ['2023', '473'],
          ],
          [payload, payload],
        ),
      );
      const { errors } = await mount(element);
      expect(errors).to.deep.equal([]);
      expect(element.chart!.data.datasets[0]!.data).to.deep.equal([
        { x: 2017, y: 814 },
        { x: 2023, y: 473 },
      ]);
      expect(
        Array.from(element.shadowRoot!.querySelectorAll('[part="table"] thead th'), (cell) => cell.textContent),
      ).to.deep.equal(['År', 'Personer i hemlöshet']);
      await expectInert(element, { table: true });
      expect(element.querySelector('thead th')!.textContent).to.equal(payload, "the page's table is left as it was");
    });

    it('<prevention-stats>: table header cells are ignored', async () => {
      const element = create('prevention-stats', {});
      element.append(childTable([['2023', '53', '109']], [payload, payload, payload]));
      const { errors } = await mount(element);
      expect(errors).to.deep.equal([]);
      expect(shownTable(element)).to.deep.equal([['2023', '53', '109']]);
      await expectInert(element, { table: true });
    });

    for (const [tag, rows, row] of [
      [
        'homeless-trend',
        [
          ['2017', '814'],
          ['2023', '473'],
        ],
        2,
      ],
      ['prevention-stats', [['2023', '53', '109']], 1],
    ] as const) {
      it(`<${tag}>: a table value cell is refused with a message that shows it as text`, async () => {
        const element = create(tag, {});
        element.append(childTable(rows, ['År', 'Antal', 'Barn'].slice(0, rows[0].length)));
        const mounted: Mounted<HomelessTrend | PreventionStats> = await mount(element);
        const failed = dataError(element);
        element.querySelector('tbody tr:last-child td:nth-child(2)')!.textContent = payload;
        expect((await failed).detail).to.deep.include({ code: 'NC103', input: shortened(payload) });
        await element.updateComplete;
        expect(partText(element, 'error')).to.equal(
          `Diagrammet visas inte som det är tänkt. Värdet ”${shortened(payload)}” på rad ${row} (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
        );
        expect(mounted.element.chart, 'the last good chart stays').to.not.equal(undefined);
        await expectInert(element, { table: true });
      });
    }

    it('<homeless-trend>: a table year cell is refused with a message that shows it as text', async () => {
      const element = create('homeless-trend', {});
      element.append(childTable([[payload, '473']], ['År', 'Antal']));
      const { errors } = await mount(element);
      expect(errors.map((error) => error.code)).to.deep.equal(['NC104']);
      expect(partText(element, 'error')).to.equal(yearMessage(payload));
      await expectInert(element, { table: false });
    });

    it('<homeless-trend>: JSON values are refused with a message that shows them as text', async () => {
      const { element } = await mount(create('homeless-trend', { data: TREND }));
      for (const data of [
        JSON.stringify({ 2017: 814, 2023: payload }),
        JSON.stringify([
          { year: 2017, value: 814 },
          { year: 2023, value: payload },
        ]),
      ]) {
        const failed = dataError(element);
        element.setAttribute('data', data);
        expect((await failed).detail.input).to.equal(shortened(payload));
        await element.updateComplete;
        // The last good chart stays under the message.
        expect(partText(element, 'error')).to.equal(
          `Diagrammet visas inte som det är tänkt. Värdet ”${shortened(payload)}” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
        );
        await expectInert(element, { table: true });
        // Back to valid data between the two, so that the second error is reported afresh. The same figures
        // as the chart under the message: it stays as it is.
        element.setAttribute('data', TREND);
        await element.updateComplete;
        expect(partText(element, 'error')).to.equal('');
      }
      const failed = dataError(element);
      element.data = [{ year: payload, value: 1 }];
      expect((await failed).detail).to.deep.include({ code: 'NC104', input: shortened(payload) });
      await expectInert(element, { table: true });
    });

    it('<prevention-stats>: JSON values are refused with a message that shows them as text', async () => {
      const { element, errors } = await mount(
        create('prevention-stats', { data: JSON.stringify([{ year: 2023, families: payload, children: 1 }]) }),
      );
      expect(errors.map((error) => error.code)).to.deep.equal(['NC103']);
      expect(partText(element, 'error')).to.equal(
        `Diagrammet kan inte visas. Värdet ”${shortened(payload)}” på rad 1 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.`,
      );
      await expectInert(element, { table: false });
    });

    it('<homeless-trend>: a JSON year-map key is refused with a message that shows it as text', async () => {
      const { element, errors } = await mount(create('homeless-trend', { data: JSON.stringify({ [payload]: 1 }) }));
      expect(errors.map((error) => [error.code, error.input])).to.deep.equal([['NC104', shortened(payload)]]);
      expect(partText(element, 'error')).to.equal(yearMessage(payload));
      await expectInert(element, { table: false });
    });

    it('<homeless-trend> and <prevention-stats>: unknown JSON keys are ignored', async () => {
      const trend = await mount(
        create('homeless-trend', { data: JSON.stringify([{ year: 2017, value: 814, [payload]: payload }]) }),
      );
      expect(trend.errors).to.deep.equal([]);
      expect(trend.element.chart!.data.datasets[0]!.data).to.deep.equal([{ x: 2017, y: 814 }]);
      await expectInert(trend.element, { table: true });
      // Below the trend: eager, so that it draws wherever the trend leaves it (charts draw near the viewport).
      const prevention = await mount(
        create('prevention-stats', {
          eager: '',
          data: JSON.stringify({ 2023: { families: 53, children: 109, [payload]: payload } }),
        }),
      );
      expect(prevention.errors).to.deep.equal([]);
      expect(shownTable(prevention.element)).to.deep.equal([['2023', '53', '109']]);
      await expectInert(prevention.element, { table: true });
    });
  });
}

describe('source-url', () => {
  const refused = [
    'javascript:window.__xss=1',
    ' JavaScript:window.__xss=1',
    'java\tscript:window.__xss=1',
    'java\nscript:window.__xss=1',
    '\u0001javascript:window.__xss=1',
    'data:text/html,<script>window.__xss=1</script>',
    'vbscript:window.__xss=1',
    'blob:https://example.org/x',
  ];
  for (const url of refused) {
    it(`makes no link of ${JSON.stringify(url)}`, async () => {
      const { element } = await mount(create('key-figure', { source: 'SCB', 'source-url': url }));
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(partText(element, 'source')).to.equal('Källa: SCB');
      await expectInert(element, { table: false });
    });
  }

  const kept = ['https://example.org/a?b=1', 'http://example.org/', '/statistik/hemloshet', 'rapport.pdf'];
  for (const url of kept) {
    it(`links ${url}`, async () => {
      const { element } = await mount(create('key-figure', { source: 'SCB', 'source-url': url }));
      expect(element.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal(url);
    });
  }

  it('refuses a javascript: URL set as a property on a chart', async () => {
    const { element } = await mount(create('homeless-trend', { data: TREND, source: 'SCB' }));
    element.sourceUrl = 'javascript:window.__xss=1';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    await expectInert(element, { table: true });
  });
});

describe('a payload in every input at once', () => {
  it('runs nothing and adds no element, in any of the three components', async () => {
    const payload = PAYLOADS.join(' ');
    const all = {
      heading: payload,
      description: payload,
      source: payload,
      'source-url': payload,
    };
    // Charts draw when near the viewport, and each one here sits below the tall ones before it: eager, so
    // that every chart draws.
    const trend = create('homeless-trend', {
      ...all,
      eager: '',
      data: TREND,
      markers: JSON.stringify([{ date: '2020', label: payload }]),
    });
    const prevention = create('prevention-stats', { ...all, eager: '' });
    prevention.append(childTable([['2023', '53', '109']], [payload, payload, payload]));
    const figure: KeyFigure = create('key-figure', { ...all, value: '1', unit: payload, period: payload });
    for (const element of [trend, prevention]) {
      await mount(element);
      await expectInert(element, { table: true });
    }
    await mount(figure);
    await expectInert(figure, { table: false });
    expect(partText(figure, 'heading')).to.equal(payload);
  });
});
