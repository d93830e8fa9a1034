/**
 * The vertical reading: `orientation="vertical"`, or `auto` on a narrow element. Time runs down
 * the page beside a rail; each label is whole, beside its mark; nothing overflows sideways.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory, nextFrame, storyIds } from './helpers/fixtures.js';

async function mount(orientation: string, width: number, lang = 'en'): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline
      orientation=${orientation}
      lang=${lang}
      as-of="2023-05-10"
      style=${`width:${width}px`}
    ></story-timeline>`,
  );
  element.data = firstStory;
  await waitUntil(() => drawn(element) === 'vertical' || drawn(element) === 'horizontal', 'no orientation drawn');
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length >= 5, 'events not drawn');
  await element.updateComplete;
  await nextFrame();
  return element;
}

/** The orientation drawn, as the frame's class says. */
const drawn = (element: StoryTimeline) =>
  ((frame) => frame && (frame.classList.contains('vertical') ? 'vertical' : 'horizontal'))(
    element.shadowRoot!.querySelector('.frame:not(.pending)'),
  );
const one = (element: StoryTimeline, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const box = (element: StoryTimeline, selector: string) => one(element, selector).getBoundingClientRect();
const eventSelector = (id: string) => `[part~="event"][data-id="${id}"]`;

for (const width of [320, 390]) {
  for (const orientation of ['vertical', 'auto']) {
    describe(`orientation="${orientation}" at ${width} px`, () => {
      it('runs time down the page: each event below the one before', async () => {
        const element = await mount(orientation, width);
        expect(drawn(element)).to.equal('vertical');
        expect(element.orientation).to.equal(orientation);
        const tops = storyIds.map((id) => box(element, eventSelector(id)).top);
        for (let i = 1; i < tops.length; i++) expect(tops[i], storyIds[i]).to.be.above(tops[i - 1]!);
        // The marks too, and the screen reader's order is the date order.
        const marks = storyIds.map((id) => box(element, `${eventSelector(id)} [part~="event-mark"]`).top);
        for (let i = 1; i < marks.length; i++) expect(marks[i]).to.be.above(marks[i - 1]!);
        const order = [...element.shadowRoot!.querySelectorAll('[part~="event"]')].map((e) =>
          e.getAttribute('data-id'),
        );
        expect(order).to.deep.equal(storyIds);
      });

      it('shows each label whole, on full lines, beside its mark, with its date under it', async () => {
        const element = await mount(orientation, width);
        for (const [n, id] of storyIds.entries()) {
          const label = one(element, `${eventSelector(id)} [part~="event-label"]`);
          expect(label.textContent!.trim()).to.equal(firstStory.events[n]!.title);
          expect(label.scrollWidth, id).to.be.at.most(label.clientWidth);
          expect(getComputedStyle(label).textOverflow).to.not.equal('ellipsis');
          const mark = box(element, `${eventSelector(id)} [part~="event-mark"]`);
          const text = label.getBoundingClientRect();
          // Beside it: after it on the line, starting level with it.
          expect(text.left, id).to.be.at.least(mark.right);
          expect(Math.abs(text.top - mark.top), id).to.be.below(text.height);
          const when = box(element, `${eventSelector(id)} .when`);
          expect(when.top).to.be.at.least(text.bottom - 1);
        }
      });

      it('never overflows sideways', async () => {
        const element = await mount(orientation, width);
        expect(element.scrollWidth).to.be.at.most(element.clientWidth);
        const host = element.getBoundingClientRect();
        for (const part of element.shadowRoot!.querySelectorAll('[part]')) {
          const { left, right, width: w } = part.getBoundingClientRect();
          if (!w) continue;
          expect(left, part.getAttribute('part')!).to.be.at.least(host.left - 0.5);
          expect(right, part.getAttribute('part')!).to.be.at.most(host.right + 0.5);
        }
      });

      it('draws a window as a hatched band longer than a day’s point, and "as of" as a line across the rail', async () => {
        const element = await mount(orientation, width);
        const point = box(element, `${eventSelector('nikkei-leak')} [part~="event-mark"]`);
        for (const id of ['kishida-stoltenberg', 'draft-proposal', 'tokyo-office-opening']) {
          const band = box(element, `${eventSelector(id)} [part~="event-mark"]`);
          expect(band.height, id).to.be.above(point.height * 1.5);
        }
        const asOf = box(element, '[part~="as-of"]');
        expect(asOf.width).to.be.above(asOf.height);
        const rail = one(element, '.rail').getBoundingClientRect();
        expect(asOf.left).to.be.at.most(point.left);
        expect(asOf.right).to.be.above(point.right);
        expect(asOf.top).to.be.within(point.top, box(element, eventSelector('vilnius-summit')).top);
        expect(rail.height).to.be.above(0);
      });
    });
  }
}

describe('orientation', () => {
  it('is horizontal by default, and for an unknown value, which reads back as the value in force', async () => {
    const plain = await mount('', 390);
    expect(plain.orientation).to.equal('horizontal');
    expect(drawn(plain)).to.equal('horizontal');
    const odd = await mount('diagonal', 390);
    expect(odd.getAttribute('orientation')).to.equal('diagonal');
    expect(odd.orientation).to.equal('horizontal');
    expect(drawn(odd)).to.equal('horizontal');
    expect(odd.shadowRoot!.querySelector('.plot.vertical')).to.equal(null);
  });

  it('auto is horizontal at 1,000 px and turns vertical when the element narrows', async () => {
    const element = await mount('auto', 1000);
    expect(drawn(element)).to.equal('horizontal');
    element.style.width = '390px';
    await waitUntil(() => drawn(element) === 'vertical', 'auto did not turn vertical at 390 px');
    element.style.width = '1000px';
    await waitUntil(() => drawn(element) === 'horizontal', 'auto did not turn back');
  });

  it('keeps the hidden text that sizes the reading across as it is, so a vertical drawing is not measured and drawn again', async () => {
    const across = await mount('horizontal', 390);
    const down = await mount('vertical', 390);
    const probe = (element: StoryTimeline) => one(element, '.label-probe').getBoundingClientRect();
    expect(drawn(down)).to.equal('vertical');
    // The same size, to a layout unit's rounding (Firefox places boxes on 1/60 px).
    expect(probe(down).height).to.be.closeTo(probe(across).height, 0.1);
    expect(probe(down).width).to.be.closeTo(probe(across).width, 0.1);
  });

  it('follows the property as it is set', async () => {
    const element = await mount('horizontal', 390);
    element.orientation = 'vertical';
    await waitUntil(() => drawn(element) === 'vertical');
    element.orientation = 'nonsense' as never;
    expect(element.orientation).to.equal('horizontal');
    await waitUntil(() => drawn(element) === 'horizontal');
  });

  it('Arrow Down and Up move focus to the next and previous event by date', async () => {
    const element = await mount('vertical', 390);
    one(element, eventSelector(storyIds[0]!)).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === storyIds[1]);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === storyIds[2]);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === storyIds[1]);
    // The list's one Tab stop follows: Tab away and back lands on this event.
    await element.updateComplete;
    expect(one(element, eventSelector(storyIds[1]!)).tabIndex).to.equal(0);
    expect(one(element, eventSelector(storyIds[0]!)).tabIndex).to.equal(-1);
  });

  it('opens the selected event’s card under the event', async () => {
    const element = await mount('vertical', 390);
    one(element, eventSelector('nikkei-leak')).click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="detail"]'), 'no card');
    const card = box(element, '[part~="detail"]');
    expect(card.top).to.be.at.least(box(element, eventSelector('nikkei-leak')).bottom - 1);
    expect(card.bottom).to.be.at.most(box(element, eventSelector('vilnius-summit')).top + 1);
  });

  it('zooms by the time per pixel, keeping the events in order', async () => {
    const element = await mount('vertical', 390);
    const distance = () =>
      box(element, eventSelector('vilnius-summit')).top - box(element, eventSelector('nikkei-leak')).top;
    const before = distance();
    one(element, '[part="zoom-in"]').click();
    await element.updateComplete;
    expect(distance()).to.be.above(before * 1.5);
    one(element, '[part="zoom-out"]').click();
    await element.updateComplete;
    expect(distance()).to.be.closeTo(before, 1);
  });

  it('folds a long empty stretch into a worded break', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline orientation="vertical" lang="fr" style="width:390px"></story-timeline>`,
    );
    element.data = {
      events: [
        { date: '2023-05-01', title: 'Un' },
        { date: '2023-05-08', title: 'Deux' },
        { date: '2023-05-15', title: 'Trois' },
        { date: '2024-07-15', title: 'Quatre' },
      ],
    };
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="fold"]'), 'no fold');
    const fold = element.shadowRoot!.querySelector('[part~="fold"]')!;
    expect(fold.textContent!.replace(/\s+/g, ' ').trim()).to.equal('14 mois plus tard');
    const rows = [...element.shadowRoot!.querySelectorAll('[part~="event"]')].map((e) => e.getBoundingClientRect().top);
    // A week between the first three; the fourth after the break, not 14 months below.
    expect(rows[3]! - rows[2]!).to.be.below(4 * (rows[2]! - rows[1]!) + 100);
  });

  it("is accessible, and with groups names each event's group in a tag and steps by date with the arrows", async () => {
    const element = await mount('vertical', 390);
    await expect(element).to.be.accessible();
    element.data = {
      ...firstStory,
      groups: [
        { id: 'japan', title: 'Japan', color: 'red' },
        { id: 'nato', title: 'NATO' },
      ],
      events: firstStory.events.map((event, n) => (n < 4 ? { ...event, group: n % 2 ? 'nato' : 'japan' } : event)),
    };
    await waitUntil(() => element.shadowRoot!.querySelector('.tag'), 'no group tags');
    const tags = storyIds.map((id) => element.shadowRoot!.querySelector(`${eventSelector(id)} .tag`)?.textContent);
    expect(tags).to.deep.equal(['Japan', 'NATO', 'Japan', 'NATO', undefined]);
    one(element, eventSelector(storyIds[0]!)).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === storyIds[1]);
    // Across groups: the next by date (in Japan's group), not the next group down.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === storyIds[2]);
  });

  it('puts the rail on the right in a right-to-left language', async () => {
    const element = await mount('vertical', 390, 'ar');
    const mark = box(element, `${eventSelector('nikkei-leak')} [part~="event-mark"]`);
    const label = box(element, `${eventSelector('nikkei-leak')} [part~="event-label"]`);
    expect(mark.left).to.be.at.least(label.right);
  });
});

describe('orientation="vertical" with groups', () => {
  const grouped = {
    ...firstStory,
    groups: [
      { id: 'japan', title: 'Japan', color: 'red' },
      { id: 'nato', title: 'NATO' },
    ],
    events: [
      ...firstStory.events.map((event, n) => (n < 4 ? { ...event, group: n % 2 ? 'nato' : 'japan' } : event)),
      // The day after Nikkei's report, in the other column: beside it.
      { id: 'no-comment', date: '2023-05-04', title: 'NATO does not comment', group: 'nato' },
    ],
  };
  const ids = [
    'kishida-stoltenberg',
    'draft-proposal',
    'nikkei-leak',
    'no-comment',
    'vilnius-summit',
    'tokyo-office-opening',
  ];
  /** Each event's column, in date order: Japan, NATO, "Other" (the last). */
  const columnOf = [0, 1, 0, 1, 1, 2];

  async function mountGrouped(width: number, lang = 'en'): Promise<StoryTimeline> {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline orientation="vertical" lang=${lang} style=${`width:${width}px`}></story-timeline>`,
    );
    element.data = grouped;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.vertical [part~="event"]').length === 6, 'not drawn');
    await element.updateComplete;
    await nextFrame();
    return element;
  }
  const heads = (element: StoryTimeline) =>
    [...element.shadowRoot!.querySelectorAll('[part~="group"]')].map((head) => head.getBoundingClientRect());

  it('puts the groups side by side at 900 px: each event in its group’s column, whole, in date order', async () => {
    const element = await mountGrouped(900);
    await expect(element).to.be.accessible();
    const names = [...element.shadowRoot!.querySelectorAll('[part~="group-label"]')].map((name) => name.textContent);
    expect(names).to.deep.equal(['Japan', 'NATO', 'Other']);
    const columns = heads(element);
    for (let i = 1; i < columns.length; i++) expect(columns[i]!.left).to.be.at.least(columns[i - 1]!.right);
    const boxes = ids.map((id) => box(element, eventSelector(id)));
    const titles = grouped.events.map((event) => event.title);
    ids.forEach((id, n) => {
      const column = columns[columnOf[n]!]!;
      expect(boxes[n]!.left, id).to.be.at.least(column.left - 0.5);
      expect(boxes[n]!.right, id).to.be.at.most(column.right + 0.5);
      expect(boxes[n]!.top, id).to.be.at.least(column.bottom);
      const label = one(element, `${eventSelector(id)} [part~="event-label"]`);
      expect(label.scrollWidth, id).to.be.at.most(label.clientWidth);
      expect(titles).to.include(label.textContent!.trim());
      // At its date along the shared rail: never above an earlier event.
      if (n) expect(boxes[n]!.top, id).to.be.at.least(boxes[n - 1]!.top - 0.5);
      for (const other of boxes.slice(0, n)) {
        const apart =
          other.bottom <= boxes[n]!.top + 0.5 ||
          other.right <= boxes[n]!.left + 0.5 ||
          other.left >= boxes[n]!.right - 0.5;
        expect(apart, `${id} overlaps an earlier event`).to.equal(true);
      }
    });
    // Side by side, not one under the other: the day after Nikkei's report, beside it.
    expect(boxes[3]!.top).to.be.below(boxes[2]!.bottom);
    expect(element.shadowRoot!.querySelector('.tag')).to.equal(null);
    // One list in date order for the keyboard and a screen reader.
    const order = [...element.shadowRoot!.querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('data-id'));
    expect(order).to.deep.equal(ids);
    one(element, eventSelector(ids[2]!)).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-id') === ids[3]);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
  });

  it('names the groups in tags at 320 px, where columns would be too narrow', async () => {
    const element = await mountGrouped(320);
    expect(element.shadowRoot!.querySelector('[part~="group"]')).to.equal(null);
    const tags = ids.map((id) => element.shadowRoot!.querySelector(`${eventSelector(id)} .tag`)?.textContent);
    expect(tags).to.deep.equal(['Japan', 'NATO', 'Japan', 'NATO', 'NATO', undefined]);
    // One under the other.
    expect(box(element, eventSelector(ids[3]!)).top).to.be.at.least(box(element, eventSelector(ids[2]!)).bottom - 0.5);
  });

  it('mirrors the columns in a right-to-left language', async () => {
    const element = await mountGrouped(900, 'ar');
    const columns = heads(element);
    expect(columns[0]!.left).to.be.at.least(columns[1]!.right);
    const first = box(element, eventSelector(ids[0]!));
    expect(first.left).to.be.at.least(columns[0]!.left - 0.5);
    const mark = box(element, `${eventSelector(ids[0]!)} [part~="event-mark"]`);
    expect(mark.left).to.be.at.least(box(element, `${eventSelector(ids[0]!)} [part~="event-label"]`).right);
  });
});
