/**
 * The detail card rehearsed once a page, hidden, when the page is idle after the card's code
 * came (`rehearse` in src/parts/detail.ts): a reader's first tap then finds the card's template
 * and layout warm. Each test is a fresh page, where the rehearsal has not happened yet. All
 * engines: idle callbacks, forced layout and media loading differ between them.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { freshPage, timelineIn } from './helpers/fresh-page.js';

const picture = () => `${location.origin}/test-server/text/rehearsal-${Date.now()}.png?type=image/png&body=x`;

function storyWith(image: string) {
  return {
    title: 'A rehearsal',
    events: [
      { id: 'first', date: '2023-01-10', title: 'First step', media: { url: image, alt: 'A picture', kind: 'image' } },
      { id: 'second', date: '2023-05-03', title: 'Second step' },
    ],
  };
}

describe('The detail card rehearsed while the page is idle', () => {
  it("draws the first event's card hidden and takes it away in the same task, fetching none of its media", async () => {
    const image = picture();
    const frame = await freshPage(
      `<story-timeline><script type="application/json">${JSON.stringify(storyWith(image))}</script></story-timeline>`,
    );
    const timeline = timelineIn(frame) as HTMLElement & { selected: string };
    const root = timeline.shadowRoot!;
    // Each batch of changes as the observer is told of them: a node added and removed in one task comes in one batch.
    const batches: { added: Element[]; removed: Element[] }[] = [];
    new MutationObserver((records) => {
      const nodes = (list: 'addedNodes' | 'removedNodes') =>
        records.flatMap((record) => [...record[list]]).filter((node): node is Element => node.nodeType === 1);
      batches.push({ added: nodes('addedNodes'), removed: nodes('removedNodes') });
    }).observe(root, { childList: true, subtree: true });
    const rehearsal = () => batches.find(({ added }) => added.some((node) => node.querySelector?.('[part~="detail"]')));
    await waitUntil(rehearsal, 'no card was rehearsed', { timeout: 10_000 });
    const { added, removed } = rehearsal()!;
    const ghost = added.find((node) => node.querySelector('[part~="detail"]'))!;
    expect(ghost.querySelector('.detail-title')?.textContent, "the rehearsed card's title").to.equal('First step');
    expect(removed, 'the rehearsed card, taken away in the same task').to.include(ghost);
    expect(ghost.isConnected).to.equal(false);
    expect((ghost as HTMLElement).style.visibility, 'while it was there').to.equal('hidden');
    expect(ghost.querySelector('img'), 'media in the rehearsed card').to.equal(null);
    expect(root.querySelector('[part~="detail"]'), 'a card in the element').to.equal(null);
    expect(timeline.selected).to.equal('');
    const requested = () =>
      frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name === image);
    expect(requested(), 'the picture, before any card was opened').to.equal(false);
    // The real card still shows it.
    timeline.selected = 'first';
    await waitUntil(() => root.querySelector('[part~="detail"] img'), 'the opened card has no picture');
    await waitUntil(requested, 'the opened card did not fetch its picture');
  });
});
