import { expect } from '@open-wc/testing';
import { callEach } from '../../src/core/call-each.js';
import { observeSize } from '../../src/core/resize.js';
import { reportedDuring } from '../helpers.js';

describe('core/call-each', () => {
  it('calls every listener with the arguments, reporting one that throws as an uncaught error', async () => {
    const fault = new Error('one chart’s fault');
    const calls: string[] = [];
    const reported = await reportedDuring(() =>
      callEach<[string]>(
        [
          (change) => calls.push(`first ${change}`),
          () => {
            throw fault;
          },
          (change) => calls.push(`third ${change}`),
        ],
        'print',
      ),
    );
    expect(calls).to.deep.equal(['first print', 'third print']);
    expect(reported).to.deep.equal([fault]);
  });

  it('keeps a fault in one chart’s resize from leaving the others of the same frame unsized', async () => {
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    document.body.append(first, second);
    const sized: Element[] = [];
    const stops: (() => void)[] = [];
    const reported = await reportedDuring(async () => {
      await new Promise<void>((resolve) => {
        stops.push(
          observeSize(first, () => {
            throw new Error('a fault while drawing');
          }),
          observeSize(second, () => {
            sized.push(second);
            resolve();
          }),
        );
      });
    });
    stops.forEach((stop) => stop());
    first.remove();
    second.remove();
    expect(sized).to.deep.equal([second]);
    expect(reported).to.have.length(1);
  });
});
