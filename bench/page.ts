/**
 * The browser half of `npm run bench`. bench/run.js builds this file, serves it next to
 * the production bundle of the element and vis-timeline's own standalone build, and
 * calls `window.bench` through Playwright. Every timing is taken here, in the page.
 *
 * A step is timed from the start of an animation frame, where the step's call is made,
 * to the end of the last frame in which the library still did work for it (a message
 * posted during a frame runs only after that frame has been painted). vis-timeline
 * redraws in its own next animation frame, so its steps include that wait; ours draws
 * in the frame of the call.
 */
import { generateEvents, mulberry32 } from '../demo/generated.js';
import { normalizeStory } from '../src/model/normalize.js';
import { zoneNamed } from '../src/model/time-zone.js';
import { defaultLayoutOptions, layoutEvents, type LayoutOptions } from '../src/layout/marks.js';
import type { NormalizedStory, StoryEvent, TimelineEvent } from '../src/model/types.js';
import { linear } from './linear.js';
import { plainDom } from './plain-dom.js';

const DAY = 86_400_000;
const WIDTH = 1200;
const STEPS = 30;
/** The element's fit window: the data's extent plus 6 % each side, at least 14 days. */
const FIT_MARGIN = 0.06;
const MIN_FIT_SPAN = 14 * DAY;

interface Lib {
  /** Counts the library's redraws, so we know when a step has stopped causing work. */
  work(): number;
  show(start: number, end: number): void | Promise<void>;
  window(): [number, number];
  /** Groups given to vis-timeline (the grouped data set). */
  groups?: boolean;
}

interface VisGlobal {
  Timeline: new (container: HTMLElement, items: unknown, options: Record<string, unknown>) => VisTimeline;
  DataSet: new (items: unknown[]) => unknown;
}
interface VisTimeline {
  on(event: 'changed', listener: () => void): void;
  setWindow(start: Date, end: Date, options: { animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
}
interface StoryElement extends HTMLElement {
  events: StoryEvent[] | undefined;
  data: unknown;
  problems: unknown[];
  selected: string;
  next(): void;
  select(id: string | null): void;
  updateComplete: Promise<boolean>;
  zoomTo(start: Date, end: Date): void;
  visibleRange: { start: Date; end: Date };
  addController(controller: { hostUpdated?(): void }): void;
}

let events: StoryEvent[] = [];
let sorted: TimelineEvent[] = [];
let fit: [number, number] = [0, 0];
let centre = 0;
let lib: Lib | undefined;
let mount: (() => void | Promise<void>) | undefined;
/** The element under test, when it is story-timeline. */
let element: StoryElement | undefined;
/** The grouped data set (8 groups, times of day, eras), when prepared with `prepareGrouped`. */
let grouped: { groups: { id: string; title: string }[]; eras: { date: string; title: string }[] } | undefined;
/** The grouped data set's groups and eras, parsed (for the plain-DOM reference). */
let parsedTracks: Pick<NormalizedStory, 'groups' | 'eras'> = {};
/** Group of each event id, in the grouped data set. */
const groupOf = new Map<string, string>();
/** Time of the first update after the last reset, and how long updates took (the element's own). */
let updateStarted: number | undefined;
let updateMs = 0;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the frame now being produced has been painted. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/** Per frame of the last timed step: ms since its start when painted, redraws in it. */
let trace: [number, number][] = [];
/** How many frames of the last timed change did work. */
const framesWithWork = (): number => trace.filter(([, redraws]) => redraws > 0).length;

/** Milliseconds from a frame-aligned call of `action` to the paint of the last frame with work. */
function timeToPaint(action: () => void | Promise<void>, work: () => number, maxFrames = 60): Promise<number> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(async () => {
      try {
        const start = performance.now();
        const before = work();
        await action();
        let last = await afterPaint();
        let seen = work();
        trace = [[last - start, seen - before]];
        frameStarts = [];
        outsideUpdates = [0];
        for (let i = 0; i < maxFrames; i++) {
          updateMs = 0;
          const betweenFrames = () => updateMs;
          const frameStart = await frame();
          const outside = betweenFrames();
          frameStarts.push(frameStart - start);
          outsideUpdates.push(outside);
          const painted = await afterPaint();
          const now = work();
          trace.push([painted - start, now - seen]);
          if (now === seen) break;
          seen = now;
          last = painted;
        }
        resolve(last - start);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * The costliest frame of the last timed change: the first from the call to its paint, each
 * later one with work from the start of its animation frame to its paint, plus any update
 * the element ran between frames (a resize is drawn from a timer after the observer's frame).
 */
let frameStarts: number[] = [];
function worstFrame(): number {
  let worst = 0;
  for (let i = 0; i < trace.length; i++) {
    const [painted, redraws] = trace[i]!;
    if (!redraws) continue;
    const from = i === 0 ? 0 : (frameStarts[i - 1] ?? trace[i - 1]![0]);
    worst = Math.max(worst, painted - from + (outsideUpdates[i] ?? 0));
  }
  return worst;
}
/** Per frame of the last timed change: ms of element updates run outside animation frames. */
let outsideUpdates: number[] = [];

function fitWindow(list: readonly TimelineEvent[]): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const { date } of list) {
    start = Math.min(start, date.start);
    end = Math.max(end, date.end);
  }
  const span = end - start;
  if (span < MIN_FIT_SPAN) return [(start + end) / 2 - MIN_FIT_SPAN / 2, (start + end) / 2 + MIN_FIT_SPAN / 2];
  return [start - span * FIT_MARGIN, end + span * FIT_MARGIN];
}

function domNodes(): number {
  let count = document.querySelectorAll('*').length;
  for (const host of document.querySelectorAll('story-timeline')) {
    count += host.shadowRoot?.querySelectorAll('*').length ?? 0;
  }
  return count;
}

function labelMeasurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = '400 13px system-ui, sans-serif';
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width) + 4;
      cache.set(text, width);
    }
    return width;
  };
}

/** The element's layout options at the bench's width. */
function layoutOptions(measureLabel: (text: string) => number): LayoutOptions {
  return { ...defaultLayoutOptions, width: WIDTH, measureLabel };
}

/** Geometric zoom from the full extent down to one week, centred on the middle event. */
function zoomWindows(): [number, number][] {
  const full = fit[1] - fit[0];
  const windows: [number, number][] = [];
  for (let i = 1; i <= STEPS; i++) {
    const span = full * Math.pow((7 * DAY) / full, i / STEPS);
    windows.push([centre - span / 2, centre + span / 2]);
  }
  return windows;
}

/** Half-way (geometrically) between the full extent and a week; 15 steps right, 15 back. */
function panWindows(): { from: [number, number]; steps: [number, number][] } {
  const span = Math.sqrt((fit[1] - fit[0]) * 7 * DAY);
  const shift = span * 0.1;
  const steps: [number, number][] = [];
  for (let i = 1; i <= STEPS; i++) {
    const offset = (i <= STEPS / 2 ? i : STEPS - i) * shift;
    steps.push([centre - span / 2 + offset, centre + span / 2 + offset]);
  }
  return { from: [centre - span / 2, centre + span / 2], steps };
}

async function runSteps(windows: [number, number][], deadline: number) {
  const times: number[] = [];
  /** Frames in which each step still redrew (1 when everything happened in the first). */
  const frames: number[] = [];
  let maxNodes = 0;
  let worstError = 0;
  for (const [start, end] of windows) {
    if (performance.now() > deadline) break;
    times.push(
      await timeToPaint(
        () => lib!.show(start, end),
        () => lib!.work(),
      ),
    );
    frames.push(framesWithWork());
    maxNodes = Math.max(maxNodes, domNodes());
    const [shownStart, shownEnd] = lib!.window();
    worstError = Math.max(worstError, Math.abs(shownEnd - shownStart - (end - start)) / (end - start));
  }
  return { times, frames, maxNodes, worstError };
}

function minOf(runs: number, budgetMs: number, task: () => void): number {
  let best = Infinity;
  const until = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i === 0 || performance.now() < until); i++) {
    const start = performance.now();
    task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Counts the element's updates (and times them), and makes it the library under test. */
function adopt(el: StoryElement): void {
  let updates = 0;
  el.addController({
    hostUpdate: () => {
      updateStarted = performance.now();
    },
    hostUpdated: () => {
      updates++;
      if (updateStarted !== undefined) updateMs += performance.now() - updateStarted;
      updateStarted = undefined;
    },
  } as { hostUpdated(): void });
  element = el;
  lib = {
    work: () => updates,
    show: async (start, end) => {
      el.zoomTo(new Date(start), new Date(end));
      await el.updateComplete;
    },
    window: () => [+el.visibleRange.start, +el.visibleRange.end],
  };
}

const GROUPS = ['Government', 'Parliament', 'Courts', 'Economy', 'Diplomacy', 'Defence', 'Society', 'Press'];

/** The generated events in 8 groups, a third of the single days given a time of day, and six eras. */
function groupedStory(count: number, seed: number) {
  const rand = mulberry32(seed + 1);
  const groups = GROUPS.map((title, i) => ({ id: `g${i + 1}`, title }));
  groupOf.clear();
  const list = generateEvents(count, seed).map((event) => {
    const group = groups[Math.floor(rand() * groups.length)]!.id;
    let date = event.date;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && rand() < 0.35) {
      const minutes = Math.floor(rand() * 24 * 60);
      date += `T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}Z`;
    }
    if (event.id) groupOf.set(event.id, group);
    return { ...event, date, group };
  });
  const eras = [1950, 1962, 1975, 1989, 2001, 2012].map((year, i, all) => ({
    date: `${year}/${(all[i + 1] ?? 2026) - 1}`,
    title: `Era ${i + 1}`,
  }));
  return { events: list, groups, eras };
}

/**
 * A change made at the start of an animation frame, measured as its costliest frame
 * (see `worstFrame`); the reset runs untimed before it, and the view is left to settle.
 */
async function timeJump(reset: () => unknown, action: () => unknown): Promise<number> {
  await reset();
  await element!.updateComplete;
  // Until a glide the reset started has ended: three frames in a row without an update.
  let quiet = 0;
  for (let i = 0; i < 300 && quiet < 3; i++) {
    const before = lib!.work();
    await frame();
    quiet = lib!.work() === before ? quiet + 1 : 0;
  }
  await timeToPaint(
    async () => {
      await action();
    },
    () => lib!.work(),
    120,
  );
  return worstFrame();
}

const shadow = (selector: string) => [...element!.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

const bench = {
  /** The 10,000-event kind of story with groups, times of day and eras (see `groupedStory`). */
  prepareGrouped(count: number, seed: number) {
    const story = groupedStory(count, seed);
    grouped = { groups: story.groups, eras: story.eras };
    events = story.events;
    // Times of day are read with a zone (the element fetches that code when its data has times).
    const normalized = normalizeStory({ events, groups: story.groups, eras: story.eras }, { zone: zoneNamed('UTC') });
    sorted = normalized.events;
    parsedTracks = { groups: normalized.groups, eras: normalized.eras };
    fit = fitWindow(sorted);
    const middle = sorted[Math.floor(sorted.length / 2)]!.date;
    centre = (middle.start + middle.end) / 2;
    return { count: sorted.length, problems: normalized.problems.length };
  },

  /** What the element could not show (problems), and how many events it holds. */
  problems() {
    return { problems: element?.problems.length ?? 0, firstProblem: element?.problems[0] };
  },

  /**
   * 30 jumps of one kind, each timed as its costliest frame: `zoomTo` a window unrelated to
   * the last, a cluster clicked, `next()` to an event far from the selected one, the host resized.
   */
  async jumps(kind: 'zoomTo' | 'cluster' | 'next' | 'resize', budgetMs: number) {
    const deadline = performance.now() + budgetMs;
    const el = element!;
    const times: number[] = [];
    const rand = mulberry32(kind.length * 7919);
    const fitNow = () => el.zoomTo(new Date(fit[0]), new Date(fit[1]));
    // Events followed by a long gap: next() from them glides far.
    let ids: string[] = [];
    if (kind === 'next') {
      // The events followed by the longest gaps (in date order, as next() steps).
      const order = normalizeStory(grouped ? { events, groups: grouped.groups } : events, {
        zone: zoneNamed('UTC'),
      }).events;
      const gap = (i: number) => order[i + 1]!.date.start - order[i]!.date.start;
      const positions = order.map((_, i) => i).slice(0, -1);
      positions.sort((a, b) => gap(b) - gap(a));
      ids = positions.slice(0, STEPS).map((i) => order[i]!.id);
    }
    for (let i = 0; i < STEPS && performance.now() < deadline; i++) {
      if (kind === 'zoomTo') {
        const span = (fit[1] - fit[0]) * Math.pow((7 * DAY) / (fit[1] - fit[0]), rand());
        const middle = fit[0] + span / 2 + rand() * (fit[1] - fit[0] - span);
        times.push(
          await timeJump(
            () => undefined,
            () => el.zoomTo(new Date(middle - span / 2), new Date(middle + span / 2)),
          ),
        );
      } else if (kind === 'cluster') {
        let target: HTMLElement | undefined;
        times.push(
          await timeJump(
            async () => {
              el.select(null);
              fitNow();
              await el.updateComplete;
              await frame();
              const clusters = shadow('[part~="cluster"]');
              target = clusters[Math.floor(rand() * clusters.length)];
            },
            () => target?.click(),
          ),
        );
        if (!target) return { times: [], missing: 'no cluster at the fitted view' };
      } else if (kind === 'next') {
        const id = ids[i % Math.max(1, ids.length)];
        if (!id) return { times: [], missing: 'no events' };
        times.push(
          await timeJump(
            () => el.select(id),
            () => el.next(),
          ),
        );
      } else {
        times.push(
          await timeJump(
            () => undefined,
            () => {
              el.style.width = `${i % 2 ? WIDTH : Math.round(WIDTH * 0.7)}px`;
            },
          ),
        );
      }
    }
    el.style.width = `${WIDTH}px`;
    el.select(null);
    return { times };
  },

  /**
   * Wheel steps (Ctrl + wheel, as a pinch) at the middle of the plot: 15 in, 15 out, each timed
   * as the frame that draws it, from that frame's start to its paint. The element draws a gesture
   * in an animation frame; the browser dispatches real wheel events just before its frame's
   * callbacks, so they are drawn in that frame, but one dispatched here from inside a callback
   * waits for the next frame, a wait the reader never has.
   */
  async wheel(budgetMs: number) {
    const deadline = performance.now() + budgetMs;
    const plot = element!.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const times: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < STEPS && performance.now() < deadline; i++) {
      const deltaY = i < STEPS / 2 ? -40 : 40;
      await timeToPaint(
        () => {
          plot.dispatchEvent(
            new WheelEvent('wheel', {
              deltaY,
              ctrlKey: true,
              clientX: box.left + box.width / 2,
              clientY: box.top + box.height / 3,
              bubbles: true,
              cancelable: true,
              composed: true,
            }),
          );
        },
        () => lib!.work(),
      );
      times.push(worstFrame());
      frames.push(framesWithWork());
    }
    return { times, frames };
  },

  /**
   * A one-finger pan, as a touch screen sends it: a finger down in the middle of the plot (at the pan
   * steps' window), then 30
   * moves of 12 px (15 left, 15 back), each timed as the frame that draws it, as wheel steps are.
   * Each move is a touch pointer event followed by its touch event, the order the browser uses.
   */
  async touchPan(budgetMs: number) {
    const deadline = performance.now() + budgetMs;
    const plot = element!.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const clientY = box.top + box.height / 3;
    let clientX = box.left + box.width / 2;
    const send = (kind: 'down' | 'move' | 'up') => {
      const common = { clientX, clientY, bubbles: true, cancelable: true, composed: true };
      plot.dispatchEvent(
        new PointerEvent(`pointer${kind}`, {
          ...common,
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          buttons: kind === 'up' ? 0 : 1,
        }),
      );
      if (typeof Touch === 'undefined') return;
      const touch = new Touch({ identifier: 7, target: plot, clientX, clientY });
      const type = { down: 'touchstart', move: 'touchmove', up: 'touchend' }[kind];
      const touches = kind === 'up' ? [] : [touch];
      plot.dispatchEvent(new TouchEvent(type, { ...common, touches, targetTouches: touches, changedTouches: [touch] }));
    };
    // A window about 1.2 years wide, as for the pan steps: the whole extent leaves nothing to pan to.
    const { from } = panWindows();
    await lib!.show(from[0], from[1]);
    for (let i = 0; i < 5; i++) await frame();
    send('down');
    for (let i = 0; i < 5; i++) await frame();
    const times: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < STEPS && performance.now() < deadline; i++) {
      clientX += i < STEPS / 2 ? -12 : 12;
      await timeToPaint(
        () => send('move'),
        () => lib!.work(),
      );
      times.push(worstFrame());
      frames.push(framesWithWork());
    }
    send('up');
    return { times, frames };
  },

  /**
   * A reference for the phone's first story: in a page that has not used Intl yet, the time
   * its first Intl object takes (the reader's time zone, as the element looks it up).
   */
  firstIntl() {
    const start = performance.now();
    Intl.DateTimeFormat().resolvedOptions();
    return performance.now() - start;
  },

  prepare(count: number, seed: number) {
    grouped = undefined;
    parsedTracks = {};
    events = generateEvents(count, seed);
    sorted = normalizeStory(events).events;
    fit = fitWindow(sorted);
    const middle = sorted[Math.floor(sorted.length / 2)]!.date;
    centre = (middle.start + middle.end) / 2;
    const durations = sorted.filter(({ date }) => date.kind === 'duration').length;
    const coarse = sorted.filter(({ date }) => date.precision !== 'day').length;
    return { count: sorted.length, durations, coarse, fitYears: (fit[1] - fit[0]) / (365.25 * DAY) };
  },

  /** normalizeStory, then layoutEvents for the fit view; best of a few runs, after a warm-up. */
  pure() {
    const warm = generateEvents(2000, 99);
    const warmStory = normalizeStory(warm).events;
    layoutEvents(warmStory, linear(fitWindow(warmStory), WIDTH), layoutOptions(labelMeasurer()));
    const runs = events.length >= 100_000 ? 2 : 5;
    let story = sorted;
    const parseMs = minOf(runs, 3000, () => {
      story = normalizeStory(events).events;
    });
    let marks = 0;
    const layoutMs = minOf(runs, 3000, () => {
      // A fresh label cache each time, as the element starts one for each new story.
      const layout = layoutEvents(story, linear(fit, WIDTH), layoutOptions(labelMeasurer()));
      marks = layout.marks.length;
    });
    // The zoom phase's 30 views, laid out one after another as during a gesture (one label
    // cache, as the element keeps); the second pass, once the engine has optimised the code.
    const measure = labelMeasurer();
    const stepMs: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      let previous = layoutEvents(story, linear(fit, WIDTH), layoutOptions(measure));
      for (const [start, end] of zoomWindows()) {
        const began = performance.now();
        previous = layoutEvents(story, linear([start, end], WIDTH), { ...layoutOptions(measure), previous });
        if (pass === 1) stepMs.push(performance.now() - began);
      }
    }
    return { parseMs, layoutMs, marks, stepMs };
  },

  async useStory() {
    await bench.mountStory();
  },

  /**
   * The element, `width` px wide (the bench's 1,200 by default), mounted with no data; `mount`
   * then gives it the events (or the grouped document).
   */
  async mountStory(width = WIDTH) {
    // The page keeps what a host page keeps (the raw events it hands over), not a
    // normalised copy of its own: that copy would weigh on the heap and on every GC.
    sorted = [];
    await import(/* @vite-ignore */ `${location.origin}/story-timeline.js`);
    const el = document.createElement('story-timeline') as StoryElement;
    el.style.display = 'block';
    el.style.width = `${width}px`;
    // As wide as a phone's viewport: the page's margin would make it scroll sideways.
    if (width >= innerWidth) document.body.style.margin = '0';
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    await frame();
    await frame();
    adopt(el);
    mount = async () => {
      if (grouped) el.data = { title: 'Bench', events, groups: grouped.groups, eras: grouped.eras };
      else el.events = events;
      await el.updateComplete;
    };
  },

  /** The reference drawing (bench/plain-dom.ts): the element's layout as plain DOM. */
  usePlain() {
    const plain = plainDom({ events: sorted, ...parsedTracks }, WIDTH, labelMeasurer());
    lib = plain;
    mount = () => plain.show(fit[0], fit[1]);
  },

  async useVis() {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/vis-timeline.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('vis-timeline did not load'));
      document.head.append(script);
    });
    const vis = (window as unknown as { vis: VisGlobal }).vis;
    const container = document.createElement('div');
    container.style.width = `${WIDTH}px`;
    document.body.append(container);
    // What the element draws: a box for a single day, a range for anything longer.
    const items = sorted.map((event, id) => {
      const { date } = event;
      return date.kind === 'instant' && date.precision === 'day'
        ? { id, content: event.title, start: new Date((date.start + date.end) / 2), type: 'box' }
        : { id, content: event.title, start: new Date(date.start), end: new Date(date.end), type: 'range' };
    });
    if (grouped) for (const item of items) (item as { group?: string }).group = groupOf.get(sorted[item.id]!.id);
    sorted = [];
    let timeline: VisTimeline | undefined;
    // 'changed' ends every completed redraw (its own counter resets itself).
    let redraws = 0;
    lib = {
      work: () => redraws,
      show: (start, end) => timeline!.setWindow(new Date(start), new Date(end), { animation: false }),
      window: () => {
        const { start, end } = timeline!.getWindow();
        return [+start, +end];
      },
    };
    mount = () => {
      // No start or end: vis-timeline fits the data itself. Given a window, it stays
      // hidden behind its loading screen until a timer 200 ms later.
      timeline = new vis.Timeline(container, new vis.DataSet(items), {
        ...(grouped
          ? { groups: new vis.DataSet(grouped.groups.map(({ id, title }) => ({ id, content: title }))) }
          : {}),
        // About the element's height; taller stacks scroll inside the timeline.
        maxHeight: 400,
        stack: true,
        showCurrentTime: false,
        zoomMin: DAY,
      });
      timeline.on('changed', () => redraws++);
    };
  },

  async firstRender() {
    const ms = await timeToPaint(
      () => mount!(),
      () => lib!.work(),
    );
    // Let anything the first paint started (resize observers, re-stacking) finish.
    for (let i = 0; i < 5; i++) await frame();
    // vis-timeline shows a loading screen until its initial draw is complete.
    const hidden = [...document.querySelectorAll<HTMLElement>('.vis-timeline')].some(
      (root) => root.style.visibility === 'hidden',
    );
    return { ms, nodes: domNodes(), trace, hidden };
  },

  /** For debugging a number: the frames of the last timed step. */
  trace: () => trace,

  async zoom(budgetMs: number) {
    return runSteps(zoomWindows(), performance.now() + budgetMs);
  },
  /** The widest (most costly) zoom steps, back and forth `rounds` times: a steadier figure to compare changes by. */
  async churn(rounds: number) {
    const wide = zoomWindows().slice(0, 8);
    const windows: [number, number][] = [];
    for (let round = 0; round < rounds; round++) windows.push(...wide, ...wide.slice(0, -1).reverse());
    return runSteps(windows, performance.now() + 120_000);
  },

  async pan(budgetMs: number) {
    const { from, steps } = panWindows();
    await lib!.show(from[0], from[1]);
    for (let i = 0; i < 5; i++) await frame();
    return runSteps(steps, performance.now() + budgetMs);
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
