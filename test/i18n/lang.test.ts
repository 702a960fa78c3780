import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_LANG, stringsFor, supportedLang } from '../../src/i18n/lang.js';
import { sv } from '../../src/i18n/sv.js';
import { en } from '../../src/i18n/en.js';

describe('i18n/lang', () => {
  describe('supportedLang', () => {
    it('maps Swedish tags to "sv"', () => {
      for (const tag of ['sv', 'sv-SE', 'sv-FI', 'SV', 'Sv-se', 'sv_SE', ' sv-SE '])
        expect(supportedLang(tag), tag).to.equal('sv');
    });

    it('maps English tags to "en"', () => {
      for (const tag of ['en', 'en-GB', 'en_US', 'EN-us', 'en-Latn-GB', '\ten\n'])
        expect(supportedLang(tag), tag).to.equal('en');
    });

    it('gives null for other languages and missing tags', () => {
      for (const tag of [
        'de',
        'de-DE',
        'nb-NO',
        'fi',
        'se',
        'eng',
        'swe',
        'english',
        'svenska',
        '',
        '   ',
        '-sv',
        'x-sv',
      ]) {
        expect(supportedLang(tag), JSON.stringify(tag)).to.equal(null);
      }
      expect(supportedLang(null)).to.equal(null);
      expect(supportedLang(undefined)).to.equal(null);
    });

    it('gives "sv", "en" or null for any text (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (tag) => {
          expect([null, 'sv', 'en']).to.include(supportedLang(tag));
        }),
      );
    });
  });

  describe('stringsFor', () => {
    it('gives the Swedish or English strings for supported tags', () => {
      expect(stringsFor('sv-SE')).to.equal(sv);
      expect(stringsFor('SV')).to.equal(sv);
      expect(stringsFor('en-GB')).to.equal(en);
      expect(stringsFor('en_US')).to.equal(en);
    });

    it('falls back to Swedish, the default, for unsupported or missing tags', () => {
      expect(DEFAULT_LANG).to.equal('sv');
      for (const tag of ['de', '', null, undefined, 'fr-FR']) expect(stringsFor(tag), String(tag)).to.equal(sv);
    });

    it('agrees with supportedLang for any text (property)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.constantFrom('sv', 'en-GB', 'EN', 'sv_SE', 'de')), (tag) => {
          expect(stringsFor(tag).lang).to.equal(supportedLang(tag) ?? DEFAULT_LANG);
        }),
      );
    });
  });
});
