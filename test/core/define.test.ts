import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '../../src/core/define.js';
import { withWarnings } from '../warnings.js';

/** The first argument of each warning `run` gives. */
const warningsOf = (run: () => void): Promise<unknown[]> =>
  withWarnings((calls) => {
    run();
    return calls.map(([message]) => message);
  });

describe('defineElement', () => {
  it('defines a tag once and leaves a second definition of the same version alone', async () => {
    class First extends HTMLElement {
      static readonly version = VERSION;
    }
    class Second extends HTMLElement {
      static readonly version = VERSION;
    }
    const warnings = await warningsOf(() => {
      defineElement('nc-test-same', First);
      defineElement('nc-test-same', Second);
      defineElement('nc-test-same', First);
    });
    expect(customElements.get('nc-test-same')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns when another version holds the tag', async () => {
    class Old extends HTMLElement {
      static readonly version = '0.0.1';
    }
    class New extends HTMLElement {
      static readonly version = '9.9.9';
    }
    const warnings = await warningsOf(() => {
      defineElement('nc-test-versions', Old);
      defineElement('nc-test-versions', New);
    });
    expect(customElements.get('nc-test-versions')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('version 0.0.1').and.contain('9.9.9');
  });

  it('carries the version of package.json', async () => {
    const packageJson = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(packageJson.version);
  });
});
