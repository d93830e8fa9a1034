import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

const ids = (element: StoryTimeline) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((mark) => mark.dataset.id);

describe('story-timeline: declarative data in the page', () => {
  it('draws the events of an <ol> written in its light DOM, and keeps the list there', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline lang="fr" style="width:700px">
        <ol>
          <li data-date="2023-05-03" data-status="reported" data-id="nikkei-leak">
            <strong>Le Nikkei révèle le projet</strong>
            Un bureau de liaison à Tokyo. <cite><a href="https://example.com/a">Nikkei</a></cite>
          </li>
          <li><time datetime="2023-07-11/2023-07-12">11-12 juillet 2023</time> <strong>Sommet de Vilnius</strong></li>
        </ol>
      </story-timeline>`,
    );
    await waitUntil(() => ids(element).length === 2, 'the list was not drawn');
    expect(ids(element)).to.include('nikkei-leak');
    const list = element.querySelector('ol')!;
    expect(list.isConnected).to.equal(true);
    // Replaced visually: the light DOM is not slotted, so the list takes no room.
    expect(list.getBoundingClientRect().height).to.equal(0);
    element.select('nikkei-leak');
    await element.updateComplete;
    const detail = element.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.textContent).to.contain('Un bureau de liaison à Tokyo.');
    expect(detail.querySelector('a')!.href).to.equal('https://example.com/a');
  });

  it('reads an inline <script type="application/json"> like src', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline style="width:700px">
        <script type="application/json">
          { "title": "Inline", "events": [{ "id": "one", "date": "2024", "title": "Opening" }] }
        </script>
      </story-timeline>`,
    );
    await waitUntil(() => ids(element).length === 1);
    expect(ids(element)).to.deep.equal(['one']);
  });

  it('shows an error for inline JSON that does not parse', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline style="width:700px">
        <script type="application/json">
          { "events": [
        </script>
      </story-timeline>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'));
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not valid JSON');
  });

  it('follows a CMS that fills the list after the element started', async () => {
    const element = await fixture<StoryTimeline>(html`<story-timeline style="width:700px"><ol></ol></story-timeline>`);
    const loaded = oneEvent(element, 'story-load');
    element.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li data-date="2024"><b>Later</b></li>');
    expect((await loaded).detail.count).to.equal(1);
  });

  it('.events wins over the light DOM, and src wins over both', async () => {
    const element = await fixture<StoryTimeline>(
      html`<story-timeline style="width:700px">
        <ol>
          <li data-date="2024" data-id="from-markup"><b>Markup</b></li>
        </ol>
      </story-timeline>`,
    );
    await waitUntil(() => ids(element).includes('from-markup'));
    element.events = firstStory.events;
    await waitUntil(() => ids(element).includes('nikkei-leak'));
    expect(ids(element)).to.not.include('from-markup');
    const loaded = oneEvent(element, 'story-load');
    element.src = '/test-server/story?title=Remote&count=2';
    await loaded;
    expect(ids(element)).to.deep.equal(['e0', 'e1']);
  });
});
