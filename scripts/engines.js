// Which test files run where. Every test file runs in Chromium, Firefox and WebKit, except
// the ones below: some need powers only Chromium's DevTools protocol gives, and the others
// hold pure maths (parsing, layout, time scales against D3 and edtf) that use no DOM, no Intl
// and no layout, so a second and third engine would run the same JavaScript again.
const pure = 'pure maths without the DOM or Intl: the same in every engine';
export const chromiumOnly = {
  // Real touch input (Input.dispatchTouchEvent): touch-action, page scroll and pinch as on a phone.
  'tests/touch.test.ts': 'touch input through the DevTools protocol (scripts/wtr-touch-plugin.js)',
  // Forced garbage collection and DOM/listener/heap counters (HeapProfiler, Memory domains).
  'tests/memory.test.ts': 'heap and DOM counters through the DevTools protocol (scripts/wtr-memory-plugin.js)',
  // The Layout Instability API (layout-shift entries); tests/reading.test.ts checks the same by geometry everywhere.
  'tests/layout-shift.test.ts': 'layout-shift performance entries exist only in Chromium',
  // Print media emulation (the page laid out as printed) through the DevTools protocol.
  'tests/print.test.ts': 'print media emulation (emulateMedia) exists only in Chromium',
  'tests/edtf-oracle.test.ts': pure,
  'tests/layout.test.ts': pure,
  'tests/utc-intervals.test.ts': pure,
  'tests/time-scale.test.ts': pure,
  'tests/dsv.test.ts': pure,
  'tests/view-state.test.ts': pure,
  'tests/label-widths.test.ts': pure,
  'tests/edge-cues.test.ts': pure,
};

// Firefox and WebKit cannot switch prefers-color-scheme or prefers-reduced-motion from a test
// (Chromium can: emulateMedia). They take the reader's preferences at launch, so these files
// run once more there in a browser launched with a dark scheme and reduced motion; their
// tests call tests/helpers/preferences.ts, which skips a test in the launch whose preferences differ.
export const preferenceFiles = ['tests/preferences.test.ts', 'tests/demo.test.ts', 'tests/eras.test.ts'];
