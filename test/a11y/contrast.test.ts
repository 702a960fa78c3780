import { expect } from '@open-wc/testing';
import { contrastRatio, luminance } from './contrast.js';

describe('a11y/contrast', () => {
  it('gives 21:1 for black on white and 1:1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('rgb(255, 255, 255)', '#000000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
  });

  it('matches known WCAG ratios', () => {
    // #767676 on white is the classic smallest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('rgb(0, 0, 255)', 'rgb(255, 255, 255)')).to.be.closeTo(8.59, 0.01);
  });

  it('reads rgb(), rgba() and space-separated rgb()', () => {
    expect(luminance('rgba(255, 255, 255, 0.5)')).to.equal(1);
    expect(luminance('rgb(0 0 0)')).to.equal(0);
  });

  it('refuses colours it cannot read', () => {
    expect(() => luminance('CanvasText')).to.throw(/Not an rgb/);
  });
});
