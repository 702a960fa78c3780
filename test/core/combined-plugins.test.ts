import { expect } from '@open-wc/testing';
import { combinePlugins } from '../../src/core/combined-plugins.js';
import type { Chart, Plugin } from 'chart.js';

const chartWith = (plugins: Record<string, object>): Chart =>
  ({ config: { options: { plugins } } }) as unknown as Chart;

describe('combinePlugins', () => {
  it("calls each plugin's hooks in order, with its options over its defaults", () => {
    const calls: string[] = [];
    const first: Plugin = {
      id: 'first',
      defaults: { colour: 'red', size: 1 },
      afterDraw: (_chart, _args, options) => void calls.push(`first ${JSON.stringify(options)}`),
    };
    const second: Plugin = {
      id: 'second',
      afterDraw: (_chart, _args, options) => void calls.push(`second ${JSON.stringify(options)}`),
      afterRender: () => void calls.push('second render'),
    };
    const combined = combinePlugins([first, second]) as Required<Plugin>;
    const chart = chartWith({ first: { size: 2 } });
    combined.afterDraw(chart, { cancelable: false } as never, {});
    combined.afterRender(chart, { cancelable: false } as never, {});
    expect(calls).to.deep.equal(['first {"colour":"red","size":2}', 'second {}', 'second render']);
  });

  it('stops at a cancelable hook that returns false, as Chart.js does', () => {
    const calls: string[] = [];
    const cancel: Plugin = { id: 'cancel', beforeDraw: () => false };
    const after: Plugin = { id: 'after', beforeDraw: () => void calls.push('after') };
    const combined = combinePlugins([cancel, after]) as Required<Plugin>;
    expect(combined.beforeDraw(chartWith({}), { cancelable: true }, {})).to.equal(false);
    expect(calls).to.deep.equal([]);
    expect(combined.beforeDraw(chartWith({}), { cancelable: false } as never, {})).to.equal(undefined);
    expect(calls).to.deep.equal(['after']);
  });
});
