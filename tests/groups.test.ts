/**
 * Issue #14, tracks: events in groups, each group a labelled band of lanes; a group's colour;
 * the keyboard across groups; `show-groups`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { normalizeStory } from '../src/model/normalize.js';
import { arrangeBands, nearestInTime } from '../src/layout/bands.js';
import { laneCap } from '../src/layout/band-frames.js';
import { firstStory, nextFrame } from './helpers/fixtures.js';
import { contrast, rgb } from './helpers/contrast.js';

/** The first story in three groups: Japan, NATO, and one event without a group ("Other"). */
const grouped: StoryData = {
  ...firstStory,
  groups: [
    { id: 'japan', title: 'Japan', color: 'red' },
    { id: 'nato', title: 'NATO' },
  ],
  events: firstStory.events.map((event) => {
    const group = { 'kishida-stoltenberg': 'japan', 'nikkei-leak': 'japan', 'draft-proposal': 'nato' }[event.id!];
    const vilnius = event.id === 'vilnius-summit' ? 'nato' : undefined;
    return group || vilnius ? { ...event, group: group ?? vilnius } : event;
  }),
};

async function mount(data: StoryData = grouped, attributes = '', width = 900): Promise<StoryTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  holder.innerHTML = `<story-timeline ${attributes.includes('lang=') ? '' : 'lang="en"'} ${attributes}></story-timeline>`;
  const element = holder.firstElementChild as StoryTimeline;
  element.data = data;
  // The first grouped story of the page also fetches the groups' code (the extras chunk).
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="event"]'), 'events were never drawn', {
    timeout: 3000,
  });
  await element.updateComplete;
  await nextFrame();
  return element;
}

const root = (element: StoryTimeline) => element.shadowRoot!;
const groupsOf = (element: StoryTimeline) => [...root(element).querySelectorAll<HTMLElement>('[part~="group"]')];
const idsIn = (container: Element) =>
  [...container.querySelectorAll<HTMLElement>('[part~="event"]')].map((button) => button.dataset.id);
const button = (element: StoryTimeline, id: string) =>
  root(element).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`)!;
const focusedId = (element: StoryTimeline) => (root(element).activeElement as HTMLElement | null)?.dataset.id;

describe('groups: reading the data', () => {
  it('keeps the listed order, and an event naming an unknown group is drawn under Other with a problem', () => {
    const story = normalizeStory({
      groups: [
        { id: 'b', title: 'Bee', color: 'Green' },
        { id: 'a', title: 'Ay' },
      ],
      events: [
        { date: '2023-01-01', title: 'One', group: 'a' },
        { date: '2023-01-02', title: 'Two', group: 'b' },
        { date: '2023-01-03', title: 'Three', group: 'c' },
      ],
    });
    expect(story.groups).to.deep.equal([
      { id: 'b', title: 'Bee', color: 'green' },
      { id: 'a', title: 'Ay' },
    ]);
    expect(story.events.map((event) => event.group)).to.deep.equal(['a', 'b', undefined]);
    expect(story.problems).to.have.length(1);
    expect(story.problems[0]!.index).to.equal(2);
    expect(story.problems[0]!.message).to.equal(
      'Event 3 ("Three"): group "c" is not in "groups"; it is drawn under Other',
    );
  });

  it('without a list, takes the groups in the order the document first names them', () => {
    const story = normalizeStory([
      { date: '2023-05-01', title: 'Late', group: 'Press agencies' },
      { date: '2023-01-01', title: 'Early', group: 'governments' },
      { date: '2023-02-01', title: 'Again', group: 'Press agencies' },
      { date: '2023-03-01', title: 'Loose' },
    ]);
    expect(story.groups).to.deep.equal([
      { id: 'press-agencies', title: 'Press agencies' },
      { id: 'governments', title: 'governments' },
    ]);
    expect(story.events.map((event) => event.group)).to.deep.equal([
      'governments',
      'press-agencies',
      undefined,
      'press-agencies',
    ]);
    expect(story.problems).to.deep.equal([]);
    expect(normalizeStory([{ date: '2023', title: 'x' }]).groups).to.equal(undefined);
  });

  it('says what is wrong with a list: repeated ids, bad ids, bad colours, not a list, a group not text; no title shows the id', () => {
    const story = normalizeStory({
      groups: [
        { id: 'a', title: 'Ay', color: 'url(x)' },
        { id: 'a', title: 'Again' },
        { id: 'b c', title: 'Spaced' },
        { title: 'No id' },
        { id: 'd' },
      ],
      events: [
        { date: '2023-01-01', title: 'One', group: 'a' },
        { date: '2023-01-02', title: 'Two', group: 42 },
      ],
    });
    expect(story.groups).to.deep.equal([
      { id: 'a', title: 'Ay' },
      { id: 'd', title: 'd' },
    ]);
    const messages = story.problems.map((problem) => problem.message);
    expect(messages).to.deep.equal([
      'Group 1 ("a") has a colour "url(x)" that is not a name (e.g. blue)',
      'Group 2 ("a") repeats an id; the first one is used',
      'Group 3 ("b c") has an id with other than letters, digits, - and _; it is left out',
      'Group 4 has no id; it is left out',
      'Event 2 ("Two") has a group that is not text (a number); it is drawn under Other',
    ]);
    expect(normalizeStory({ events: [], groups: 'x' }).problems[0]!.message).to.contain('"groups" is not a list');
  });
});

describe('groups: bands (pure)', () => {
  const story = normalizeStory(grouped);

  it('one band per group in order, Other last, each in date order', () => {
    const { bands, grouped: isGrouped, events } = arrangeBands(story.events, story.groups);
    expect(isGrouped).to.equal(true);
    expect(bands.map((band) => band.group?.id)).to.deep.equal(['japan', 'nato', undefined]);
    expect(bands.map((band) => band.events.map((event) => event.id))).to.deep.equal([
      ['kishida-stoltenberg', 'nikkei-leak'],
      ['draft-proposal', 'vilnius-summit'],
      ['tokyo-office-opening'],
    ]);
    expect(events).to.equal(story.events);
  });

  it('show-groups keeps the groups it names (not Other); unknown ids are ignored; none known keeps all', () => {
    expect(
      arrangeBands(story.events, story.groups, ' nato, ,japan ').bands.map((band) => band.group?.id),
    ).to.deep.equal(['japan', 'nato']);
    const onlyNato = arrangeBands(story.events, story.groups, 'nato,nobody');
    expect(onlyNato.bands.map((band) => band.group?.id)).to.deep.equal(['nato']);
    expect(onlyNato.events.map((event) => event.id)).to.deep.equal(['draft-proposal', 'vilnius-summit']);
    expect(onlyNato.bandOf.get('nikkei-leak')).to.equal(undefined);
    expect(arrangeBands(story.events, story.groups, 'nobody').bands).to.have.length(3);
  });

  it('without groups, one band of the very same events', () => {
    const plain = normalizeStory(firstStory);
    const { bands, grouped: isGrouped } = arrangeBands(plain.events, plain.groups, 'japan');
    expect(isGrouped).to.equal(false);
    expect(bands).to.have.length(1);
    expect(bands[0]!.events).to.equal(plain.events);
  });

  it('finds the event nearest in time; fewer lanes per band with many bands', () => {
    const events = story.events;
    expect(events[nearestInTime(events, Date.UTC(2023, 4, 10))]!.id).to.equal('nikkei-leak');
    expect(events[nearestInTime(events, Date.UTC(2030, 0, 1))]!.id).to.equal('tokyo-office-opening');
    expect(events[nearestInTime(events, Date.UTC(2000, 0, 1))]!.id).to.equal('kishida-stoltenberg');
    expect([1, 3, 4, 8, 20].map(laneCap)).to.deep.equal([6, 6, 4, 2, 2]);
  });
});

describe('groups: drawing', () => {
  it('draws one labelled band per group, in order, Other last, each holding its events', async () => {
    const element = await mount();
    const bands = groupsOf(element);
    expect(bands.map((band) => band.dataset.group)).to.deep.equal(['japan', 'nato', undefined]);
    expect(bands.map((band) => band.querySelector('[part~="group-label"]')!.textContent)).to.deep.equal([
      'Japan',
      'NATO',
      'Other',
    ]);
    expect(idsIn(bands[0]!)).to.deep.equal(['kishida-stoltenberg', 'nikkei-leak']);
    expect(idsIn(bands[1]!)).to.deep.equal(['draft-proposal', 'vilnius-summit']);
    expect(idsIn(bands[2]!)).to.deep.equal(['tokyo-office-opening']);
    // Stacked: each band below the one before, each label above its band's marks.
    const boxes = bands.map((band) => band.getBoundingClientRect());
    for (let n = 1; n < boxes.length; n++) expect(boxes[n]!.top).to.be.at.least(boxes[n - 1]!.bottom - 1);
    bands.forEach((band) => {
      const label = band.querySelector('[part~="group-label"]')!.getBoundingClientRect();
      for (const mark of band.querySelectorAll('.mark')) {
        expect(mark.getBoundingClientRect().top).to.be.at.least(label.bottom - 1);
      }
    });
    const plot = root(element).querySelector('.plot')!.getBoundingClientRect();
    expect(boxes.at(-1)!.bottom).to.be.at.most(plot.bottom);
  });

  it('names the last band "Other" in the element’s language', async () => {
    const element = await mount(grouped, 'lang="fr"');
    await waitUntil(() => groupsOf(element).at(-1)?.textContent?.includes('Autres'), 'no French "Other"');
  });

  it('keeps each title at the start edge of the plot, in view, whatever the zoom and pan (also right to left)', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const element = await mount(grouped, `dir="${dir}"`);
      const edge = () => {
        const plot = root(element).querySelector('.plot')!.getBoundingClientRect();
        return groupsOf(element).map((band) => {
          const label = band.querySelector('[part~="group-label"]')!.getBoundingClientRect();
          expect(label.width).to.be.above(10);
          return dir === 'ltr' ? label.left - plot.left : plot.right - label.right;
        });
      };
      for (const gap of edge()) expect(gap).to.be.within(-0.5, 2);
      element.zoomTo('2023-06-01', '2023-08-01');
      await element.updateComplete;
      await nextFrame();
      for (const gap of edge()) expect(gap).to.be.within(-0.5, 2);
    }
  });

  it('reads data-group in the light-DOM list, and a selection tells the page the event’s group', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div style="width:900px">
        <story-timeline lang="en">
          <ol>
            <li data-date="2023-05-03" data-group="press"><strong>Flash</strong></li>
            <li data-date="2023-05-04" data-group="officials"><strong>Statement</strong></li>
          </ol>
        </story-timeline>
      </div>`,
    );
    const element = holder.querySelector('story-timeline')!;
    await waitUntil(() => groupsOf(element).length === 2, 'the groups were never drawn');
    expect(groupsOf(element).map((band) => band.dataset.group)).to.deep.equal(['press', 'officials']);
    const selected = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('story-select', (event) => resolve(event), { once: true }),
    );
    groupsOf(element)[1]!.querySelector<HTMLElement>('[part~="event"]')!.click();
    expect((await selected).detail.event.group).to.equal('officials');
  });

  it('draws nothing of groups for a story without them', async () => {
    const element = await mount(firstStory);
    expect(groupsOf(element)).to.have.length(0);
    expect(root(element).querySelectorAll('[part~="group-label"]')).to.have.length(0);
    expect(root(element).querySelectorAll('[part~="event"]')).to.have.length(5);
  });

  it('lays out lanes per group: two events at the same moment in different groups share a lane row each', async () => {
    const events = Array.from({ length: 8 }, (_, n) => ({
      id: `e${n}`,
      date: '2023-05-03',
      title: `Event number ${n}`,
      group: n % 2 ? 'odd' : 'even',
    }));
    const element = await mount({ title: 'Same day', events }, '', 900);
    const bands = groupsOf(element);
    expect(bands.map((band) => band.dataset.group)).to.deep.equal(['even', 'odd']);
    // Each band has its own lanes from its top, and its own clusters when lanes run out.
    for (const band of bands) {
      const drawn = idsIn(band).length;
      const clustered = [...band.querySelectorAll('[part~="cluster"]')]
        .map((cluster) => Number(cluster.textContent!.trim().slice(1)))
        .reduce((a, b) => a + b, 0);
      expect(drawn + clustered).to.equal(4);
      const first = band.querySelector<HTMLElement>('[part~="event"]')!;
      const label = band.querySelector('[part~="group-label"]')!.getBoundingClientRect();
      expect(first.getBoundingClientRect().top - label.bottom).to.be.within(-1, 2);
    }
  });
});

describe('groups: colour', () => {
  const colourOf = (node: Element) => getComputedStyle(node).borderTopColor;

  it('a group’s colour replaces the status colour; the outline keeps the status; the legend says which is which', async () => {
    const element = await mount();
    const plain = await mount(firstStory);
    const inJapan = colourOf(button(element, 'nikkei-leak').querySelector('.mark')!);
    expect(inJapan).to.not.equal(colourOf(button(plain, 'nikkei-leak').querySelector('.mark')!));
    expect(colourOf(button(element, 'kishida-stoltenberg').querySelector('.mark')!)).to.equal(inJapan);
    // NATO has no colour: its events keep the status colours.
    expect(colourOf(button(element, 'draft-proposal').querySelector('.mark')!)).to.equal(
      colourOf(button(plain, 'draft-proposal').querySelector('.mark')!),
    );
    // A reported event of a coloured group: the group's colour, a dotted outline.
    const reported = {
      ...grouped,
      events: grouped.events.map((e) => (e.id === 'nikkei-leak' ? { ...e, status: 'reported' as const } : e)),
    };
    element.data = reported;
    await element.updateComplete;
    const mark = button(element, 'nikkei-leak').querySelector('.mark')!;
    expect(colourOf(mark)).to.equal(inJapan);
    expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');

    const legend = root(element).querySelector('[part~="legend"]')!;
    const headings = [...legend.querySelectorAll('.legend-heading')].map((node) => node.textContent);
    expect(headings).to.deep.equal(['Date', 'Status (outline)', 'Groups']);
    const entry = legend.querySelector<HTMLElement>('li[data-group="japan"]')!;
    expect(entry.textContent!.trim()).to.equal('Japan');
    expect(colourOf(entry.querySelector('.mark')!)).to.equal(inJapan);
    expect(legend.querySelector('li[data-group="nato"]')).to.equal(null);
    // The statuses are drawn without a group's or a status's colour, by their outline.
    const statusSwatches = [...legend.querySelectorAll('ul')[1]!.querySelectorAll('.mark')];
    expect(statusSwatches.map((swatch) => getComputedStyle(swatch).borderTopStyle)).to.deep.equal([
      'solid',
      'dotted',
      'dashed',
    ]);
    expect(new Set(statusSwatches.map(colourOf)).size).to.equal(1);
    expect(statusSwatches.map(colourOf)).to.not.include(inJapan);
  });

  for (const scheme of ['light', 'dark']) {
    it(`every group colour stands out from the background by at least 3:1 (${scheme})`, async () => {
      const colours = ['grey', 'blue', 'green', 'yellow', 'red', 'purple'];
      const holder = await fixture<HTMLDivElement>(
        html`<div style=${`color-scheme:${scheme};background:Canvas;width:900px`}></div>`,
      );
      holder.innerHTML = '<story-timeline lang="en"></story-timeline>';
      const element = holder.firstElementChild as StoryTimeline;
      element.data = {
        groups: colours.map((color) => ({ id: color, title: color, color })),
        events: colours.map((color, n) => ({ id: color, date: `2023-0${n + 1}-01`, title: color, group: color })),
      };
      await waitUntil(() => root(element).querySelectorAll('[part~="event"]').length === colours.length);
      const background = rgb(getComputedStyle(holder).backgroundColor);
      for (const mark of root(element).querySelectorAll<HTMLElement>('[part~="event"] .mark')) {
        const ratio = contrast(rgb(colourOf(mark)), background);
        expect(ratio, `${mark.parentElement!.dataset.id}: ${ratio.toFixed(2)}`).to.be.at.least(3);
      }
    });
  }
});

describe('groups: keyboard and screen readers', () => {
  it('each group is a list named by its title, and the page passes axe', async () => {
    const element = await mount();
    for (const band of groupsOf(element)) {
      const list = band.querySelector('ol')!;
      const label = root(element).getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(band.contains(label)).to.equal(true);
      expect(label.textContent).to.equal(band.querySelector('[part~="group-label"]')!.textContent);
      expect(list.querySelectorAll(':scope > li > [part~="event"]').length).to.equal(idsIn(band).length);
    }
    expect(root(element).querySelector('.plot')!.getAttribute('aria-label')).to.contain(
      'Up and down arrows move between groups',
    );
    await expect(element).to.be.accessible();
  });

  it('← → stay in the group in date order; ↑ ↓ go to the nearest event in time in the group above or below; Home/End as before', async () => {
    const element = await mount();
    button(element, 'kishida-stoltenberg').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedId(element) === 'nikkei-leak', `ArrowRight went to ${focusedId(element)}`);
    // Not to draft-proposal, which comes between them in date order but is in another group.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal('nikkei-leak');
    await sendKeys({ press: 'ArrowDown' });
    // Nearest to 3 May 2023 in NATO: the April draft, not the July summit.
    await waitUntil(() => focusedId(element) === 'draft-proposal', `ArrowDown went to ${focusedId(element)}`);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedId(element) === 'tokyo-office-opening', `ArrowDown went to ${focusedId(element)}`);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal('tokyo-office-opening');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedId(element) === 'vilnius-summit', `ArrowUp went to ${focusedId(element)}`);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedId(element) === 'draft-proposal', `ArrowLeft went to ${focusedId(element)}`);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(element) === 'tokyo-office-opening', `End went to ${focusedId(element)}`);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId(element) === 'kishida-stoltenberg', `Home went to ${focusedId(element)}`);
  });

  it('right to left, ← goes later within the group', async () => {
    const element = await mount(grouped, 'dir="rtl"');
    button(element, 'kishida-stoltenberg').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedId(element) === 'nikkei-leak', `ArrowLeft went to ${focusedId(element)}`);
  });
});

describe('groups: show-groups', () => {
  it('draws, fits, counts and steps through only the groups it names', async () => {
    const element = await mount(grouped, 'show-groups="nato"');
    expect(groupsOf(element).map((band) => band.dataset.group)).to.deep.equal(['nato']);
    expect(idsIn(root(element).querySelector('.plot')!)).to.deep.equal(['draft-proposal', 'vilnius-summit']);
    // The fitted window is NATO's: April to July 2023, not January 2023 to 2024.
    const { start, end } = element.visibleRange;
    expect(start.getUTCFullYear()).to.equal(2023);
    expect(+start).to.be.above(Date.UTC(2023, 1, 1));
    expect(+end).to.be.below(Date.UTC(2023, 11, 1));
    // Edge cues count no hidden event: in July, one NATO event is earlier (not Japan's two), none later (not 2024's office).
    element.zoomTo('2023-06-15', '2023-08-01');
    await element.updateComplete;
    expect(root(element).querySelector('[part~="earlier"]')!.getAttribute('aria-label')).to.equal('1 earlier event');
    expect(root(element).querySelector('[part~="later"]')).to.equal(null);
    // Keyboard: Home and End reach the first and last shown events, not January's meeting or 2024's office.
    button(element, 'vilnius-summit').focus();
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId(element) === 'draft-proposal', `Home went to ${focusedId(element)}`);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(element) === 'vilnius-summit', `End went to ${focusedId(element)}`);
    element.next();
    await element.updateComplete;
    expect(element.selected).to.equal('draft-proposal');
    element.next();
    await element.updateComplete;
    expect(element.selected).to.equal('vilnius-summit');
    element.next();
    await element.updateComplete;
    expect(element.selected).to.equal('vilnius-summit');
  });

  it('follows the property: two groups, then all again', async () => {
    const element = await mount();
    element.showGroups = 'nato, japan';
    await element.updateComplete;
    expect(groupsOf(element).map((band) => band.dataset.group)).to.deep.equal(['japan', 'nato']);
    expect(element.getAttribute('show-groups')).to.equal(null);
    element.setAttribute('show-groups', '');
    await element.updateComplete;
    expect(groupsOf(element).map((band) => band.dataset.group)).to.deep.equal(['japan', 'nato', undefined]);
  });
});

describe('groups: spreadsheets', () => {
  it('a CSV group column becomes the bands, in the order first seen', async () => {
    const csv =
      'date,title,group\n2023-05-03,Flash,Agencies\n2023-05-02,Statement,Governments\n2023-05-04,Follow-up,Agencies\n';
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = '<story-timeline lang="en"></story-timeline>';
    const element = holder.firstElementChild as StoryTimeline;
    element.src = `/test-server/text/sheet.csv?type=${encodeURIComponent('text/csv')}&body=${encodeURIComponent(csv)}`;
    await waitUntil(() => groupsOf(element).length === 2, 'the groups were never drawn', { timeout: 5000 });
    expect(groupsOf(element).map((band) => band.querySelector('[part~="group-label"]')!.textContent)).to.deep.equal([
      'Agencies',
      'Governments',
    ]);
    expect(idsIn(groupsOf(element)[0]!)).to.have.length(2);
  });
});
