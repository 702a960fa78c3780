import { expect, waitUntil } from '@open-wc/testing';
import { postponeIfBusy, SLICE_MILLISECONDS } from '../../src/core/time-slices.js';
import { busy, reportedDuring } from '../helpers.js';

/**
 * Pieces of work that record which task each ran in: a piece that finds the microtask queued by the one
 * before still pending runs in the same task (microtasks run only once a task's callbacks have returned).
 */
function recorder() {
  const tasks: number[][] = [];
  let taskRunning = false;
  const piece = (index: number, milliseconds: number) => () => {
    if (!taskRunning) tasks.push([]);
    tasks.at(-1)!.push(index);
    taskRunning = true;
    queueMicrotask(() => (taskRunning = false));
    busy(milliseconds);
  };
  return { tasks, piece };
}

/** Gives each piece to `postponeIfBusy`, and does at once, as a caller does, those it does not postpone. */
function offer(pieces: (() => void)[]): void {
  for (const piece of pieces) if (!postponeIfBusy(piece)) piece();
}

const ran = (tasks: number[][]): number[] => tasks.flat();

/** Long enough for the task that ends a slice to have run. */
const sliceOver = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('core/time-slices', () => {
  // Let the last test's slice end before the next begins.
  beforeEach(sliceOver);

  it('spreads work given at once over tasks of one slice each, in the order given', async () => {
    const { tasks, piece } = recorder();
    const pieceMilliseconds = SLICE_MILLISECONDS / 2 + 5;
    offer(Array.from({ length: 8 }, (_, index) => piece(index, pieceMilliseconds)));
    // The first piece always runs at once; a piece starts only while its task's slice lasts, so a slice
    // holds at most two pieces of more than half a slice.
    expect(tasks, 'done at once').to.have.length(1);
    expect(tasks[0]!.length).to.be.within(1, 2);
    await waitUntil(() => ran(tasks).length === 8, 'every piece ran');
    expect(ran(tasks)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...tasks.map((task) => task.length))).to.be.at.most(2);
  });

  it('does at once work that fits in the slice, and queues the rest in the order given', async () => {
    const { tasks, piece } = recorder();
    offer([piece(0, 1), piece(1, 1)]);
    expect(tasks).to.deep.equal([[0, 1]]);
    await sliceOver();
    // A new slice: a piece longer than it, then two short ones that must wait, and one more given later in
    // the same task, which goes after them; the three fit in one later task.
    offer([piece(2, SLICE_MILLISECONDS + 5), piece(3, 1), piece(4, 1)]);
    expect(tasks.at(-1)).to.deep.equal([2]);
    offer([piece(5, 1)]);
    await waitUntil(() => ran(tasks).length === 6);
    expect(ran(tasks)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(tasks.at(-1)).to.deep.equal([3, 4, 5]);
  });

  it('queues work given by a waiting piece behind those that still wait, though its slice has time left', async () => {
    const { tasks, piece } = recorder();
    const giving = (): void => {
      piece(1, 1)();
      offer([piece(3, 1)]);
    };
    offer([piece(0, SLICE_MILLISECONDS + 5), giving, piece(2, 1)]);
    await waitUntil(() => ran(tasks).length === 4);
    expect(ran(tasks)).to.deep.equal([0, 1, 2, 3]);
  });

  it('runs a waiting piece once however often it is given', async () => {
    const { tasks, piece } = recorder();
    const long = piece(0, SLICE_MILLISECONDS + 5);
    const waiting = piece(1, 1);
    offer([long, waiting, waiting, waiting]);
    await waitUntil(() => ran(tasks).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran(tasks)).to.deep.equal([0, 1]);
  });

  it('reports a piece that throws as an uncaught error and still runs those after it', async () => {
    const { tasks, piece } = recorder();
    const fault = new Error('one chart’s fault');
    const reported = await reportedDuring(async () => {
      offer([
        piece(0, SLICE_MILLISECONDS + 5),
        () => {
          throw fault;
        },
        piece(2, 1),
      ]);
      await waitUntil(() => ran(tasks).length === 2);
    });
    expect(ran(tasks)).to.deep.equal([0, 2]);
    expect(reported).to.deep.equal([fault]);
  });

  it('goes on when the browser holds back timers, as Firefox does while a page loads', async () => {
    const { tasks, piece } = recorder();
    const timers = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
    window.setTimeout = ((..._held: unknown[]) => 0) as unknown as typeof window.setTimeout;
    try {
      offer([piece(0, SLICE_MILLISECONDS + 5), piece(1, 1), piece(2, 1)]);
      for (let frame = 0; frame < 30 && ran(tasks).length < 3; frame++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      Object.defineProperty(window, 'setTimeout', timers);
    }
    expect(ran(tasks)).to.deep.equal([0, 1, 2]);
  });
});
