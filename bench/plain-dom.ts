/**
 * A reference for the bench, not a library: the element's own layout (its bands, lanes,
 * clusters and cut labels, from the same pure modules) drawn as plain DOM, with no Lit, no
 * shadow root, a dozen CSS rules and nodes kept by event id. Each event is a button holding a
 * dot or bar, its label and a date line, as in the element; clusters are buttons with their
 * count; a group has its title, an era its band. There is no axis, grid, legend or card.
 * What a step costs here is about the least any DOM drawing of those marks costs the browser
 * on this machine: it shows how much of the element's time is the drawing itself.
 */
import { arrangeBands } from '../src/layout/bands.js';
import { fitBandFrames, nextBandFrames, type BandFrame } from '../src/layout/band-frames.js';
import { defaultLayoutOptions, type LayoutOptions } from '../src/layout/marks.js';
import type { NormalizedStory, TimelineEvent } from '../src/model/types.js';
import { linear } from './linear.js';

const LANE_HEIGHT = 36;
const BAND_TITLE = 22;
const CLUSTER_ROW = 28;

const CSS = `
.plain-dom { position: relative; overflow: hidden; font: 400 13px system-ui, sans-serif; contain: strict; }
.plain-dom ol { list-style: none; margin: 0; padding: 0; }
.plain-dom button { position: absolute; margin: 0; padding: 0; border: 0; background: none; font: inherit;
  text-align: start; cursor: pointer; }
.plain-dom .mark { position: absolute; top: 6px; height: 12px; border: 2px solid #2563eb; border-radius: 50%;
  background: #2563eb; box-sizing: border-box; }
.plain-dom .bar .mark { border-radius: 3px; }
.plain-dom .text { position: absolute; top: 20px; display: block; overflow: hidden; white-space: nowrap;
  text-overflow: ellipsis; line-height: 1.2; }
.plain-dom .when { display: block; font-size: 11px; color: #555; }
.plain-dom .cluster { height: 24px; border-radius: 12px; background: #e5e7eb; text-align: center; }
.plain-dom .title { position: absolute; left: 0; right: 0; height: ${BAND_TITLE}px; font-weight: 600; }
.plain-dom .era { position: absolute; top: 0; bottom: 0; background: #f3f4f6; }
`;

interface Drawn {
  li: HTMLLIElement;
  button: HTMLButtonElement;
  mark: HTMLSpanElement;
  text: HTMLSpanElement;
  label: Text;
  style: string;
  markStyle: string;
  textStyle: string;
}

/** Draws `story` (normalised) into a new box of `width` px appended to the page. */
export function plainDom(
  story: Pick<NormalizedStory, 'events' | 'groups' | 'eras'>,
  width: number,
  measureLabel: (text: string) => number,
) {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
  const box = document.createElement('div');
  box.className = 'plain-dom';
  const eras = (story.eras ?? []).map((era) => {
    const band = document.createElement('div');
    band.className = 'era';
    band.textContent = era.title;
    return band;
  });
  const list = document.createElement('ol');
  const fixed = document.createElement('div');
  box.append(...eras, list, fixed);
  document.body.append(box);

  const arrangement = arrangeBands(story.events, story.groups);
  const options = (lanes: number): LayoutOptions => ({ ...defaultLayoutOptions, lanes, width, measureLabel });
  let bandFrames: BandFrame[] = [];
  /** Each band's top, and the top of its cluster row. */
  let tops: { marks: number; clusters: number }[] = [];
  const drawn = new Map<string, Drawn>();
  const dates = new Map<TimelineEvent, string>();
  const clusterButtons: HTMLButtonElement[] = [];
  let shown: [number, number] = [0, 1];
  let draws = 0;

  const dateOf = (event: TimelineEvent): string => {
    let text = dates.get(event);
    if (text === undefined) dates.set(event, (text = new Date(event.date.start).toISOString().slice(0, 10)));
    return text;
  };

  /** The bands' lanes and cluster rows, from the fitted view, as the element finds them. */
  function fit(start: number, end: number): void {
    const fitted = fitBandFrames(arrangement.bands, [], linear([start, end], width), options);
    bandFrames = fitted.bandFrames;
    let top = 0;
    const titles: HTMLElement[] = [];
    tops = bandFrames.map(({ band, lanes }) => {
      if (arrangement.grouped) {
        const title = document.createElement('div');
        title.className = 'title';
        title.style.top = `${top}px`;
        title.textContent = band.group?.title ?? 'Other';
        titles.push(title);
        top += BAND_TITLE;
      }
      const marks = top;
      top += lanes * LANE_HEIGHT;
      const clusters = top;
      if (fitted.clusterRow) top += CLUSTER_ROW;
      return { marks, clusters };
    });
    fixed.replaceChildren(...titles);
    box.style.cssText = `width:${width}px;height:${top}px`;
  }

  function create(event: TimelineEvent): Drawn {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    if (event.date.kind !== 'instant') button.className = 'bar';
    const mark = document.createElement('span');
    mark.className = 'mark';
    const text = document.createElement('span');
    text.className = 'text';
    const label = document.createTextNode('');
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = dateOf(event);
    text.append(label, when);
    button.append(mark, text);
    li.append(button);
    return { li, button, mark, text, label, style: '', markStyle: '', textStyle: '' };
  }

  function show(start: number, end: number): void {
    if (!bandFrames.length) fit(start, end);
    const x = linear([start, end], width);
    nextBandFrames(bandFrames, x, options, [], arrangement.bandOf);
    shown = [start, end];
    draws++;

    const keep = new Set<string>();
    let before: ChildNode | null = list.firstChild;
    let clusterCount = 0;
    bandFrames.forEach(({ frame }, n) => {
      const { marks: bandTop, clusters: clusterTop } = tops[n]!;
      for (const mark of frame.layout.marks) {
        const id = mark.event.id;
        keep.add(id);
        let item = drawn.get(id);
        if (!item) drawn.set(id, (item = create(mark.event)));
        // In band and date order in the DOM, as the element keeps its buttons.
        if (item.li !== before) list.insertBefore(item.li, before);
        else before = before.nextSibling;
        const left = Math.min(mark.left, mark.labelLeft);
        const right = Math.max(mark.left + mark.width, mark.labelLeft + mark.labelMaxWidth);
        const top = bandTop + mark.lane * LANE_HEIGHT;
        const buttonStyle = `left:${left}px;top:${top}px;width:${right - left}px;height:${LANE_HEIGHT}px`;
        if (buttonStyle !== item.style) item.button.style.cssText = item.style = buttonStyle;
        const markStyle = `left:${mark.left - left}px;width:${Math.max(12, mark.width)}px`;
        if (markStyle !== item.markStyle) item.mark.style.cssText = item.markStyle = markStyle;
        const textStyle = `left:${mark.labelLeft - left}px;max-width:${mark.labelMaxWidth}px`;
        if (textStyle !== item.textStyle) item.text.style.cssText = item.textStyle = textStyle;
        if (item.label.data !== mark.label) item.label.data = mark.label;
      }
      // Clusters: one button each, with its count, reused in place.
      for (const cluster of frame.layout.clusters) {
        let button = clusterButtons[clusterCount];
        if (!button) {
          button = clusterButtons[clusterCount] = document.createElement('button');
          button.className = 'cluster';
          list.after(button);
        }
        clusterCount++;
        const css = `left:${cluster.left}px;top:${clusterTop}px;width:${cluster.width - 4}px`;
        if (button.style.cssText !== css) button.style.cssText = css;
        const count = `+${cluster.count}`;
        if (button.textContent !== count) button.textContent = count;
      }
    });
    for (const [id, item] of drawn) {
      if (keep.has(id)) continue;
      item.li.remove();
      drawn.delete(id);
    }
    for (const extra of clusterButtons.splice(clusterCount)) extra.remove();
    story.eras?.forEach((era, n) => {
      const from = Math.max(-1, Math.min(width + 1, x(era.date.start)));
      const to = Math.max(-1, Math.min(width + 1, x(era.date.end)));
      eras[n]!.style.cssText = `left:${from}px;width:${to - from}px`;
    });
  }

  return {
    work: () => draws,
    show,
    window: (): [number, number] => shown,
  };
}
