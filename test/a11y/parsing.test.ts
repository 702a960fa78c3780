// WCAG 4.1.1 Parsing (obsolete in WCAG 2.2, still in 2.1 and EN 301 549): in each shadow root, ids are unique, and
// every id an attribute refers to (a label's `for`, `aria-labelledby`, `aria-describedby`, `aria-controls`) is
// there; no control sits inside another, and no paragraph holds a block.
import { expect } from '@open-wc/testing';
import { mount, shadowQuery, INVALID_DATA, type Component, type Tag } from './a11y-helpers.js';
import { mountBuilder, $ } from '../builder/builder-helpers.js';
import { reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);

const REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
const CONTROLS = 'a[href], button, input, select, textarea, [tabindex="0"]';
const BLOCKS = 'div, p, table, ul, ol, section, h1, h2, h3, h4, h5, h6';

/** What is wrong in a shadow root: ids used twice, references to no element, nested controls, blocks in a paragraph. */
function problems(root: ShadowRoot): string[] {
  const found: string[] = [];
  const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
  for (const id of new Set(ids)) if (ids.filter((other) => other === id).length > 1) found.push(`id "${id}" twice`);
  for (const node of root.querySelectorAll('*'))
    for (const attribute of REFERENCES)
      for (const id of (node.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean))
        if (!root.getElementById(id)) found.push(`<${node.localName} ${attribute}="${id}"> refers to no element`);
  for (const control of root.querySelectorAll(CONTROLS))
    if (control.parentElement?.closest(CONTROLS))
      found.push(`<${control.localName}> inside <${control.parentElement.closest(CONTROLS)!.localName}>`);
  for (const paragraph of root.querySelectorAll('p'))
    if (paragraph.querySelector(BLOCKS)) found.push(`<p> holds <${paragraph.querySelector(BLOCKS)!.localName}>`);
  return found;
}

describe('parsing (WCAG 4.1.1)', () => {
  for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'] as Tag[]) {
    it(`<${tag}>: unique ids, references that resolve, valid nesting, in each state`, async () => {
      const states: [string, Component][] = [
        ['default', await mount(tag, { 'source-url': 'https://www.scb.se/', source: 'SCB' })],
        ['no-summary', await mount(tag, { 'no-summary': '' })],
        ['error', await mount(tag, INVALID_DATA[tag], { drawn: false })],
      ];
      for (const [state, element] of states) {
        const toggle = element.shadowRoot!.querySelector<HTMLElement>('button[aria-expanded]');
        expect(problems(element.shadowRoot!), `${tag}, ${state}`).to.deep.equal([]);
        if (toggle) {
          toggle.click();
          await element.updateComplete;
          expect(problems(element.shadowRoot!), `${tag}, ${state}, table shown`).to.deep.equal([]);
        }
      }
      // The check sees what it must: the plot's description and the table's button refer by id.
      if (tag !== 'key-figure') {
        const [, element] = states[0]!;
        expect(shadowQuery(element, '[role="img"]').getAttribute('aria-describedby')).to.equal('keyboard-hint');
        expect(shadowQuery(element, 'button[aria-expanded]').getAttribute('aria-controls')).to.equal('data-table');
      }
    });
  }

  it('the builder: unique ids, references that resolve, valid nesting, with rows and markers added', async () => {
    const builder = await mountBuilder();
    $(builder, '#add-row').click();
    $(builder, '#add-marker').click();
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelectorAll('[for]').length, 'labels checked').to.be.greaterThan(5);
    expect(problems(builder.shadowRoot!)).to.deep.equal([]);
  });
});
