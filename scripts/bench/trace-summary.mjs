// What the renderer's main thread did in traces written by `npm run bench -- --trace DIR`: the self time of
// each activity (scripts, style and layout, paint, canvas, garbage collection) and of each kind of event,
// averaged over the files given, and with --tasks the tasks over a millisecond with what took their time.
// Compare the sides of one run, not runs of different hours.
//
//   node scripts/bench/trace-summary.mjs DIR/ours-create-update-N-100-create.json [more files] [--tasks]
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const showTasks = process.argv.includes('--tasks');
if (files.length === 0) {
  console.error('Give one or more trace files from `npm run bench -- --trace DIR`.');
  process.exit(2);
}

/** The main thread's complete events, each with its self time and the task (top-level event) it is in. */
function mainThreadEvents(file) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const events = parsed.traceEvents ?? parsed;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`${file}: no renderer main thread in this trace`);
  const own = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const event of own) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= event.ts) open.pop();
    const parent = open.at(-1);
    event.self = event.dur;
    if (parent) {
      parent.self -= event.dur;
      event.task = parent.task ?? parent;
    }
    open.push(event);
  }
  return own;
}

/**
 * The activity an event's self time belongs to, by its name. A script the DevTools protocol runs (as the
 * bench's `page.evaluate` does) has no event of its own: it is its task's (`RunTask`'s) own time, counted
 * with the scripts, so that both sides' scripts add up alike whichever event starts them.
 */
function activity(name) {
  if (/GC|Scavenge/.test(name)) return 'garbage collection';
  if (/Canvas/.test(name)) return 'canvas';
  if (/Style|LayoutTree|Layout|InlineNode|Shape/.test(name)) return 'style and layout';
  if (/Paint|Compositing|Commit|LayerTree|Lifecycle|MainFrame|ScheduleAnimation/.test(name))
    return 'paint and compositing';
  if (
    /^(RunTask|RunMicrotasks|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch)$|^V8\.|^v8\.|Observer|CustomElement/.test(
      name,
    )
  )
    return 'scripts';
  return 'other';
}

const milliseconds = (microseconds) => microseconds / 1000;
const bySelfTime = (events) => {
  const sums = new Map();
  for (const event of events) sums.set(event.name, (sums.get(event.name) ?? 0) + milliseconds(event.self));
  return [...sums].sort((a, b) => b[1] - a[1]);
};

const total = new Map();
for (const file of files) {
  const events = mainThreadEvents(file);
  for (const [name, time] of bySelfTime(events)) total.set(name, (total.get(name) ?? 0) + time / files.length);
  if (!showTasks) continue;
  console.log(`${file}: tasks over 1 ms (start, duration: what took their time)`);
  const tasks = events.filter((event) => !event.task && event.dur > 1000);
  for (const task of tasks) {
    const parts = bySelfTime(events.filter((event) => event === task || event.task === task))
      .filter(([, time]) => time >= 0.5)
      .map(([name, time]) => `${name} ${time.toFixed(1)}`);
    const start = milliseconds(task.ts - (tasks[0]?.ts ?? 0)).toFixed(0);
    console.log(`  ${start} ms, ${milliseconds(task.dur).toFixed(1)} ms: ${parts.join(', ')}`);
  }
}
const rows = [...total].sort((a, b) => b[1] - a[1]);
const activities = new Map();
for (const [name, time] of rows) activities.set(activity(name), (activities.get(activity(name)) ?? 0) + time);
console.log(`main thread, self time by activity (ms, mean of ${files.length} file(s)):`);
for (const [name, time] of [...activities].sort((a, b) => b[1] - a[1]))
  console.log(`${time.toFixed(1).padStart(8)}  ${name}`);
console.log(`main thread, self time by event (ms, mean of ${files.length} file(s)):`);
console.log(
  `${rows
    .reduce((sum, [, time]) => sum + time, 0)
    .toFixed(1)
    .padStart(8)}  all`,
);
for (const [name, time] of rows.filter(([, time]) => time >= 0.5))
  console.log(`${time.toFixed(1).padStart(8)}  ${name}`);
