import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/key-figure/key-figure.js';
import {
  chromiumOnly,
  dataError,
  errorOnceAdded,
  nextFrame,
  partText,
  plainSpaces,
  rendered,
  setViewport,
} from '../helpers.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import { withWarnings } from '../warnings.js';

async function keyFigure(template: ReturnType<typeof html>): Promise<KeyFigure> {
  const element = await fixture<KeyFigure>(template);
  await element.updateComplete;
  return element;
}

describe('<key-figure>', () => {
  it('shows the −37 % change in the need of emergency housing with no attributes', async () => {
    const element = await keyFigure(html`<key-figure></key-figure>`);
    expect(partText(element, 'heading')).to.equal('Behovet av jourboende');
    expect(plainSpaces(partText(element, 'figure'))).to.equal('−37 %, 2022–2023');
    expect(element.shadowRoot!.querySelector('.figure-value')!.textContent).to.equal('−37\u00a0%,');
    // The period in words, as it is read aloud; shown with a dash in the figure.
    expect(plainSpaces(partText(element, 'summary'))).to.equal(
      'Behovet av jourboende: förändring −37 %, 2022 till 2023.',
    );
    expect(partText(element, 'source')).to.equal('Källa: Norrköpings kommun');
    expect(element.shadowRoot!.querySelector('canvas')).to.equal(null);
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly('is read once: the summary says the figure, which a screen reader then does not read', async () => {
    /** The texts a screen reader gets from a page of this key figure alone, sorted: the tree's nodes are not in reading order. */
    const read = async (template: ReturnType<typeof html>): Promise<string[]> => {
      await keyFigure(template);
      const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('accessibility-tree');
      fixtureCleanup();
      const texts = tree.filter((node) => node.role === 'StaticText' && node.name.trim());
      return texts.map((node) => plainSpaces(node.name)).sort();
    };
    const summary = 'Behovet av jourboende: 473 personer (förändring −42 %).';
    expect(await read(html`<key-figure value="473" unit="personer" change="-42"></key-figure>`)).to.deep.equal(
      ['Behovet av jourboende', summary].sort(),
    );
    // With no summary, or the page's own, the figure is read: nothing else says it.
    const figure = ['473', ' personer', ',', 'förändring −42 %'];
    const hidden = html`<key-figure value="473" unit="personer" change="-42" no-summary></key-figure>`;
    expect(await read(hidden)).to.deep.equal(['Behovet av jourboende', ...figure].sort());
    const own = html`<key-figure value="473" unit="personer" change="-42" description="Färre än 2017."></key-figure>`;
    expect(await read(own)).to.deep.equal(['Behovet av jourboende', ...figure, 'Färre än 2017.'].sort());
  });

  it('says a period of two years in words and shows it with a dash, however typed; any other period as given', async () => {
    const shown = async (period: string, lang = 'sv'): Promise<[figure: string, summary: string]> => {
      const element = await keyFigure(html`<key-figure lang=${lang} change="-5" period=${period}></key-figure>`);
      return [plainSpaces(partText(element, 'figure')), plainSpaces(partText(element, 'summary'))];
    };
    expect(await shown('2019-2023')).to.deep.equal([
      '−5 %, 2019–2023',
      'Behovet av jourboende: förändring −5 %, 2019 till 2023.',
    ]);
    expect(await shown('2019 – 2023', 'en')).to.deep.equal([
      '-5%, 2019–2023',
      'Need for emergency housing: change -5%, 2019 to 2023.',
    ]);
    expect(await shown('hösten 2023')).to.deep.equal([
      '−5 %, hösten 2023',
      'Behovet av jourboende: förändring −5 %, hösten 2023.',
    ]);
    expect(await shown('2019-2023 (prel.)')).to.deep.equal([
      '−5 %, 2019-2023 (prel.)',
      'Behovet av jourboende: förändring −5 %, 2019-2023 (prel.).',
    ]);
  });

  it('speaks English with lang="en"', async () => {
    const element = await keyFigure(html`<key-figure lang="en"></key-figure>`);
    expect(partText(element, 'heading')).to.equal('Need for emergency housing');
    expect(partText(element, 'figure')).to.equal('-37%, 2022–2023');
    expect(partText(element, 'source')).to.equal('Source: Norrköpings kommun');
  });

  it('shows a value with its unit, change and period', async () => {
    const element = await keyFigure(
      html`<key-figure
        heading="Personer i hemlöshet"
        value="473"
        unit="personer"
        change="-42"
        period="2017–2023"
      ></key-figure>`,
    );
    expect(partText(element, 'heading')).to.equal('Personer i hemlöshet');
    expect(plainSpaces(partText(element, 'figure'))).to.equal('473 personer, förändring −42 %, 2017–2023');
    expect(partText(element, 'source')).to.equal('', "the embedded source does not describe the page's own figure");
  });

  it('shows a change as given, to a hundredth of a per cent, not rounded to whole per cent', async () => {
    const swedish = await keyFigure(html`<key-figure value="473" change="−2,5 %"></key-figure>`);
    expect(plainSpaces(partText(swedish, 'figure'))).to.equal('473, förändring −2,5 %');
    const alone = await keyFigure(html`<key-figure change="0,4"></key-figure>`);
    expect(plainSpaces(partText(alone, 'figure'))).to.equal('+0,4 %');
    const english = await keyFigure(html`<key-figure lang="en" change="-2.5"></key-figure>`);
    expect(partText(english, 'figure')).to.equal('-2.5%');
    // Nearly all gone is not all gone.
    const nearly = await keyFigure(html`<key-figure value="1" change="-99,96"></key-figure>`);
    expect(plainSpaces(partText(nearly, 'figure'))).to.equal('1, förändring −99,96 %');
    expect(plainSpaces(partText(nearly, 'summary'))).to.equal('Behovet av jourboende: 1 (förändring −99,96 %).');
    const computed = await keyFigure(html`<key-figure .change=${-36.98630136986301}></key-figure>`);
    expect(plainSpaces(partText(computed, 'figure'))).to.equal('−36,99 %');
  });

  it('shows a change typed with a dash or hyphen from a word processor as a minus: em dash, no-break hyphen', async () => {
    for (const change of ['—37', '\u201137 %', '\u2010 37']) {
      const element = await keyFigure(html`<key-figure change=${change}></key-figure>`);
      expect(plainSpaces(partText(element, 'figure')), change).to.equal('−37 %');
    }
  });

  it('takes numbers as the value and change properties, whatever the language', async () => {
    const element = await keyFigure(html`<key-figure .value=${1234.5} .change=${-37}></key-figure>`);
    expect(plainSpaces(partText(element, 'figure'))).to.equal('1 234,5, förändring −37 %');
    element.lang = 'en';
    await element.updateComplete;
    expect(partText(element, 'figure')).to.equal('1,234.5, change -37%');
  });

  it('shows a value given in per cent with its per cent sign, in the figure and the summary', async () => {
    const element = await keyFigure(html`<key-figure heading="Andel" value="37 %"></key-figure>`);
    expect(plainSpaces(partText(element, 'figure'))).to.equal('37 %');
    expect(plainSpaces(partText(element, 'summary'))).to.equal('Andel: 37 %.');
    // As each language writes per cent: after a no-break space in Swedish, the figure never parted from its
    // sign; right after the figure in English.
    expect(partText(element, 'figure')).to.equal('37\u00a0%');
    const english = await keyFigure(html`<key-figure lang="en" heading="Share" value="37%"></key-figure>`);
    expect(partText(english, 'figure')).to.equal('37%');
    expect(partText(english, 'summary')).to.equal('Share: 37%.');
  });

  it('makes a figure smaller on a narrow screen only from ten characters on: nine fit 320 px at the large size', async () => {
    const saved = { width: window.innerWidth, height: window.innerHeight };
    await setViewport({ width: 320, height: 640 });
    try {
      const size = async (value: string): Promise<number> => {
        const element = await keyFigure(html`<key-figure value=${value}></key-figure>`);
        return parseFloat(getComputedStyle(element.shadowRoot!.querySelector('.figure-value')!).fontSize);
      };
      const large = await size('1');
      expect(await size('1 234 567'), 'nine characters').to.equal(large);
      expect(await size('12 345 678'), 'ten characters').to.be.below(large);
    } finally {
      await setViewport(saved);
    }
  });

  it('shows a small or precise value as given, not rounded to a tenth', async () => {
    const swedish = await keyFigure(html`<key-figure value="0,04" unit="promille" heading="Andel"></key-figure>`);
    expect(plainSpaces(partText(swedish, 'figure'))).to.equal('0,04 promille');
    expect(plainSpaces(partText(swedish, 'summary'))).to.equal('Andel: 0,04 promille.');
    const english = await keyFigure(html`<key-figure lang="en" value="1234.567"></key-figure>`);
    expect(partText(english, 'figure')).to.equal('1,234.567');
    const rounded = await keyFigure(html`<key-figure lang="en" value="2.00049"></key-figure>`);
    expect(partText(rounded, 'figure')).to.equal('2');
    // Nothing but 0 is shown as 0: a smaller figure or change to its first digit that is not 0.
    const tiny = await keyFigure(html`<key-figure value="0,0004" change="0,04" heading="Andel"></key-figure>`);
    expect(plainSpaces(partText(tiny, 'figure'))).to.equal('0,0004, förändring +0,04 %');
    expect(plainSpaces(partText(tiny, 'summary'))).to.equal('Andel: 0,0004 (förändring +0,04 %).');
  });

  it('goes back to an <h2> with no message when a framework sets the heading level to undefined or null', async () => {
    const element = await keyFigure(html`<key-figure heading-level="3"></key-figure>`);
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.tagName).to.equal('H3');
    for (const level of [undefined, null]) {
      element.headingLevel = 4;
      await element.updateComplete;
      // As React 19 does when the prop is dropped, or given null.
      (element as { headingLevel?: number | null }).headingLevel = level;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="heading"]')!.tagName, String(level)).to.equal('H2');
      expect(element.shadowRoot!.querySelector('[part="error"]'), String(level)).to.equal(null);
    }
  });

  it('reports a heading level outside 1–6 (NC116), and shows the nearest level meanwhile', async () => {
    for (const [attribute, value, tag] of [
      ['7', '7', 'H6'],
      ['h3', 'h3', 'H2'],
      ['0', '0', 'H1'],
    ] as const) {
      const element = document.createElement('key-figure');
      element.setAttribute('heading-level', attribute);
      const error = dataError(element);
      document.body.append(element);
      try {
        expect((await error).detail).to.deep.include({ code: 'NC116', input: value });
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="heading"]')!.tagName).to.equal(tag);
        expect(partText(element, 'error')).to.equal(
          `Nyckeltalet visas inte som det är tänkt. Attributet heading-level kan inte vara ”${value}”. Möjliga värden: 1, 2, 3, 4, 5, 6.`,
        );
      } finally {
        element.remove();
      }
    }
  });

  it('reads values in the language of the page', async () => {
    const swedish = await keyFigure(html`<key-figure value="1 234,5" unit="kr"></key-figure>`);
    expect(plainSpaces(partText(swedish, 'figure'))).to.equal('1 234,5 kr');
    const english = await keyFigure(html`<key-figure lang="en" value="1,234.5" unit="SEK"></key-figure>`);
    expect(partText(english, 'figure')).to.equal('1,234.5 SEK');
  });

  it('fires chart-render once rendered', async () => {
    const element = document.createElement('key-figure');
    const event = rendered(element);
    await fixture(element);
    expect((await event).detail.chart).to.equal(null);
  });

  it('reads one-word attributes in typographic quotes without them, as a rich-text editor writes them', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML =
      '<key-figure heading=”Vräkningar” value=”473” unit=”personer” change=”-5” period=”2022–2023” source=”Kommunen” heading-level=”3”></key-figure>';
    const element = wrapper.firstElementChild as KeyFigure;
    await element.updateComplete;
    expect(partText(element, 'figure')).to.match(/^473 personer/);
    expect(partText(element, 'figure')).to.not.contain('”');
    expect(element.shadowRoot!.querySelector('h3')?.textContent.trim()).to.equal('Vräkningar');
    expect(partText(element, 'source')).to.equal('Källa: Kommunen');
    expect(partText(element, 'summary')).to.not.contain('”');
  });

  it('reports a unit cut short by typographic quotes (NC117) in English, and still shows the figure', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<key-figure lang="en" value="473" unit=”people in homelessness”></key-figure>';
    const element = wrapper.firstElementChild as KeyFigure;
    const error = dataError(element);
    await withWarnings(async () => {
      expect((await error).detail).to.deep.include({ code: 'NC117', field: 'unit', input: '”people' });
      await element.updateComplete;
      expect(partText(element, 'error')).to.equal(
        'The key figure is not shown as intended. The attribute unit begins with a typographic quotation mark, ' +
          'which browsers do not read as one. So its text is only “people”. Write straight quotation marks: unit="…".',
      );
      // As the message says: the first word, without the stray quotation mark.
      expect(partText(element, 'figure')).to.match(/^473 people$/);
    });
  });

  it('shows a heading cut short by typographic quotes as its first word, without the stray quotation mark', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<key-figure value="473" heading=”Hemlösa i Norrköping”></key-figure>';
    const element = wrapper.firstElementChild as KeyFigure;
    await withWarnings(async () => {
      await element.updateComplete;
      expect(partText(element, 'heading')).to.equal('Hemlösa');
      expect(partText(element, 'summary')).to.match(/^Hemlösa: 473\.$/);
      expect(partText(element, 'error')).to.contain('Därför blir texten bara ”Hemlösa”.');
    });
  });

  it('reports a value cut short by typographic quotes (NC117), not the error it caused, and shows no figure', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<key-figure value=”1 473” unit=”personer”></key-figure>';
    const element = wrapper.firstElementChild as KeyFigure;
    const error = dataError(element);
    await withWarnings(async () => {
      expect((await error).detail).to.deep.include({ code: 'NC117', field: 'value', input: '”1' });
      await element.updateComplete;
      expect(partText(element, 'error')).to.match(
        /^Nyckeltalet kan inte visas\. Attributet value börjar med ett typografiskt/,
      );
      // The attribute as written, not the field's Swedish name (värde).
      expect(partText(element, 'error')).to.contain('Skriv raka citattecken: value="…".');
      expect(element.shadowRoot!.querySelector('[part="figure"]') === null).to.equal(true);
    });
  });

  it('shows one per cent sign for a value in per cent with the unit %', async () => {
    for (const unit of ['%', ' % ']) {
      const element = await keyFigure(html`<key-figure value="37 %" unit=${unit}></key-figure>`);
      expect(plainSpaces(partText(element, 'figure'))).to.equal('37 %');
    }
    const element = await keyFigure(html`<key-figure value="37 %" unit="av alla"></key-figure>`);
    expect(plainSpaces(partText(element, 'figure'))).to.equal('37 % av alla');
  });

  it('reports a value that is not a number', async () => {
    const element = document.createElement('key-figure');
    element.setAttribute('value', 'många');
    const detail = await errorOnceAdded(element);
    expect(detail).to.deep.equal({
      code: 'NC103',
      message: 'Värdet ”många” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      input: 'många',
      field: 'value',
    });
    expect(partText(element, 'error')).to.equal(
      'Nyckeltalet kan inte visas. Värdet ”många” i attributet value är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
    );
  });

  it('reports a unit or period given without a value or change (NC107), rather than showing Norrköping’s figure with it', async () => {
    for (const [name, value] of [
      ['unit', 'personer'],
      ['period', '2024'],
    ]) {
      const element = document.createElement('key-figure');
      element.setAttribute('heading', 'Antal vräkningar');
      element.setAttribute(name!, value!);
      const detail = await errorOnceAdded(element);
      expect(detail.code, name).to.equal('NC107');
      expect(detail.message, name).to.equal('Det finns inga värden att visa.');
      expect(element.shadowRoot!.querySelector('[part="figure"]'), 'no figure').to.equal(null);
    }
  });

  it('shows its value beside a <script> of JSON that belongs to something else inside it', async () => {
    const element = await fixture<KeyFigure>(
      html`<key-figure value="5" unit="personer"
        ><div class="widget">
          <section>
            <script type="application/json">
              {}
            </script>
          </section>
        </div></key-figure
      >`,
    );
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="error"]') === null, 'no message').to.equal(true);
    expect(partText(element, 'figure')).to.contain('5');
  });

  it('reports a table written inside (NC120) rather than showing Norrköping’s figure under the heading', async () => {
    const element = document.createElement('key-figure');
    element.setAttribute('heading', 'Personer i hemlöshet');
    element.innerHTML = '<table><tr><td>2023</td><td>473</td></tr></table>';
    expect(await errorOnceAdded(element)).to.deep.equal({
      code: 'NC120',
      message:
        'Nyckeltalet läser inte tabeller, JSON eller attributen data och src. Skriv talet i attributet value, till exempel value="473".',
      input: '',
    });
    expect(element.shadowRoot!.querySelector('[part="figure"]'), 'no figure').to.equal(null);
  });

  it('reports figures given as for the charts, in JSON, `data` or `src` (NC120), rather than showing Norrköping’s', async () => {
    const given = [
      html`<key-figure heading="Antal" data='{"value":473}'></key-figure>`,
      html`<key-figure heading="Antal" src="/test/fixtures/trend.json"></key-figure>`,
      html`<key-figure heading="Antal"
        ><script type="application/json">
          { "value": 473 }
        </script></key-figure
      >`,
      html`<key-figure heading="Antal"
        ><p>
          <script type="text/json; charset=utf-8">
            { "value": 473 }
          </script>
        </p></key-figure
      >`,
    ];
    for (const template of given) {
      const element = await fixture<KeyFigure>(template);
      await element.updateComplete;
      expect(partText(element, 'error'), element.outerHTML).to.match(
        /^Nyckeltalet kan inte visas\. Nyckeltalet läser inte/,
      );
      expect(element.shadowRoot!.querySelector('[part="figure"]'), 'no figure').to.equal(null);
    }
  });

  it('reports a table WordPress pushed out of the tag, and `data` given after it was shown (NC120)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML =
      '<p><key-figure heading="Antal"></p><table><tr><th>År</th><th>Antal</th></tr><tr><td>2023</td><td>473</td></tr></table><p></key-figure></p>';
    const pushed = box.querySelector('key-figure')!;
    await pushed.updateComplete;
    expect(partText(pushed, 'error')).to.match(/^Nyckeltalet kan inte visas\. Nyckeltalet läser inte tabeller/);
    const later = await keyFigure(html`<key-figure heading="Antal"></key-figure>`);
    expect(plainSpaces(partText(later, 'figure'))).to.contain('−37 %');
    const error = dataError(later);
    later.setAttribute('data', '{"value":473}');
    expect((await error).detail.code).to.equal('NC120');
    expect(later.shadowRoot!.querySelector('[part="figure"]'), 'no figure').to.equal(null);
  });

  it('takes numbers and other values set as its text properties, as a framework may set them', async () => {
    const element = await keyFigure(html`<key-figure value="5"></key-figure>`);
    Object.assign(element, { period: 2023, unit: 7, heading: 2024 });
    await element.updateComplete;
    expect(partText(element, 'heading')).to.equal('2024');
    expect(plainSpaces(partText(element, 'figure'))).to.equal('5 7, 2023');
  });

  it('reports a table that comes after the element was upgraded, as a script in <head> sees it', async () => {
    const element = await fixture<KeyFigure>(html`<key-figure heading="Personer i hemlöshet"></key-figure>`);
    expect(plainSpaces(partText(element, 'figure'))).to.contain('−37 %');
    const error = dataError(element);
    element.innerHTML = '<table><tr><td>2023</td><td>473</td></tr></table>';
    expect((await error).detail.code).to.equal('NC120');
  });

  describe('keyboard focus on the source link, its only tab stop', () => {
    /** The first class of what has the focus in the element, or null when the focus is not in it. */
    async function focusedAfter(element: KeyFigure, change: () => void): Promise<string | null> {
      element.shadowRoot!.querySelector<HTMLElement>('[part="source"] a')!.focus();
      change();
      await element.updateComplete;
      // The browser moves the focus off what was taken away at the next frame.
      await nextFrame();
      await nextFrame();
      return document.activeElement === element ? (element.shadowRoot!.activeElement?.classList[0] ?? 'none') : null;
    }
    const linked = () => keyFigure(html`<key-figure source-url="https://example.org/"></key-figure>`);

    it('is on the key figure’s box, with a focus ring, when the page takes the link away, not on the page’s body', async () => {
      // The embedded figure's source, which the link named, does not describe the page's own figure.
      const given = await linked();
      expect(await focusedAfter(given, () => (given.value = 5))).to.equal('nc');
      expect(getComputedStyle(given.shadowRoot!.activeElement!).outlineStyle, 'the focus is seen').to.equal('solid');
      const unlinked = await linked();
      expect(await focusedAfter(unlinked, () => unlinked.removeAttribute('source-url'))).to.equal('nc');
      expect(partText(unlinked, 'source'), 'the source line, now text').to.equal('Källa: Norrköpings kommun');
    });

    it('is on the message when the figure given cannot be read', async () => {
      const element = await linked();
      expect(await focusedAfter(element, () => (element.value = 'fyrahundra'))).to.equal('error');
    });

    /**
     * Once the focus has gone from `held` to a button of the page's: whether `held` still has a tabindex, and
     * whether a click in the middle of `part` then gives the element the focus.
     */
    async function afterLeaving(
      element: KeyFigure,
      held: string,
      part: string,
    ): Promise<{ tabindex: boolean; clickFocuses: boolean }> {
      const button = document.createElement('button');
      element.after(button);
      button.focus();
      const tabindex = element.shadowRoot!.querySelector(held)!.hasAttribute('tabindex');
      const box = element.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await resetMouse();
      const clickFocuses = document.activeElement === element;
      button.remove();
      return { tabindex, clickFocuses };
    }

    it('leaves the box no click target once the focus has left it: its tabindex was only to hold the focus', async () => {
      const element = await linked();
      expect(await focusedAfter(element, () => (element.value = 5))).to.equal('nc');
      const box = element.shadowRoot!.querySelector<HTMLElement>('.nc')!;
      // A blur while it keeps the focus is the window's losing it: the focus comes back to it with the window.
      box.dispatchEvent(new FocusEvent('blur'));
      expect(box.getAttribute('tabindex'), 'kept while it has the focus').to.equal('-1');
      expect(await afterLeaving(element, '.nc', 'figure')).to.deep.equal({ tabindex: false, clickFocuses: false });
    });

    it('leaves the message no click target once the focus has left it', async () => {
      const element = await linked();
      expect(await focusedAfter(element, () => (element.value = 'fyrahundra'))).to.equal('error');
      expect(await afterLeaving(element, '.error', 'error')).to.deep.equal({ tabindex: false, clickFocuses: false });
    });
  });
});
