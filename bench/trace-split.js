// Chromium traces for bench/run.js: the categories to record, and what a trace says of the
// renderer's main thread (where its time went, by kind — script, style, layout, paint,
// garbage collection — and by event name), in pure functions over the trace's JSON.

/**
 * What BENCH_TRACE=first records: with 'blink' too, its events share their start and length
 * with the style and layout ones and the split could not tell which holds which.
 */
export const FIRST_TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.gc'];
/** What BENCH_TRACE records. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'blink',
  'disabled-by-default-devtools.timeline',
  ...(process.env.BENCH_TRACE_INVALIDATION ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
  ...(process.env.BENCH_TRACE_SELECTORS ? ['disabled-by-default-blink.debug'] : []),
];

/** Top-level main-thread time by event name, and the nested style/layout/paint/GC totals. */
export function summariseTrace({ traceEvents }) {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
  const totals = new Map();
  for (const e of events) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return top.map(([name, ms]) => `    ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
}

/** What each trace event's own time (not its children's) counts as. */
function kindOf(name) {
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout') return 'layout';
  if (['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit'].includes(name))
    return 'paint';
  if (/GC|Scavenge|Mark|Sweep/i.test(name)) return 'gc';
  if (
    /^(FireAnimationFrame|FunctionCall|EventDispatch|TimerFire|RunMicrotasks|EvaluateScript|v8\.|V8\.|ScheduleStyleRecalculation|FireIdleCallback|ResizeObserver|IntersectionObserver|v8\.compile|CompileScript)/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/** A split's kinds and milliseconds, on one line. */
export function splitText(split) {
  return Object.entries(split)
    .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
    .join(' · ');
}

/**
 * Main-thread CPU time by kind (script, style, layout, paint, gc, other) from a Chromium trace:
 * each event's own time, without what is nested in it; style and layout that script forced
 * (a layout read in an update) are counted apart as `forced`.
 */
export function splitTrace({ traceEvents }, page) {
  // Thread time (the CPU the main thread used), not wall time: on a shared machine another
  // process's turn on the CPU would otherwise count as ours.
  const cpu = (e) => e.tdur ?? e.dur;
  // The main thread of the renderer that navigated to `page` (a path), when given: a trace
  // records every renderer of the browser, and another one can hold more events than the
  // page's. Else the renderer main thread with the most events.
  let mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const navigated = traceEvents.findLast(
    (e) => page && e.name === 'CommitLoad' && new URL(e.args?.data?.url ?? '', 'http://x').pathname === page,
  );
  if (navigated) mains = mains.filter((m) => m.pid === navigated.pid);
  const count = (m) => traceEvents.reduce((n, e) => n + (e.pid === m.pid && e.tid === m.tid ? 1 : 0), 0);
  const main = mains.length > 1 ? mains.map((m) => [m, count(m)]).sort((a, b) => b[1] - a[1])[0][0] : mains[0];
  const events = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0, forced: 0 };
  const stack = [];
  const self = new Map();
  for (const e of events) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? cpu(parent)) - cpu(e));
    const kind = kindOf(e.name);
    if ((kind === 'style' || kind === 'layout') && stack.some((outer) => kindOf(outer.name) === 'script'))
      totals.forced += cpu(e) / 1000;
    stack.push(e);
  }
  for (const e of events) totals[kindOf(e.name)] += Math.max(0, self.get(e) ?? cpu(e)) / 1000;
  return totals;
}
