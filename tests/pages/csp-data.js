// Gives the timeline on the strict-CSP test page its data, then says when it is drawn.
await customElements.whenDefined('story-timeline');
const timeline = document.querySelector('story-timeline');
timeline.addEventListener('story-load', () => {
  requestAnimationFrame(() => requestAnimationFrame(() => (window.cspReady = true)));
});
timeline.setAttribute('src', '/demo/story.en.json');
timeline.setAttribute('as-of', '2023-05-03');
timeline.select('nikkei-leak');
