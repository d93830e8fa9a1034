import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import '../../src/story-timeline.js';
import type { StoryTimeline } from '../../src/story-timeline.js';
import { firstStory } from './fixtures.js';

export /** Mounted on a page that supports both schemes, as a dark-capable news site does. */
async function mount(lang = 'en', width = 800): Promise<StoryTimeline> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 8px">
      <story-timeline lang=${lang} as-of="2023-05-03" style=${`width:${width}px`}></story-timeline>
    </div>`,
  );
  const element = page.querySelector('story-timeline')!;
  element.data = firstStory;
  await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="event"]').length === 5, 'not drawn');
  return element;
}

/** Relative luminance (WCAG) of a computed `rgb()` colour. */
export function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
