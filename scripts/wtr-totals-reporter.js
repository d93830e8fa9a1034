// Prints, once the run is over, the counts per engine launch and their total on a plain
// line of its own ("tests: N passed, N failed, N skipped"), which CI repeats last. The
// progress lines above it count each launch separately and sit behind a progress bar.
// An error outside any test (an uncaught error, a failed import) counts as one failure.
// Written when the process exits: the runner's terminal redraws what is printed before.
import { writeSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

export function totalsReporter({ labelOf = (session) => session.browser.name } = {}) {
  return {
    stop({ sessions }) {
      const launches = new Map();
      for (const session of sessions) {
        const label = labelOf(session);
        if (!launches.has(label)) launches.set(label, { passed: 0, failed: 0, skipped: 0 });
        const totals = launches.get(label);
        count(session.testResults, totals);
        if ((session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const out = ['', 'Per engine launch:'];
      for (const [label, totals] of launches) {
        out.push(`  ${label}: ${line(totals)}`);
        for (const key of Object.keys(total)) total[key] += totals[key];
      }
      out.push(`tests: ${line(total)}`, '');
      process.once('exit', () => writeSync(1, out.join('\n')));
    },
  };
}
