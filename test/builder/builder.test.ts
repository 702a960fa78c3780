import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { reduceMotion } from '../helpers.js';
import {
  $,
  chartData,
  framePage,
  mountBuilder,
  partText,
  pasteAndRead,
  pasteInto,
  previewShows,
  typeInto,
  typeKeys,
  waitFor,
  type Charted,
} from './builder-helpers.js';
import type { AxeResults, RunOptions } from 'axe-core';
import type { ChartBuilder } from '../../src/builder/chart-builder.js';

before(reduceMotion);

/**
 * Whether this browser lets the tests read the real clipboard: Chromium and Firefox do, as launched
 * (web-test-runner.config.mjs, web-test-runner.firefox.config.mjs); WebKit has no such setting, and there
 * what the builder hands the Clipboard API is checked instead.
 */
const realClipboard = /Chrome\/|Firefox\//.test(navigator.userAgent);
beforeEach(() => realClipboard && navigator.clipboard.writeText(''));
afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

/** A trend's one dataset, as the line chart holds it. */
const line = (points: [number, number | null][]) => [points.map(([x, y]) => ({ x, y }))];

/** The clipboard's text once the copy has landed (permission granted in web-test-runner.config.mjs). */
const readClipboard = (): Promise<string> =>
  waitFor(async () => (await navigator.clipboard.readText()) || undefined, 'text on the clipboard');

/** What the page hands `navigator.clipboard.writeText` while `act` runs, the real clipboard left alone. */
async function writtenToClipboard(act: () => Promise<void>): Promise<string> {
  const { clipboard } = navigator;
  const written: string[] = [];
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => (written.push(text), Promise.resolve()),
  });
  try {
    await act();
    return await waitFor(() => written.join('') || undefined, 'text handed to the clipboard');
  } finally {
    // The prototype's own again.
    delete (clipboard as unknown as Record<string, unknown>).writeText;
  }
}

/** Presses Copy code with the keyboard and returns what went to the clipboard, checking it is what is shown. */
async function copyCode(builder: ChartBuilder): Promise<string> {
  $(builder, '#copy').focus();
  const press = () => sendKeys({ press: 'Enter' });
  const text = realClipboard ? (await press(), await readClipboard()) : await writtenToClipboard(press);
  await builder.updateComplete;
  expect($<HTMLTextAreaElement>(builder, '#output').value).to.equal(text);
  expect($(builder, '#copy-status').textContent.trim()).to.equal('Koden är kopierad.');
  return text;
}

/** Renders a snippet in a blank page and resolves with its component once it has drawn. */
async function renderSnippet(snippet: string, tag: string): Promise<Charted> {
  const { doc } = await framePage(snippet);
  return waitFor(() => {
    const element = doc.querySelector<Charted>(tag);
    if (!element?.shadowRoot?.querySelector('[part~="figure"]')) return undefined;
    return tag === 'key-figure' || element.chart ? element : undefined;
  }, `<${tag}> drawn from the snippet`);
}

/** What a reader sees of a component: its texts, and its chart's data. */
function rendering(element: Charted): unknown {
  return {
    heading: partText(element, 'heading'),
    figure: partText(element, 'figure'),
    summary: partText(element, 'summary'),
    source: partText(element, 'source'),
    error: partText(element, 'error'),
    chart: chartData(element.chart),
  };
}

/** What makes an element a live region, whose changes a screen reader says. */
const LIVE_REGION = '[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"], [role="log"]';

/** The texts of the live regions in `root` and in the shadow roots of the elements in it; the empty ones left out. */
function liveTexts(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) => [
    ...(element.matches(LIVE_REGION) ? [element.textContent.replace(/\s+/g, ' ').trim()].filter(Boolean) : []),
    ...(element.shadowRoot ? liveTexts(element.shadowRoot) : []),
  ]);
}

describe('chart builder', () => {
  it("starts with Norrköping's trend in the preview and the table", async () => {
    const builder = await mountBuilder();
    await previewShows(
      builder,
      line([
        [2017, 814],
        [2023, 473],
      ]),
    );
    expect($<HTMLInputElement>(builder, '#cell-0-0').value).to.equal('2017');
    expect($<HTMLInputElement>(builder, '#cell-1-1').value).to.equal('473');
    expect(builder.preview!.localName).to.equal('homeless-trend');
  });

  it('gives, as it starts, code that renders the chart a plain <homeless-trend> shows, Bostad först marker and all', async () => {
    const builder = await mountBuilder();
    expect($<HTMLInputElement>(builder, '#marker-label-0').value).to.equal('Bostad först');
    const snippet = await copyCode(builder);
    expect(snippet).to.contain(`markers='[{"date":"2022-05","label":"Bostad först"}]'`);
    const copy = await renderSnippet(snippet, 'homeless-trend');
    const plain = await renderSnippet(
      '<script type="module" src="/dist/norrkoping-charts.js"></script><homeless-trend></homeless-trend>',
      'homeless-trend',
    );
    expect(partText(copy, 'summary')).to.contain('Markering: Bostad först, maj 2022.');
    expect(rendering(copy)).to.deep.equal(rendering(plain));
  });

  it('updates the preview as figures are typed, adds a row with the keyboard, and copies a snippet that renders the same chart', async () => {
    const builder = await mountBuilder();
    await typeInto(builder, '#cell-0-1', '900');
    await previewShows(
      builder,
      line([
        [2017, 900],
        [2023, 473],
      ]),
    );

    $(builder, '#add-row').focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(builder.shadowRoot!.activeElement?.id).to.equal('cell-2-0', 'focus moves to the new row');
    await typeKeys('2011');
    await sendKeys({ press: 'Tab' });
    await typeKeys('1 200');
    await previewShows(
      builder,
      line([
        [2011, 1200],
        [2017, 900],
        [2023, 473],
      ]),
    );

    await typeInto(builder, '#heading', 'Hemlösa <i>&</i> "bostad först"');
    await typeInto(builder, '#base', '/dist');
    const snippet = await copyCode(builder);
    expect(snippet).to.contain('<script type="module" src="/dist/norrkoping-charts.js"></script>');
    expect(snippet).to.contain('heading="Hemlösa &lt;i&gt;&amp;&lt;/i&gt; &quot;bostad först&quot;"');
    expect(snippet).to.contain('<tr><td>2011</td><td>1 200</td></tr>');

    const copy = await renderSnippet(snippet, 'homeless-trend');
    const preview = builder.preview as Charted;
    expect(rendering(copy)).to.deep.equal(rendering(preview));
    expect(partText(copy, 'heading')).to.equal('Hemlösa <i>&</i> "bostad först"');
  });

  it('renders the same <prevention-stats> from the data attribute snippet, chosen with the keyboard', async () => {
    const builder = await mountBuilder();
    $(builder, '#component-homeless-trend').focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    await waitFor(
      () => (builder.preview?.localName === 'prevention-stats' ? (builder.preview as Charted).chart : undefined),
      'prevention chart',
    );
    await typeInto(builder, '#cell-0-2', '110');
    $(builder, '#kind-table').focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect($<HTMLInputElement>(builder, '#kind-data').checked).to.equal(true);
    await waitFor(
      () => ((builder.preview as Charted).chart?.data.datasets[0]?.data[1] === 110 ? true : undefined),
      'children 110',
    );
    const snippet = await copyCode(builder);
    expect(snippet).to.contain(`data='[{"year":2023,"families":53,"children":110}]'`);
    expect(snippet).not.to.contain('<table>');
    const copy = await renderSnippet(snippet, 'prevention-stats');
    expect(rendering(copy)).to.deep.equal(rendering(builder.preview as Charted));
  });

  it('renders the same <key-figure> from its snippet, in English and dark', async () => {
    const builder = await mountBuilder();
    $<HTMLInputElement>(builder, '#component-key-figure').click();
    await builder.updateComplete;
    await typeInto(builder, '#key-value', '473');
    await typeInto(builder, '#key-unit', 'people');
    await typeInto(builder, '#key-change', '-42');
    const lang = $<HTMLSelectElement>(builder, '#chart-lang');
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    const theme = $<HTMLSelectElement>(builder, '#theme');
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    const preview = builder.preview as Charted;
    await waitFor(() => (partText(preview, 'figure').startsWith('473 people') ? true : undefined), 'the key figure');
    const snippet = await copyCode(builder);
    const copy = await renderSnippet(snippet, 'key-figure');
    expect(rendering(copy)).to.deep.equal(rendering(preview));
    expect(copy.getAttribute('theme')).to.equal('dark');
    expect(partText(copy, 'figure')).to.equal('473 people, change -42%, 2022–2023');
  });

  it('sets the heading level and hides the summary from the keyboard, in the preview and in a snippet that renders the same', async () => {
    const builder = await mountBuilder();
    const preview = builder.preview as Charted;
    expect(preview.shadowRoot!.querySelector('[part~="heading"]')?.localName).to.equal('h2');
    const level = $<HTMLSelectElement>(builder, '#heading-level');
    expect(level.value).to.equal('2');
    expect(level.labels[0]?.textContent.trim()).to.equal('Rubriknivå');
    expect(level.getAttribute('aria-describedby')).to.equal('heading-level-hint');
    level.focus();
    await sendKeys({ press: 'ArrowDown' });
    // A select that opens a list on ArrowDown (WebKit, Firefox on some systems) takes the choice with Enter.
    if (level.value === '2') await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(level.value).to.equal('3');

    const noSummary = $<HTMLInputElement>(builder, '#no-summary');
    expect(noSummary.labels?.[0]?.textContent.trim()).to.equal('Dölj sammanfattningen');
    expect(partText(preview, 'summary')).to.not.equal('');
    noSummary.focus();
    await sendKeys({ type: ' ' });
    await builder.updateComplete;
    expect(noSummary.checked).to.equal(true);

    await waitFor(
      () => (preview.shadowRoot!.querySelector('[part~="heading"]')?.localName === 'h3' ? true : undefined),
      'an h3 in the preview',
    );
    await waitFor(() => (partText(preview, 'summary') === '' ? true : undefined), 'the summary hidden');
    const snippet = await copyCode(builder);
    expect(snippet).to.contain('  heading-level="3"\n  no-summary\n');
    const copy = await renderSnippet(snippet, 'homeless-trend');
    expect(rendering(copy)).to.deep.equal(rendering(preview));
    expect(copy.shadowRoot!.querySelector('[part~="heading"]')?.localName).to.equal('h3');
    expect(copy.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);

    // Read back from the code, into a form with the defaults again.
    $(builder, '#start').click();
    level.value = '2';
    level.dispatchEvent(new Event('change'));
    noSummary.click();
    await builder.updateComplete;
    expect([level.value, noSummary.checked]).to.deep.equal(['2', false]);
    await pasteAndRead(builder, '#existing', snippet, '#read-existing');
    expect([level.value, noSummary.checked]).to.deep.equal(['3', true]);
  });

  it("shows the component's own message next to the figures, in a live region, for a mistyped value", async () => {
    const builder = await mountBuilder();
    const region = $(builder, '#figures-error');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await typeInto(builder, '#cell-1-1', 'fyrahundra');
    await waitFor(() => (region.textContent.includes('fyrahundra') ? true : undefined), 'the error message');
    expect(region.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Fel i siffrorna: Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1 234.',
    );
    expect(partText(builder.preview!, 'error')).to.contain(
      'Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1 234.',
    );
    await typeInto(builder, '#cell-1-1', '400');
    await previewShows(
      builder,
      line([
        [2017, 814],
        [2023, 400],
      ]),
    );
    await waitFor(() => (region.textContent.trim() === '' ? true : undefined), 'the message to go');
    // A key too many, then taken back: the figures are those drawn before, and the message goes too.
    await sendKeys({ press: 'End' });
    await typeKeys('x');
    await waitFor(() => (region.textContent.includes('400x') ? true : undefined), 'the message for 400x');
    await sendKeys({ press: 'Backspace' });
    await waitFor(() => (region.textContent.trim() === '' ? true : undefined), 'the message to go again');
  });

  it("says an error once, in the builder's words next to the field, while the preview shows the page's message", async () => {
    const builder = await mountBuilder();
    const shownInBoth = async (preview: string, region: string): Promise<void> => {
      await waitFor(
        () => (partText(builder.preview!, 'error').includes(preview) ? true : undefined),
        "the preview's message",
      );
      await waitFor(() => ($(builder, region).textContent.trim() ? true : undefined), "the builder's message");
    };

    // The preview shows the page's message; only the builder's region says one: its own, by the marker's number.
    await typeInto(builder, '#marker-date-0', '22-05');
    await shownInBoth('Markeringen på rad 1 är ogiltig.', '#markers-error');
    expect(liveTexts(builder.shadowRoot!)).to.deep.equal([
      'Fel i markeringarna: Datumet för markering 1 ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ, till exempel 2022-05.',
    ]);
    expect(partText(builder.preview!, 'error')).to.match(/^Diagrammet visas inte som det är tänkt\. Markeringen/);

    await typeInto(builder, '#marker-date-0', '2022-05');
    await typeInto(builder, '#cell-1-1', 'fyrahundra');
    await shownInBoth('fyrahundra', '#figures-error');
    expect(liveTexts(builder.shadowRoot!).filter((text) => text.includes('fyrahundra'))).to.deep.equal([
      'Fel i siffrorna: Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1 234.',
    ]);
    expect(partText(builder.preview!, 'error')).to.equal(
      'Diagrammet kan inte visas. Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1 234.',
    );

    // The code on a page says its error itself, interrupting: there is no other message.
    const { doc } = await framePage($<HTMLTextAreaElement>(builder, '#output').value);
    const page = await waitFor(
      () =>
        doc.querySelector('homeless-trend')?.shadowRoot?.querySelector('[part="error"]')?.parentElement ?? undefined,
      "the page's message",
    );
    expect(page.getAttribute('role')).to.equal('alert');
  });

  it('shows the error as the page does: no chart drawn from earlier figures, under the same title', async () => {
    const builder = await mountBuilder();
    const shown = async (text: string): Promise<Charted> => {
      const preview = await waitFor(
        () => (partText(builder.preview!, 'error').includes(text) ? (builder.preview as Charted) : undefined),
        `the preview's message with ${text}`,
      );
      await preview.updateComplete;
      return preview;
    };
    const samePage = async (preview: Charted, text: string): Promise<void> => {
      const { doc } = await framePage($<HTMLTextAreaElement>(builder, '#output').value);
      const page = await waitFor(() => {
        const element = doc.querySelector<Charted>(preview.localName);
        return element && partText(element, 'error').includes(text) ? element : undefined;
      }, `the page's message with ${text}`);
      await page.updateComplete;
      expect(rendering(preview)).to.deep.equal(rendering(page));
    };

    // The trend drew 814 and 473; on a page, the code with "fyrahundra" draws no chart, only the table typed.
    await typeInto(builder, '#cell-1-1', 'fyrahundra');
    const trend = await shown('fyrahundra');
    expect(partText(trend, 'error')).to.equal(
      'Diagrammet kan inte visas. Värdet ”fyrahundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1 234.',
    );
    expect(trend.chart).to.equal(undefined);
    await samePage(trend, 'fyrahundra');
    // Keys typed while the message is shown change the message of the same component.
    await typeKeys('x');
    expect((await shown('fyrahundrax')) === trend).to.equal(true);

    // A marker's date the chart cannot place: the page draws the chart, under the other title.
    await typeInto(builder, '#cell-1-1', '473');
    await previewShows(
      builder,
      line([
        [2017, 814],
        [2023, 473],
      ]),
    );
    const reported: string[] = [];
    $(builder, '.preview').addEventListener('data-error', (event) =>
      reported.push((event as CustomEvent<{ input: string }>).detail.input),
    );
    await typeInto(builder, '#marker-date-0', '22-05');
    const marked = await shown('Markeringen på rad 1 är ogiltig.');
    expect(partText(marked, 'error')).to.match(/^Diagrammet visas inte som det är tänkt\. /);
    expect(marked.chart).to.not.equal(undefined);
    await samePage(marked, 'Markeringen på rad 1 är ogiltig.');
    await typeKeys('x');
    await waitFor(() => (reported.some((input) => input.includes('22-05x')) ? true : undefined), 'the next error');
    expect(builder.preview === marked, 'not made again at every key').to.equal(true);

    // The key figure as the page shows it: not the last figure typed.
    $<HTMLInputElement>(builder, '#component-key-figure').click();
    await builder.updateComplete;
    await typeInto(builder, '#key-value', 'många');
    const key = await shown('många');
    expect(partText(key, 'error')).to.match(/^Nyckeltalet kan inte visas\. /);
    expect(partText(key, 'figure')).to.equal('');
    await samePage(key, 'många');
  });

  it('marks the field in error as invalid and describes it by the message, past blank rows, in markers and key figures', async () => {
    const builder = await mountBuilder();
    const invalid = () =>
      Array.from(builder.shadowRoot!.querySelectorAll('[aria-invalid]'), (field) => [
        field.id,
        field.getAttribute('aria-invalid'),
        field.getAttribute('aria-describedby'),
      ]);
    const region = $(builder, '#figures-error');
    const markersRegion = $(builder, '#markers-error');
    const errorShown = (text: string, where = region) =>
      waitFor(() => (where.textContent.includes(text) ? true : undefined), `the message "${text}"`);
    $(builder, '#add-row').click();
    await builder.updateComplete;
    $(builder, '#add-row').click();
    await builder.updateComplete;
    await typeInto(builder, '#cell-3-0', '2024');
    await typeInto(builder, '#cell-3-1', 'x');
    // The empty third row is not written: the component's row 3 is the form's fourth.
    await errorShown('Värdet ”x” på rad 3 (år 2024) är inte ett tal. Saknas talet, lämna cellen tom eller skriv –.');
    expect(invalid()).to.deep.equal([['cell-3-1', 'true', 'figures-hint figures-error']]);
    expect(getComputedStyle($(builder, '#cell-3-1')).borderTopWidth).to.equal('2px');
    await typeInto(builder, '#cell-3-1', '500');
    await waitFor(() => (region.textContent.trim() === '' ? true : undefined), 'the message to go');
    expect(invalid()).to.deep.equal([]);
    // A note under the figures, in a row of its own, is skipped as the page skips it, and moves no row's number.
    $(builder, '#add-row').click();
    await builder.updateComplete;
    await typeInto(builder, '#cell-4-0', 'Källa: SCB');
    await typeInto(builder, '#cell-1-1', 'y');
    await errorShown(
      'Värdet ”y” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(invalid()).to.deep.equal([['cell-1-1', 'true', 'figures-hint figures-error']]);
    await typeInto(builder, '#cell-1-1', '473');
    await waitFor(() => (region.textContent.trim() === '' ? true : undefined), 'the message to go');

    $(builder, '#add-marker').click();
    await builder.updateComplete;
    await typeInto(builder, '#marker-date-1', '22-05');
    await errorShown('Datumet för markering 2 ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ, till exempel 2022-05.', markersRegion);
    expect(invalid()).to.deep.equal([['marker-date-1', 'true', 'markers-hint markers-error']]);
    await typeInto(builder, '#marker-date-1', '2022-09');
    await waitFor(() => (markersRegion.textContent.trim() === '' ? true : undefined), 'the marker message to go');

    $<HTMLInputElement>(builder, '#component-key-figure').click();
    await builder.updateComplete;
    await typeInto(builder, '#key-value', 'många');
    await errorShown(
      'Värdet ”många” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
    expect(invalid()).to.deep.equal([['key-value', 'true', 'key-value-hint figures-error']]);
  });

  it('lists an error in a marker under the markers, not under the figures, in Swedish and English', async () => {
    const builder = await mountBuilder();
    const text = (selector: string): string =>
      builder.shadowRoot!.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const shown = (region: string, start: string) =>
      waitFor(() => (text(region).startsWith(start) ? true : undefined), `a message "${start}…" in ${region}`);

    await typeInto(builder, '#marker-date-0', '22-05');
    await shown('#markers-error', 'Fel i markeringarna: ');
    expect(text('#markers-error')).to.equal(
      'Fel i markeringarna: Datumet för markering 1 ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ, till exempel 2022-05.',
    );
    expect(text('#figures-error')).to.equal('');
    expect($(builder, '#markers-error').closest('fieldset')?.querySelector('legend')?.textContent).to.equal(
      'Markeringar',
    );
    expect(text('.code .note')).to.equal(
      'Obs! En markering innehåller ett fel, så diagrammet visar ett felmeddelande.',
    );
    $(builder, '.lang-switch').click();
    await builder.updateComplete;
    expect(text('#markers-error')).to.equal(
      'Error in the markers: The date of marker 1 must be written YYYY-MM or YYYY, e.g. 2022-05.',
    );
    expect(text('.code .note')).to.equal('Note: a marker contains an error, so the chart shows an error message.');
    $(builder, '.lang-switch').click();
    await builder.updateComplete;

    // The Housing First marker of May 2022, left in a chart whose own figures end in 2020.
    await typeInto(builder, '#marker-date-0', '2022-05');
    await typeInto(builder, '#cell-1-0', '2020');
    await shown('#markers-error', 'Fel i markeringarna: Markering 1');
    expect(text('#markers-error')).to.equal(
      'Fel i markeringarna: Markering 1 (2022) ligger utanför åren i siffrorna och visas inte. Ändra datumet, eller siffrorna.',
    );
    expect(text('#figures-error')).to.equal('');
    expect($(builder, '#marker-date-0').getAttribute('aria-invalid')).to.equal('true');
    expect($(builder, '#marker-date-0').getAttribute('aria-describedby')).to.equal('markers-hint markers-error');

    // An error in the figures is still one.
    await typeInto(builder, '#cell-1-1', 'x');
    await shown('#figures-error', 'Fel i siffrorna: ');
    expect(text('#markers-error')).to.equal('');
    expect(text('.code .note')).to.equal('Obs! Siffrorna innehåller ett fel, så diagrammet visar ett felmeddelande.');
  });

  it('reads figures pasted from a spreadsheet, and shows the validation message for malformed ones', async () => {
    const builder = await mountBuilder();
    const paste = (text: string): Promise<void> => pasteAndRead(builder, '#paste', text, '#use-pasted');
    await paste('År\tPersoner\n2005\t1 100\n2011\t980\n2017\t814\n');
    await previewShows(
      builder,
      line([
        [2005, 1100],
        [2011, 980],
        [2017, 814],
      ]),
    );
    expect($(builder, '#figures-status').textContent.trim()).to.equal('3 rader inlästa.');
    // Said of the trend's figures: not of another component's.
    $<HTMLInputElement>(builder, '#component-key-figure').click();
    await builder.updateComplete;
    expect($(builder, '#figures-status').textContent.trim()).to.equal('');
    $<HTMLInputElement>(builder, '#component-homeless-trend').click();
    await builder.updateComplete;

    await paste('år;värde\n2017;814\n2023;fyra hundra');
    await waitFor(
      () =>
        $(builder, '#figures-error').textContent.includes(
          'Värdet ”fyra hundra” på rad 2 (år 2023) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
        )
          ? true
          : undefined,
      'the message for the pasted value',
    );
    await paste('2017;"814\n');
    expect($(builder, '#figures-status').textContent.trim()).to.equal(
      'CSV-filen är ogiltig: ett citattecken på rad 1 i filen avslutas aldrig.',
    );
    // A column of numbers the chart would not show is said, as on a page, not dropped.
    await paste('År\tKvinnor\tMän\n2017\t300\t514\n');
    expect($(builder, '#figures-status').textContent.trim()).to.equal(
      'Talet ”514” på rad 1 (år 2017) står i kolumn 3, som diagrammet inte visar. Ta bort kolumnen, eller visa talen i ett eget diagram.',
    );
  });

  it('skips a title row above the header, as the page does, and writes code with the figures alone', async () => {
    const builder = await mountBuilder();
    await pasteAndRead(
      builder,
      '#paste',
      'Personer i hemlöshet\t\nÅr\tPersoner\n2017\t814\n2023\t473\n',
      '#use-pasted',
    );
    expect($(builder, '#figures-status').textContent.trim()).to.equal('2 rader inlästa.');
    expect($<HTMLInputElement>(builder, '#cell-0-0').value).to.equal('2017');
    await previewShows(
      builder,
      line([
        [2017, 814],
        [2023, 473],
      ]),
    );
    $<HTMLInputElement>(builder, '#kind-data').click();
    await builder.updateComplete;
    expect($<HTMLTextAreaElement>(builder, '#output').value).to.include(
      `data='[{"year":2017,"value":814},{"year":2023,"value":473}]'`,
    );
  });

  it('says where the years are when they are not down the first column, in pasted figures and in code, as the page does', async () => {
    const builder = await mountBuilder();
    const firstValue = $<HTMLInputElement>(builder, '#cell-0-1').value;
    const message =
      'Åren ska stå i den första kolumnen, men där står ”0581 Norrköping” på rad 1, och åren står i kolumn 2. Ta bort kolumnerna före åren.';
    await pasteAndRead(
      builder,
      '#paste',
      'region\tår\tantal\n0581 Norrköping\t2017\t814\n0581 Norrköping\t2023\t473\n',
      '#use-pasted',
    );
    expect($(builder, '#figures-status').textContent.trim()).to.equal(message);
    await pasteAndRead(builder, '#paste', 'region\t2017\t2023\n0581 Norrköping\t814\t473\n', '#use-pasted');
    expect($(builder, '#figures-status').textContent.includes('Vänd tabellen')).to.equal(true);
    expect($<HTMLInputElement>(builder, '#cell-0-1').value).to.equal(firstValue, 'the form is left as it was');

    $<HTMLDetailsElement>(builder, '.existing').open = true;
    await pasteAndRead(
      builder,
      '#existing',
      `<homeless-trend><table><tr><th>Region</th><th>År</th><th>Antal</th></tr>
        <tr><td>0581 Norrköping</td><td>2017</td><td>814</td></tr></table></homeless-trend>`,
      '#read-existing',
    );
    await waitFor(() => ($(builder, '#existing-status').textContent.trim() ? true : undefined), 'the status');
    expect($(builder, '#existing-status').textContent.trim()).to.equal(`Koden kunde inte läsas in. ${message}`);
  });

  it('says a year written twice in code read back, as the page does, and leaves the form as it was', async () => {
    const builder = await mountBuilder();
    $<HTMLDetailsElement>(builder, '.existing').open = true;
    await pasteAndRead(
      builder,
      '#existing',
      `<homeless-trend data='{\u201c2017\u201d:814,\u201c2023\u201d:473,\u201c2017\u201d:900}'></homeless-trend>`,
      '#read-existing',
    );
    await waitFor(() => ($(builder, '#existing-status').textContent.trim() ? true : undefined), 'the status');
    expect($(builder, '#existing-status').textContent.trim()).to.equal(
      'Koden kunde inte läsas in. Året 2017 finns mer än en gång (rad 3). Ta bort eller rätta en av raderna.',
    );
    expect($<HTMLInputElement>(builder, '#cell-0-1').value, 'the form as it was').to.equal('814');
    expect($<HTMLInputElement>(builder, '#cell-1-1').value).to.equal('473');
  });

  it("reads back a page's code: fills the form and the preview, and writes code that renders the same chart", async () => {
    const original = `<link rel="stylesheet" href="/dist/norrkoping-charts.css">
<script type="module" src="/dist/norrkoping-charts.js"></script>
<prevention-stats heading="Vräkningar som förebyggdes" source="Socialtjänsten" no-actions
  data='{"2022":{"families":47,"children":98},"2023":{"families":53,"children":109}}'></prevention-stats>`;
    const page = await renderSnippet(original, 'prevention-stats');
    const builder = await mountBuilder();
    builder.base = '';
    const summary = $(builder, '.existing summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect($<HTMLDetailsElement>(builder, '.existing').open).to.equal(true);
    pasteInto(builder, '#existing', original);
    $(builder, '#read-existing').focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;

    await waitFor(() => ($(builder, '#existing-status').textContent.trim() ? true : undefined), 'the status');
    expect($(builder, '#existing-status').textContent.trim()).to.equal(
      'Koden är inläst: Barnfamiljer och barn per år med 2 rader. Koden anger inget språk (lang), så den lästes som ' +
        'svenska. Välj ett annat under Utseende om det behövs. Byggaren har inga fält för no-actions. Lägg till det ' +
        'i den nya koden om det behövs. Adressen till mappen med skriptet är nu /dist.',
    );
    expect($<HTMLInputElement>(builder, '#component-prevention-stats').checked).to.equal(true);
    expect($<HTMLInputElement>(builder, '#kind-data').checked).to.equal(true);
    expect($<HTMLInputElement>(builder, '#cell-1-2').value).to.equal('109');
    expect($<HTMLInputElement>(builder, '#heading').value).to.equal('Vräkningar som förebyggdes');
    expect($<HTMLInputElement>(builder, '#base').value).to.equal('/dist');
    await waitFor(
      () => ((builder.preview as Charted).chart?.data.datasets[1]?.data[1] === 109 ? true : undefined),
      'the preview of the code read',
    );

    const snippet = await copyCode(builder);
    const copy = await renderSnippet(snippet, 'prevention-stats');
    // no-actions is not kept (the status said so): the rest reads as on the page.
    expect(rendering(copy)).to.deep.equal(rendering(page));
    expect(rendering(builder.preview as Charted)).to.deep.equal(rendering(page));
  });

  it('says which attribute names it read as meant and which heading level it chose, and writes them right', async () => {
    const builder = await mountBuilder();
    const status = $(builder, '#existing-status');
    await pasteAndRead(
      builder,
      '#existing',
      '<key-figure lang="sv" vaule="12" sorce="SCB"></key-figure>',
      '#read-existing',
    );
    const said =
      'Koden är inläst: Nyckeltal. Några attributnamn var felstavade: vaule → value och sorce → source. Byggaren ' +
      'har läst dem rätt, och den nya koden har de rätta namnen.';
    await waitFor(() => (status.textContent.trim() === said ? true : undefined), 'the status');
    const code = $<HTMLTextAreaElement>(builder, '#output').value;
    expect([code.includes('value="12"'), code.includes('source="SCB"'), /vaule|sorce/.test(code)]).to.deep.equal([
      true,
      true,
      false,
    ]);

    // A heading level the page does not take: the form takes the one the page draws, and says so.
    await pasteAndRead(
      builder,
      '#existing',
      '<key-figure lang="sv" value="12" heading-level="7"></key-figure>',
      '#read-existing',
    );
    const levelSaid =
      'Koden är inläst: Nyckeltal. Rubriknivån ”7” finns inte: rubriker har nivå 1–6. Byggaren har valt nivå 6, som ' +
      'sidan också visar.';
    await waitFor(() => (status.textContent.trim() === levelSaid ? true : undefined), 'the level status');
    expect($<HTMLSelectElement>(builder, '#heading-level').value).to.equal('6');
    expect($<HTMLTextAreaElement>(builder, '#output').value).to.contain('heading-level="6"');
  });

  it('says what it mended and assumed, says it again for the same code, and draws a new preview', async () => {
    const builder = await mountBuilder();
    const status = $(builder, '#existing-status');
    const changes: string[] = [];
    new MutationObserver(() => changes.push(status.textContent.trim())).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    const code = '<key-figure value="12" heading=”Ny Siffra”></key-figure>';
    await pasteAndRead(builder, '#existing', code, '#read-existing');
    const said =
      'Koden är inläst: Nyckeltal. Attributet heading hade typografiska citattecken (”…”), som webbläsaren inte ' +
      'läser som citattecken. Byggaren har läst det med raka citattecken, som den nya koden får. Koden anger inget ' +
      'språk (lang), så den lästes som svenska. Välj ett annat under Utseende om det behövs.';
    await waitFor(() => (status.textContent.trim() === said ? true : undefined), 'the status');
    expect($<HTMLInputElement>(builder, '#heading').value).to.equal('Ny Siffra');
    expect($<HTMLTextAreaElement>(builder, '#output').value).to.contain('heading="Ny Siffra"');
    // The same words again are emptied first, so that a screen reader says them again.
    changes.length = 0;
    $(builder, '#read-existing').click();
    await waitFor(() => (changes.at(-1) === said ? true : undefined), 'the status said again');
    expect(changes).to.include('');

    // A chart read after another one is a new element: it does not keep the other's figures under its error.
    const broken =
      '<homeless-trend lang="sv"><table><tr><td>2019</td><td>300</td></tr><tr><td>2024</td><td>1.234</td></tr></table></homeless-trend>';
    await pasteAndRead(builder, '#existing', broken, '#read-existing');
    const preview = await waitFor(
      () => (builder.preview?.localName === 'homeless-trend' ? (builder.preview as Charted) : undefined),
      'the trend preview',
    );
    await waitFor(() => (partText(preview, 'error') ? true : undefined), 'its error');
    expect(partText(preview, 'error')).to.match(/^Diagrammet kan inte visas/);
    expect(preview.chart).to.equal(undefined);
  });

  it('reads back a marker text with typographic quotes round what looks like an attribute, as it was written', async () => {
    const builder = await mountBuilder();
    const label = $<HTMLInputElement>(builder, '#marker-label-0');
    const write = async (text: string): Promise<void> => {
      label.value = text;
      label.dispatchEvent(new InputEvent('input'));
      await builder.updateComplete;
    };
    const written = 'Start för ”Bostad först”, dnr=”SOC 2022/15” sid=4';
    await write(written);
    const code = $<HTMLTextAreaElement>(builder, '#output').value;
    await write('');
    await pasteAndRead(builder, '#existing', code, '#read-existing');
    await waitFor(() => ($(builder, '#existing-status').textContent.trim() ? true : undefined), 'the status');
    expect($(builder, '#existing-status').textContent.trim()).to.equal(
      'Koden är inläst: Utveckling över tid med 2 rader.',
    );
    expect(label.value).to.equal(written);
    expect($<HTMLTextAreaElement>(builder, '#output').value).to.equal(code);
  });

  it('reads code pasted into the spreadsheet box as code, and says when there is no chart in a text', async () => {
    const builder = await mountBuilder();
    await pasteAndRead(
      builder,
      '#paste',
      '<homeless-trend lang="sv" type="bar"><table><tr><td>2011</td><td>1 003</td></tr></table></homeless-trend>',
      '#use-pasted',
    );
    expect($(builder, '#figures-status').textContent.trim()).to.equal(
      'Koden är inläst: Utveckling över tid med 1 rad.',
    );
    expect($<HTMLSelectElement>(builder, '#type').value).to.equal('bar');
    await waitFor(
      () => ((builder.preview as Charted).chart?.data.datasets[0]?.data[0] === 1003 ? true : undefined),
      'the bar of 2011',
    );

    await pasteAndRead(builder, '#existing', 'År\tPersoner\n2017\t814', '#read-existing');
    expect($(builder, '#existing-status').textContent.trim()).to.equal(
      'Texten innehåller inget diagram: ingen <homeless-trend>, <prevention-stats>, <key-figure> eller iframe från byggaren.',
    );
    expect($<HTMLInputElement>(builder, '#cell-0-1').value).to.equal('1 003', 'the form is left as it was');
  });

  it("asks to check Norrköping's heading and source once the figures are one's own, until both are changed", async () => {
    const builder = await mountBuilder();
    const notice = () => builder.shadowRoot!.querySelector('#texts-notice')?.textContent.trim() ?? null;
    expect(notice()).to.equal(null);
    await typeInto(builder, '#cell-1-1', '400');
    expect(notice()).to.match(/^Siffrorna är inte längre Norrköpings, men rubriken eller källan är det\./);
    // Said when it appears, and read with the fields it is about.
    expect($(builder, '#texts-notice').parentElement?.getAttribute('role')).to.equal('status');
    expect($(builder, '#heading').getAttribute('aria-describedby')).to.equal('heading-hint texts-notice');
    expect($(builder, '#source').getAttribute('aria-describedby')).to.equal('texts-notice');
    await typeInto(builder, '#heading', 'Hemlöshet i Linköping');
    expect(notice(), 'the source is still Norrköping’s').to.not.equal(null);
    await typeInto(builder, '#source', 'Linköpings kommun');
    expect(notice()).to.equal(null);
    await typeInto(builder, '#heading', '');
    expect(notice(), 'an empty heading shows the default one').to.not.equal(null);
    $(builder, '#start').click();
    await builder.updateComplete;
    expect(notice(), 'Norrköping’s figures and texts again').to.equal(null);
  });

  it("removes a row with its button and loads Norrköping's figures again", async () => {
    const builder = await mountBuilder();
    expect($(builder, '#start').textContent.trim()).to.equal('Börja från Norrköpings siffror');
    $(builder, '#remove-row-0').focus();
    await sendKeys({ press: 'Enter' });
    await previewShows(builder, line([[2023, 473]]));
    expect(builder.shadowRoot!.activeElement?.id).to.equal('remove-row-0');
    $(builder, '#start').click();
    await previewShows(
      builder,
      line([
        [2017, 814],
        [2023, 473],
      ]),
    );
  });

  it('removes a marker with its button, from the form, the code and the preview, the focus kept in the list', async () => {
    const builder = await mountBuilder();
    const focused = () => builder.shadowRoot!.activeElement?.id;
    const code = () => $<HTMLTextAreaElement>(builder, '#output').value;
    $(builder, '#add-marker').click();
    await builder.updateComplete;
    await typeInto(builder, '#marker-date-1', '2020-03');
    await typeInto(builder, '#marker-label-1', 'Pandemin');
    expect(code()).to.contain(
      `markers='[{"date":"2022-05","label":"Bostad först"},{"date":"2020-03","label":"Pandemin"}]'`,
    );
    // By the keyboard: the focus goes to the remove button that takes the removed one's place.
    $(builder, '#remove-marker-0').focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect($<HTMLInputElement>(builder, '#marker-label-0').value).to.equal('Pandemin');
    expect(builder.shadowRoot!.querySelector('#marker-date-1'), 'one marker left').to.equal(null);
    expect(focused()).to.equal('remove-marker-0');
    expect(code()).to.contain(`markers='[{"date":"2020-03","label":"Pandemin"}]'`);
    const preview = builder.preview!;
    await waitFor(
      () => (partText(preview, 'summary').includes('Pandemin') ? true : undefined),
      'the preview to say it',
    );
    expect(partText(preview, 'summary')).to.not.contain('Bostad först');
    // The last one: the focus goes to the button that adds one, and the code has no markers.
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('#marker-date-0'), 'no marker left').to.equal(null);
    expect(focused()).to.equal('add-marker');
    expect(code()).to.not.contain('markers=');
    await waitFor(
      () => (partText(preview, 'summary').includes('Pandemin') ? undefined : true),
      'the preview to drop it',
    );
    expect(partText(preview, 'summary')).to.not.contain('Markering');
  });

  it('says when the code could not be copied, and selects it for the editor to copy', async () => {
    const builder = await mountBuilder();
    const { clipboard } = navigator;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
    });
    try {
      $(builder, '#copy').click();
      const status = $(builder, '#copy-status');
      await waitFor(() => status.textContent.trim() || undefined, 'the copy status');
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
    expect($(builder, '#copy-status').textContent.trim()).to.equal(
      'Koden kunde inte kopieras automatiskt. Markera den i rutan och kopiera med Ctrl+C.',
    );
    const output = $<HTMLTextAreaElement>(builder, '#output');
    expect(builder.shadowRoot!.activeElement === output, 'the code box has the focus').to.equal(true);
    expect([output.selectionStart, output.selectionEnd], 'all of it selected').to.deep.equal([0, output.value.length]);
    expect(output.value).to.contain('<homeless-trend');
  });

  it('draws bars when Staplar is chosen, in the preview and the code, and a line again when Linje is', async () => {
    const builder = await mountBuilder();
    const code = () => $<HTMLTextAreaElement>(builder, '#output').value;
    const choose = async (type: string) => {
      const select = $<HTMLSelectElement>(builder, '#type');
      select.value = type;
      select.dispatchEvent(new Event('change'));
      await builder.updateComplete;
    };
    const previewType = (type: string) =>
      waitFor(
        () => ((builder.preview as Charted).chart?.config as { type?: string } | undefined)?.type === type || undefined,
        `a ${type} chart in the preview`,
      );
    expect(code(), 'no type on the tag').to.not.match(/<homeless-trend[^>]*\stype=/);
    await choose('bar');
    expect(code()).to.contain('type="bar"');
    await previewType('bar');
    await choose('line');
    expect(code(), 'no type on the tag').to.not.match(/<homeless-trend[^>]*\stype=/);
    await previewType('line');
  });

  it('says there are no rows once the last is removed', async () => {
    const builder = await mountBuilder();
    $(builder, '#remove-row-0').click();
    await builder.updateComplete;
    $(builder, '#remove-row-0').click();
    await builder.updateComplete;
    const cells = Array.from(builder.shadowRoot!.querySelectorAll<HTMLTableCellElement>('tbody td'));
    expect(cells.map((cell) => [cell.textContent.trim(), cell.colSpan])).to.deep.equal([['Inga rader ännu.', 3]]);
    expect(builder.shadowRoot!.querySelector('#cell-0-0'), 'no field left').to.equal(null);
  });

  it('offers the iframe embed as code', async () => {
    const builder = await mountBuilder();
    $<HTMLInputElement>(builder, '#kind-iframe').click();
    await builder.updateComplete;
    const snippet = await copyCode(builder);
    expect(snippet).to.match(
      /^<iframe src="\/dist\/embed\.html\?component=homeless-trend&amp;lang=sv&amp;heading=Heml%C3%B6sheten%20i%20Norrk%C3%B6ping&amp;/,
    );
    expect(snippet).to.contain('title="Hemlösheten i Norrköping"');
    expect(snippet).to.contain('<script src="/dist/embed-resize.js"></script>');
  });

  it('switches its own language to English', async () => {
    const builder = await mountBuilder();
    let switched = '';
    builder.addEventListener(
      'lang-change',
      (event) => (switched = (event as CustomEvent<{ lang: string }>).detail.lang),
    );
    $(builder, '.lang-switch').click();
    await builder.updateComplete;
    expect(switched).to.equal('en');
    expect($(builder, 'h1').textContent).to.equal('Chart builder');
    expect($(builder, '.builder').getAttribute('lang')).to.equal('en');
    expect($(builder, '#copy').textContent.trim()).to.equal('Copy code');
  });
});

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

describe('chart builder accessibility', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`has no WCAG 2.1 A/AA violations (axe-core), in ${lang === 'sv' ? 'Swedish' : 'English'}, with an error shown`, async () => {
      const builder = await mountBuilder();
      if (lang === 'en') {
        $(builder, '.lang-switch').click();
        await builder.updateComplete;
      }
      await typeInto(builder, '#cell-1-1', 'x');
      await waitFor(() => ($(builder, '#figures-error').textContent.trim() ? true : undefined), 'the error');
      $<HTMLDetailsElement>(builder, '.existing').open = true;
      await builder.updateComplete;
      const axe = (window as unknown as { axe: Axe }).axe;
      const results = await axe.run(builder.parentElement!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(violations).to.deep.equal([]);
    });
  }

  it('shows a visible focus ring on inputs and buttons', async () => {
    const builder = await mountBuilder();
    $(builder, '#heading').focus();
    await sendKeys({ press: 'Tab' });
    const focused = builder.shadowRoot!.activeElement!;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(Number.parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
