// Which test files run where. Every test file runs in Chromium, Firefox and WebKit, except
// the ones below, which need powers only Chromium's DevTools protocol gives.
export const chromiumOnly = {
  // Real touch input (Input.dispatchTouchEvent): touch-action, page scroll and pinch as on a phone.
  'tests/touch.test.ts': 'touch input through the DevTools protocol (scripts/wtr-touch-plugin.js)',
  // Forced garbage collection and DOM/listener/heap counters (HeapProfiler, Memory domains).
  'tests/memory.test.ts': 'heap and DOM counters through the DevTools protocol (scripts/wtr-memory-plugin.js)',
  // The Layout Instability API (layout-shift entries); tests/reading.test.ts checks the same by geometry everywhere.
  'tests/layout-shift.test.ts': 'layout-shift performance entries exist only in Chromium',
  // Print media emulation (the page laid out as printed) through the DevTools protocol.
  'tests/print.test.ts': 'print media emulation (emulateMedia) exists only in Chromium',
};

// Firefox and WebKit cannot switch prefers-color-scheme or prefers-reduced-motion from a test
// (Chromium can: emulateMedia). They take the reader's preferences at launch, so these files
// run once more there in a browser launched with a dark scheme and reduced motion; their
// tests call tests/helpers/preferences.ts, which skips a test in the launch whose preferences differ.
export const preferenceFiles = ['tests/preferences.test.ts', 'tests/demo.test.ts', 'tests/eras.test.ts'];
