// What a Chromium trace of one page load says about its main thread: the page's own script time, its
// tasks and their blocking time, and how much of that is a given system's code.
//
// A trace taken with TRACE_CATEGORIES holds the main thread's tasks (RunTask), its script events
// (EvaluateScript, FunctionCall, …) and the samples of V8's profiler (one every ~0.2 ms). Script events
// alone cannot tell whose code a microtask runs (a Lit render, a promise's continuation), so the share of
// a system's code in a task comes from the samples: each sample is the function running at that instant,
// and so the script file it belongs to.

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'];

const LONG_TASK_MS = 50;
const MAX_SAMPLE_US = 5000; // a gap between samples longer than this is idle time, not the previous function's

/** Trace events that run JavaScript; the outermost ones on the page's main thread are added up. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
]);

const eventsOf = (trace) => trace.traceEvents ?? trace;

/** The renderer main thread that parsed `url`, and the time its first parse task began. */
function mainThread(events, url) {
  const parses = events.filter((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parses.length) return null;
  const { pid, tid } = parses[0];
  return { pid, tid, firstParse: Math.min(...parses.map((event) => event.ts)) };
}

/**
 * Main-thread JavaScript of the page itself: the outermost script events on the renderer thread that
 * parsed `url`, wall time (`dur`) and the thread's CPU time (`tdur`). Scripts of the browser's own
 * (`chrome://` resources, which every page runs alike) are left out. On a page where only the system
 * runs script (the tiny page), it is the system's code and its inline configuration.
 */
export function pageScriptTime(trace, url) {
  const events = eventsOf(trace);
  const thread = mainThread(events, url);
  if (!thread) return null;
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && SCRIPT_EVENTS.has(event.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let wall = 0;
  let cpu = 0;
  let outerEnd = -Infinity;
  for (const event of own) {
    if (event.ts < outerEnd) continue; // nested in an event already counted
    outerEnd = event.ts + (event.dur ?? 0);
    const source = String(event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.scriptName ?? '');
    if (/^(chrome|devtools|chrome-extension):/.test(source)) continue;
    wall += event.dur ?? 0;
    cpu += event.tdur ?? event.dur ?? 0;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

/** The main thread's top-level tasks from `from` on, sorted by start. */
function tasksOf(events, thread, from) {
  const runs = events
    .filter(
      (event) =>
        event.pid === thread.pid &&
        event.tid === thread.tid &&
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask' &&
        event.ts + (event.dur ?? 0) > from,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const run of runs) {
    const last = top.at(-1);
    if (last && run.ts < last.ts + last.dur) continue; // nested in the task before
    top.push({ ts: run.ts, dur: run.dur ?? 0, script: 0, own: 0 });
  }
  return top.filter((task) => task.ts >= from);
}

/** The samples of V8's profiler on `thread`: `{ ts, us, url }`, url '' where no script runs. */
function samplesOf(events, thread) {
  const profile = events.find((event) => event.name === 'Profile' && event.pid === thread.pid && event.tid === thread.tid);
  if (!profile) return [];
  const nodes = new Map();
  const stamps = [];
  let at = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id || chunk.pid !== profile.pid) continue;
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, { url: node.callFrame?.url ?? '', parent: node.parent });
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      at += deltas[i] ?? 0;
      stamps.push({ ts: at, node });
    });
  }
  // A builtin or a native function has no file of its own: it counts for the script that called it.
  const urlOf = (id) => {
    for (let node = nodes.get(id); node; node = nodes.get(node.parent)) if (node.url) return node.url;
    return '';
  };
  stamps.sort((a, b) => a.ts - b.ts);
  return stamps.map((stamp, i) => ({
    ts: stamp.ts,
    us: Math.min(MAX_SAMPLE_US, (stamps[i + 1]?.ts ?? stamp.ts) - stamp.ts),
    url: urlOf(stamp.node),
  }));
}

/**
 * Blocking time of the main thread from the page's first parse task to the end of the trace, and the
 * part of it that is the code for which `isOwn(url)` is true (a system's files and inline tags):
 * - `tbtMs`: sum over tasks of (duration − 50 ms), those over 50 ms;
 * - `ownTbtMs`: sum over long tasks of the system's sampled script time in each, at most that task's
 *   blocking time: the blocking that would go if the system's code did not run;
 * - `tasksTbtMs`: sum of the blocking time of every long task in which the system's code runs at all;
 * - `longestOwnTaskMs`: the longest task in which the system's code is most of the script sampled;
 * - `ownScriptMs`: all the system's sampled script time; `longTasks`: the number of long tasks.
 */
export function blockingTime(trace, url, isOwn) {
  const events = eventsOf(trace);
  const thread = mainThread(events, url);
  if (!thread) return null;
  const tasks = tasksOf(events, thread, thread.firstParse);
  const samples = samplesOf(events, thread);
  if (!samples.length) return null;
  let ownScript = 0;
  let t = 0;
  for (const sample of samples) {
    if (!sample.url || /^(chrome|devtools|chrome-extension):/.test(sample.url)) continue;
    const own = isOwn(sample.url);
    if (own) ownScript += sample.us;
    while (t < tasks.length && tasks[t].ts + tasks[t].dur < sample.ts) t++;
    const task = tasks[t];
    if (!task || sample.ts < task.ts) continue;
    task.script += sample.us;
    if (own) task.own += sample.us;
  }
  let tbt = 0;
  let ownTbt = 0;
  let tasksTbt = 0;
  let longTasks = 0;
  let longestOwnTask = 0;
  for (const task of tasks) {
    const ms = task.dur / 1000;
    const blocking = Math.max(0, ms - LONG_TASK_MS);
    if (blocking > 0) longTasks++;
    tbt += blocking;
    ownTbt += Math.min(blocking, task.own / 1000);
    if (task.own > 0) tasksTbt += blocking;
    if (task.own > task.script / 2) longestOwnTask = Math.max(longestOwnTask, ms);
  }
  return { tbtMs: tbt, ownTbtMs: ownTbt, tasksTbtMs: tasksTbt, longestOwnTaskMs: longestOwnTask, ownScriptMs: ownScript / 1000, longTasks };
}

/** The system's sampled script time in the page load of `url` (e.g. a returning visit), in ms. */
export function ownScriptTime(trace, url, isOwn) {
  return blockingTime(trace, url, isOwn)?.ownScriptMs ?? null;
}

/**
 * Sampled script time before the User Timing mark `mark` (the banner's first frame on screen): the
 * system's own code (`isOwn`) and every script of the page (`pageMs`), the browser's own left out; null
 * when the trace holds no such mark.
 */
export function scriptBefore(trace, url, isOwn, mark) {
  const events = eventsOf(trace);
  const thread = mainThread(events, url);
  const stamp = thread && events.find((event) => event.name === mark && event.pid === thread.pid);
  if (!stamp) return null;
  let own = 0;
  let page = 0;
  for (const sample of samplesOf(events, thread)) {
    if (sample.ts >= stamp.ts || !sample.url || /^(chrome|devtools|chrome-extension):/.test(sample.url)) continue;
    page += sample.us;
    if (isOwn(sample.url)) own += sample.us;
  }
  return { ownMs: own / 1000, pageMs: page / 1000 };
}
