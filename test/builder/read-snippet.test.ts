import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chartMarkup, filledRows, type ChartMarkup } from '../../src/builder/markup.js';
import { looksLikeSnippet, readSnippet, type SnippetRead } from '../../src/builder/read-snippet.js';
import {
  defaultHeading,
  initialSettings,
  isChartTag,
  rowsOf,
  withDefaults,
  type ChartSettings,
} from '../../src/builder/settings.js';
import { componentSnippet, iframeSnippet } from '../../src/builder/snippet.js';
import { embedRequest } from '../../src/embed/params.js';
import { figureRows } from '../../src/data/rows.js';
import { stringsFor } from '../../src/i18n/index.js';
import { settingsArbitrary } from './arbitraries.js';

const swedish = initialSettings('sv');

/** Reads a snippet that must be read. */
function read(text: string, current: ChartSettings = swedish): SnippetRead {
  const result = readSnippet(text, current);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The code the builder writes for what it read, in the snippet's own form. */
function writtenAgain({ settings, kind, base }: SnippetRead): string {
  const markup = chartMarkup(settings, kind === 'table' ? 'table' : 'data');
  if (kind !== 'iframe') return componentSnippet(markup, base ?? '');
  const { heading } = settings.texts[settings.component];
  return iframeSnippet(markup, base ?? '', heading.trim() || defaultHeading(settings.component, settings.lang));
}

/**
 * The settings with the figures a page reads from their table: first rows that read as headers (`År |
 * Personer`, or a text and nothing) are skipped there, and so by the builder reading the code back.
 */
function asPageReadsTable(settings: ChartSettings): ChartSettings {
  const tag = settings.component;
  if (!isChartTag(tag)) return settings;
  const rows = figureRows(filledRows(rowsOf(settings, tag)), stringsFor(settings.lang).decimal);
  return { ...settings, [tag === 'homeless-trend' ? 'trendRows' : 'preventionRows']: rows };
}

const BASES = fc.constantFrom('', '/dist', 'https://kommun.se/nc', 'nc/');

describe('builder/read-snippet', () => {
  it('reads back any snippet it writes, as a table or JSON, into settings that write the same code (but the header rows a page skips)', () => {
    fc.assert(
      fc.property(settingsArbitrary, fc.constantFrom('table', 'data' as const), BASES, (settings, format, base) => {
        const snippet = componentSnippet(chartMarkup(settings, format), base);
        // Read over other settings: nothing of them may leak into the code.
        const again = read(snippet, withDefaults(initialSettings(settings.lang === 'sv' ? 'en' : 'sv'), 'key-figure'));
        expect(again.kind).to.equal(settings.component === 'key-figure' ? 'table' : format);
        const shown = format === 'table' ? asPageReadsTable(settings) : settings;
        expect(writtenAgain(again)).to.equal(componentSnippet(chartMarkup(shown, format), base));
        expect(again).to.include({ components: 1, figuresFromSrc: false, langAssumed: false, classicScript: false });
        expect(again.dropped).to.deep.equal([]);
        expect(again.mended).to.deep.equal([]);
        expect(again.markersError).to.equal(null);
        expect(again.figuresInScript).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any iframe snippet it writes, keeping what the embed page shows', () => {
    fc.assert(
      fc.property(settingsArbitrary, BASES, (settings, base) => {
        const markup: ChartMarkup = chartMarkup(settings, 'data');
        const snippet = iframeSnippet(markup, base, 'titel');
        const again = read(snippet);
        expect(again.kind).to.equal('iframe');
        // The embed page drops a source-url that is no safe URL; the builder reads what the embed shows.
        const src = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')?.getAttribute('src');
        const shown = embedRequest(new URL(src ?? '', 'https://x.se/').searchParams);
        const expected = { ...markup, attributes: shown?.attributes };
        expect(chartMarkup(again.settings, 'data')).to.deep.equal(expected);
        expect(again.base).to.equal(base.replace(/\/$/, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a hand-written table with a header of <th> cells, and names the attributes it cannot keep', () => {
    const again = read(`<link rel="stylesheet" href="https://kommun.se/nc/norrkoping-charts.css">
      <script type="module" src="https://kommun.se/nc/norrkoping-charts.js"></script>
      <homeless-trend heading="Hemlöshet" no-actions class="wide" theme=”Dark”>
        <table>
          <tr><th>År</th><th>Personer</th></tr>
          <tr><td>2011</td><td>1 003</td></tr>
          <tr><td>2017</td><td>814</td></tr>
          <tr><td>2023</td><td>–</td></tr>
        </table>
      </homeless-trend>`);
    expect(again.settings.trendRows).to.deep.equal([
      ['2011', '1 003'],
      ['2017', '814'],
      ['2023', '–'],
    ]);
    expect(again).to.include({ kind: 'table', base: 'https://kommun.se/nc', components: 1 });
    expect(again.dropped).to.deep.equal(['no-actions', 'class']);
    const noted = read(
      '<homeless-trend><table><caption>Hemlöshet</caption><tr><td>2017</td><td>814</td></tr>' +
        '<tfoot><tr><td>Källa: Socialstyrelsen</td></tr></tfoot></table></homeless-trend>',
    );
    expect(noted.dropped).to.deep.equal(['<caption>', '<tfoot>']);
    expect(noted.settings.trendRows).to.deep.equal([['2017', '814']]);
    // Footnote marks not written as <sup> are left out as on the page; a mark in another element is kept apart.
    const marked = read(
      '<homeless-trend><table><tr><td>2017</td><td>814<span style="vertical-align:super">1</span></td></tr>' +
        '<tr><td>2020</td><td>700<a href="#fn2">2</a></td></tr><tr><td>2023</td><td>473<small>3</small></td></tr>' +
        '</table></homeless-trend>',
    );
    expect(marked.settings.trendRows).to.deep.equal([
      ['2017', '814'],
      ['2020', '700'],
      ['2023', '473 3'],
    ]);
    expect(again.settings).to.include({ component: 'homeless-trend', lang: 'sv', theme: 'dark', type: 'line' });
    expect(again.settings.texts['homeless-trend']).to.deep.equal({
      heading: 'Hemlöshet',
      description: '',
      source: '',
      sourceUrl: '',
    });
    // Figures of its own and no markers attribute: no marker, as on the page.
    expect(again.settings.markers).to.deep.equal([]);
  });

  it('drops a header written in <td> cells, as the component does, but keeps a mistyped first year', () => {
    const table = (first: string) =>
      read(`<prevention-stats lang="en"><table><tr>${first}</tr>
        <tr><td>2023</td><td>53</td><td>109</td></tr></table></prevention-stats>`).settings.preventionRows;
    expect(table('<td>Year</td><td>Families</td><td>Children</td>')).to.deep.equal([['2023', '53', '109']]);
    expect(table('<td>2O22</td><td>47</td><td>98</td>')).to.deep.equal([
      ['2O22', '47', '98'],
      ['2023', '53', '109'],
    ]);
  });

  it('drops the header rows above the figures as the component does: a <td> header under <thead>, a title above the header', () => {
    const trend = (rows: string) =>
      read(`<homeless-trend><table>${rows}
        <tr><td>2017</td><td>814</td></tr><tr><td>2023</td><td>473</td></tr></table></homeless-trend>`).settings
        .trendRows;
    const figures = [
      ['2017', '814'],
      ['2023', '473'],
    ];
    expect(
      trend('<thead><tr><th>År</th><th>Personer</th></tr></thead><tr><td>År</td><td>Personer</td></tr>'),
    ).to.deep.equal(figures);
    expect(trend('<tr><td>Hemlöshet</td><td></td></tr><tr><td>År</td><td>Personer</td></tr>')).to.deep.equal(figures);
    expect(trend('<tr><th>Hemlöshet</th><th></th></tr><tr><td></td><td>Antal</td></tr>')).to.deep.equal(figures);
  });

  it('says where the years are when they are not down the first column, as the page does', () => {
    const error = (table: string) => {
      const result = readSnippet(`<homeless-trend><table>${table}</table></homeless-trend>`, swedish);
      return result.ok ? null : result.error;
    };
    expect(
      error(`<tr><th>Region</th><th>År</th><th>Antal</th></tr>
        <tr><td>0581 Norrköping</td><td>2017</td><td>814</td></tr><tr><td>0581 Norrköping</td><td>2023</td><td>473</td></tr>`),
    ).to.deep.equal({
      kind: 'invalidYear',
      code: 'NC104',
      row: 1,
      field: 'year',
      value: '0581 Norrköping',
      detail: '2',
    });
    expect(
      error(
        `<tr><td>Region</td><td>2017</td><td>2023</td></tr><tr><td>0581 Norrköping</td><td>814</td><td>473</td></tr>`,
      ),
    ).to.deep.include({ kind: 'invalidYear', detail: 'across' });
  });

  it("reads JSON figures as numbers written in the snippet's language: arrays, year maps and <script> children", () => {
    const trend = (snippet: string) => read(snippet).settings.trendRows;
    expect(trend(`<homeless-trend data='{"2017":814.5,"2023":null}'></homeless-trend>`)).to.deep.equal([
      ['2017', '814,5'],
      ['2023', ''],
    ]);
    expect(
      trend(`<homeless-trend lang="en" data='[{"year":2017,"value":1234.5,"note":"x"}]'></homeless-trend>`),
    ).to.deep.equal([['2017', '1234.5']]);
    // Typographic quotes from a rich-text editor, and a value the component will report, kept as written.
    expect(trend(`<homeless-trend data='[{“year”:2017,“value”:“cirka 800”}]'></homeless-trend>`)).to.deep.equal([
      ['2017', 'cirka 800'],
    ]);
    const prevention = read(`<prevention-stats>
        <script type="application/json">{"2023":{"families":53,"children":109}}</script>
      </prevention-stats>`);
    expect(prevention.kind).to.equal('data');
    expect(prevention.figuresInScript).to.equal(true);
    expect(prevention.settings.preventionRows).to.deep.equal([['2023', '53', '109']]);
    // Wrapped by a CMS, and of another JSON type, as the page reads it; the page's data for search engines is not it.
    const wrapped = read(`<homeless-trend><p><script type="text/json; charset=utf-8">{"2017":814}</script></p>
        <script type="application/ld+json">{"2000":1}</script></homeless-trend>`);
    expect(wrapped.kind).to.equal('data');
    expect(wrapped.settings.trendRows).to.deep.equal([['2017', '814']]);
    // Beside `data`, which the page reads first, a script's figures are not the ones read.
    const both = read(`<homeless-trend data='[{"year":2017,"value":814}]'>
        <script type="application/json">{"2023":473}</script></homeless-trend>`);
    expect(both.figuresInScript).to.equal(false);
    expect(both.settings.trendRows).to.deep.equal([['2017', '814']]);
    expect(
      read(`<homeless-trend data='[{"year":2017,"value":1.234}]'></homeless-trend>`).settings.trendRows,
    ).to.deep.equal([['2017', '1,2340']]);
  });

  it('reads a figure without its footnote mark, however a word processor marked it, as the page does', () => {
    for (const mark of [
      '<sup>1</sup>',
      '<span style="vertical-align: super">1</span>',
      '<span class="sv-superscript">2</span>',
      '<a href="#fn1">1</a>',
    ]) {
      const table = `<table><tr><th>År</th><th>Personer</th></tr><tr><td>2023</td><td>473${mark}</td></tr></table>`;
      expect(read(`<homeless-trend>${table}</homeless-trend>`).settings.trendRows, mark).to.deep.equal([
        ['2023', '473'],
      ]);
    }
  });

  it("gives a component with no figures Norrköping's, with its texts and marker, as the page shows it", () => {
    // The form's own figures and markers give way to Norrköping's.
    const trend = read('<homeless-trend heading="Egen rubrik"></homeless-trend>', {
      ...initialSettings('en'),
      trendRows: [['2000', '1']],
      markers: [],
    });
    const defaults = withDefaults(initialSettings('en'), 'homeless-trend');
    expect(trend.settings.lang).to.equal('en');
    expect(trend.settings.trendRows).to.deep.equal(defaults.trendRows);
    expect(trend.settings.markers).to.deep.equal([{ date: '2022-05', label: 'Housing First' }]);
    expect(trend.settings.texts['homeless-trend'].heading).to.equal('Egen rubrik');
    expect(trend.settings.texts['homeless-trend'].source).to.match(/Socialstyrelsen/);

    const key = read('<key-figure lang="sv" unit="procent"></key-figure>');
    expect(key.settings.keyFigure).to.deep.equal(withDefaults(swedish, 'key-figure').keyFigure);
    const own = read('<key-figure value="12" period="2024" no-summary></key-figure>');
    expect(own.settings.keyFigure).to.deep.equal({ value: '12', unit: '', change: '', period: '2024' });
    expect(own.settings.noSummary).to.equal(true);
    expect(own.dropped).to.deep.equal([]);
    // As the component reads it: "false", as Vue and Svelte write a false value, is off.
    expect(read('<key-figure value="12" no-summary="false"></key-figure>').settings.noSummary).to.equal(false);
  });

  it('reads heading-level as the component does, and names a level it does not take', () => {
    const level = (attribute: string) => {
      const again = read(`<homeless-trend lang="sv" ${attribute}></homeless-trend>`);
      return [again.settings.headingLevel, again.levelChanged, again.dropped];
    };
    expect(level('heading-level="3"')).to.deep.equal(['3', null, []]);
    expect(level('heading-level=" 4 "')).to.deep.equal(['4', null, []]);
    expect(level('heading-level=”5”')).to.deep.equal(['5', null, []]);
    expect(level('')).to.deep.equal(['2', null, []]);
    expect(level('heading-level=""')).to.deep.equal(['2', null, []]);
    // The nearest level, as the page draws it, and said as changed; not a number: the default, as on the page.
    expect(level('heading-level="7"')).to.deep.equal(['6', '7', []]);
    expect(level('heading-level="0"')).to.deep.equal(['1', '0', []]);
    expect(level('heading-level="2.6"')).to.deep.equal(['3', '2.6', []]);
    expect(level('heading-level="tre"')).to.deep.equal(['2', 'tre', []]);
    expect(level('heading-level=” 7 ”')).to.deep.equal(['6', '7', []]);
    // Over a form with other settings: a snippet without them means the defaults, as on a page.
    const current = { ...swedish, headingLevel: '4' as const, noSummary: true };
    expect(read('<key-figure lang="sv" value="1"></key-figure>', current).settings).to.include({
      headingLevel: '2',
      noSummary: false,
    });
  });

  it('reads JSON in single quotes, as the builder writes it now, and in double quotes with &quot;, as it wrote it before', () => {
    const now = read(
      `<homeless-trend lang="sv" markers='[{"date":"2022-05","label":"Kommunens &#39;Bostad först&#39;"}]'` +
        ` data='[{"year":2017,"value":814},{"year":2023,"value":473}]'></homeless-trend>`,
    );
    const before = read(
      '<homeless-trend lang="sv" markers="[{&quot;date&quot;:&quot;2022-05&quot;,&quot;label&quot;:&quot;Kommunens \'Bostad först\'&quot;}]"' +
        ' data="[{&quot;year&quot;:2017,&quot;value&quot;:814},{&quot;year&quot;:2023,&quot;value&quot;:473}]"></homeless-trend>',
    );
    for (const again of [now, before]) {
      expect(again.kind).to.equal('data');
      expect(again.settings.trendRows).to.deep.equal([
        ['2017', '814'],
        ['2023', '473'],
      ]);
      expect(again.settings.markers).to.deep.equal([{ date: '2022-05', label: "Kommunens 'Bostad först'" }]);
    }
  });

  it('reads markers as written, and says when the figures come from src', () => {
    const again = read(
      `<homeless-trend src="/siffror.csv" type="BAR" markers='[{"date":"2022-05","label":"Bostad först"},{"date":"2020"}]'></homeless-trend>`,
    );
    expect(again.settings.markers).to.deep.equal([
      { date: '2022-05', label: 'Bostad först' },
      { date: '2020', label: '' },
    ]);
    // A date written as a number is kept, for the preview to report as the page does.
    expect(
      read(`<homeless-trend markers='[{"date":2022,"label":"Bostad först"}]'></homeless-trend>`).settings.markers,
    ).to.deep.equal([{ date: '2022', label: 'Bostad först' }]);
    expect(again.settings).to.include({ type: 'bar' });
    expect(again.settings.trendRows).to.deep.equal([]);
    expect(again).to.include({ figuresFromSrc: true, base: null });
    expect(again.dropped).to.deep.equal(['src']);
  });

  it('reads a slip in an attribute’s name as the name meant, as the page’s message says it (NC124)', () => {
    const again = read(
      `<homeless-trend heading="Hemlösa i Linköping" sorce="SCB" dta='[{"year":2017,"value":3},{"year":2023,"value":5}]' refesh="300"></homeless-trend>`,
    );
    expect(again.respelt).to.deep.equal(['sorce → source', 'dta → data', 'refesh → refresh']);
    expect(again.settings.texts['homeless-trend']).to.include({ heading: 'Hemlösa i Linköping', source: 'SCB' });
    expect(again.settings.trendRows).to.deep.equal([
      ['2017', '3'],
      ['2023', '5'],
    ]);
    // Read as refresh, which the builder has no field for: named by its right name.
    expect(again.dropped).to.deep.equal(['refresh']);
    const figure = read('<key-figure vaule="12" unti="hushåll" class="stor"></key-figure>');
    expect(figure.respelt).to.deep.equal(['vaule → value', 'unti → unit']);
    expect(figure.settings.keyFigure).to.include({ value: '12', unit: 'hushåll' });
    expect(figure.dropped).to.deep.equal(['class']);
    const swedish = read('<key-figure rubrik="Vräkningar" värde="12" enhet="hushåll"></key-figure>');
    expect(swedish.respelt).to.deep.equal(['rubrik → heading', 'värde → value', 'enhet → unit']);
    expect(swedish.settings.keyFigure).to.include({ value: '12', unit: 'hushåll' });
    // Beside the name meant, the slip is not read over it: it is dropped, as any attribute without a field.
    const both = read('<key-figure value="12" vaule="13"></key-figure>');
    expect([both.respelt, both.dropped, both.settings.keyFigure.value]).to.deep.equal([[], ['vaule'], '12']);
  });

  it('reads values in typographic quotes as the editor wrote them, capitals, repeated words and slashes kept', () => {
    const again = read(
      '<homeless-trend heading=”Personer i hemlöshet i Norrköping 2017/2023” theme=”dark” ' +
        'data=”[{“year”: 2017, “value”: 814}]” source=’Socialstyrelsen och kommunen’ no-actions></homeless-trend>',
    );
    expect(again.mended).to.deep.equal(['heading', 'theme', 'data', 'source']);
    expect(again.settings.texts['homeless-trend']).to.include({
      heading: 'Personer i hemlöshet i Norrköping 2017/2023',
      source: 'Socialstyrelsen och kommunen',
    });
    expect(again.settings.theme).to.equal('dark');
    expect(again.settings.trendRows).to.deep.equal([['2017', '814']]);
    expect(again.kind).to.equal('data');
    expect(again.dropped, 'the words are not attributes').to.deep.equal(['no-actions']);
    // Words that are attribute names do not take the place of the real attributes.
    const english = read(
      '<key-figure lang="en" heading=”Change in value over the period” value="473" change="-42" period="2017–2023"></key-figure>',
    );
    expect(english.settings.keyFigure).to.deep.equal({ value: '473', unit: '', change: '-42', period: '2017–2023' });
    expect(english.settings.texts['key-figure'].heading).to.equal('Change in value over the period');
    // »…« and a one-word value, read with straight quotes too; a value that only begins with a quotation is whole.
    const whole = read(
      '<key-figure heading="”Bostad först” i Norrköping" value=»5« unit=”personer” no-actions></key-figure>',
    );
    expect(whole.mended).to.deep.equal(['value', 'unit']);
    // Each attribute named once, however many tags had it so.
    const twice = read(
      '<key-figure heading=”Antal i dag” value="5"></key-figure><key-figure heading=”Ett till”></key-figure>',
    );
    expect(twice.mended).to.deep.equal(['heading']);
    expect(whole.settings.texts['key-figure'].heading).to.equal('”Bostad först” i Norrköping');
    expect(whole.settings.keyFigure).to.include({ value: '5', unit: 'personer' });
    expect(whole.dropped).to.deep.equal(['no-actions']);
  });

  it('keeps typographic quotes in a text that holds what looks like an attribute, in the new and the old form', () => {
    const label = 'Se a=”x” b=c';
    const now = read(
      `<homeless-trend lang="sv" heading="${label}" markers='[{"date":"2022-05","label":"${label}"}]'>` +
        `<table><tr><th>År</th><th>Personer</th></tr><tr><td>2017</td><td>${label}</td></tr></table></homeless-trend>`,
    );
    const before = read(
      `<homeless-trend lang="sv" heading="${label}" markers="[{&quot;date&quot;:&quot;2022-05&quot;,&quot;label&quot;:&quot;${label}&quot;}]"` +
        ` data="[{&quot;year&quot;:2017,&quot;value&quot;:&quot;${label}&quot;}]"></homeless-trend>`,
    );
    for (const again of [now, before]) {
      expect(again.settings.markers).to.deep.equal([{ date: '2022-05', label }]);
      expect(again.settings.texts['homeless-trend'].heading).to.equal(label);
      expect(again.settings.trendRows).to.deep.equal([['2017', label]]);
      expect([again.mended, again.dropped, again.markersError]).to.deep.equal([[], [], null]);
    }
  });

  it('says what the new code changes: an empty heading, no lang, markers it cannot read, the classic script', () => {
    const again = read(
      '<script src="https://kommun.se/nc/norrkoping-charts.iife.js"></script>' +
        `<homeless-trend heading="" markers='[{"date":"2022-05",}]' data='[{"year":2017,"value":814}]'></homeless-trend>`,
      initialSettings('en'),
    );
    expect(again.dropped).to.deep.equal(['heading=""']);
    expect(again).to.include({ langAssumed: true, classicScript: true, base: 'https://kommun.se/nc' });
    expect(again.settings.lang).to.equal('en');
    expect(again.markersError?.code).to.equal('NC101');
    expect(again.settings.markers).to.deep.equal([]);
    expect(again.settings.trendRows).to.deep.equal([['2017', '814']]);
    expect(read('<homeless-trend lang="sv"></homeless-trend>').langAssumed).to.equal(false);
    expect(read('<key-figure value="5" source=" "></key-figure>').dropped).to.deep.equal(['source=""']);
  });

  it('takes no folder from an address that is no http(s) or relative one', () => {
    const frame = read(
      '<iframe src="javascript:alert(1)//embed.html?component=key-figure&value=5"></iframe>' +
        '<script src="javascript:alert(1)//norrkoping-charts.js"></script>',
    );
    expect(frame.settings.keyFigure.value).to.equal('5');
    expect(frame.base).to.equal(null);
  });

  it('takes the folder from the bundle itself, not from a file whose name only ends as its does', () => {
    const other = read(
      '<script src="https://x.se/gamla-norrkoping-charts.js"></script>' +
        '<script src="https://kommun.se/nc/norrkoping-charts.js"></script><key-figure value="5"></key-figure>',
    );
    expect(other.base).to.equal('https://kommun.se/nc');
  });

  it('reads the first of several components and counts them, passing over an embed of no known component', () => {
    const again = read('<key-figure value="1"></key-figure><homeless-trend></homeless-trend><p>text</p>');
    expect(again.settings.component).to.equal('key-figure');
    expect(again.components).to.equal(2);
    const after = read('<iframe src="embed.html?component=pie"></iframe><prevention-stats></prevention-stats>');
    expect(after.settings.component).to.equal('prevention-stats');
    expect(after.components).to.equal(1);
  });

  it('reports JSON it cannot read, text with no component, code copied as text, and an iframe of another page', () => {
    const broken = readSnippet(`<homeless-trend data='[{"year":2017,'></homeless-trend>`, swedish);
    expect(!broken.ok && typeof broken.error === 'object' && broken.error.code).to.equal('NC101');
    const shape = readSnippet(`<homeless-trend data='"814"'></homeless-trend>`, swedish);
    expect(!shape.ok && typeof shape.error === 'object' && shape.error.code).to.equal('NC102');
    const asText = readSnippet(
      '<homeless-trend heading="Egen">År;Personer\n2017;814\n2023;473</homeless-trend>',
      swedish,
    );
    expect(!asText.ok && typeof asText.error === 'object' && asText.error.code, 'figures as text').to.equal('NC123');
    // Markers that cannot be read are said, and the rest is read (see above).
    expect(read(`<homeless-trend markers='{"date":"2022"}'></homeless-trend>`).markersError?.code).to.equal('NC108');
    for (const text of [
      '2017\t814',
      '<div>homeless-trend</div>',
      '<iframe src="https://video.example/embed?x=1"></iframe>',
    ])
      expect(readSnippet(text, swedish)).to.deep.equal({ ok: false, error: 'noComponent' });
    expect(readSnippet('&lt;homeless-trend lang="sv"&gt;&lt;/homeless-trend&gt;', swedish)).to.deep.equal({
      ok: false,
      error: 'escapedCode',
    });
  });

  it('refuses a year written twice in a year map, as the page does, rather than keep only its last figure', () => {
    // JSON.parse keeps the last of two equal keys: the form would have lost 814 without a word.
    const errorOf = (text: string) => {
      const result = readSnippet(text, swedish);
      return !result.ok && typeof result.error === 'object' ? result.error : null;
    };
    expect(errorOf(`<homeless-trend data='{"2017":814,"2023":473,"2017":900}'></homeless-trend>`)).to.deep.include({
      code: 'NC105',
      row: 3,
      year: 2017,
    });
    // With an editor's curly quotes, and in a <script> child; a prevention map alike.
    expect(
      errorOf(`<homeless-trend data='{\u201c2017\u201d:814,\u201c2017\u201d:900}'></homeless-trend>`),
    ).to.deep.include({
      code: 'NC105',
      row: 2,
    });
    expect(
      errorOf('<homeless-trend><script type="application/json">{"2017":814,"2017":900}</script></homeless-trend>'),
    ).to.deep.include({ code: 'NC105', row: 2 });
    expect(
      errorOf(
        `<prevention-stats data='{"2023":{"families":53,"children":109},"2023":{"families":1,"children":2}}'></prevention-stats>`,
      ),
    ).to.deep.include({ code: 'NC105', row: 2, year: 2023 });
    // Rows of an array, each year twice, are read as written: the form shows both, and the preview the message.
    const { settings } = read(
      `<homeless-trend data='[{"year":2017,"value":814},{"year":2017,"value":900}]'></homeless-trend>`,
    );
    expect(rowsOf(settings, 'homeless-trend')).to.deep.equal([
      ['2017', '814'],
      ['2017', '900'],
    ]);
  });

  it('runs nothing in the text it reads and creates no component', () => {
    const global = window as unknown as Record<string, unknown>;
    const again = read(`<img src="data:," onerror="window.__snippetRan = 1"><script>window.__snippetRan = 2</script>
      <homeless-trend heading="&lt;img src=x onerror=window.__snippetRan=3&gt;"></homeless-trend>`);
    expect(again.settings.texts['homeless-trend'].heading).to.equal('<img src=x onerror=window.__snippetRan=3>');
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(global.__snippetRan).to.equal(undefined);
        resolve();
      }, 100),
    );
  });

  it('tells a snippet from spreadsheet cells', () => {
    expect(looksLikeSnippet('<homeless-trend lang="sv">')).to.equal(true);
    expect(looksLikeSnippet('x\n<KEY-FIGURE\nvalue="1">')).to.equal(true);
    expect(looksLikeSnippet('<iframe src="https://kommun.se/nc/embed.html?component=key-figure">')).to.equal(true);
    expect(looksLikeSnippet('År\tPersoner\n2017\t814')).to.equal(false);
    expect(looksLikeSnippet('<homeless-trendy>')).to.equal(false);
  });
});
