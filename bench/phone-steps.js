// BENCH_STEPS=phone (bench/phone.js): the steps of story-timeline's first story on a phone page, timed
// in the page from its start (performance.now()): the script's response, the element's definition,
// its connection (and each controller's hostConnected that takes over a millisecond and a half), the
// story's request and its answer, each update (willUpdate, render, commit) and each read of a size
// that takes over 2 ms (a style and layout forced by script), and the animation frames. It wraps the
// element's class as `customElements.define` is given it, before any instance exists.

/** Runs in the page before any of its scripts (Playwright's `addInitScript`). */
export function watchSteps() {
  const log = (window.__steps = []);
  const now = () => performance.now();
  const note = (start, text) => log.push([start, text]);
  const timed = (object, name, label, min) => {
    const original = object[name];
    if (typeof original !== 'function') return;
    object[name] = function (...args) {
      const start = now();
      const result = original.apply(this, args);
      const took = now() - start;
      if (took >= min) note(start, `${label} ${took.toFixed(0)} ms`);
      return result;
    };
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'story-timeline') {
      note(now(), 'customElements.define');
      const proto = constructor.prototype;
      const addController = proto.addController;
      proto.addController = function (controller) {
        timed(controller, 'hostConnected', `  ${controller.constructor.name}.hostConnected`, 1.5);
        return addController.call(this, controller);
      };
      for (const method of ['connectedCallback', 'performUpdate', 'willUpdate', 'render', 'update', 'firstUpdated'])
        timed(
          proto,
          method,
          method === 'performUpdate' ? 'update' : `  ${method}`,
          method === 'performUpdate' ? 0 : 1.5,
        );
    }
    return define(name, constructor, options);
  };
  const reads = [
    [Element.prototype, 'getBoundingClientRect'],
    [window, 'getComputedStyle'],
  ];
  for (const [object, name] of reads) timed(object, name, `size read (${name})`, 2);
  for (const name of ['offsetWidth', 'offsetHeight']) {
    const { get } = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, {
      get() {
        const start = now();
        const value = get.call(this);
        if (now() - start >= 2) note(start, `size read (${name}) ${(now() - start).toFixed(0)} ms`);
        return value;
      },
    });
  }
  const fetch = window.fetch;
  window.fetch = function (...args) {
    const start = now();
    const answer = fetch.apply(this, args);
    note(start, `fetch(${String(args[0]).split('/').pop()}) called, ${(now() - start).toFixed(0)} ms`);
    answer.then(() => note(now(), `fetch(${String(args[0]).split('/').pop()}) answered`));
    return answer;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name.endsWith('/story-timeline.js')) note(entry.responseStart, 'story-timeline.js: first byte');
  }).observe({ type: 'resource', buffered: true });
  const frame = () => {
    note(now(), 'animation frame');
    if (now() < 5000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The steps up to the painted events, a line each, times from the script's first byte. */
export async function readSteps(page, painted) {
  const steps = await page.evaluate(() => window.__steps);
  const first = steps.find(([, text]) => text.includes('first byte'))?.[0] ?? 0;
  return steps
    .filter(([time]) => time <= painted)
    .sort((a, b) => a[0] - b[0])
    .map(([time, text]) => `${(time - first).toFixed(0).padStart(6)} ms  ${text}`)
    .concat(`${(painted - first).toFixed(0).padStart(6)} ms  the events painted`);
}
