import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chartMarkup, dataJson, markersJson, type ChartMarkup } from '../../src/builder/markup.js';
import { readPasted } from '../../src/builder/paste.js';
import { initialSettings, withDefaults, withLang } from '../../src/builder/settings.js';
import {
  componentSnippet,
  embedUrl,
  escapeHtml,
  escapeJsonAttribute,
  iframeSnippet,
  joinUrl,
} from '../../src/builder/snippet.js';
import { embedRequest } from '../../src/embed/params.js';
import { anyText, settingsArbitrary } from './arbitraries.js';
import { parseTrend } from '../../src/data/trend.js';
import { parseCsv } from '../../src/data/csv.js';
import { parseTableRows } from '../../src/data/rows.js';
import { errorMessage } from '../../src/i18n/messages.js';
import { FIELDS } from '../../src/builder/markup.js';

const parse = (snippet: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${snippet}</body></html>`, 'text/html');

const attributesOf = (element: Element): [string, string][] =>
  element.getAttributeNames().map((name) => [name, element.getAttribute(name) ?? '']);

const tagCounts = (doc: Document): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const element of doc.body.querySelectorAll('*'))
    counts[element.localName] = (counts[element.localName] ?? 0) + 1;
  return counts;
};

describe('builder/snippet', () => {
  it('escapes the five HTML characters, and a carriage return', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>\r\n`)).to.equal(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;&#13;\n',
    );
    expect(escapeHtml('Hemlösheten i Norrköping')).to.equal('Hemlösheten i Norrköping');
  });

  it("escapes JSON for single quotes: its double quotes stay readable, a ' becomes &#39;", () => {
    expect(escapeJsonAttribute(`[{"date":"2020-03","label":"Lag & 'ordning' <ny>"}]`)).to.equal(
      '[{"date":"2020-03","label":"Lag &amp; &#39;ordning&#39; &lt;ny&gt;"}]',
    );
  });

  it("writes data and markers in single quotes, as the editors' guide does, and the page reads the same JSON", () => {
    const settings = {
      ...initialSettings('sv'),
      trendRows: [['2017', '814']],
      markers: [{ date: '2022-05', label: "Kommunens 'Bostad först'" }],
    };
    const snippet = componentSnippet(chartMarkup(settings, 'data'), '');
    expect(snippet).to.contain(`  markers='[{"date":"2022-05","label":"Kommunens &#39;Bostad först&#39;"}]'\n`);
    expect(snippet).to.contain(`  data='[{"year":2017,"value":814}]'\n`);
    const element = parse(snippet).querySelector('homeless-trend');
    expect(element?.getAttribute('markers')).to.equal(`[{"date":"2022-05","label":"Kommunens 'Bostad först'"}]`);
    expect(element?.getAttribute('data')).to.equal('[{"year":2017,"value":814}]');
  });

  it('joins the base folder and a file with one slash', () => {
    expect(joinUrl('https://x.se/nc/', 'embed.html')).to.equal('https://x.se/nc/embed.html');
    expect(joinUrl(' https://x.se/nc ', 'norrkoping-charts.js')).to.equal('https://x.se/nc/norrkoping-charts.js');
    expect(joinUrl('', 'embed.html')).to.equal('embed.html');
    expect(joinUrl('https://x.se/nc//', 'embed.html')).to.equal('https://x.se/nc/embed.html');
  });

  it('writes the default trend as a script tag and a table, with its texts and markers', () => {
    const snippet = componentSnippet(chartMarkup(initialSettings('sv')), 'https://kommun.se/nc/');
    expect(snippet).to.equal(
      [
        '<link rel="stylesheet" href="https://kommun.se/nc/norrkoping-charts.css">',
        '<script type="module" src="https://kommun.se/nc/norrkoping-charts.js"></script>',
        '<homeless-trend',
        '  lang="sv"',
        '  heading="Hemlösheten i Norrköping"',
        '  source="Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun"',
        `  markers='[{"date":"2022-05","label":"Bostad först"}]'`,
        '>',
        '  <table>',
        '    <thead>',
        '      <tr><th>År</th><th>Personer i hemlöshet</th></tr>',
        '    </thead>',
        '    <tbody>',
        '      <tr><td>2017</td><td>814</td></tr>',
        '      <tr><td>2023</td><td>473</td></tr>',
        '    </tbody>',
        '  </table>',
        '</homeless-trend>',
      ].join('\n'),
    );
  });

  it('writes the figures as JSON numbers in the data attribute, keeping unreadable texts for the component to report', () => {
    expect(
      dataJson(
        'homeless-trend',
        [
          ['2017', '1 234,5'],
          ['', ''],
          ['2023', '–'],
        ],
        ',',
      ),
    ).to.equal('[{"year":2017,"value":1234.5},{"year":2023,"value":null}]');
    expect(dataJson('homeless-trend', [[' 2017 ', '814']], ',')).to.equal('[{"year":2017,"value":814}]');
    expect(dataJson('prevention-stats', [['2O23', '53', 'många']], ',')).to.equal(
      '[{"year":"2O23","families":53,"children":"många"}]',
    );
    const settings = { ...initialSettings('en'), trendRows: [['2017', '1,234.5']] };
    const data = chartMarkup(settings, 'data').attributes.find(([name]) => name === 'data')?.[1];
    expect(parseTrend(data, '.')).to.deep.equal({ ok: true, value: { points: [{ year: 2017, value: 1234.5 }] } });
  });

  it('writes a marker label only when one is given, and no markers attribute for none', () => {
    const settings = initialSettings('sv');
    expect(markersJson({ ...settings, markers: [{ date: '2022-05', label: ' Bostad först ' }] })).to.equal(
      '[{"date":"2022-05","label":"Bostad först"}]',
    );
    expect(markersJson({ ...settings, markers: [{ date: '2020-03', label: '  ' }] })).to.equal('[{"date":"2020-03"}]');
    // A label with no date is written, for the component to report the missing date.
    expect(markersJson({ ...settings, markers: [{ date: ' ', label: 'Bostad först' }] })).to.equal(
      '[{"date":"","label":"Bostad först"}]',
    );
    expect(markersJson({ ...settings, markers: [{ date: ' ', label: '' }] })).to.equal(null);
  });

  it('writes heading-level when it is not the default 2, and no-summary with no value, in the order the embed reads them', () => {
    const settings = { ...initialSettings('sv'), headingLevel: '3' as const, noSummary: true };
    const markup = chartMarkup(settings);
    expect(markup.attributes.map(([name]) => name)).to.deep.equal([
      'lang',
      'heading',
      'heading-level',
      'no-summary',
      'source',
      'markers',
    ]);
    const snippet = componentSnippet(markup, '');
    expect(snippet).to.contain('  heading="Hemlösheten i Norrköping"\n  heading-level="3"\n  no-summary\n');
    const element = parse(snippet).querySelector('homeless-trend');
    expect(element?.getAttribute('heading-level')).to.equal('3');
    expect(element?.getAttribute('no-summary')).to.equal('');
    const request = embedRequest(new URL(embedUrl(markup, 'https://kommun.se/nc')).searchParams);
    expect(request?.attributes).to.deep.include.members([
      ['heading-level', '3'],
      ['no-summary', ''],
    ]);
    const names = chartMarkup({ ...settings, headingLevel: '2', noSummary: false }).attributes.map(([name]) => name);
    expect(names).not.to.include.members(['heading-level']);
    expect(names).not.to.include.members(['no-summary']);
  });

  it('writes type="bar" for a bar chart, and no type for a line', () => {
    const line = componentSnippet(chartMarkup(initialSettings('sv')), '');
    expect(line).not.to.contain('type="bar"');
    const bar = componentSnippet(chartMarkup({ ...initialSettings('sv'), type: 'bar' }), '');
    expect(bar).to.contain('\n  type="bar"\n');
    expect(parse(bar).querySelector('homeless-trend')?.getAttribute('type')).to.equal('bar');
  });

  it('writes the key figure as attributes, and change="" when both figures are empty', () => {
    const settings = withDefaults(initialSettings('sv'), 'key-figure');
    expect(chartMarkup(settings)).to.deep.equal({
      tag: 'key-figure',
      attributes: [
        ['lang', 'sv'],
        ['heading', 'Behovet av jourboende'],
        ['source', 'Norrköpings kommun'],
        ['change', '-37'],
        ['period', '2022–2023'],
      ],
      table: null,
    });
    const empty = { ...settings, keyFigure: { value: '', unit: '', change: ' ', period: '' } };
    expect(chartMarkup(empty).attributes).to.deep.include(['change', '']);
  });

  it('builds the embed URL with encodeURIComponent, and the embed reads back exactly those attributes', () => {
    const settings = initialSettings('sv');
    const texts = {
      ...settings.texts,
      'homeless-trend': { ...settings.texts['homeless-trend'], heading: 'A & B + 50 % "citat"' },
    };
    const markup = chartMarkup({ ...settings, texts }, 'data');
    const url = embedUrl(markup, 'https://kommun.se/nc');
    expect(url).to.match(
      /^https:\/\/kommun\.se\/nc\/embed\.html\?component=homeless-trend&lang=sv&heading=A%20%26%20B%20%2B%2050%20%25%20%22citat%22&/,
    );
    const request = embedRequest(new URL(url).searchParams);
    expect(request).to.deep.equal({ tag: markup.tag, attributes: markup.attributes });
  });

  it('keeps only known components and their own attributes in an embed, and safe URLs only', () => {
    expect(embedRequest(new URLSearchParams('component=script&heading=x'))).to.equal(null);
    expect(embedRequest(new URLSearchParams('heading=x'))).to.equal(null);
    expect(
      embedRequest(
        new URLSearchParams(
          'component=key-figure&value=5&onclick=alert(1)&data=[1]&heading=x&heading=y&source-url=javascript:alert(1)',
        ),
      ),
    ).to.deep.equal({
      tag: 'key-figure',
      attributes: [
        ['heading', 'x'],
        ['value', '5'],
      ],
    });
    // A URL of spaces is no address: it would link the page to itself.
    expect(embedRequest(new URLSearchParams('component=key-figure&value=5&source-url=%20%20'))).to.deep.equal({
      tag: 'key-figure',
      attributes: [['value', '5']],
    });
    expect(
      embedRequest(new URLSearchParams('component=homeless-trend&src=/data.csv&source-url=https://x.se')),
    ).to.deep.equal({
      tag: 'homeless-trend',
      attributes: [
        ['source-url', 'https://x.se'],
        ['src', '/data.csv'],
      ],
    });
  });

  it('round-trips any text in any field through the component snippet, as one element with no extra elements', () => {
    fc.assert(
      fc.property(settingsArbitrary, fc.constantFrom('table', 'data' as const), anyText, (settings, format, base) => {
        const markup: ChartMarkup = chartMarkup(settings, format);
        const doc = parse(componentSnippet(markup, base));
        const [stylesheet, script, element, ...rest] = Array.from(doc.body.children);
        expect(rest).to.have.length(0);
        expect(stylesheet?.getAttribute('href')).to.equal(joinUrl(base, 'norrkoping-charts.css'));
        expect(script?.getAttribute('src')).to.equal(joinUrl(base, 'norrkoping-charts.js'));
        expect(element?.localName).to.equal(markup.tag);
        expect(attributesOf(element!)).to.deep.equal(markup.attributes);
        const rows = markup.table?.rows ?? [];
        const columns = markup.table?.head.length ?? 0;
        const expected: Record<string, number> = { link: 1, script: 1, [markup.tag]: 1 };
        if (markup.table) {
          Object.assign(expected, { table: 1, thead: 1, tbody: 1, tr: rows.length + 1, th: columns });
          if (rows.length > 0) expected.td = rows.length * columns;
          const cells = Array.from(element!.querySelector('table')!.rows, (tr) =>
            Array.from(tr.cells, (cell) => cell.textContent),
          );
          expect(cells).to.deep.equal([markup.table.head, ...rows]);
        }
        expect(tagCounts(doc)).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes the base folder in the iframe snippet: a quote in it ends no attribute', () => {
    const base = 'https://x.se/nc"><script>alert(1)</script>';
    const doc = parse(iframeSnippet(chartMarkup(initialSettings('sv'), 'data'), base, 'Hemlöshet'));
    expect(tagCounts(doc)).to.deep.equal({ iframe: 1, script: 1 });
    expect(doc.querySelector('iframe')?.getAttribute('src')).to.match(
      /^https:\/\/x\.se\/nc"><script>alert\(1\)<\/script>\/embed\.html\?/,
    );
    expect(doc.querySelector('script')?.getAttribute('src')).to.equal(`${base}/embed-resize.js`);
  });

  it('round-trips any text through the iframe snippet and its URL', () => {
    fc.assert(
      fc.property(settingsArbitrary, anyText, (settings, title) => {
        const markup = chartMarkup(settings, 'data');
        const doc = parse(iframeSnippet(markup, 'https://kommun.se/nc', title));
        expect(tagCounts(doc)).to.deep.equal({ iframe: 1, script: 1 });
        const iframe = doc.querySelector('iframe')!;
        expect(iframe.title).to.equal(title);
        const url = new URL(iframe.getAttribute('src')!);
        const request = embedRequest(url.searchParams);
        // The embed drops what is not a safe URL; everything else comes back as it was.
        const kept = markup.attributes.filter(
          ([name, value]) => name !== 'source-url' || request?.attributes.some((pair) => pair[1] === value),
        );
        expect(request).to.deep.equal({ tag: markup.tag, attributes: kept });
      }),
      { numRuns: 200 },
    );
  });
});

describe('builder/settings', () => {
  it('keeps texts for each component, and rewrites numbers and default headings for a new chart language', () => {
    const settings = {
      ...initialSettings('sv'),
      trendRows: [
        ['2017', '1 234,5'],
        ['2023', '473'],
      ],
    };
    expect(settings.texts['key-figure'].heading).to.equal('Behovet av jourboende');
    const english = withLang(settings, 'en');
    expect(english.trendRows).to.deep.equal([
      ['2017', '1234.5'],
      ['2023', '473'],
    ]);
    expect(english.texts['homeless-trend'].heading).to.equal('Homelessness in Norrköping');
    expect(english.markers).to.deep.equal([{ date: '2022-05', label: 'Housing First' }]);
    expect(english.keyFigure.change).to.equal('-37');
    const custom = withLang(
      {
        ...settings,
        texts: { ...settings.texts, 'key-figure': { ...settings.texts['key-figure'], heading: 'Egen' } },
        markers: [{ date: '2022-05', label: 'Egen markering' }],
      },
      'en',
    );
    expect(custom.texts['key-figure'].heading).to.equal('Egen');
    expect(custom.markers).to.deep.equal([{ date: '2022-05', label: 'Egen markering' }]);
  });

  it('writes three decimals in Swedish with a zero more, which reads one way only', () => {
    const english = { ...initialSettings('en'), trendRows: [['2017', '1.234']] };
    const swedish = withLang(english, 'sv');
    expect(swedish.trendRows).to.deep.equal([['2017', '1,2340']]);
    expect(withLang(swedish, 'en').trendRows).to.deep.equal([['2017', '1.234']]);
  });
});

describe('builder/paste', () => {
  it('keeps a first row whose value is read two ways, for the preview to report', () => {
    expect(readPasted('Totalt\t1,234\n2017\t814', 'homeless-trend', ',')).to.deep.equal({
      ok: true,
      value: [
        ['Totalt', '1,234'],
        ['2017', '814'],
      ],
    });
  });

  it('reads tab-separated cells from a spreadsheet, dropping the header row', () => {
    expect(readPasted('År\tPersoner\n2017\t814\n2023\t473\n', 'homeless-trend', ',')).to.deep.equal({
      ok: true,
      value: [
        ['2017', '814'],
        ['2023', '473'],
      ],
    });
  });

  it('reads CSV with semicolons and Swedish numbers, padding short rows and dropping extra columns', () => {
    expect(readPasted('2022;47\n2023;"1 053";109;x', 'prevention-stats', ',')).to.deep.equal({
      ok: true,
      value: [
        ['2022', '47', ''],
        ['2023', '1 053', '109'],
      ],
    });
  });

  it('keeps a mistyped first row for the preview to report, and fails on CSV that cannot be split', () => {
    const result = readPasted('2O17,814\n2023,473', 'homeless-trend', '.');
    expect(result.ok && result.value[0]).to.deep.equal(['2O17', '814']);
    const broken = readPasted('2017;"814\n', 'homeless-trend', ',');
    expect(!broken.ok && broken.error.code).to.equal('NC115');
    const empty = readPasted('  \n', 'homeless-trend', ',');
    expect(!empty.ok && empty.error.code).to.equal('NC107');
  });
  it('drops a title row above the header row, as Excel sheets often have, and any header rows; a title with a comma splits nothing', () => {
    const figures = {
      ok: true,
      value: [
        ['2017', '814'],
        ['2023', '473'],
      ],
    };
    for (const text of [
      'Personer i hemlöshet\t\nÅr\tPersoner\n2017\t814\n2023\t473\n',
      'Personer i hemlöshet\nÅr\tPersoner\n2017\t814\n2023\t473\n',
      '\tAntal\nÅr\tPersoner\n2017\t814\n2023\t473\n',
      // The separator is the table's lines', not the title's comma.
      'Personer i hemlöshet, Norrköping\nÅr;Personer\n2017;814\n2023;473\n',
      'Personer i hemlöshet, Norrköping\n\nÅr;Personer\n2017;814\n2023;473\n',
      'Personer i hemlöshet, Norrköping\nÅr\tPersoner\n2017\t814\n2023\t473\n',
    ])
      expect(readPasted(text, 'homeless-trend', ','), JSON.stringify(text)).to.deep.equal(figures);
  });

  it('says where the years are when they are not down the first column, as the page does, not to remove the figures', () => {
    const said = (text: string, tag: 'homeless-trend' | 'prevention-stats' = 'homeless-trend'): string => {
      const result = readPasted(text, tag, ',');
      return result.ok ? 'read' : errorMessage(result.error, 'sv');
    };
    const afterRegion = 'region\tår\tantal\n0581 Norrköping\t2017\t814\n0581 Norrköping\t2023\t473\n';
    expect(said(afterRegion)).to.equal(
      'Åren ska stå i den första kolumnen, men där står ”0581 Norrköping” på rad 1, och åren står i kolumn 2. Ta bort kolumnerna före åren.',
    );
    expect(said(afterRegion, 'prevention-stats')).to.equal(said(afterRegion));
    // With a title above it too.
    expect(said(`Hemlöshet\n${afterRegion}`)).to.equal(said(afterRegion));
    expect(said('region\t2017\t2023\n0581 Norrköping\t814\t473\n')).to.include('Vänd tabellen');
    // Digits before the years that are no years: SCB's age group, Kolada's KPI id.
    for (const text of [
      'Region\tÅlder\tÅr\tAntal\n0581 Norrköping\t18-24 år\t2017\t814\n0581 Norrköping\t18-24 år\t2023\t473\n',
      'Kommun\tKPI\tÅr\tVärde\nNorrköping\tU00405\t2017\t814\nNorrköping\tU00405\t2023\t473\n',
    ])
      expect(said(text), text).to.include('Åren ska stå i den första kolumnen').and.include('kolumn 3');
  });

  it('reads pasted text as a page reads the same cells: the same error, or rows that read the same (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'År', 'Personer', 'Hemlöshet', 'region', '0581 Norrköping', '–', '..', 'x', '2O17'),
      fc.constantFrom('814', '1 053', '1,5', '1.234', '-5', '2017*', '473¹'),
      fc.integer({ min: 2000, max: 2030 }).map(String),
    );
    const tags = fc.constantFrom('homeless-trend', 'prevention-stats' as const);
    // Rows as long as the chart's at least: a missing cell is the form's empty field, not the page's NC106.
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, tags, fc.constantFrom(',', '.' as const), (rows, tag, decimal) => {
        const text = rows.map((row) => row.join('\t')).join('\n');
        const cells = parseCsv(text);
        if (!cells.ok) return;
        const pasted = readPasted(text, tag, decimal);
        // The same error; or rows that, as the form holds them (trimmed: `” ”` would be named `””`), read the same.
        if (!pasted.ok) expect(pasted).to.deep.equal(parseTableRows(cells.value, FIELDS[tag], decimal));
        else {
          const trimmed = cells.value.map((row) => row.map((value) => value.trim()));
          expect(parseTableRows(pasted.value, FIELDS[tag], decimal)).to.deep.equal(
            parseTableRows(trimmed, FIELDS[tag], decimal),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
