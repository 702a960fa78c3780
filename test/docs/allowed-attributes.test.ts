import { expect } from '@open-wc/testing';
import { COMPONENT_ATTRIBUTES, COMPONENT_TAGS } from '../../src/embed/attributes.js';

// The guides give a CMS filter's list of the tags and their attributes (Drupal's allowed HTML): an attribute
// left out there is stripped from every page, without a word. <key-figure> observes `data` and `src` only to
// say it does not read them (NC120): a filter need not let them through.
const NOT_READ: Partial<Record<string, readonly string[]>> = { 'key-figure': ['data', 'src'] };

describe('the CMS filters’ lists of attributes in the guides', () => {
  for (const guide of ['docs/cms-guide.md', 'docs/redaktorsguide.md']) {
    it(`${guide} lists every attribute each component reads, and no other`, async () => {
      const text = await (await fetch(`/${guide}`)).text();
      for (const tag of COMPONENT_TAGS) {
        const line = new RegExp(`^\\s*<${tag} ([a-z -]+)>$`, 'm').exec(text);
        expect(line, `${tag} in ${guide}`).to.not.equal(null);
        const reads = COMPONENT_ATTRIBUTES[tag].filter((name) => !NOT_READ[tag]?.includes(name));
        expect(line![1]!.split(' ').sort(), tag).to.deep.equal([...reads].sort());
      }
    });
  }
});
