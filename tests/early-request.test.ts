/**
 * The story's request made as the script starts (src/data/early-request.ts): an element already
 * in the page when the module is evaluated has its `src` requested before the element is
 * defined, that one request is the one it draws, and an early request that never answers
 * still ends in the element's time-out. Each page is a fresh frame, so the module is evaluated
 * there for the first time, as on a reader's page. Loading differs between engines: all three.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { freshPage as page, freshWindow, timelineIn } from './helpers/fresh-page.js';

let keys = 0;

/** A fresh page whose element loads a three-event story of its own key; once `selector` shows the three. */
async function storyPage(name: string, attributes: string, selector: string, drawn: string) {
  const key = `early-${name}-${Date.now()}-${keys++}`;
  const frame = await page(
    `<story-timeline ${attributes} src="/test-server/story?title=${name}&count=3&key=${key}"></story-timeline>`,
  );
  const timeline = timelineIn(frame);
  await waitUntil(() => timeline.shadowRoot?.querySelectorAll(selector).length === 3, drawn, { timeout: 10_000 });
  return { key, win: freshWindow(frame)! };
}

describe('The story requested as the script starts', () => {
  it('asks for `src` before the element is defined, once, and draws that answer', async () => {
    const { key, win } = await storyPage('across', '', '[part~="event"]', 'the three events were not drawn');
    const calls = Object.entries(win.fetchedAt).filter(([url]) => url.includes(key));
    expect(calls, 'calls to fetch for the story').to.have.length(1);
    expect(calls[0]![1], 'the story asked for before the element was defined').to.be.below(win.definedAt!);
    const requests = win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(key));
    expect(requests, 'requests for the story').to.have.length(1);
    expect(await (await fetch(`/test-server/hits?key=${key}`)).json(), 'requests the server saw').to.equal(1);
  });

  it("asks for a vertical reading's code beside its story, before the element is defined", async () => {
    const { win } = await storyPage(
      'down',
      'orientation="vertical"',
      '.rail [part~="event"]',
      'the three events were not drawn down the page',
    );
    const code = win.performance
      .getEntriesByType('resource')
      .filter((entry) => /\/parts\/vertical\.ts\b/.test(entry.name));
    expect(code, "requests for the vertical reading's code").to.have.length(1);
    // WebKit notes a request's start when its loader starts, which can be after the task that asked.
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);
    if (!webkit) expect(code[0]!.startTime, 'asked for before the element was defined').to.be.below(win.definedAt!);
  });

  it('still times out, with the time-out said, when the early request never answers', async () => {
    const frame = await page(
      `<story-timeline src="/test-server/never?key=early-never-${keys++}" timeout="400"></story-timeline>`,
    );
    const timeline = timelineIn(frame);
    await waitUntil(() => timeline.shadowRoot?.querySelector('[part~="error"]'), 'no error was shown', {
      timeout: 10_000,
    });
    const error = timeline.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.textContent).to.match(/time|answer|respond/i);
  });
});
