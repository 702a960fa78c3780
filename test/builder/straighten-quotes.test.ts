import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { straightenQuotes } from '../../src/builder/straighten-quotes.js';
import { escapeHtml, escapeJsonAttribute } from '../../src/builder/snippet.js';
import { TYPOGRAPHIC_QUOTES } from '../../src/data/errors.js';

/** The quotation marks a rich-text editor may type for `"`, each one character. */
const QUOTES = Array.from(TYPOGRAPHIC_QUOTES);
const typographicQuote = fc.constantFrom(...QUOTES);

/** Text an editor writes, often with what looks like an attribute in typographic quotes: `Se a=”x” b=c`. */
const editorText = fc.string({
  unit: fc.constantFrom(' ', '\n', 'a', 'Ö', '=', ' a=', ' b=', '/', '"', "'", '<', '>', '&', ...QUOTES),
});

/** A value a rich-text editor put in typographic quotes: anything but those quotes and the tag's end. */
const quotedByEditor = fc.string({
  unit: fc.constantFrom(' ', '\n', 'a', 'Ö', '=', '/', '"', "'", '<', '&', '[', '{', ':', ',', '2017', '}', ']'),
});

interface Written {
  /** The attribute as pasted. */
  readonly pasted: string;
  /** The attribute as the HTML parser should read it. */
  readonly straight: string;
  /** Its name, when it was in typographic quotes. */
  readonly mended: string | null;
}

const name = fc.stringMatching(/^[a-z][a-z-]{0,9}$/);
const same = (text: string): Written => ({ pasted: text, straight: text, mended: null });

/** An attribute as an editor's code holds it: in straight quotes (any text), bare, unquoted, or in typographic quotes. */
const attribute: fc.Arbitrary<Written> = fc.oneof(
  fc.tuple(name, editorText).map(([key, value]) => same(`${key}="${escapeHtml(value)}"`)),
  fc.tuple(name, editorText).map(([key, value]) => same(`${key}='${escapeJsonAttribute(value)}'`)),
  name.map(same),
  fc.tuple(name, fc.stringMatching(/^[a-z0-9.-]{1,8}$/)).map(([key, value]) => same(`${key}=${value}`)),
  fc.tuple(name, typographicQuote, quotedByEditor, typographicQuote).map(([key, open, value, close]) => ({
    pasted: `${key}=${open}${value}${close}`,
    straight: `${key}="${value.replaceAll('"', '&quot;')}"`,
    mended: key,
  })),
);

/** A component's tag with its attributes, then a table cell and the end tag: the text in them is left alone. */
const tag = fc
  .tuple(
    fc.array(attribute, { maxLength: 5 }),
    fc.constantFrom(' ', '\n  '),
    fc.constantFrom('>', '/>', '\n>'),
    editorText,
  )
  .map(([attributes, space, end, cell]) => {
    const write = (key: 'pasted' | 'straight') =>
      `<homeless-trend${attributes.map((written) => space + written[key]).join('')}${end}` +
      `<table><tr><td>${escapeHtml(cell)}</td></tr></table></homeless-trend>`;
    return {
      pasted: write('pasted'),
      straight: write('straight'),
      mended: attributes.flatMap((written) => (written.mended === null ? [] : [written.mended])),
    };
  });

describe('builder/straighten-quotes', () => {
  it('writes values in typographic quotes with straight ones, and leaves every other value and text as it is', () => {
    fc.assert(
      fc.property(tag, ({ pasted, straight, mended }) => {
        expect(straightenQuotes(pasted)).to.deep.equal({ text: straight, mended });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves alone what only looks like an attribute: in text, in a value in quotes, in a comment or a script', () => {
    const pasted = [
      `<homeless-trend markers='[{"date":"2022-05","label":"Se a=”x” b=c"}]'`,
      ` description="Se a=”x” b=c">`,
      '<table><tr><td>Se a=”x” b=c</td></tr></table></homeless-trend>',
      '<p>Se a=”x” b=c</p>',
      '<!-- <p a=”x y” b> -->',
      '<!-- 2 > 1: <p a=”x y” b> -->',
      `<script type="application/json">{"label":"<p a=”x y” b>"}</script>`,
      '<style>q::before { content: "<p a=”x y” b>"; }</style>',
    ].join('\n');
    expect(straightenQuotes(pasted)).to.deep.equal({ text: pasted, mended: [] });
  });

  it('leaves alone the rest of a script with no end tag, which is all script', () => {
    const pasted = `<script type="application/json">{"label":"<p a=”x y” b>"}`;
    expect(straightenQuotes(pasted)).to.deep.equal({ text: pasted, mended: [] });
  });

  it('names a mended attribute in lower case, as the page reads it', () => {
    expect(straightenQuotes('<key-figure Heading=”Antal i dag”></key-figure>')).to.deep.equal({
      text: '<key-figure Heading="Antal i dag"></key-figure>',
      mended: ['heading'],
    });
  });

  it('mends a value in a tag after a script, a comment and a value holding `>`', () => {
    const pasted =
      '<script type=”module” src=”x.js”></script><!-- > --><key-figure unit="a > b" heading=”Antal i dag”></key-figure>';
    expect(straightenQuotes(pasted)).to.deep.equal({
      text: '<script type="module" src="x.js"></script><!-- > --><key-figure unit="a > b" heading="Antal i dag"></key-figure>',
      mended: ['type', 'src', 'heading'],
    });
  });
});
