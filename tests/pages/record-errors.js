// Loaded first, as a classic script, by the pages in this folder: whatever goes wrong while
// the bundle loads (an exception, a rejected promise, a blocked script or style) is kept in
// `window.reported` for the test in the parent page to read.
window.reported = [];
window.addEventListener('error', (event) => window.reported.push(`error: ${event.error ?? event.message}`));
window.addEventListener('unhandledrejection', (event) => window.reported.push(`rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.reported.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
);
