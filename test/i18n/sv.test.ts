import { expect } from '@open-wc/testing';
import { sv } from '../../src/i18n/sv.js';
import { chartStrings } from '../../src/i18n/chart-strings.js';
import { svMessages } from '../../src/i18n/sv-messages.js';
import { trendStrings } from '../../src/i18n/trend-strings.js';
import { preventionStrings } from '../../src/i18n/prevention-strings.js';
import { keyFigureStrings } from '../../src/i18n/key-figure-strings.js';
import { formatFor } from '../../src/i18n/format.js';
import { ERROR_CODES, type DataError, type ErrorKind } from '../../src/data/errors.js';

const error = (kind: ErrorKind, where: Omit<DataError, 'kind' | 'code'> = {}): DataError => ({
  kind,
  code: ERROR_CODES[kind],
  ...where,
});

const trend = trendStrings.sv;
const prevention = preventionStrings.sv;
const keyFigure = keyFigureStrings.sv;

describe('i18n/sv', () => {
  it('is Swedish: sv-SE, decimal comma', () => {
    expect(sv.lang).to.equal('sv');
    expect(sv.locale).to.equal('sv-SE');
    expect(sv.decimal).to.equal(',');
  });

  it('names the source, the error title and the fields in Swedish', () => {
    expect(sv.source).to.equal('Källa');
    expect(chartStrings.sv.errorTitle).to.equal('Diagrammet kan inte visas');
    expect(chartStrings.sv.errorTitleShown).to.equal('Diagrammet visas inte som det är tänkt');
    expect(svMessages.fields).to.deep.equal({
      year: 'år',
      value: 'värde',
      families: 'familjer',
      children: 'barn',
      change: 'förändring',
      date: 'datum',
      label: 'etikett',
    });
  });

  it('explains value errors with the value and the row', () => {
    expect(svMessages.error(error('notANumber', { row: 1, field: 'value', value: 'many' }), 'värde')).to.equal(
      'Värdet ”many” på rad 1 är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(svMessages.error(error('notANumber', { value: 'many' }), 'värde')).to.equal(
      'Värdet ”many” är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(svMessages.error(error('notANumber', { field: 'value', value: 'many' }), 'värde')).to.equal(
      'Värdet ”many” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(svMessages.error(error('invalidYear', { row: 2, value: '17' }), 'år')).to.equal(
      'Året ”17” på rad 2 är inte ett årtal med fyra siffror.',
    );
    expect(svMessages.error(error('negative', { row: 3, value: '-5' }), 'värde')).to.equal(
      'Värdet ”-5” på rad 3 är negativt, men ett antal kan inte vara mindre än noll.',
    );
    expect(svMessages.error(error('ambiguousNumber', { row: 4, value: '1.234' }), 'värde')).to.equal(
      'Värdet ”1.234” på rad 4 kan läsas på två sätt. Skriv tusental med mellanslag, som 1 234, och decimaler med komma, som 1,5. Tre decimaler skrivs med en nolla till: 1,2340.',
    );
  });

  it('names the year of the row in error, when it could be read', () => {
    expect(svMessages.error(error('notANumber', { row: 3, field: 'value', year: 2024, value: 'y' }), 'värde')).to.equal(
      'Värdet ”y” på rad 3 (år 2024) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(svMessages.error(error('missingField', { row: 2, field: 'children', year: 2023 }), 'barn')).to.equal(
      'Värdet för barn saknas på rad 2 (år 2023).',
    );
    expect(
      svMessages.error(error('ambiguousNumber', { row: 1, field: 'value', year: 2017, value: '1,234' }), 'värde'),
    ).to.match(/^Värdet ”1,234” på rad 1 \(år 2017\) kan läsas på två sätt\./);
  });

  it('names an attribute with an unknown value, as written, and the values it takes', () => {
    expect(
      svMessages.error(error('unknownOption', { field: 'type', value: 'stapel', detail: 'line, bar' }), 'type'),
    ).to.equal('Attributet type kan inte vara ”stapel”. Möjliga värden: line, bar.');
  });

  it('names the later row of a duplicate year', () => {
    expect(svMessages.error(error('duplicateYear', { row: 3, field: 'year', value: '2017' }), 'år')).to.equal(
      'Året 2017 finns mer än en gång (rad 3). Ta bort eller rätta en av raderna.',
    );
  });

  it('names a missing field by the name it is given, and a missing value or year as such', () => {
    expect(svMessages.error(error('missingField', { row: 2, field: 'children' }), svMessages.fields.children)).to.equal(
      'Värdet för barn saknas på rad 2.',
    );
    expect(svMessages.error(error('missingField', { field: 'value' }), svMessages.fields.value)).to.equal(
      'Värde saknas.',
    );
    expect(svMessages.error(error('missingField', { row: 2, field: 'year' }), svMessages.fields.year)).to.equal(
      'År saknas på rad 2.',
    );
  });

  it('explains shape, JSON, empty and marker errors with an example', () => {
    expect(svMessages.error(error('shape'), '')).to.include('[{"year":2023,"value":473}]');
    expect(svMessages.error(error('shape', { detail: 'value' }), '')).to.include('[{"year":2023,"value":473}]');
    expect(svMessages.error(error('shape', { detail: 'families,children' }), '')).to.include(
      '[{"year":2023,"families":53,"children":109}]',
    );
    expect(svMessages.error(error('shape', { row: 2 }), '')).to.equal(
      'Rad 2 har fel form: den ska ha ett år och värden.',
    );
    expect(svMessages.error(error('jsonSyntax', { value: '[{"year":2017,', detail: 'x' }), '')).to.equal(
      'Siffrorna är inte skrivna som giltig JSON. Kontrollera citattecken, kommatecken och klamrar.',
    );
    expect(svMessages.error(error('jsonSyntax', { value: '[{', detail: 'x' }), '')).to.equal(
      "Siffrorna är inte skrivna som giltig JSON. Den slutar efter ”[{”, vid det första citattecknet inuti. Skriv enkla citattecken runt värdet: data='[…]'.",
    );
    expect(svMessages.error(error('jsonSyntax', { field: 'markers', value: '[', detail: 'x' }), '')).to.equal(
      "Attributet markers är inte giltig JSON. Den slutar efter ”[”, vid det första citattecknet inuti. Skriv enkla citattecken runt värdet: markers='[…]'.",
    );
    expect(svMessages.error(error('empty'), '')).to.equal('Det finns inga värden att visa.');
    for (const value of ['473*', '473 1)', '1 234¹'])
      expect(svMessages.error(error('notANumber', { row: 2, value }), ''), value).to.equal(
        `Värdet ”${value}” på rad 2 är inte ett tal. Ta bort fotnotstecknet, eller skriv det i <sup>.`,
      );
    expect(svMessages.error(error('notANumber', { row: 2, value: '4x3' }), '')).to.equal(
      'Värdet ”4x3” på rad 2 är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    const marker = svMessages.error(error('invalidMarker', { row: 2, field: 'date', value: '2022-13' }), 'datum');
    expect(marker).to.include('på rad 2');
    expect(marker).to.include('"label":"Bostad först"');
  });

  it('says to remove a footnote mark after a figure or a year, or to write it in <sup>', () => {
    for (const value of ['473 (1)', '473 (prel.)', '473(1)', '473**'])
      expect(svMessages.error(error('notANumber', { row: 2, value }), ''), value).to.equal(
        `Värdet ”${value}” på rad 2 är inte ett tal. Ta bort fotnotstecknet, eller skriv det i <sup>.`,
      );
    for (const value of ['2023*', '2023¹', '2023 (prel.)', '2023 1)', '2023 (1)'])
      expect(svMessages.error(error('invalidYear', { row: 2, field: 'year', value }), 'år'), value).to.equal(
        `Året ”${value}” på rad 2 är inte ett årtal. Ta bort fotnotstecknet, eller skriv det i <sup>.`,
      );
  });

  it('says a row that begins with a word has no year, and to remove it if it is a total, a source or a heading', () => {
    // A word of seven letters or more before a year, and a short word before five digits, are no year either.
    for (const value of [
      'Totalt',
      'Summa',
      'Källa: Socialstyrelsen',
      'År',
      'Källa: SCB 2024',
      'Totalt 2023',
      'Nr 12345',
    ])
      expect(svMessages.error(error('invalidYear', { row: 3, field: 'year', value }), 'år'), value).to.equal(
        `Rad 3 har ”${value}”, inte ett årtal. Ta bort raden om den är en summa, källa eller rubrik.`,
      );
    // A year after a short word is a year to mend, in a row of figures.
    for (const value of ['17', '20x7', '2021/22', '', 'ca 2023', 'År 2017', 'v. 2023', 'circa 2023'])
      expect(svMessages.error(error('invalidYear', { row: 3, field: 'year', value }), 'år'), value).to.equal(
        `Året ”${value}” på rad 3 är inte ett årtal med fyra siffror.`,
      );
  });

  it('says to leave a figure the source does not give empty, or to write –, not to write it with digits', () => {
    for (const value of ['x', 'X', '.', '<5', '‹5', '< 5', '*', '[x]'])
      expect(
        svMessages.error(error('notANumber', { row: 2, field: 'value', year: 2020, value }), 'värde'),
        value,
      ).to.equal(`Värdet ”${value}” på rad 2 (år 2020) är inte ett tal. Saknas talet, lämna cellen tom eller skriv –.`);
    // A key figure's value has no cell to leave empty; and a word is a word.
    expect(svMessages.error(error('notANumber', { field: 'value', value: 'x' }), 'värde')).to.equal(
      'Värdet ”x” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(svMessages.error(error('notANumber', { row: 2, value: 'xx' }), 'värde')).to.equal(
      'Värdet ”xx” på rad 2 är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
  });

  it('names the address that took too long, or that holds no data', () => {
    const url = 'https://example.org/data.json';
    expect(svMessages.error(error('timeout', { value: url }), '')).to.equal(
      'Det tog för lång tid att hämta ”https://example.org/data.json”. Försök igen senare.',
    );
    expect(svMessages.error(error('notData', { value: url }), '')).to.equal(
      '”https://example.org/data.json” innehåller inte JSON eller CSV (kanske en webbsida). Kontrollera adressen.',
    );
  });

  it('summarises a falling trend with the figures, as the chart shows them', () => {
    const format = formatFor(sv);
    const text = trend.summary({
      heading: trend.heading,
      firstYear: format.year(2017),
      first: trend.people(format.number(814)),
      lastYear: format.year(2023),
      last: trend.people(format.number(473)),
      change: format.change(-41.9),
      direction: 'fell',
    });
    expect(text).to.equal(
      'Hemlösheten i Norrköping: antalet minskade från 814 personer år 2017 till 473 personer år 2023, en förändring med \u221242\u00a0%.',
    );
  });

  it('summarises a rising trend, and one without a change', () => {
    const facts = {
      heading: 'H',
      firstYear: '2017',
      first: '10 personer',
      lastYear: '2023',
      last: '20 personer',
      change: null,
      direction: 'rose' as const,
    };
    expect(trend.summary(facts)).to.equal('H: antalet ökade från 10 personer år 2017 till 20 personer år 2023.');
    // The same figure first and last, whatever lay between: neither a rise nor a change of 0 %.
    expect(trend.summary({ ...facts, first: '20 personer', change: '0 %', direction: 'same' })).to.equal(
      'H: 20 personer både år 2017 och år 2023.',
    );
    expect(trend.summaryOne('H', '2023', '1 person')).to.equal('H: 1 person år 2023.');
    expect(trend.people('473')).to.equal('473 personer');
    expect(trend.people('1')).to.equal('1 person');
    // By the count as shown: 1.04 is shown as 1, and is one person.
    expect(trend.people('1,5')).to.equal('1,5 personer');
    expect(trend.unmeasured('2018 till 2022', true)).to.equal('Åren 2018 till 2022 mättes inte.');
    expect(trend.unmeasured('2018', false)).to.equal('År 2018 mättes inte.');
  });

  it('summarises eviction prevention and the key figure with the figures', () => {
    expect(prevention.missing('2021')).to.equal('Uppgift saknas för 2021.');
    expect(prevention.years('2020 till 2023')).to.equal('Diagrammet visar åren 2020 till 2023.');
    expect(prevention.years('2019 och 2023')).to.equal('Diagrammet visar åren 2019 och 2023.');
    expect(prevention.summary(prevention.heading, '53', '109', '2023')).to.equal(
      'Vräkningsförebyggande arbete: 53 barnfamiljer med sammanlagt 109 barn kunde bo kvar i sina hem år 2023.',
    );
    expect(prevention.summary('V', '53', null, '2023')).to.equal(
      'V: 53 barnfamiljer kunde bo kvar i sina hem år 2023. Antalet barn är inte känt.',
    );
    expect(prevention.summary('V', null, '109', '2023')).to.equal(
      'V: 109 barn kunde bo kvar i sina hem år 2023. Antalet barnfamiljer är inte känt.',
    );
    expect(prevention.summary('V', '1', '1', '2023')).to.equal(
      'V: 1 barnfamilj med 1 barn kunde bo kvar i sitt hem år 2023.',
    );
    expect(prevention.summary('V', '1', null, '2023')).to.equal(
      'V: 1 barnfamilj kunde bo kvar i sitt hem år 2023. Antalet barn är inte känt.',
    );
    // One family, or one child of families not known, in its one home.
    expect(prevention.summary('V', null, '1', '2023')).to.equal(
      'V: 1 barn kunde bo kvar i sitt hem år 2023. Antalet barnfamiljer är inte känt.',
    );
    expect(prevention.summary('V', '1', '3', '2023')).to.contain('i sitt hem');
  });

  it('names the charts and the Housing First marker in Swedish', () => {
    expect(trend.heading).to.equal('Hemlösheten i Norrköping');
    expect(trend.housingFirst).to.equal('Bostad först');
    expect(sv.notation.to).to.equal('till');
    expect(prevention.familiesUnit('53')).to.equal('barnfamiljer');
    expect(prevention.familiesUnit('1')).to.equal('barnfamilj');
    expect(prevention.familiesUnit('1,5')).to.equal('barnfamiljer');
    expect(prevention.childrenUnit('109')).to.equal('barn');
    expect(prevention.childrenUnit('1')).to.equal('barn');
    expect(keyFigure.change).to.equal('förändring');
  });
});
