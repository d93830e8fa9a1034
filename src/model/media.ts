/**
 * Reads an event's `media`: settles what it is (an image, a YouTube or Vimeo video, a
 * link) and which addresses may be used. Pure; a bad value is a problem, never an exception.
 *
 * Images load from http(s) or relative addresses only. Videos are never loaded from the
 * data's address: the card builds the privacy-enhanced player's address from the id.
 */
import type { EventMedia, Problem } from './types.js';
import { text } from './text.js';
import { httpUrl } from './url.js';

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const YOUTUBE_ID = /^[\w-]{11}$/;

/** `undefined` when there is nothing to show; each slip is pushed to `problems`, the event named by `label`. */
export function readMedia(
  value: unknown,
  label: () => string,
  index: number,
  problems: Problem[],
): EventMedia | undefined {
  if (value === undefined || value === null) return undefined;
  const problem = (message: string) => problems.push({ index, message: `${label()}: ${message}` });
  const fields = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const url = text(fields.url);
  if (url === undefined) {
    problem('media without a "url" is not shown');
    return undefined;
  }
  const absolute = httpUrl(url);
  const kind = fields.kind;
  const video = kind === 'image' || kind === 'link' || !absolute ? undefined : videoOf(absolute);
  let media: EventMedia;
  if (video) {
    media = { ...video, url: absolute!.href };
  } else if (kind === 'image' || (kind !== 'link' && kind !== 'video' && IMAGE_PATH.test(pathOf(url)))) {
    if (!absolute && (SCHEME.test(url) || /[\s<>"]/.test(url))) {
      problem(`an image at "${url.slice(0, 60)}" is not shown: use an http, https or relative address`);
      return undefined;
    }
    const alt = text(fields.alt);
    if (alt === undefined) problem('the image needs "alt" text, saying what it shows');
    media = { kind: 'image', url, alt: alt ?? '' };
    const link = text(fields.link);
    const linkUrl = link === undefined ? undefined : httpUrl(link);
    if (linkUrl) media.link = linkUrl.href;
  } else if (absolute) {
    media = { kind: 'link', url: absolute.href };
  } else {
    problem(`media at "${url.slice(0, 60)}" is not shown: use a full http or https address`);
    return undefined;
  }
  const caption = text(fields.caption);
  if (caption !== undefined) media.caption = caption;
  const credit = text(fields.credit);
  if (credit !== undefined) media.credit = credit;
  return media;
}

/** A YouTube or Vimeo address's player, or undefined. */
function videoOf(url: URL): Pick<EventMedia, 'kind' | 'player'> | undefined {
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  const path = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = path[0] === 'watch' ? url.searchParams.get('v') : path[1];
  } else if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const number = path.find((part) => /^\d+$/.test(part));
    if (number) return { kind: 'vimeo', player: `https://player.vimeo.com/video/${number}?dnt=1` };
    return undefined;
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  return { kind: 'youtube', player: `https://www.youtube-nocookie.com/embed/${id}` };
}

/** The path of an absolute or relative address, without query or fragment. */
function pathOf(url: string): string {
  return url.split(/[?#]/)[0]!;
}
