import type { Lang } from '../i18n/index.js';
import type { ComponentTag } from '../embed/attributes.js';
import type { HeadingLevel } from './settings.js';

/** Which snippet the builder writes. */
export type SnippetKind = 'table' | 'data' | 'iframe';

/** What the preview's error is in: the figures (a chart's rows, a key figure's fields) or a marker. */
export type ErrorPlace = 'figures' | 'markers';

/** The builder's own texts in one language. Texts that depend on a figure are functions. */
export interface BuilderStrings {
  readonly lang: Lang;
  readonly title: string;
  readonly intro: string;
  /** The other language's name, in that language, for the switch. */
  readonly otherLanguage: { readonly lang: Lang; readonly name: string };
  /** Reading back a snippet that is already on a page. */
  readonly existing: {
    readonly summary: string;
    readonly label: string;
    readonly hint: string;
    readonly button: string;
    /** `rows` is null for a key figure. */
    readonly read: (component: string, rows: number | null) => string;
    readonly several: (count: number) => string;
    /** `list` names the attributes, already joined as a sentence's list. */
    readonly dropped: (list: string, count: number) => string;
    readonly fromSrc: string;
    /** `list` names the attributes written with typographic quotes, joined as a sentence's list. */
    readonly quotes: (list: string, count: number) => string;
    /** `list` names the slips read as the names meant (`sorce → source`), joined as a sentence's list. */
    readonly respelt: (list: string, count: number) => string;
    /** A `heading-level` outside 1–6 (as written), read as `level`, the one the page draws. */
    readonly levelChanged: (written: string, level: string) => string;
    readonly noComponent: string;
    /** The code as a visual editor shows it (`&lt;homeless-trend`). */
    readonly escapedCode: string;
    readonly failed: (message: string) => string;
    readonly markersFailed: (message: string) => string;
    /** The code gives no `lang`; `lang` is the chart language it was read in. */
    readonly langAssumed: (lang: Lang) => string;
    readonly base: (base: string) => string;
    readonly classicScript: string;
    readonly figuresInScript: string;
  };
  readonly component: {
    readonly legend: string;
    readonly names: Readonly<Record<ComponentTag, string>>;
    readonly hints: Readonly<Record<ComponentTag, string>>;
  };
  readonly figures: {
    readonly legend: string;
    readonly hint: string;
    readonly year: string;
    readonly value: string;
    readonly families: string;
    readonly children: string;
    readonly actions: string;
    readonly cell: (column: string, row: number) => string;
    readonly addRow: string;
    readonly removeRow: (row: number) => string;
    readonly start: string;
    readonly started: string;
    readonly pasteLabel: string;
    readonly pasteHint: string;
    readonly pasteButton: string;
    readonly pasted: (rows: number) => string;
    readonly noRows: string;
  };
  readonly keyFigure: {
    readonly value: string;
    readonly valueHint: string;
    readonly unit: string;
    readonly change: string;
    readonly changeHint: string;
    readonly period: string;
  };
  readonly texts: {
    readonly legend: string;
    readonly heading: string;
    readonly headingHint: string;
    readonly headingLevel: string;
    readonly headingLevelHint: string;
    readonly headingLevels: Readonly<Record<HeadingLevel, string>>;
    readonly description: string;
    readonly descriptionHint: string;
    readonly noSummary: string;
    readonly noSummaryHint: string;
    readonly source: string;
    readonly sourceUrl: string;
    /** Said when the figures are one's own but the heading or source are still Norrköping's; `markers` for a trend. */
    readonly ownFigures: (markers: boolean) => string;
  };
  readonly appearance: {
    readonly legend: string;
    readonly lang: string;
    readonly langs: Readonly<Record<Lang, string>>;
    readonly theme: string;
    readonly themes: { readonly light: string; readonly dark: string; readonly auto: string };
    readonly type: string;
    readonly types: { readonly line: string; readonly bar: string };
  };
  readonly markers: {
    readonly legend: string;
    readonly hint: string;
    /** The visible labels over a marker's two fields (their names say the marker's number too). */
    readonly columns: { readonly date: string; readonly label: string };
    readonly date: (row: number) => string;
    readonly label: (row: number) => string;
    readonly add: string;
    readonly remove: (row: number) => string;
    readonly invalid: (row: number) => string;
    /** A marker dated outside the years of the figures (NC122): `year` is its year. */
    readonly outside: (row: number, year: number | undefined) => string;
  };
  readonly preview: { readonly heading: string; readonly errorPrefix: Readonly<Record<ErrorPlace, string>> };
  readonly code: {
    readonly heading: string;
    readonly kindLegend: string;
    readonly kinds: Readonly<Record<SnippetKind, string>>;
    readonly kindHints: Readonly<Record<SnippetKind, string>>;
    readonly base: string;
    readonly baseHint: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly output: string;
    readonly hasError: Readonly<Record<ErrorPlace, string>>;
  };
}

export const sv: BuilderStrings = {
  lang: 'sv',
  title: 'Diagrambyggaren',
  intro:
    'Välj diagram, skriv in eller klistra in siffrorna och se diagrammet direkt. Kopiera sedan koden och klistra in den i ett HTML-block i CMS:et.',
  otherLanguage: { lang: 'en', name: 'English' },
  existing: {
    summary: 'Ändra en kod som redan finns',
    label: 'Kod från sidan',
    hint: 'Kopiera hela koden för diagrammet från HTML-blocket i CMS:et och klistra in den här. Formuläret fylls i med kodens siffror och texter. Ändra det du behöver och kopiera sedan den nya koden.',
    button: 'Läs in koden',
    read: (component, rows) =>
      rows === null
        ? `Koden är inläst: ${component}.`
        : `Koden är inläst: ${component} med ${rows} ${rows === 1 ? 'rad' : 'rader'}.`,
    several: (count) => `Texten innehöll ${count} diagram. Det första är inläst.`,
    dropped: (list, count) =>
      `Byggaren har inga fält för ${list}. Lägg till ${count === 1 ? 'det' : 'dem'} i den nya koden om ${count === 1 ? 'det' : 'de'} behövs.`,
    fromSrc:
      'Siffrorna hämtas från en adress (src) och står inte i koden. Skriv in dem här, eller behåll src i den nya koden.',
    quotes: (list, count) =>
      `${count === 1 ? 'Attributet' : 'Attributen'} ${list} hade typografiska citattecken (”…”), som webbläsaren inte läser som citattecken. Byggaren har läst ${count === 1 ? 'det' : 'dem'} med raka citattecken, som den nya koden får.`,
    respelt: (list, count) =>
      `${count === 1 ? 'Ett attributnamn var felstavat' : 'Några attributnamn var felstavade'}: ${list}. Byggaren har läst ${count === 1 ? 'det' : 'dem'} rätt, och den nya koden har ${count === 1 ? 'det rätta namnet' : 'de rätta namnen'}.`,
    levelChanged: (written, level) =>
      `Rubriknivån ”${written}” finns inte: rubriker har nivå 1–6. Byggaren har valt nivå ${level}, som sidan också visar.`,
    noComponent:
      'Texten innehåller inget diagram: ingen <homeless-trend>, <prevention-stats>, <key-figure> eller iframe från byggaren.',
    escapedCode:
      'Texten är koden som den visas i CMS:ets vanliga textläge (med &lt; i stället för <). Kopiera koden från HTML-läget i stället.',
    failed: (message) => `Koden kunde inte läsas in. ${message}`,
    markersFailed: (message) => `Markeringarna kunde inte läsas, så de är borttagna: ${message}`,
    langAssumed: (lang) =>
      `Koden anger inget språk (lang), så den lästes som ${lang === 'sv' ? 'svenska' : 'engelska'}. Välj ett annat under Utseende om det behövs.`,
    base: (base) => `Adressen till mappen med skriptet är nu ${base || '(tom)'}.`,
    figuresInScript:
      'Siffrorna stod i ett <script type="application/json">-element. Den nya koden har dem i en tabell eller i attributet data.',
    classicScript:
      'Koden använde det klassiska skriptet (norrkoping-charts.iife.js). Den nya koden använder type="module"; byt skriptraden om CMS:et tar bort type="module".',
  },
  component: {
    legend: 'Diagram',
    names: {
      'homeless-trend': 'Utveckling över tid',
      'prevention-stats': 'Barnfamiljer och barn per år',
      'key-figure': 'Nyckeltal',
    },
    hints: {
      'homeless-trend': '<homeless-trend>: ett värde per år, som linje eller staplar.',
      'prevention-stats': '<prevention-stats>: familjer och barn per år, grupperade staplar.',
      'key-figure': '<key-figure>: ett tal i stor stil med förändring och period.',
    },
  },
  figures: {
    legend: 'Siffror',
    hint: 'Skriv hela årtal och tal med siffror, till exempel 1 234 eller 1 234,5. Tom ruta eller streck betyder inget värde.',
    year: 'År',
    value: 'Värde',
    families: 'Barnfamiljer',
    children: 'Barn',
    actions: 'Ta bort',
    cell: (column, row) => `${column}, rad ${row}`,
    addRow: 'Lägg till rad',
    removeRow: (row) => `Ta bort rad ${row}`,
    start: 'Börja från Norrköpings siffror',
    started: 'Norrköpings siffror är inlästa.',
    pasteLabel: 'Klistra in från kalkylblad eller CSV',
    pasteHint:
      'Kopiera cellerna i Excel eller LibreOffice, eller CSV-text med semikolon eller komma. En rubrikrad får vara med.',
    pasteButton: 'Läs in inklistrade siffror',
    pasted: (rows) => `${rows} ${rows === 1 ? 'rad inläst' : 'rader inlästa'}.`,
    noRows: 'Inga rader ännu.',
  },
  keyFigure: {
    value: 'Värde',
    valueHint: 'Till exempel 473. Lämna tomt för att visa förändringen som det stora talet.',
    unit: 'Enhet',
    change: 'Förändring i procent',
    changeHint: 'Till exempel -37.',
    period: 'Period',
  },
  texts: {
    legend: 'Texter',
    heading: 'Rubrik',
    headingHint: 'Tom rubrik ger standardrubriken.',
    headingLevel: 'Rubriknivå',
    headingLevelHint:
      'Rubrikens nivå bland sidans rubriker. Står diagrammet under en mellanrubrik på nivå 2, välj nivå 3.',
    headingLevels: {
      '1': '1',
      '2': '2 (standard)',
      '3': '3',
      '4': '4',
      '5': '5',
      '6': '6',
    },
    description: 'Beskrivning',
    descriptionHint: 'Lämna tomt för en sammanfattning som skapas från siffrorna.',
    noSummary: 'Dölj sammanfattningen',
    noSummaryHint:
      'Texten som sammanfattar siffrorna. Dölj den bara om samma sak redan står i sidans text alldeles intill. Skärmläsare får den ändå.',
    source: 'Källa',
    sourceUrl: 'Länk till källan',
    ownFigures: (markers) =>
      `Siffrorna är inte längre Norrköpings, men rubriken eller källan är det. Kontrollera att de stämmer för dina siffror${markers ? ', och markeringen Bostad först om den finns kvar' : ''}.`,
  },
  appearance: {
    legend: 'Utseende',
    lang: 'Diagrammets språk',
    langs: { sv: 'Svenska', en: 'Engelska' },
    theme: 'Tema',
    themes: { light: 'Ljust', dark: 'Mörkt', auto: 'Följ läsarens inställning' },
    type: 'Diagramtyp',
    types: { line: 'Linje', bar: 'Staplar' },
  },
  markers: {
    legend: 'Markeringar',
    hint: 'Händelser på tidsaxeln. Datum som ÅÅÅÅ-MM, till exempel 2022-05. Utan text visar diagrammet datumet.',
    columns: { date: 'Datum', label: 'Text' },
    date: (row) => `Datum, markering ${row}`,
    label: (row) => `Text, markering ${row}`,
    add: 'Lägg till markering',
    remove: (row) => `Ta bort markering ${row}`,
    invalid: (row) => `Datumet för markering ${row} ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ, till exempel 2022-05.`,
    outside: (row, year) =>
      `Markering ${row}${year === undefined ? '' : ` (${year})`} ligger utanför åren i siffrorna och visas inte. Ändra datumet, eller siffrorna.`,
  },
  preview: {
    heading: 'Förhandsvisning',
    errorPrefix: { figures: 'Fel i siffrorna:', markers: 'Fel i markeringarna:' },
  },
  code: {
    heading: 'Kod att klistra in',
    kindLegend: 'Typ av kod',
    kinds: {
      table: 'Komponent med tabell',
      data: 'Komponent med data-attribut',
      iframe: 'Iframe',
    },
    kindHints: {
      table:
        'Rekommenderas: siffrorna står i en vanlig tabell som syns utan JavaScript och kan ändras i CMS:ets tabellverktyg.',
      data: 'Siffrorna som JSON i attributet data: kortare kod.',
      iframe: 'För CMS som tar bort <script>. Skriptet efter iframen är valfritt och gör den lika hög som diagrammet.',
    },
    base: 'Adress till mappen med norrkoping-charts.js',
    baseHint: 'Där ni publicerar filerna från dist/ på er webbplats.',
    copy: 'Kopiera kod',
    copied: 'Koden är kopierad.',
    copyFailed: 'Koden kunde inte kopieras automatiskt. Markera den i rutan och kopiera med Ctrl+C.',
    output: 'Kod',
    hasError: {
      figures: 'Obs! Siffrorna innehåller ett fel, så diagrammet visar ett felmeddelande.',
      markers: 'Obs! En markering innehåller ett fel, så diagrammet visar ett felmeddelande.',
    },
  },
};

export const en: BuilderStrings = {
  lang: 'en',
  title: 'Chart builder',
  intro:
    'Choose a chart, type or paste the figures and see the chart at once. Then copy the code and paste it into an HTML block in your CMS.',
  otherLanguage: { lang: 'sv', name: 'Svenska' },
  existing: {
    summary: 'Change code you already have',
    label: 'Code from the page',
    hint: 'Copy the whole code of the chart from the HTML block in your CMS and paste it here. The form is filled in with its figures and texts. Change what you need, then copy the new code.',
    button: 'Read the code',
    read: (component, rows) =>
      rows === null
        ? `The code has been read: ${component}.`
        : `The code has been read: ${component} with ${rows} ${rows === 1 ? 'row' : 'rows'}.`,
    several: (count) => `The text held ${count} charts. The first one is read.`,
    dropped: (list, count) =>
      `The builder has no field for ${list}. Add ${count === 1 ? 'it' : 'them'} to the new code if needed.`,
    fromSrc:
      'The figures are fetched from an address (src) and are not in the code. Type them here, or keep src in the new code.',
    quotes: (list, count) =>
      `The ${count === 1 ? 'attribute' : 'attributes'} ${list} had typographic quotation marks (”…”), which browsers do not read as quotation marks. The builder has read ${count === 1 ? 'it' : 'them'} with straight ones, as the new code has them.`,
    respelt: (list, count) =>
      `${count === 1 ? 'An attribute name had a slip' : 'Some attribute names had slips'}: ${list}. The builder has read ${count === 1 ? 'it' : 'them'} right, and the new code has the right ${count === 1 ? 'name' : 'names'}.`,
    levelChanged: (written, level) =>
      `There is no heading level "${written}": headings have levels 1–6. The builder has chosen level ${level}, which the page shows too.`,
    noComponent:
      'The text holds no chart: no <homeless-trend>, <prevention-stats>, <key-figure> or iframe from the builder.',
    escapedCode:
      "The text is the code as the CMS's normal text mode shows it (with &lt; instead of <). Copy the code from the HTML mode instead.",
    failed: (message) => `The code could not be read. ${message}`,
    markersFailed: (message) => `The markers could not be read, so they are removed: ${message}`,
    langAssumed: (lang) =>
      `The code gives no language (lang), so it was read as ${lang === 'sv' ? 'Swedish' : 'English'}. Choose another under Appearance if needed.`,
    base: (base) => `The address of the folder with the script is now ${base || '(empty)'}.`,
    figuresInScript:
      'The figures were in a <script type="application/json"> element. The new code has them in a table or in the data attribute.',
    classicScript:
      'The code used the classic script (norrkoping-charts.iife.js). The new code uses type="module"; change the script line if your CMS removes type="module".',
  },
  component: {
    legend: 'Chart',
    names: {
      'homeless-trend': 'Trend over time',
      'prevention-stats': 'Families and children per year',
      'key-figure': 'Key figure',
    },
    hints: {
      'homeless-trend': '<homeless-trend>: one value per year, as a line or bars.',
      'prevention-stats': '<prevention-stats>: families and children per year, grouped bars.',
      'key-figure': '<key-figure>: one figure in large type with its change and period.',
    },
  },
  figures: {
    legend: 'Figures',
    hint: 'Write whole years, and numbers in digits, e.g. 1,234 or 1,234.5. An empty cell or a dash means no value.',
    year: 'Year',
    value: 'Value',
    families: 'Families',
    children: 'Children',
    actions: 'Remove',
    cell: (column, row) => `${column}, row ${row}`,
    addRow: 'Add row',
    removeRow: (row) => `Remove row ${row}`,
    start: "Start from Norrköping's figures",
    started: "Norrköping's figures are loaded.",
    pasteLabel: 'Paste from a spreadsheet or CSV',
    pasteHint:
      'Copy the cells in Excel or LibreOffice, or CSV text with semicolons or commas. A header row may be included.',
    pasteButton: 'Use the pasted figures',
    pasted: (rows) => `${rows} ${rows === 1 ? 'row' : 'rows'} read.`,
    noRows: 'No rows yet.',
  },
  keyFigure: {
    value: 'Value',
    valueHint: 'For example 473. Leave empty to show the change as the large figure.',
    unit: 'Unit',
    change: 'Change in per cent',
    changeHint: 'For example -37.',
    period: 'Period',
  },
  texts: {
    legend: 'Texts',
    heading: 'Heading',
    headingHint: 'An empty heading gives the default heading.',
    headingLevel: 'Heading level',
    headingLevelHint: "The heading's level among the page's headings. Under a level 2 subheading, choose level 3.",
    headingLevels: {
      '1': '1',
      '2': '2 (default)',
      '3': '3',
      '4': '4',
      '5': '5',
      '6': '6',
    },
    description: 'Description',
    descriptionHint: 'Leave empty for a summary generated from the figures.',
    noSummary: 'Hide the summary',
    noSummaryHint:
      "The text that sums up the figures. Hide it only if the page's text right next to it already says the same. Screen readers still get it.",
    source: 'Source',
    sourceUrl: 'Link to the source',
    ownFigures: (markers) =>
      `The figures are no longer Norrköping's, but the heading or the source still is. Check that they fit your figures${markers ? ', and the Housing First marker if it is still there' : ''}.`,
  },
  appearance: {
    legend: 'Appearance',
    lang: 'Language of the chart',
    langs: { sv: 'Swedish', en: 'English' },
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: "Follow the reader's setting" },
    type: 'Chart type',
    types: { line: 'Line', bar: 'Bars' },
  },
  markers: {
    legend: 'Markers',
    hint: 'Events on the time axis. Dates as YYYY-MM, e.g. 2022-05. Without a text the chart shows the date.',
    columns: { date: 'Date', label: 'Text' },
    date: (row) => `Date, marker ${row}`,
    label: (row) => `Text, marker ${row}`,
    add: 'Add marker',
    remove: (row) => `Remove marker ${row}`,
    invalid: (row) => `The date of marker ${row} must be written YYYY-MM or YYYY, e.g. 2022-05.`,
    outside: (row, year) =>
      `Marker ${row}${year === undefined ? '' : ` (${year})`} is outside the years of the figures and is not shown. Change its date, or the figures.`,
  },
  preview: {
    heading: 'Preview',
    errorPrefix: { figures: 'Error in the figures:', markers: 'Error in the markers:' },
  },
  code: {
    heading: 'Code to paste',
    kindLegend: 'Kind of code',
    kinds: {
      table: 'Component with a table',
      data: 'Component with the data attribute',
      iframe: 'Iframe',
    },
    kindHints: {
      table:
        'Recommended: the figures are in a plain table that is readable without JavaScript and editable in the CMS table editor.',
      data: 'The figures as JSON in the data attribute: shorter code.',
      iframe:
        'For CMSs that remove <script>. The script after the iframe is optional and makes it as tall as the chart.',
    },
    base: 'Address of the folder with norrkoping-charts.js',
    baseHint: 'Where you publish the files of dist/ on your site.',
    copy: 'Copy code',
    copied: 'The code is copied.',
    copyFailed: 'The code could not be copied automatically. Select it in the box and copy with Ctrl+C.',
    output: 'Code',
    hasError: {
      figures: 'Note: the figures contain an error, so the chart shows an error message.',
      markers: 'Note: a marker contains an error, so the chart shows an error message.',
    },
  },
};

export const BUILDER_STRINGS: Readonly<Record<Lang, BuilderStrings>> = { sv, en };
