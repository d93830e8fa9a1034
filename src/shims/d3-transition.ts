/**
 * Stands in for d3-transition wherever d3-zoom is bundled: the single-file build, the
 * module build, the dev server and the tests alias 'd3-transition' to this file
 * (vite.config.ts, web-test-runner.config.js).
 *
 * d3-zoom imports d3-transition to stop a running transition before it moves the view
 * (`interrupt(node)`, `selection.interrupt()`) and to animate a double-click
 * (`selection.transition()`). The element starts no d3 transition: double-click zooms at
 * once (`zoom.duration(0)`) and animated zooms are the zoom controller's own tween, which
 * stops itself when d3-zoom starts a gesture. With nothing to interrupt, these are no-ops,
 * and d3-transition, d3-color, d3-ease and d3-timer stay out of the bundle.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

// In the module build d3-selection is the app's own copy, which the real d3-transition
// may have extended already (or will, and then its interrupt replaces this one): a real
// interrupt() is kept, as it does no harm to the element either.
if (!selection.prototype.interrupt) {
  selection.prototype.interrupt = function () {
    return this;
  };
}
