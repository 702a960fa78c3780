import { expect } from '@open-wc/testing';
import { BUILDER_STRINGS } from '../../src/builder/builder-strings.js';

// The builder's texts that depend on a figure, in both languages: each branch (one or several, with or
// without a year, an empty address), as the editor reads it.
const { sv, en } = BUILDER_STRINGS;

describe('builder/builder-strings', () => {
  it('say what was read from code on a page, a key figure without rows, a chart with one row or several', () => {
    expect(sv.existing.read('Nyckeltal', null)).to.equal('Koden är inläst: Nyckeltal.');
    expect(sv.existing.read('Hemlöshet per år', 1)).to.equal('Koden är inläst: Hemlöshet per år med 1 rad.');
    expect(sv.existing.read('Hemlöshet per år', 3)).to.equal('Koden är inläst: Hemlöshet per år med 3 rader.');
    expect(en.existing.read('Key figure', null)).to.equal('The code has been read: Key figure.');
    expect(en.existing.read('Homelessness per year', 1)).to.equal(
      'The code has been read: Homelessness per year with 1 row.',
    );
    expect(en.existing.read('Homelessness per year', 3)).to.equal(
      'The code has been read: Homelessness per year with 3 rows.',
    );
    expect(sv.existing.several(2)).to.equal('Texten innehöll 2 diagram. Det första är inläst.');
    expect(en.existing.several(2)).to.equal('The text held 2 charts. The first one is read.');
  });

  it('name what the new code drops, one attribute or several', () => {
    expect(sv.existing.dropped('id', 1)).to.equal(
      'Byggaren har inga fält för id. Lägg till det i den nya koden om det behövs.',
    );
    expect(sv.existing.dropped('id och class', 2)).to.equal(
      'Byggaren har inga fält för id och class. Lägg till dem i den nya koden om de behövs.',
    );
    expect(en.existing.dropped('id', 1)).to.equal('The builder has no field for id. Add it to the new code if needed.');
    expect(en.existing.dropped('id and class', 2)).to.equal(
      'The builder has no field for id and class. Add them to the new code if needed.',
    );
  });

  it('say which attributes had typographic quotes or misspelt names, one or several', () => {
    expect(sv.existing.quotes('heading', 1)).to.equal(
      'Attributet heading hade typografiska citattecken (”…”), som webbläsaren inte läser som citattecken. ' +
        'Byggaren har läst det med raka citattecken, som den nya koden får.',
    );
    expect(sv.existing.quotes('heading och source', 2)).to.match(/^Attributen heading och source hade .* läst dem med/);
    expect(en.existing.quotes('heading', 1)).to.equal(
      'The attribute heading had typographic quotation marks (”…”), which browsers do not read as quotation ' +
        'marks. The builder has read it with straight ones, as the new code has them.',
    );
    expect(en.existing.quotes('heading and source', 2)).to.match(/^The attributes heading and source had .* read them/);
    expect(sv.existing.respelt('vaule → value', 1)).to.equal(
      'Ett attributnamn var felstavat: vaule → value. Byggaren har läst det rätt, och den nya koden har det rätta namnet.',
    );
    expect(sv.existing.respelt('vaule → value och sorce → source', 2)).to.equal(
      'Några attributnamn var felstavade: vaule → value och sorce → source. Byggaren har läst dem rätt, och den ' +
        'nya koden har de rätta namnen.',
    );
    expect(en.existing.respelt('vaule → value', 1)).to.equal(
      'An attribute name had a slip: vaule → value. The builder has read it right, and the new code has the right name.',
    );
    expect(en.existing.respelt('vaule → value and sorce → source', 2)).to.equal(
      'Some attribute names had slips: vaule → value and sorce → source. The builder has read them right, and ' +
        'the new code has the right names.',
    );
  });

  it('say what was assumed or changed in code that was read: heading level, language, the script’s folder', () => {
    expect(sv.existing.levelChanged('7', '6')).to.equal(
      'Rubriknivån ”7” finns inte: rubriker har nivå 1–6. Byggaren har valt nivå 6, som sidan också visar.',
    );
    expect(en.existing.levelChanged('7', '6')).to.equal(
      'There is no heading level "7": headings have levels 1–6. The builder has chosen level 6, which the page shows too.',
    );
    expect(sv.existing.langAssumed('sv')).to.contain('så den lästes som svenska.');
    expect(sv.existing.langAssumed('en')).to.contain('så den lästes som engelska.');
    expect(en.existing.langAssumed('sv')).to.equal(
      'The code gives no language (lang), so it was read as Swedish. Choose another under Appearance if needed.',
    );
    expect(en.existing.langAssumed('en')).to.contain('so it was read as English.');
    expect(sv.existing.base('/dist')).to.equal('Adressen till mappen med skriptet är nu /dist.');
    expect(sv.existing.base('')).to.equal('Adressen till mappen med skriptet är nu (tom).');
    expect(en.existing.base('/dist')).to.equal('The address of the folder with the script is now /dist.');
    expect(en.existing.base('')).to.equal('The address of the folder with the script is now (empty).');
    expect(en.existing.failed('No tag.')).to.equal('The code could not be read. No tag.');
    expect(en.existing.markersFailed('Bad JSON.')).to.equal(
      'The markers could not be read, so they are removed: Bad JSON.',
    );
  });

  it('count pasted rows, one or several', () => {
    expect(sv.figures.pasted(1)).to.equal('1 rad inläst.');
    expect(sv.figures.pasted(2)).to.equal('2 rader inlästa.');
    expect(en.figures.pasted(1)).to.equal('1 row read.');
    expect(en.figures.pasted(2)).to.equal('2 rows read.');
  });

  it("ask to check Norrköping's heading and source, and its marker while there is one", () => {
    expect(en.texts.ownFigures(false)).to.equal(
      "The figures are no longer Norrköping's, but the heading or the source still is. Check that they fit your figures.",
    );
    expect(en.texts.ownFigures(true)).to.equal(
      "The figures are no longer Norrköping's, but the heading or the source still is. Check that they fit your " +
        'figures, and the Housing First marker if it is still there.',
    );
    expect(sv.texts.ownFigures(true)).to.match(/siffror, och markeringen Bostad först om den finns kvar\.$/);
    expect(sv.texts.ownFigures(false)).to.match(/Kontrollera att de stämmer för dina siffror\.$/);
  });

  it('say that a marker lies outside the years, with its year where it has one', () => {
    expect(sv.markers.outside(2, undefined)).to.equal(
      'Markering 2 ligger utanför åren i siffrorna och visas inte. Ändra datumet, eller siffrorna.',
    );
    expect(sv.markers.outside(2, 2030)).to.equal(
      'Markering 2 (2030) ligger utanför åren i siffrorna och visas inte. Ändra datumet, eller siffrorna.',
    );
    expect(en.markers.outside(2, undefined)).to.equal(
      'Marker 2 is outside the years of the figures and is not shown. Change its date, or the figures.',
    );
    expect(en.markers.outside(2, 2030)).to.equal(
      'Marker 2 (2030) is outside the years of the figures and is not shown. Change its date, or the figures.',
    );
  });
});
