// The iframe page (dist/embed.html): one <story-timeline> configured from the query string,
// which tells its parent page how tall it is. It imports nothing: the element comes from
// ./story-timeline.js, loaded by the page, so a CMS serves one file for both ways in.

/** Query parameters that become the element's attributes of the same name. */
const PASSED_THROUGH = ['start', 'end', 'selected', 'as-of', 'as-of-label', 'orientation'] as const;

/** The stories shipped beside this page; any other language falls back to English. */
const STORIES: Record<string, string> = { fr: './story.fr.json', en: './story.en.json' };
const FALLBACK_STORY = './story.en.json';

const HEIGHT_MESSAGE = 'story-timeline:height';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') || 'fr';
const primary = lang.toLowerCase().split('-')[0] ?? '';

const timeline = document.createElement('story-timeline');
timeline.setAttribute('lang', lang);
timeline.setAttribute('src', params.get('src') || STORIES[primary] || FALLBACK_STORY);
for (const name of PASSED_THROUGH) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
document.documentElement.lang = lang;
// `theme`: light, dark, or auto (the default: follows the reader), through embed.css's color-scheme.
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
document.body.append(timeline);

// Only a framed page has someone to tell; opened on its own, it just shows the timeline.
if (window.parent !== window) {
  let lastHeight = -1;
  const report = (always = false) => {
    // Not scrollHeight: on the root element it never drops below the frame's own height,
    // so a frame made too tall once could never shrink back.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight && !always) return;
    lastHeight = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => report()).observe(document.documentElement);
  // Said again once everything has loaded, for a host whose listener came late.
  if (document.readyState === 'complete') report(true);
  else window.addEventListener('load', () => report(true));
}
