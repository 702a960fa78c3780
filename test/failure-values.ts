import type { chai as Chai } from '@open-wc/testing';
// The module without side effects, whose types leave out the `chai` it exports: the one with them registers its
// fixture cleanup only where Mocha is set up already, which it is not yet here.
import * as testing from '@open-wc/testing/pure';

const { chai } = testing as unknown as { chai: typeof Chai };

/**
 * A failed assertion about a DOM node or a Chart never reached the runner: web-test-runner sends a test's results
 * through `structuredClone`, which throws on such values (modernweb-dev/web issue 2967), and the whole file then
 * hung until `testsFinishTimeout` with no word of which test failed. Loaded before every test file (runner-config.mjs):
 * a failure's values that cannot be cloned are sent as chai prints them.
 */
const assert = Reflect.get(chai.Assertion.prototype, 'assert') as (...args: unknown[]) => void;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: unknown[]): void {
  try {
    Reflect.apply(assert, this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const values = error as unknown as Record<'actual' | 'expected', unknown>;
      for (const key of ['actual', 'expected'] as const)
        if (!cloneable(values[key])) values[key] = chai.util.inspect(values[key]);
    }
    throw error;
  }
};

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
