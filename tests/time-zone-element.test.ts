/**
 * Times of day in the element (issue #14): the `time-zone` attribute, times worded in it and
 * naming it when it is not the reader's, calendar dates that never shift, an unknown zone
 * reported, zoom down to about ten minutes and an axis of hours and minutes in the zone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import type { StoryData } from '../src/model/types.js';
import { nextFrame } from './helpers/fixtures.js';

const day: StoryData = {
  title: 'A day of news',
  events: [
    { id: 'flash', date: '2023-05-03T14:05Z', title: 'The agency flash' },
    { id: 'wall', date: '2023-05-03T18:30', title: 'Evening statement' },
    { id: 'paper', date: '2023-05-03', title: 'The morning paper' },
  ],
};

async function mount(zone: string, data: StoryData = day, width = 800): Promise<StoryTimeline> {
  const element = await fixture<StoryTimeline>(
    html`<story-timeline lang="en" time-zone=${zone} style=${`width:${width}px`} .data=${data}></story-timeline>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="event"]'), 'nothing was drawn');
  await element.updateComplete;
  await nextFrame();
  return element;
}

const nameOf = (element: StoryTimeline, id: string) =>
  element.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)?.getAttribute('aria-label') ?? '';
const detail = (element: StoryTimeline) => element.shadowRoot!.querySelector('[part~="detail"]')?.textContent ?? '';
const axis = (element: StoryTimeline) =>
  [...element.shadowRoot!.querySelectorAll('[part~="axis"] span')].map((span) => span.textContent!.trim());

/** The short name Intl gives the zone in English, as the element words it. */
const shortName = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(Date.UTC(2023, 4, 3, 14, 5))
    .find((part) => part.type === 'timeZoneName')!.value;
const reader = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const away = reader === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';

describe('story-timeline: time zones', () => {
  it('is accessible with times of day', async () => {
    const element = await mount('Asia/Tokyo');
    await expect(element).to.be.accessible();
  });

  it('words times in its time-zone and names the zone when it is not the reader’s', async () => {
    const element = await mount('Asia/Tokyo');
    element.select('flash');
    await element.updateComplete;
    const zone = shortName('Asia/Tokyo');
    expect(nameOf(element, 'flash')).to.contain('3 May 2023 at 23:05').and.contain(zone);
    expect(detail(element)).to.contain('23:05').and.contain(zone);
    // A time without offset is a wall-clock time there.
    expect(nameOf(element, 'wall')).to.contain('18:30');
    if (away === 'Asia/Tokyo') expect(zone).to.not.equal('');
  });

  it('says no zone when it is the reader’s own', async () => {
    const element = await mount(reader);
    const name = nameOf(element, 'flash');
    expect(name).to.not.contain(shortName(reader));
    expect(name).to.match(/\d\d:05/);
  });

  it('never shifts a calendar date', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      const element = await mount(zone);
      expect(nameOf(element, 'paper'), zone).to.contain('3 May 2023').and.not.match(/\d:\d/);
    }
  });

  it('words again, and reads wall times again, when the zone changes', async () => {
    const element = await mount('Asia/Tokyo');
    element.setAttribute('time-zone', 'Europe/Paris');
    await waitUntil(() => nameOf(element, 'flash').includes('16:05'), 'not worded in Paris time');
    expect(nameOf(element, 'flash')).to.contain(shortName('Europe/Paris'));
    expect(nameOf(element, 'wall')).to.contain('18:30');
    element.timeZone = 'UTC';
    await waitUntil(() => nameOf(element, 'flash').includes('14:05'), 'not worded in UTC');
  });

  it('reports an unknown zone as a problem and shows UTC', async () => {
    const element = await mount('Mars/Olympus_Mons');
    expect(element.problems.map((problem) => problem.message).join()).to.contain(
      'Unknown time zone "Mars/Olympus_Mons"',
    );
    expect(nameOf(element, 'flash')).to.contain('14:05');
  });

  it('zooms to about ten minutes with times of day, and ticks hours and minutes in the zone', async () => {
    const element = await mount('Asia/Kolkata', day, 800);
    element.zoomBy(1e6);
    await element.updateComplete;
    await nextFrame();
    const { start, end } = element.visibleRange;
    expect(+end - +start).to.be.within(9 * 60_000, 11 * 60_000);
    for (const label of axis(element)) expect(label).to.match(/\d\d:\d\d/);
    // 10:00 to 14:00 in Kolkata (UTC+05:30): ticks at its whole hours, labelled by its clock.
    element.zoomTo(new Date(Date.UTC(2023, 4, 3, 4, 15)), new Date(Date.UTC(2023, 4, 3, 8, 45)));
    await element.updateComplete;
    await nextFrame();
    expect(axis(element)).to.include.members(['11:00', '12:00', '13:00']);
  });

  it('reads start, end and zoomTo times without offset in its zone', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline
        lang="en"
        time-zone="Asia/Tokyo"
        start="2023-05-03T09:00"
        end="2023-05-03T12:00"
        style="width:800px"
        .data=${day}
      ></story-timeline>`,
    );
    await element.updateComplete;
    // 09:00 in Tokyo is 00:00 UTC; the end is the minute 12:00 there, inclusive.
    expect(+element.visibleRange.start).to.equal(Date.UTC(2023, 4, 3, 0, 0));
    expect(+element.visibleRange.end).to.equal(Date.UTC(2023, 4, 3, 3, 1));
    element.zoomTo('2023-05-03T18:00', '2023-05-03T19:59');
    await element.updateComplete;
    expect(+element.visibleRange.start).to.equal(Date.UTC(2023, 4, 3, 9, 0));
  });

  it('zooms to about a day without times', async () => {
    const element = await mount('UTC', { events: [{ date: '2023-05-03', title: 'A day' }] });
    element.zoomBy(1e6);
    await element.updateComplete;
    const { start, end } = element.visibleRange;
    expect(+end - +start).to.be.within(0.9 * 86_400_000, 1.1 * 86_400_000);
    for (const label of axis(element)) expect(label).to.not.contain(':');
  });
});
