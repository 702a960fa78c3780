import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { chromiumOnly, nextFrame, reduceMotion, rendered } from '../helpers.js';

before(reduceMotion);

/**
 * The first chart of a page makes the page-wide watchers (size, viewport, language, colour scheme): what they
 * call must not keep that chart. A file of its own, so that its chart is the page's first.
 */
describe('the first chart of a page', () => {
  // A garbage collection is asked for over the DevTools protocol: Chromium's.
  chromiumOnly('is freed once removed', async () => {
    const removed = await (async () => {
      const element = document.createElement('homeless-trend');
      element.setAttribute('theme', 'auto');
      const drawn = rendered(element);
      document.body.append(element);
      await drawn;
      element.remove();
      await element.updateComplete;
      return new WeakRef(element);
    })();
    await nextFrame();
    await executeServerCommand('collect-garbage');
    expect(removed.deref() === undefined, 'freed').to.equal(true);
  });
});
