/**
 * The card of the selected event: media, title, status and date, description, eras, source,
 * and the steps through the story (previous, where the reader is, next; a swipe on touch).
 *
 * @csspart detail - The card for the selected event.
 * @csspart previous - The detail card's button to the previous event.
 * @csspart next - The detail card's button to the next event.
 */
import type { TemplateResult, render as litRender } from 'lit';
import { html, nothing, repeat } from './lit-kit.js';
import type { TimelineEvent } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';
import { renderMedia } from './media.js';
import { renderRichText } from './rich-text.js';

export { useLit } from './lit-kit.js';
export { detailStyles } from './detail.styles.js';
// What follows print requests and fetches printing's own chunk (hands it this chunk's Lit kit
// and rich text).
export { PrintOnDemand } from '../controllers/print-on-demand.js';

export interface DetailProps {
  event: TimelineEvent;
  /** The date in words, at the event's precision. */
  when: string;
  strings: UiStrings;
  /** Titles of the eras the event falls in. */
  eras: string[];
  /** The reader pressed this event's play button. */
  playing: boolean;
  onPlay(): void;
  /** The event's place in date order, from 0, and the number of events. */
  position: number;
  total: number;
  onClose(): void;
  /** -1 for the previous event, 1 for the next. */
  onStep(by: -1 | 1, userEvent: Event): void;
}

/** A swipe must travel this far, mostly sideways, to step. */
const SWIPE_PX = 40;
/** Where a touch began, per card: gesture state, gone with the card. */
const swipeStarts = new WeakMap<EventTarget, PointerEvent>();

/** The page's card has been rehearsed (see `rehearse`). */
let rehearsed = false;

/**
 * Draws a card once, hidden, when the page is next idle, and takes it away in the same task:
 * its layout is forced, never painted, and no other script can see it. The reader's first tap
 * then finds the card's template prepared, its code run once and its fonts and words laid out
 * (on a phone the first card took some 20 ms of layout more than the next ones). Once a page:
 * what it warms is the page's. `props` gives the card to draw, or nothing when an event is
 * selected already; the rehearsal has no media, so nothing is fetched for it.
 */
export function rehearse(
  root: HTMLElement | DocumentFragment,
  render: typeof litRender,
  props: () => DetailProps | undefined,
): void {
  if (rehearsed) return;
  rehearsed = true;
  (window.requestIdleCallback ?? setTimeout)(() => {
    const card = props();
    const frame = root.querySelector('.frame');
    if (!card || !frame) return;
    const ghost = document.createElement('div');
    ghost.style.cssText = 'position:absolute;inset:0 0 auto;visibility:hidden';
    render(renderDetail({ ...card, event: { ...card.event, media: undefined } }), ghost);
    frame.append(ghost);
    void ghost.offsetHeight;
    ghost.remove();
  });
}

export function renderDetail(props: DetailProps): TemplateResult {
  const { event, when, strings, eras, playing, onPlay, position, total, onClose, onStep } = props;
  const url = event.source?.url;
  const { media } = event;
  const onPointerUp = (e: PointerEvent) => {
    const start = swipeStarts.get(e.currentTarget!);
    swipeStarts.delete(e.currentTarget!);
    if (start?.pointerId !== e.pointerId) return;
    const dx = e.clientX - start.clientX;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(e.clientY - start.clientY)) onStep(dx < 0 ? 1 : -1, e);
  };
  return html`<section
    part="detail"
    aria-labelledby="detail-title"
    @pointerdown=${(e: PointerEvent) => e.pointerType !== 'mouse' && swipeStarts.set(e.currentTarget!, e)}
    @pointerup=${onPointerUp}
  >
    <button class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${onClose}>×</button>
    ${
      // A fresh figure per event: a hidden broken image or a started player stays with its event.
      media
        ? repeat(
            [media],
            () => event.id,
            () => renderMedia({ media, title: event.title, strings, playing, onPlay }),
          )
        : nothing
    }
    <h3 class="detail-title" id="detail-title">${event.title}</h3>
    <p class="detail-meta"><span class="status ${event.status}">${strings.status[event.status]}</span>${when}</p>
    ${event.description ? renderRichText(event.description) : nothing}
    ${eras.length ? html`<p class="detail-eras">${strings.inPeriods(eras.length, eras.join(', '))}</p>` : nothing}
    ${
      event.source
        ? html`<p class="detail-source">
            ${strings.sourceLabel}
            ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${event.source.name}</a>` : event.source.name}
          </p>`
        : nothing
    }
    <nav class="steps">
      <button part="previous" type="button" ?disabled=${position <= 0} @click=${(e: Event) => onStep(-1, e)}>
        ${strings.previous}
      </button>
      <span class="position">${strings.position(position + 1, total)}</span>
      <button part="next" type="button" ?disabled=${position >= total - 1} @click=${(e: Event) => onStep(1, e)}>
        ${strings.next}
      </button>
    </nav>
  </section>`;
}
