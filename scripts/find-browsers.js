// `npm test` runs this first so that a missing browser, driver or display server is a clear
// message with the command that installs it, not a stack trace from a launcher.
import { foundBrowsers, missingBrowsers } from './browsers.js';

const missing = missingBrowsers();
if (missing) {
  console.error(missing);
  process.exit(1);
}
for (const line of foundBrowsers()) console.log(line);
