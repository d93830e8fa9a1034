// Records every layout shift of the page from its start, and defines the element only
// after two painted frames (the list is on screen first), unless the page is told not to.
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
const params = new URLSearchParams(location.search);
if (params.has('reserve')) {
  const style = document.createElement('style');
  style.textContent = params.get('reserve');
  document.head.append(style);
}
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    window.__listBottom = document.getElementById('after').getBoundingClientRect().top;
    import('/src/index.ts').then(() => (window.__defined = true));
  }),
);
