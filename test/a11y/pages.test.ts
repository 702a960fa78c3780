// WCAG 2.4.2 Page titled and 3.1.1 Language of page, for the pages we ship: the chart builder (dist/builder.html)
// and the iframe embed (dist/embed.html), whose document a screen reader enters with the iframe. These load the
// built pages (`npm run build`).
import { expect } from '@open-wc/testing';
import { waitFor } from '../builder/builder-helpers.js';
import { reduceMotion } from '../helpers.js';

before(reduceMotion);

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

/** Opens a built page in an iframe and returns its document once loaded. */
async function open(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The heading a component in the document shows, once it has drawn. */
const shownHeading = (doc: Document, tag: string): Promise<string> =>
  waitFor(() => {
    const heading = doc.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]');
    return heading?.textContent.trim() || undefined;
  }, `the heading of <${tag}>`);

describe('page titled (WCAG 2.4.2) and language of page (WCAG 3.1.1)', () => {
  it("the builder's title and language follow the language it is used in", async () => {
    const doc = await open('/dist/builder.html');
    const builder = await waitFor(
      () => doc.querySelector('chart-builder')?.shadowRoot?.querySelector('h1') ?? undefined,
      'h1',
    );
    expect([doc.title, doc.documentElement.lang, builder.textContent]).to.deep.equal([
      'Diagrambyggaren – norrkoping-charts',
      'sv',
      'Diagrambyggaren',
    ]);
    doc.querySelector('chart-builder')!.shadowRoot!.querySelector<HTMLElement>('.lang-switch')!.click();
    await waitFor(() => (doc.documentElement.lang === 'en' ? true : undefined), 'the page in English');
    expect(doc.title).to.equal('Chart builder – norrkoping-charts');
  });

  for (const [component, lang, heading] of [
    ['homeless-trend', 'sv', 'Hemlösheten i Norrköping'],
    ['homeless-trend', 'en', 'Homelessness in Norrköping'],
    ['prevention-stats', 'sv', 'Vräkningsförebyggande arbete'],
    ['key-figure', 'en', 'Need for emergency housing'],
  ] as const) {
    it(`the embed of <${component} lang="${lang}"> is titled by the heading it shows, and in its language`, async () => {
      const doc = await open(`/dist/embed.html?component=${component}&lang=${lang}`);
      expect(await shownHeading(doc, component)).to.equal(heading);
      await waitFor(() => (doc.title === heading ? true : undefined), `the title "${heading}", not "${doc.title}"`);
      expect(doc.documentElement.lang).to.equal(lang);
    });
  }

  it("the embed is titled by a heading of the editor's own, and in Swedish when no language is given", async () => {
    const doc = await open('/dist/embed.html?component=homeless-trend&heading=Hemlösa%20i%20staden');
    expect(await shownHeading(doc, 'homeless-trend')).to.equal('Hemlösa i staden');
    expect([doc.title, doc.documentElement.lang]).to.deep.equal(['Hemlösa i staden', 'sv']);
  });
});
