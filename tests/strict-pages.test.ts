import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { LitElement, html as litHtml } from 'lit';
import '../src/story-timeline.js';
import type { StoryTimeline } from '../src/story-timeline.js';
import { firstStory } from './helpers/fixtures.js';

const hostileCss = `
  * { margin: 30px !important; padding: 20px !important; box-sizing: content-box !important;
      line-height: 5 !important; letter-spacing: 6px !important; text-transform: uppercase !important;
      white-space: pre !important; text-align: right !important; font-weight: 900 !important; }
  button, div, span, li, ol { display: inline !important; position: static !important; float: left !important; }
  button { all: unset !important; }
`;

describe('story-timeline on crowded and strict pages', () => {
  it('draws correctly under hostile global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><story-timeline style="width:700px"></story-timeline></div>`,
      );
      const element = wrapper.querySelector('story-timeline')!;
      element.data = firstStory;
      await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5);
      const root = element.shadowRoot!;
      const label = root.querySelector('[part~="event"][data-id="nikkei-leak"] [part~="event-label"]')!;
      const style = getComputedStyle(label);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.whiteSpace).to.equal('nowrap');
      const zoomIn = root.querySelector('[part="zoom-in"]')!.getBoundingClientRect();
      expect(zoomIn.width).to.be.at.least(44);
      // The marks stay where the scale puts them: the leak's dot is left of the summit's bar.
      const dot = root.querySelector('[data-id="nikkei-leak"] .mark')!.getBoundingClientRect();
      const bar = root.querySelector('[data-id="vilnius-summit"] .mark')!.getBoundingClientRect();
      expect(dot.width).to.be.within(10, 14);
      expect(dot.left).to.be.lessThan(bar.left);
      const labels = [...root.querySelectorAll('[part~="event"] [part~="event-label"]')].map((l) =>
        l.getBoundingClientRect(),
      );
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!, labels[j]!];
          expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).to.equal(
            false,
          );
        }
    } finally {
      style.remove();
    }
  });

  it("works inside another component's shadow root, taking the language from outside it", async () => {
    class StoryCard extends LitElement {
      override render() {
        return litHtml`<section><story-timeline style="width:600px"></story-timeline></section>`;
      }
    }
    if (!customElements.get('story-card')) customElements.define('story-card', StoryCard);
    const wrapper = await fixture(html`<div lang="fr"><story-card></story-card></div>`);
    const card = wrapper.querySelector('story-card')! as StoryCard;
    await card.updateComplete;
    const element = card.shadowRoot!.querySelector('story-timeline') as StoryTimeline;
    element.data = firstStory;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5);
    expect(element.shadowRoot!.querySelector('[part="zoom-in"]')!.getAttribute('aria-label')).to.equal('Zoom avant');
    let selected: string | null = null;
    wrapper.addEventListener('story-select', (event) => (selected = (event as CustomEvent).detail.id));
    element.shadowRoot!.querySelector<HTMLElement>('[data-id="nikkei-leak"]')!.click();
    expect(selected, 'story-select crosses both shadow roots').to.equal('nikkei-leak');
  });

  it('renders under a strict Content-Security-Policy with no violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test-server/csp-page" style="width:800px;height:600px;border:0"></iframe>`,
    );
    type CspWindow = Window & { cspViolations?: string[]; cspReady?: boolean };
    await waitUntil(() => (frame.contentWindow as CspWindow).cspReady === true, 'the CSP page did not draw', {
      timeout: 8000,
    });
    const win = frame.contentWindow as CspWindow;
    const timeline = frame.contentDocument!.querySelector('story-timeline')!;
    expect(timeline.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(6);
    // Positions come from styleMap (CSSOM), which a CSP without 'unsafe-inline' allows.
    const dot = timeline.shadowRoot!.querySelector('[data-id="nikkei-leak"] .mark')!.getBoundingClientRect();
    expect(dot.left).to.be.greaterThan(0);
    expect(win.cspViolations).to.deep.equal([]);
    // The policy is really in force: an inline style attribute is refused and reported.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.cspViolations!.length > 0, 'the policy did not report an inline style');
  });
});
