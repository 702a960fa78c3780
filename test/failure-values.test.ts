import { expect } from '@open-wc/testing';

/** What test/failure-values.ts, loaded before every test file, does to a failed assertion's values. */
function failureOf(assertion: () => void): { actual: unknown; expected: unknown; message: string } {
  try {
    assertion();
  } catch (error) {
    const { actual, expected, message } = error as { actual: unknown; expected: unknown; message: string };
    return { actual, expected, message };
  }
  throw new Error('the assertion did not fail');
}

const sendable = (value: unknown): boolean => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

describe('failed assertions reach the runner', () => {
  it('sends a DOM node a failure names as chai prints it, so that the failure is reported, not hung', () => {
    const node = document.createElement('section');
    node.id = 'named';
    const failure = failureOf(() => {
      expect(node).to.equal(null);
    });
    expect(sendable(failure), 'the failure can be sent').to.equal(true);
    expect(typeof failure.actual).to.equal('string');
    expect(String(failure.actual)).to.contain('<section id="named">');
    expect(failure.expected).to.equal(null);
  });

  it('leaves values that can be sent as they are, for the runner to show a diff of them', () => {
    const failure = failureOf(() => {
      expect({ year: 2023, value: 473 }).to.deep.equal({ year: 2023, value: 474 });
    });
    expect(failure.actual).to.deep.equal({ year: 2023, value: 473 });
    expect(failure.expected).to.deep.equal({ year: 2023, value: 474 });
  });

  it('sends both sides of a comparison of two elements', () => {
    const failure = failureOf(() => {
      expect(document.body).to.equal(document.documentElement);
    });
    expect(sendable(failure), 'the failure can be sent').to.equal(true);
    expect(String(failure.expected)).to.contain('<html');
  });
});
