// WCAG 1.4.5 Images of text, 1.3.3 Sensory characteristics, 2.4.4 Link purpose (in context), 3.3.3 Error
// suggestion: what the components write, and where.
import { expect } from '@open-wc/testing';
import { errorOnceAdded, reduceMotion } from '../helpers.js';
import { mount, shadowQuery, type Tag } from './a11y-helpers.js';
import { chartStrings } from '../../src/i18n/chart-strings.js';
import { BUILDER_STRINGS } from '../../src/builder/builder-strings.js';
import '../../src/index.js';

before(reduceMotion);

/** Text as compared here: every kind of space one plain space. */
const plain = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Mounts a component and returns the texts its chart drew on the canvas (fillText) while it did. */
async function drawnTexts(
  tag: Tag,
  attributes: Record<string, string>,
): Promise<{ drawn: string[]; page: string; ticks: string[] }> {
  const drawn = new Set<string>();
  const original = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'fillText')!;
  const fillText = original.value as CanvasRenderingContext2D['fillText'];
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, ...rest) {
    drawn.add(plain(text));
    fillText.call(this, text, ...rest);
  };
  try {
    const element = await mount(tag, attributes);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The value axis's scale: numbers to read a height by, not figures of the data.
    const ticks = element.chart!.scales.y!.ticks.map((tick) => plain(String(tick.label)));
    const page = plain(element.shadowRoot!.textContent);
    element.parentElement!.remove();
    return { drawn: [...drawn], page, ticks };
  } finally {
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'fillText', original);
  }
}

describe('images of text (WCAG 1.4.5)', () => {
  for (const [tag, attributes] of [
    ['homeless-trend', {}],
    ['prevention-stats', {}],
    ['homeless-trend', { lang: 'en', type: 'bar', data: '{"2019":700,"2020":650,"2021":610,"2022":580,"2023":473}' }],
    [
      'prevention-stats',
      { data: '[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]' },
    ],
  ] as const) {
    it(`<${tag} ${Object.keys(attributes).join(' ')}>: every text drawn on the canvas is also text in the page`, async () => {
      const { drawn, page, ticks } = await drawnTexts(tag, attributes);
      expect(drawn.length, 'texts drawn').to.be.greaterThan(3);
      const onlyDrawn = drawn.filter((text) => !ticks.includes(text) && !page.includes(text));
      expect(onlyDrawn, 'drawn, not in the page').to.deep.equal([]);
      // The heading, the summary and the buttons are HTML text, never drawn.
      expect(drawn.some((text) => text.includes('Hemlösheten') || text.includes('Visa tabell'))).to.equal(false);
    });
  }
});

/** Words that point at a thing by where it is, its shape, size or colour, in Swedish and English. */
const SENSORY =
  /\b(höger|vänster|ovan|nedan|ovanför|nedanför|bredvid|röd|grön|blå|gul|rund|fyrkantig|right|left|above|below|beside|red|green|blue|yellow|round|square)\b/i;
/**
 * The keys' own names, which say which key, not where something is; and where the page's own text stands ("right
 * next to it", of the summary to hide), a thing the editor places, not one to find or use.
 */
const KEY_NAMES =
  /vänsterpil|högerpil|uppåtpil|nedåtpil|left and right arrow keys|up and down arrow keys|right next to/gi;

/** The instructions the components and the builder give: every hint of the builder, and how to use the keys. */
function instructions(): string[] {
  const texts: string[] = [];
  const collect = (value: unknown, key: string): void => {
    if (typeof value === 'string' && /hint|intro/i.test(key)) texts.push(value);
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) collect(inner, /hint|intro/i.test(key) ? key : name);
  };
  for (const lang of ['sv', 'en'] as const) {
    collect(BUILDER_STRINGS[lang], '');
    texts.push(chartStrings[lang].keyboardHint(false), chartStrings[lang].keyboardHint(true));
  }
  return texts;
}

describe('sensory characteristics (WCAG 1.3.3)', () => {
  it('no instruction points at a thing by its place, shape, size or colour; keys are named', () => {
    const texts = instructions();
    expect(texts.length, 'instructions found').to.be.greaterThan(10);
    const sensory = texts.filter((text) => SENSORY.test(text.replace(KEY_NAMES, '')));
    expect(sensory).to.deep.equal([]);
    for (const lang of ['sv', 'en'] as const)
      expect(chartStrings[lang].keyboardHint(true)).to.match(
        lang === 'sv' ? /vänsterpil.*Home.*End/ : /left.*arrow keys.*Home.*End/,
      );
  });
});

describe('link purpose (WCAG 2.4.4)', () => {
  for (const tag of ['homeless-trend', 'key-figure'] as const) {
    it(`<${tag}>: the source link is named by the source, in a sentence that says it is the source`, async () => {
      const element = await mount(tag, { source: 'SCB, Befolkningsstatistik', 'source-url': 'https://www.scb.se/' });
      const link = shadowQuery(element, 'a[href]');
      expect(plain(link.textContent)).to.equal('SCB, Befolkningsstatistik');
      expect(plain(link.closest('p')!.textContent)).to.equal('Källa: SCB, Befolkningsstatistik');
    });
  }
});

describe('error suggestion (WCAG 3.3.3)', () => {
  /** Mistakes an editor makes, and the advice each message gives. */
  const MISTAKES: [Tag, Record<string, string>, RegExp][] = [
    ['homeless-trend', { data: '[{"year":2023,"value":"x"}]' }, /lämna cellen tom eller skriv/],
    ['homeless-trend', { data: '[{"year":2023,"value":"473*"}]' }, /Ta bort fotnotstecknet/],
    ['homeless-trend', { data: '{"2023":473,' }, /Kontrollera|Skriv/],
    ['prevention-stats', { data: '[{"year":"tjugo","families":1,"children":2}]' }, /Ta bort raden om den är en summa/],
    ['homeless-trend', { data: '[{"year":2023,"value":"12 %"}]' }, /Skriv antalet/],
    [
      'homeless-trend',
      { data: '[{"year":2023,"value":473},{"year":2023,"value":500}]' },
      /Ta bort eller rätta en av raderna/,
    ],
    ['homeless-trend', { lang: 'en', data: '[{"year":2023,"value":"x"}]' }, /leave the cell empty or write/i],
    // A value in words, or with a word before it: the number in digits, with an example in the field's form.
    [
      'homeless-trend',
      { data: '[{"year":2023,"value":"fyrahundra"}]' },
      /Skriv talet med siffror, till exempel 1 234\./,
    ],
    ['key-figure', { value: 'ca 500' }, /Skriv talet med siffror, till exempel 1 234\./],
    ['key-figure', { change: 'minus 37' }, /Skriv talet med siffror, till exempel −37\./],
    [
      'prevention-stats',
      { lang: 'en', data: '[{"year":2023,"families":"fifty","children":2}]' },
      /Write the number in digits, for example 1,234\./,
    ],
  ];
  for (const [tag, attributes, advice] of MISTAKES) {
    it(`<${tag}> ${JSON.stringify(attributes)}: the message says how to put it right`, async () => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      await errorOnceAdded(element);
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(plain(shadowQuery(element, '[part="error"]').textContent)).to.match(advice);
    });
  }
});
