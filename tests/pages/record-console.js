// Loaded first, as a classic script, by a page under test: every console error and warning,
// uncaught exception and rejected promise is kept in `window.reported` for the test in the
// parent page to read.
window.reported = [];
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.reported.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (event) => window.reported.push(`error: ${event.error ?? event.message}`), true);
window.addEventListener('unhandledrejection', (event) => window.reported.push(`rejection: ${event.reason}`));
