// Another version got to the page first, and every console warning is kept for the test.
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.warnings.push(args.join(' '));
  warn(...args);
};
customElements.define(
  'story-timeline',
  class extends HTMLElement {
    static version = '0.0.1';
  },
);
