/**
 * A fresh page in a frame, with the element's sources loaded there by a module script: the
 * module is evaluated in it for the first time, as on a reader's page. `customElements.define`
 * notes when it is first called for the element (`definedAt`), and `fetch` when it is called for
 * each address (`fetchedAt`). The frames go after each test.
 */
import { waitUntil } from './wait.js';

export type FreshWindow = Window & typeof globalThis & { definedAt?: number; fetchedAt: Record<string, number> };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A fresh page with `body`, once the element is defined in it. */
export async function freshPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 500px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
{
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name === 'story-timeline') window.definedAt ??= performance.now();
    return define(name, ...rest);
  };
  window.fetchedAt = {};
  const fetch = window.fetch.bind(window);
  window.fetch = (input, ...rest) => {
    window.fetchedAt[String(input)] ??= performance.now();
    return fetch(input, ...rest);
  };
}
</script>
<script type="module" src="/src/index.ts"></script></head><body>${body}</body></html>`;
  frames.push(frame);
  document.body.append(frame);
  await waitUntil(() => freshWindow(frame)?.definedAt !== undefined, 'the element was not defined', {
    timeout: 10_000,
  });
  return frame;
}

export const freshWindow = (frame: HTMLIFrameElement) => frame.contentWindow as FreshWindow | null;

export const timelineIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('story-timeline')!;
