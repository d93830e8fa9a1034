/**
 * The `<figure part="media">` of the detail card: a picture, a click-to-load video or a link
 * card, with its caption and credit. Nothing from YouTube or Vimeo is requested before the
 * reader presses play: the poster is drawn here, from the event's own title.
 *
 * @csspart media - The picture, video or link in the detail card (a `<figure>`).
 */
import type { TemplateResult } from 'lit';
import { html, nothing } from './lit-kit.js';
import type { EventMedia } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';

export interface MediaProps {
  media: EventMedia;
  /** The event's title: the poster's words and the player's `title`. */
  title: string;
  strings: UiStrings;
  /** The reader pressed play: the player is embedded. */
  playing: boolean;
  onPlay(): void;
}

/** A picture that fails to load leaves its caption and credit, not a broken-image icon. */
const hide = (event: Event) => ((event.target as HTMLElement).hidden = true);

export function renderMedia({ media, title, strings, playing, onPlay }: MediaProps): TemplateResult {
  const { caption, credit } = media;
  return html`<figure part="media" class=${media.kind}>
    ${body(media, title, strings, playing, onPlay)}
    ${
      caption || credit
        ? html`<figcaption>
            ${caption ?? nothing} ${credit ? html`<small class="credit">${credit}</small>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

function body(media: EventMedia, title: string, strings: UiStrings, playing: boolean, onPlay: () => void) {
  if (media.kind === 'image') {
    const image = html`<img
      src=${media.url}
      alt=${media.alt ?? ''}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${hide}
    />`;
    return media.link ? html`<a href=${media.link} target="_blank" rel="noopener noreferrer">${image}</a>` : image;
  }
  if (media.kind === 'link') {
    return html`<a class="link-card" href=${media.url} target="_blank" rel="noopener noreferrer"
      >${new URL(media.url).hostname} <span aria-hidden="true">↗︎</span></a
    >`;
  }
  if (playing) {
    return html`<iframe
      src=${`${media.player}${media.player!.includes('?') ? '&' : '?'}autoplay=1`}
      title=${title}
      allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  }
  return html`<button class="poster" type="button" aria-label=${strings.playVideo(title)} @click=${onPlay}>
    <span class="play" aria-hidden="true">▶︎</span>
    <span>${title}</span>
  </button>`;
}
