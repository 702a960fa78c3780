// WCAG 2.5.3 Label in name, 2.4.6 Headings and labels, 3.2.4 Consistent identification: what a speech-input user
// says ("click Visa tabell") is a control's visible text, and it must be in the name the browser gives the control.
// Chromium computes the names here (test/cdp-commands.mjs): the file is in CHROMIUM_ONLY_FILES.
import { expect } from '@open-wc/testing';
import { accessibleNode, mount, shadowQuery, type Component, type Tag } from './a11y-helpers.js';
import { mountBuilder, $ } from '../builder/builder-helpers.js';
import { reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);

/** Text as a speech-input user reads it: white space collapsed, case ignored. */
const spoken = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether text holds a word (a letter or a digit): a symbol alone ("×") is no text label (WCAG's definition). */
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** What a component shows as the label of each control of its shadow root: its text, or the text that names it. */
function visibleLabel(element: Component, control: HTMLElement): string {
  // The plot is labelled by the heading above it; the shown table's box by the table's caption.
  if (control.getAttribute('role') === 'img') return shadowQuery(element, '[part="heading"]').innerText;
  if (control.id === 'data-table') return shadowQuery(element, 'caption').innerText;
  return control.innerText;
}

/** The controls a reader can reach in a component: every tab stop of its shadow root. */
const controls = (element: Element): HTMLElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]'),
];

/** Each control's visible label, and whether its accessible name contains it; fails listing those that do not. */
async function expectLabelsInNames(element: Component, what: string): Promise<string[]> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const control of controls(element)) {
    const label = visibleLabel(element, control);
    const { name } = await accessibleNode(control);
    found.push(label.trim());
    expect(hasWords(label), `${what}: <${control.localName}> "${label}" shows no text`).to.equal(true);
    if (!spoken(name).includes(spoken(label))) missing.push(`<${control.localName}> shows "${label}", named "${name}"`);
  }
  expect(missing, `${what}: controls whose name lacks their visible label`).to.deep.equal([]);
  return found;
}

describe('label in name (WCAG 2.5.3)', () => {
  for (const tag of ['homeless-trend', 'prevention-stats'] as const) {
    for (const lang of ['sv', 'en']) {
      it(`<${tag} lang="${lang}">: the plot, the buttons and the shown table are named by what they show`, async () => {
        const element = await mount(tag, { lang });
        const labels = await expectLabelsInNames(element, `<${tag}>`);
        expect(labels.length, 'the plot and three buttons').to.equal(4);
        shadowQuery(element, 'button[aria-expanded]').click();
        await element.updateComplete;
        expect(await expectLabelsInNames(element, `<${tag}> with its table shown`)).to.have.length(5);
      });
    }
  }

  it('<homeless-trend no-summary>: the plot is named by the summary, which begins with the heading', async () => {
    const element = await mount('homeless-trend', { 'no-summary': '' });
    const plot = shadowQuery(element, '[role="img"]');
    const { name } = await accessibleNode(plot);
    expect(name.startsWith(shadowQuery(element, '[part="heading"]').innerText)).to.equal(true);
    await expectLabelsInNames(element, '<homeless-trend no-summary>');
  });

  it("the source link and `refresh`'s pause button are named by their text", async () => {
    const element = await mount('homeless-trend', {
      src: '/test/fixtures/trend.json?label-in-name',
      refresh: '60',
      source: 'SCB',
      'source-url': 'https://www.scb.se/',
      'no-actions': '',
    });
    const labels = await expectLabelsInNames(element, '<homeless-trend refresh source-url>');
    expect(labels.slice(1)).to.deep.equal(['Pausa uppdateringen', 'SCB']);
    const figure = await mount('key-figure', { value: '4', source: 'SCB', 'source-url': 'https://www.scb.se/' });
    expect(await expectLabelsInNames(figure, '<key-figure source-url>')).to.deep.equal(['SCB']);
  });

  it("the builder's controls have visible labels, and are named by them", async () => {
    const builder = await mountBuilder();
    const root = builder.shadowRoot!;
    const missing: string[] = [];
    let checked = 0;
    for (const control of root.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
      if (!control.checkVisibility()) continue;
      let label: string;
      if (control instanceof HTMLButtonElement) label = control.innerText;
      else {
        const field = control as HTMLInputElement;
        label = [...(field.labels ?? [])].map((node) => node.innerText).join(' ');
        // A cell of the figures' table is labelled by its column's header.
        const cell = control.closest('td');
        if (!label && cell) {
          const column = [...cell.parentElement!.children].indexOf(cell);
          label = control.closest('table')!.querySelectorAll('thead th')[column]!.textContent;
        }
        // A marker's fields are labelled by the row over the markers (WCAG 3.3.2: a label seen, not only heard).
        const marker = control.closest('.marker');
        if (!label && marker) {
          const column = [...marker.querySelectorAll('input')].indexOf(field);
          label = root.querySelector('.marker-head')?.children[column]?.textContent ?? '';
        }
        expect(hasWords(label), `#${control.id} has a visible label`).to.equal(true);
      }
      const { name } = await accessibleNode(control);
      expect(name.trim(), `#${control.id} has a name`).to.not.equal('');
      if (!hasWords(label)) continue;
      checked++;
      if (!spoken(name).includes(spoken(label))) missing.push(`#${control.id} shows "${label}", named "${name}"`);
    }
    expect(missing).to.deep.equal([]);
    expect(checked, 'controls with a visible label').to.be.greaterThan(20);
  });
});

describe('headings and labels (WCAG 2.4.6), consistent identification (WCAG 3.2.4)', () => {
  /** The buttons' names of a component. */
  const buttonNames = async (element: Component): Promise<string[]> => {
    const names: string[] = [];
    for (const button of element.shadowRoot!.querySelectorAll('button'))
      names.push((await accessibleNode(button)).name);
    return names;
  };

  it('every chart names the same buttons alike, in each language', async () => {
    for (const [lang, expected] of [
      ['sv', ['Visa tabell', 'Ladda ner CSV', 'Ladda ner bild']],
      ['en', ['Show table', 'Download CSV', 'Download image']],
    ] as const) {
      const trend = await mount('homeless-trend', { lang });
      const stats = await mount('prevention-stats', { lang });
      expect(await buttonNames(trend)).to.deep.equal(expected);
      expect(await buttonNames(stats)).to.deep.equal(expected);
      // Charts draw near the viewport only: the next ones take their place.
      trend.parentElement!.remove();
      stats.parentElement!.remove();
    }
  });

  it("a heading names the component, at the level the page gives, and the plot's name is the heading", async () => {
    for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'] as Tag[]) {
      const element = await mount(tag, { heading: 'Egen rubrik', 'heading-level': '3' });
      const heading = shadowQuery(element, '[part="heading"]');
      expect(await accessibleNode(heading), tag).to.include({ role: 'heading', name: 'Egen rubrik' });
      expect(heading.localName, tag).to.equal('h3');
      const plot = element.shadowRoot!.querySelector('[role="img"]');
      if (plot) expect((await accessibleNode(plot)).name, tag).to.equal('Egen rubrik');
      element.parentElement!.remove();
    }
  });
});

describe('labels or instructions (WCAG 3.3.2)', () => {
  it("the builder's fields that expect a form are described by an instruction with an example", async () => {
    const builder = await mountBuilder();
    for (const [selector, example] of [
      ['#cell-0-0', 'till exempel 1 234'],
      ['#cell-0-1', 'till exempel 1 234'],
      ['#marker-date-0', 'Datum som ÅÅÅÅ-MM, till exempel 2022-05'],
    ] as const)
      expect((await accessibleNode($(builder, selector))).description, selector).to.include(example);
  });
});
