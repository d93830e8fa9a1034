import { fixture, html, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

// Chromium only (see scripts/engines.js): the counts come from the DevTools protocol.
interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
  documents: number;
}
const memory = () => executeServerCommand('memory') as Promise<Memory>;

describe('story-timeline: memory', () => {
  it('200 create, append and remove cycles leave no listeners, nodes or heap behind', async function () {
    this.timeout(60_000);
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const cycle = async () => {
      const element = document.createElement('story-timeline');
      element.data = firstStory;
      element.asOf = '2023-05-03';
      host.append(element);
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      element.select('nikkei-leak');
      await element.updateComplete;
      element.remove();
    };
    for (let i = 0; i < 50; i++) await cycle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await memory();
    for (let i = 0; i < 200; i++) await cycle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await memory();
    console.log(`memory before ${JSON.stringify(before)}, after 200 cycles ${JSON.stringify(after)}`);
    // Bounds: a leak of one listener, or one element's shadow tree, per cycle would break them.
    expect(after.listeners - before.listeners, 'event listeners').to.be.at.most(20);
    expect(after.nodes - before.nodes, 'DOM nodes').to.be.at.most(200);
    expect(after.documents - before.documents, 'documents').to.be.at.most(0);
    expect(after.heap - before.heap, 'JS heap bytes').to.be.at.most(1024 * 1024);
  });
});
