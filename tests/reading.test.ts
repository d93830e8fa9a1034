/**
 * Issue #12, "the story reads like a story": the title card, stepping through the events,
 * zooms that keep their place and the cues to what lies outside the window.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame, storyIds } from './helpers/fixtures.js';
import { loadStrings } from '../src/format/strings.js';
import { contrast, rgb } from './helpers/contrast.js';

const story = { ...firstStory, summary: 'NATO plans its first office in Asia, in Tokyo.' };

async function mount(width: number, attributes = ''): Promise<StoryTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  holder.innerHTML = `<story-timeline ${attributes.includes('lang=') ? '' : 'lang="en"'} ${attributes}></story-timeline>`;
  const element = holder.firstElementChild as StoryTimeline;
  element.data = story;
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="event"]'), 'events were never drawn');
  await nextFrame();
  return element;
}

const part = (element: StoryTimeline, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Ids of the events whose mark lies wholly inside the plot. */
function inView(element: StoryTimeline): string[] {
  const plot = element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')]
    .filter((button) => {
      const box = button.querySelector('.mark')!.getBoundingClientRect();
      return box.width > 0 && box.left >= plot.left - 1 && box.right <= plot.right + 1;
    })
    .map((button) => button.dataset.id!);
}

function markCentre(element: StoryTimeline, id: string): number {
  const box = element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .mark`)!.getBoundingClientRect();
  return box.left + box.width / 2;
}

async function settle(element: StoryTimeline): Promise<void> {
  await oneEvent(element, 'story-rangechange');
  await element.updateComplete;
  await nextFrame();
}

describe('reading: the title card', () => {
  it('shows the title, the span of the events and the summary, first in reading order', async () => {
    const element = await mount(1280);
    const card = part(element, 'title-card')!;
    expect(card.querySelector('h2')!.textContent).to.equal(story.title);
    expect(card.textContent).to.contain('January 2023 – 2024');
    expect(card.textContent).to.contain(story.summary);
    const firstText = element.shadowRoot!.querySelector('.frame')!.firstElementChild;
    expect(firstText).to.equal(card);
    expect(card.getBoundingClientRect().bottom).to.be.at.most(
      element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().top,
    );
  });

  it('words the span in the element\u2019s language', async () => {
    const element = await mount(390, 'lang="fr"');
    expect(part(element, 'title-card')!.textContent).to.contain('janvier 2023 – 2024');
  });

  it('is hidden with no-title', async () => {
    const element = await mount(390, 'no-title');
    expect(part(element, 'title-card')).to.equal(null);
    element.noTitle = false;
    await element.updateComplete;
    expect(part(element, 'title-card')).not.to.equal(null);
  });
});

describe('reading: stepping through the story', () => {
  it('next() starts at the first event, then steps, without firing story-select', async () => {
    const element = await mount(390);
    let fired = 0;
    element.addEventListener('story-select', () => fired++);
    element.next();
    await element.updateComplete;
    expect(element.selected).to.equal(storyIds[0]);
    element.next();
    await element.updateComplete;
    expect(element.selected).to.equal(storyIds[1]);
    element.previous();
    await element.updateComplete;
    expect(element.selected).to.equal(storyIds[0]);
    expect(fired).to.equal(0);
  });

  it('the card says where the reader is; Next and Previous select, fire story-select and glide there', async () => {
    const element = await mount(390);
    element.select(storyIds[0]!);
    await element.updateComplete;
    const detail = part(element, 'detail')!;
    expect(detail.querySelector('.position')!.textContent).to.equal('1 of 5');
    expect(part(element, 'previous')!.hasAttribute('disabled')).to.equal(true);
    const selected = oneEvent(element, 'story-select');
    part(element, 'next')!.click();
    expect((await selected).detail.id).to.equal(storyIds[1]);
    await element.updateComplete;
    expect(part(element, 'detail')!.querySelector('.position')!.textContent).to.equal('2 of 5');
    // Step to the end: the last event is brought into view, and Next is then disabled.
    for (let i = 0; i < 3; i++) {
      part(element, 'next')!.click();
      await element.updateComplete;
    }
    expect(element.selected).to.equal(storyIds[4]);
    await waitUntil(() => inView(element).includes(storyIds[4]!), 'the last event never came into view');
    expect(part(element, 'next')!.hasAttribute('disabled')).to.equal(true);
    expect(part(element, 'previous')!.getAttribute('aria-label') ?? part(element, 'previous')!.textContent).to.contain(
      'Previous',
    );
  });

  it('selected="last" opens the story on its latest event', async () => {
    const element = await mount(390, 'selected="last"');
    await element.updateComplete;
    expect(element.selected).to.equal('tokyo-office-opening');
    expect(part(element, 'detail')!.textContent).to.contain('Planned opening of the Tokyo office');
  });

  it('a horizontal swipe on the card steps; a vertical one and a mouse drag do not', async () => {
    const element = await mount(390);
    element.select(storyIds[1]!);
    await element.updateComplete;
    const swipe = (dx: number, dy: number, pointerType = 'touch') => {
      const card = part(element, 'detail')!;
      const box = card.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const init = { pointerId: 7, pointerType, bubbles: true, composed: true, isPrimary: true };
      card.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
      card.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
    };
    const selected = oneEvent(element, 'story-select');
    swipe(-120, 10);
    expect((await selected).detail.id).to.equal(storyIds[2]);
    await element.updateComplete;
    swipe(120, -5);
    await element.updateComplete;
    expect(element.selected).to.equal(storyIds[1]);
    swipe(20, 150);
    swipe(-120, 0, 'mouse');
    await element.updateComplete;
    expect(element.selected).to.equal(storyIds[1]);
  });
});

describe('reading: zooms keep their place', () => {
  it('two clicks on zoom-in at 1280 px leave events in view', async () => {
    const element = await mount(1280);
    for (let i = 0; i < 2; i++) {
      const done = settle(element);
      part(element, 'zoom-in')!.click();
      await done;
    }
    expect(inView(element).length).to.be.at.least(2);
  });

  it('zooms around the selected event: it stays where it was', async () => {
    const element = await mount(1280);
    element.select('kishida-stoltenberg');
    await element.updateComplete;
    await nextFrame();
    const before = markCentre(element, 'kishida-stoltenberg');
    const done = settle(element);
    part(element, 'zoom-in')!.click();
    await done;
    expect(inView(element)).to.include('kishida-stoltenberg');
    expect(Math.abs(markCentre(element, 'kishida-stoltenberg') - before)).to.be.below(2);
  });

  it('zooms around the as-of line when it is in view and nothing is selected', async () => {
    const element = await mount(1280, 'as-of="2023-05-03"');
    const line = () => part(element, 'as-of')!.getBoundingClientRect().left;
    const before = line();
    const done = settle(element);
    part(element, 'zoom-in')!.click();
    await done;
    expect(Math.abs(line() - before)).to.be.below(2);
  });

  it('edge cues count what lies outside the window and pan to the nearest', async () => {
    const element = await mount(1280);
    expect(part(element, 'earlier')).to.equal(null);
    expect(part(element, 'later')).to.equal(null);
    element.zoomTo('2023-04-01', '2023-06-01');
    await element.updateComplete;
    await nextFrame();
    const earlier = part(element, 'earlier')!;
    const later = part(element, 'later')!;
    expect(earlier.textContent).to.contain('1 earlier event');
    expect(earlier.getAttribute('aria-label')).to.equal('1 earlier event');
    expect(later.textContent).to.contain('2 later events');
    const done = settle(element);
    later.click();
    await done;
    expect(inView(element)).to.include('vilnius-summit');
  });
});

describe('reading: sizes follow the text', () => {
  // 256 px: the element on a 320 px phone, inside a page's margins.
  for (const width of [1280, 390, 320, 256]) {
    it(`at 200% text and ${width} px nothing overlaps and nothing is cut`, async () => {
      const element = await mount(
        width,
        'style="font-size: 200%" as-of="2023-05-03" as-of-label="As reported on 3 May 2023"',
      );
      await waitUntil(() => {
        const dot = element.shadowRoot!.querySelector('[data-id="nikkei-leak"] .mark');
        return dot && dot.getBoundingClientRect().width >= 20;
      }, 'the dots did not grow with the text');
      const root = element.shadowRoot!;
      const boxes = [...root.querySelectorAll<HTMLElement>('[part~="event"]')].flatMap((button) => {
        const id = button.dataset.id!;
        const lane = button.getBoundingClientRect();
        const label = button.querySelector('[part~="event-label"]')!.getBoundingClientRect();
        const mark = button.querySelector('.mark')!.getBoundingClientRect();
        // The label and the mark sit inside their lane: nothing is cut at the bottom.
        expect(label.bottom, `${id} label`).to.be.at.most(lane.bottom + 0.5);
        expect(label.height, `${id} label height`).to.be.at.least(30);
        return [
          { id, box: label },
          { id, box: mark },
        ];
      });
      for (const a of boxes) {
        for (const b of boxes) {
          if (a.id === b.id) continue;
          const overlap =
            a.box.left < b.box.right - 0.5 &&
            b.box.left < a.box.right - 0.5 &&
            a.box.top < b.box.bottom - 0.5 &&
            b.box.top < a.box.bottom - 0.5;
          expect(overlap, `${a.id} over ${b.id}`).to.equal(false);
        }
      }
      const plot = root.querySelector('.plot')!.getBoundingClientRect();
      const ticks = [...root.querySelectorAll('.tick span')].map((tick) => ({
        text: tick.textContent!,
        box: tick.getBoundingClientRect(),
      }));
      for (const [i, { text, box }] of ticks.entries()) {
        expect(box.bottom, text).to.be.at.most(plot.bottom + 0.5);
        // The axis's words grow with the text, and so does the room between them.
        if (i > 0) expect(box.left, `${ticks[i - 1]!.text} / ${text}`).to.be.at.least(ticks[i - 1]!.box.right);
      }
      // The "as of" label stays inside the plot (cut with an ellipsis if it must be).
      const asOf = root.querySelector('[part="as-of"] span')!.getBoundingClientRect();
      expect(asOf.left).to.be.at.least(plot.left - 0.5);
      expect(asOf.right).to.be.at.most(plot.right + 0.5);
      // The zoom buttons stay inside the element: they wrap rather than leave it.
      const host = element.getBoundingClientRect();
      for (const name of ['zoom-in', 'zoom-out', 'fit']) {
        const button = root.querySelector(`[part="${name}"]`)!.getBoundingClientRect();
        expect(button.left, name).to.be.at.least(host.left - 0.5);
        expect(button.right, name).to.be.at.most(host.right + 0.5);
      }
    });
  }
});

describe('reading: the date in words under each label', () => {
  it('at 1280 px, smaller and muted, at the event\u2019s precision, inside its lane', async () => {
    const element = await mount(1280);
    const expected: Record<string, string> = {
      'kishida-stoltenberg': 'late January 2023',
      'draft-proposal': 'April 2023',
      'nikkei-leak': '3 May 2023',
      'tokyo-office-opening': '2024',
    };
    for (const [id, words] of Object.entries(expected)) {
      const button = element.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`)!;
      const label = button.querySelector('[part~="event-label"]')!;
      const when = button.querySelector('.when')!;
      // Drawn as generated content, so that the button's visible words stand together in its name.
      expect(when.getAttribute('data-when'), id).to.equal(words);
      expect(getComputedStyle(when, '::before').content, id).to.not.be.oneOf(['none', 'normal', '']);
      const [labelBox, whenBox, laneBox] = [label, when, button].map((node) => node.getBoundingClientRect());
      expect(whenBox.top, id).to.be.at.least(labelBox.bottom - 0.5);
      expect(whenBox.bottom, id).to.be.at.most(laneBox.bottom + 0.5);
      expect(Math.abs(whenBox.left - labelBox.left), id).to.be.below(1);
      expect(parseFloat(getComputedStyle(when).fontSize)).to.be.below(parseFloat(getComputedStyle(label).fontSize));
      expect(getComputedStyle(when).color).not.to.equal(getComputedStyle(label).color);
    }
  });

  it('leaves out the date under a label cut for want of room, and keeps it in the name', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    holder.innerHTML = '<story-timeline lang="en"></story-timeline>';
    const element = holder.firstElementChild as StoryTimeline;
    const long = 'A title long enough that the next event, a day later, leaves it no room to be read whole';
    // A crowded week: more events than lanes, each a day after the last.
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `day-${i + 1}`,
      title: `${long}, number ${i + 1}`,
      date: `2023-05-${String(i + 1).padStart(2, '0')}`,
    }));
    element.data = { events: [...events, { id: 'alone', title: 'Alone', date: '2023-09-01' }] };
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="event"]'), 'events were never drawn');
    await nextFrame();
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"][data-id^="day-"]')];
    // A cut label's button carries the whole title as its tooltip.
    const cut = buttons.filter((button) => button.title.startsWith(long));
    expect(cut.length).to.be.above(0);
    for (const button of cut) {
      expect(button.querySelector('.when') === null, `${button.dataset.id} has no date line`).to.equal(true);
      expect(button.getAttribute('aria-label'), button.dataset.id).to.match(/May 2023/);
    }
    const alone = element.shadowRoot!.querySelector('[part~="event"][data-id="alone"]')!;
    expect(alone.querySelector('.when')!.getAttribute('data-when')).to.equal('1 September 2023');
  });

  it('keeps the date under a label cut by the edge of the view, not by a neighbour', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    holder.innerHTML = '<story-timeline lang="en"></story-timeline>';
    const element = holder.firstElementChild as StoryTimeline;
    const long =
      'A planned opening whose title runs on for far longer than the half of the view its year takes, ' +
      'so that the edge of the view cuts it';
    element.data = {
      events: [
        { id: 'meeting', title: 'A meeting', date: '2023-01' },
        { id: 'opening', title: long, date: '2024', status: 'planned' },
      ],
    };
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="event"]'), 'events were never drawn');
    await nextFrame();
    const opening = element.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-id="opening"]')!;
    expect(opening.title.startsWith(long), 'the label is cut').to.equal(true);
    expect(opening.querySelector('.when')?.getAttribute('data-when')).to.equal('2024');
  });

  it('at 390 px the label takes the room (two lines) and the date stays in the name', async () => {
    const element = await mount(390);
    expect(element.shadowRoot!.querySelector('.when')).to.equal(null);
    const button = element.shadowRoot!.querySelector('[part~="event"][data-id="draft-proposal"]')!;
    expect(button.getAttribute('aria-label')).to.contain('April 2023');
  });

  it('at 390 px an edge cue shows its count, and its name says what it counts', async () => {
    const element = await mount(390);
    element.zoomTo('2023-04-01', '2023-06-01');
    await element.updateComplete;
    const later = part(element, 'later')!;
    expect(later.textContent!.trim()).to.equal('2 ▶');
    expect(later.getAttribute('aria-label')).to.equal('2 later events');
    const top = element.shadowRoot!.querySelector('.top')!.getBoundingClientRect();
    expect(top.height).to.be.below(60);
  });
});

describe('reading: nothing crosses text', () => {
  it('labels sit on a halo in the background colour, drawn over the grid and the as-of line', async () => {
    const element = await mount(1280, 'as-of="2023-05-03"');
    const root = element.shadowRoot!;
    const line = part(element, 'as-of')!;
    const text = root.querySelector<HTMLElement>('[data-id="draft-proposal"] .text')!;
    // The line does run through this label's box: the halo is what keeps it off the text.
    const [lineBox, textBox] = [line, text].map((node) => node.getBoundingClientRect());
    expect(lineBox.left).to.be.within(textBox.left, textBox.right);
    // Opaque, in the page's colour (Canvas: white on this light test page).
    expect(getComputedStyle(text).backgroundColor).to.equal('rgb(255, 255, 255)');
    // Painted later, at the same stacking level: over the lines.
    const events = root.querySelector('.events')!;
    expect(line.compareDocumentPosition(events) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    for (const node of [line, events, ...root.querySelectorAll('.grid')].slice(0, 3)) {
      expect(getComputedStyle(node).zIndex).to.equal('auto');
    }
  });
});

describe('reading: marks that read without the legend', () => {
  const box = (element: StoryTimeline, id: string) =>
    element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .mark`)!.getBoundingClientRect();

  it('a two-day bar and a short band are at least as wide as a dot', async () => {
    const element = await mount(1280);
    const dot = box(element, 'nikkei-leak').width;
    expect(box(element, 'vilnius-summit').width).to.be.at.least(dot - 0.5);
    element.zoomTo('2020-01-01', '2030-01-01');
    await element.updateComplete;
    await nextFrame();
    expect(box(element, 'kishida-stoltenberg').width).to.be.at.least(dot - 0.5);
  });

  it('an open end fades over a span of time: it grows as the view zooms in', async () => {
    const element = await mount(1280);
    const itpp = {
      id: 'itpp-signature',
      date: '[..2023-07-10]',
      title: 'Tokyo aims to sign an ITPP',
      status: 'planned',
    };
    element.data = { ...story, events: [...story.events, itpp] } as typeof story;
    await waitUntil(() => element.shadowRoot!.querySelector('[data-id="itpp-signature"]'));
    await nextFrame();
    const atFit = box(element, 'itpp-signature').width;
    element.zoomTo('2023-04-01', '2023-09-01');
    await element.updateComplete;
    await nextFrame();
    expect(box(element, 'itpp-signature').width).to.be.above(atFit * 1.5);
  });

  for (const scheme of ['light', 'dark']) {
    it(`every mark stands out from the background by at least 3:1 (${scheme})`, async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div style=${`color-scheme:${scheme};background:Canvas;width:800px`}></div>`,
      );
      holder.innerHTML = '<story-timeline lang="en"></story-timeline>';
      const element = holder.firstElementChild as StoryTimeline;
      element.data = story;
      await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5);
      const background = rgb(getComputedStyle(holder).backgroundColor);
      for (const mark of element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"] .mark')) {
        const colour = rgb(getComputedStyle(mark).borderTopColor);
        const ratio = contrast(colour, background);
        expect(ratio, `${mark.parentElement!.dataset.id}: ${ratio.toFixed(2)}`).to.be.at.least(3);
      }
    });
  }
});

describe('reading: the legend', () => {
  it('has a Date and a Status heading, a grid of swatches drawn like the marks', async () => {
    const element = await mount(1280);
    const legend = part(element, 'legend')!;
    const headings = [...legend.querySelectorAll('.legend-heading')].map((node) => node.textContent);
    expect(headings).to.deep.equal(['Date', 'Status']);
    const lists = legend.querySelectorAll('ul');
    expect(getComputedStyle(lists[0]!).display).to.equal('grid');
    const statusSwatch = (status: string) =>
      getComputedStyle(lists[1]!.querySelector(`.swatch.${status} .mark`)!).borderTopColor;
    const markOf = (id: string) =>
      getComputedStyle(element.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!).borderTopColor;
    expect(statusSwatch('reported')).to.equal(markOf('draft-proposal'));
    expect(statusSwatch('planned')).to.equal(markOf('tokyo-office-opening'));
    expect(statusSwatch('confirmed')).to.equal(markOf('nikkei-leak'));
  });

  it('its swatches grow with the text, like the marks', async () => {
    const size = async (text: string) => {
      const element = await mount(1280, text && `style="font-size: ${text}"`);
      await nextFrame();
      return part(element, 'legend')!.querySelector('.swatch.duration')!.getBoundingClientRect();
    };
    const [normal, large] = [await size(''), await size('200%')];
    expect(large.width).to.be.closeTo(normal.width * 2, 2);
    expect(large.height).to.be.closeTo(normal.height * 2, 2);
  });
});

describe('reading: the fit button', () => {
  for (const [lang, words] of [
    ['en', 'Show all'],
    ['fr', 'Tout afficher'],
  ] as const) {
    it(`says what it does in words, and is named so (${lang})`, async () => {
      const element = await mount(1280, `lang="${lang}"`);
      const fit = part(element, 'fit')!;
      expect(fit.textContent!.trim()).to.equal(words);
      expect(fit.getAttribute('aria-label')).to.equal(words);
      expect(fit.textContent).not.to.contain('⤢');
    });
  }
});

describe('reading: a cut label keeps its trailing name', () => {
  for (const width of [390, 320]) {
    it(`at ${width} px "(ITPP)" stays visible when the label is cut`, async () => {
      const element = await mount(width);
      const title = 'Tokyo aims to sign a NATO Individually Tailored Partnership Programme before the summit (ITPP)';
      const itpp = { id: 'itpp-signature', date: '[..2023-07-10]', title, status: 'planned' };
      element.data = { ...story, events: [...story.events, itpp] } as typeof story;
      await waitUntil(() => element.shadowRoot!.querySelector('[data-id="itpp-signature"] [part~="event-label"]'));
      await nextFrame();
      const label = element.shadowRoot!.querySelector<HTMLElement>('[data-id="itpp-signature"] [part~="event-label"]')!;
      const head = label.querySelector<HTMLElement>('.head');
      expect(head, 'the label was not cut').not.to.equal(null);
      // (Laid out as cut; whether the words before it overflow depends on where lines break.)
      const tail = label.lastElementChild!;
      expect(tail.textContent).to.equal('(ITPP)');
      const [labelBox, tailBox] = [label, tail].map((node) => node.getBoundingClientRect());
      expect(tailBox.width).to.be.above(20);
      expect(tailBox.right).to.be.at.most(labelBox.right + 0.5);
      expect(tailBox.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
      // On the label's last line (two at most), inside its lane: never over the next row's mark.
      const button = label.closest('[part~="event"]')!.getBoundingClientRect();
      expect(tailBox.bottom).to.be.at.most(button.bottom + 0.5);
      expect(labelBox.height).to.be.at.most(2 * parseFloat(getComputedStyle(label).lineHeight) + 1);
    });
  }
});

describe('reading: rows keep date order from top to bottom', () => {
  const itpp = {
    id: 'itpp-signature',
    date: '[..2023-07-10]',
    title: 'Tokyo aims to sign a NATO partnership programme (ITPP)',
    status: 'planned',
  };
  for (const [width, text] of [
    [1280, ''],
    [390, ''],
    [320, ''],
    [320, '200%'],
    [256, '200%'],
  ] as const) {
    it(`at ${width} px${text && ` and ${text} text`} a later event is never drawn above an earlier one (five and six events)`, async () => {
      const element = await mount(width, text && `style="font-size: ${text}"`);
      for (const data of [story, { ...story, events: [...story.events, itpp] }]) {
        element.data = data as typeof story;
        await waitUntil(
          () => element.shadowRoot!.querySelectorAll('[part~="event"]').length === data.events.length,
          'not every event was drawn',
        );
        await element.updateComplete;
        await nextFrame();
        // The buttons are in date order (the story's, sorted by start); a lane is a button's
        // row (a hatched band sits 2 px higher in its row than a dot).
        const tops = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((button) => ({
          id: button.dataset.id!,
          top: Math.round(button.getBoundingClientRect().top),
        }));
        expect(tops.map(({ id }) => id).sort()).to.deep.equal(data.events.map((event) => event.id).sort());
        for (let i = 1; i < tops.length; i++) {
          const rows = tops.map(({ id, top }) => `${id} ${top}`).join(', ');
          expect(tops[i]!.top, rows).to.be.at.least(tops[i - 1]!.top);
        }
      }
    });
  }
});

describe('reading: no layout shift (geometry; tests/layout-shift.test.ts measures CLS in Chromium)', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px, with the reserved height of docs/embedding.md, nothing moves when src answers late`, async () => {
      const height = width < 600 ? '44em' : '34em';
      const holder = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
      holder.innerHTML = `<style>story-timeline { display: block; min-height: ${height} }</style>
        <story-timeline lang="en" src="/test-server/story?title=Late&count=5&delay=400"></story-timeline>
        <p>Text after</p>`;
      const element = holder.querySelector('story-timeline')!;
      const after = holder.querySelector('p')!;
      await waitUntil(() => element.shadowRoot?.querySelector('.loading'), 'no loading state');
      await nextFrame();
      const before = { host: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
      // While loading only the loading line shows: no part is drawn that would move later.
      for (const name of ['zoom-in', 'legend']) {
        const node = element.shadowRoot!.querySelector(`[part="${name}"]`);
        if (node) expect(getComputedStyle(node).visibility, name).to.equal('hidden');
      }
      expect(getComputedStyle(element.shadowRoot!.querySelector('.loading')!).visibility).to.equal('visible');
      // The server answers after 400 ms; on a busy machine the drawing may take seconds more.
      await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5, 'never drawn', {
        timeout: 5000,
      });
      await element.updateComplete;
      await nextFrame();
      expect(element.getBoundingClientRect().height).to.be.closeTo(before.host, 0.5);
      expect(after.getBoundingClientRect().top).to.be.closeTo(before.after, 0.5);
      // The story fits the reserved height.
      const frame = element.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(frame.height).to.be.at.most(before.host + 0.5);
    });
  }
});

describe('reading: a detail card that reads like an article', () => {
  for (const lang of ['en', 'fr']) {
    it(`title larger than the body, body 16–17 px, lines of at most about 70 characters, the source once (${lang})`, async () => {
      const document = (await (await fetch(`/demo/story.${lang}.json`)).json()) as typeof story;
      // The demo's description three times over: enough for several lines.
      const events = document.events.map((event) =>
        event.id === 'nikkei-leak'
          ? { ...event, description: [event.description, event.description, event.description].join(' ') }
          : event,
      );
      const holder = await fixture<HTMLDivElement>(html`<div style="width:1280px;font-size:16px"></div>`);
      holder.innerHTML = `<story-timeline lang="${lang}" selected="nikkei-leak"></story-timeline>`;
      const element = holder.firstElementChild as StoryTimeline;
      element.data = { ...document, events };
      await waitUntil(() => element.shadowRoot?.querySelector('[part="detail"] .detail-description'), 'no card');
      await element.updateComplete;
      const card = element.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!;
      const title = card.querySelector<HTMLElement>('.detail-title')!;
      const body = card.querySelector<HTMLElement>('.detail-description')!;
      const size = (node: HTMLElement) => parseFloat(getComputedStyle(node).fontSize);
      expect(size(title), 'title').to.be.above(size(body));
      expect(size(body), 'body').to.be.within(16, 17);
      // Characters per line: the paragraph's width over the average width of its own text's characters.
      const context = new OffscreenCanvas(1, 1).getContext('2d')!;
      const style = getComputedStyle(body);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = body.textContent!.replace(/\s+/g, ' ').trim();
      const average = context.measureText(text).width / text.length;
      const perLine = body.getBoundingClientRect().width / average;
      expect(body.getBoundingClientRect().height, 'the text wraps').to.be.above(size(body) * 3);
      expect(perLine, `${perLine.toFixed(0)} characters per line`).to.be.at.most(72);
      const source = events.find((event) => event.id === 'nikkei-leak')!.source!.name!;
      expect(card.textContent!.split(source).length - 1, `"${source}" in the card`).to.equal(1);
    });
  }
});

describe('reading: narrow cards and legends at large text', () => {
  it('at 256 px and 200% text, "3 of 6" stays on one line and the legend stays inside the element', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:256px;font-size:200%"></div>`);
    holder.innerHTML = '<story-timeline lang="fr" selected="nikkei-leak"></story-timeline>';
    const element = holder.firstElementChild as StoryTimeline;
    await loadStrings('fr');
    element.data = story;
    await waitUntil(() => element.shadowRoot?.querySelector('[part="detail"] .position'), 'no card');
    await element.updateComplete;
    await nextFrame();
    const position = element.shadowRoot!.querySelector<HTMLElement>('.position')!;
    expect(position.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(position).fontSize) * 2);
    const host = element.getBoundingClientRect();
    for (const item of element.shadowRoot!.querySelectorAll('[part="legend"] li')) {
      const range = document.createRange();
      range.selectNodeContents(item);
      const box = range.getBoundingClientRect();
      expect(box.right, item.textContent!.trim()).to.be.at.most(host.right + 0.5);
    }
  });
});
