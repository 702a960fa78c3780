import { expect, fixture, html } from '@open-wc/testing';
import { closestLang } from '../../src/core/lang.js';

describe('core/lang', () => {
  it("gives the element's lang, else its nearest ancestor's across shadow roots, else none", async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><em></em></p><b lang="sv"></b>';
    expect(closestLang(root.querySelector('em')!)).to.equal('en');
    expect(closestLang(root.querySelector('b')!)).to.equal('sv');
    const alone = document.createElement('p');
    expect(closestLang(alone)).to.equal(null);
  });
});
