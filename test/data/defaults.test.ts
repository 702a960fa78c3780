import { expect } from '@open-wc/testing';
import {
  DEFAULT_KEY_FIGURE,
  DEFAULT_PREVENTION,
  DEFAULT_TREND,
  DEFAULT_TREND_MARKERS,
} from '../../src/data/defaults.js';
import { parsePrevention } from '../../src/data/prevention.js';
import { parseTrend } from '../../src/data/trend.js';
import { markerPosition } from '../../src/data/markers.js';
import type { Provenance } from '../../src/data/model.js';
import { valueOf } from './expect-result.js';

function expectProvenance(provenance: Provenance): void {
  expect(provenance.publisher).to.be.a('string');
  expect(provenance.publisher.trim()).to.not.equal('');
  for (const key of ['title', 'via', 'url'] as const) {
    const text = provenance[key];
    if (text !== undefined) expect(text.trim()).to.not.equal('');
  }
  if (provenance.year !== undefined) expect(Number.isInteger(provenance.year)).to.equal(true);
}

describe('data/defaults', () => {
  it('has the homelessness trend: 814 people in 2017 and 473 in 2023', () => {
    expect(DEFAULT_TREND.model).to.deep.equal({
      points: [
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ],
    });
  });

  it('credits the trend to Socialstyrelsen’s mapping of 2023, via Norrköpings kommun', () => {
    expectProvenance(DEFAULT_TREND.provenance);
    expect(DEFAULT_TREND.provenance).to.deep.equal({
      publisher: 'Socialstyrelsen',
      title: 'Kartläggning av hemlösheten 2023',
      via: 'Norrköpings kommun',
      year: 2023,
    });
  });

  it('marks Housing First from May 2022, with the localized default label', () => {
    expect(DEFAULT_TREND_MARKERS).to.deep.equal([{ year: 2022, month: 5, label: null }]);
    expect(markerPosition(DEFAULT_TREND_MARKERS[0]!)).to.equal(2022 + 4.5 / 12);
  });

  it('has the eviction prevention of 2023: 53 families, 109 children', () => {
    expect(DEFAULT_PREVENTION.model).to.deep.equal({ rows: [{ year: 2023, families: 53, children: 109 }] });
    expectProvenance(DEFAULT_PREVENTION.provenance);
    expect(DEFAULT_PREVENTION.provenance.publisher).to.equal('Norrköpings kommun');
  });

  it('has the key figure: a change of -37 % over 2022–2023, without an absolute value', () => {
    expect(DEFAULT_KEY_FIGURE.model).to.deep.equal({ value: null, unit: '', change: -37, period: '2022–2023' });
    expect(DEFAULT_KEY_FIGURE.model.period).to.equal('2022\u20132023');
    expectProvenance(DEFAULT_KEY_FIGURE.provenance);
    expect(DEFAULT_KEY_FIGURE.provenance.publisher).to.equal('Norrköpings kommun');
  });

  it('are models the parsers would have made from the same figures', () => {
    expect(valueOf(parseTrend('{"2017":814,"2023":473}', ','))).to.deep.equal(DEFAULT_TREND.model);
    expect(valueOf(parsePrevention('[{"year":2023,"families":53,"children":109}]', ','))).to.deep.equal(
      DEFAULT_PREVENTION.model,
    );
  });
});
