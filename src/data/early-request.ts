/**
 * The story's request, made as the script starts. Every `<story-timeline src>` already in the
 * page when this module is evaluated has its document requested before the rest of the script
 * is evaluated and the element is defined: on a phone that is a tenth of a second of CPU during
 * which the request now travels. `fetchStory` takes the answer when its element asks for the
 * same address; an answer nobody takes (the `src` changed first) is dropped.
 */
import { httpUrl } from '../model/url.js';
import { orientationOf, wantsVerticalCode } from '../controllers/orientation-keyword.js';

/**
 * The one request the element makes for a story, early or not. Cookies go with a same-origin
 * request only: fetch's default `credentials`.
 */
export const STORY_REQUEST: RequestInit = { headers: { accept: 'application/json,text/csv,*/*;q=0.8' } };

const early = new Map<string, Promise<Response>>();

/** The early answer for `url`, taken once. */
export function takeEarly(url: URL): Promise<Response> | undefined {
  const answer = early.get(url.href);
  early.delete(url.href);
  return answer;
}

// Not when another copy of the element holds the name: its own script requests its stories.
if (typeof document === 'object' && !customElements.get('story-timeline'))
  for (const element of document.querySelectorAll('story-timeline[src]')) {
    // The vertical reading's code, when the element will want it as it connects, is asked for
    // beside its story, not after it (a failure is said where the element asks for it again).
    if (wantsVerticalCode(orientationOf(element.getAttribute('orientation'))))
      import('../parts/vertical.js').catch(() => {});
    const url = httpUrl(element.getAttribute('src')!, document.baseURI);
    if (!url) continue;
    const answer = fetch(url, STORY_REQUEST);
    // A failure is the element's to say when it takes the answer, not an unhandled rejection.
    answer.catch(() => {});
    early.set(url.href, answer);
  }
