import { expect } from '@open-wc/testing';
import { isEdited, syncPreview } from '../../src/builder/preview.js';
import type { ChartMarkup } from '../../src/builder/markup.js';

const keyFigure = (attributes: ChartMarkup['attributes']): ChartMarkup => ({
  tag: 'key-figure',
  attributes,
  table: null,
});

describe('builder/preview', () => {
  it('removes an attribute the settings no longer write, such as theme="dark" set back to light, and counts it an edit', () => {
    const container = document.createElement('div');
    const element = syncPreview(
      container,
      keyFigure([
        ['lang', 'sv'],
        ['theme', 'dark'],
        ['value', '5'],
      ]),
    );
    expect(isEdited(element)).to.equal(false);
    const again = syncPreview(
      container,
      keyFigure([
        ['lang', 'sv'],
        ['value', '5'],
      ]),
    );
    expect(again === element, 'the same element, edited').to.equal(true);
    expect(element.getAttributeNames()).to.deep.equal(['lang', 'value']);
    expect(isEdited(element)).to.equal(true);
  });
});
