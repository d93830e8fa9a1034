import { css } from 'lit';

/** The axis's rules: the grid lines and ticks layers, the axis line, its ticks and their words. */
export const axisStyles = css`
  /* Grid lines and ticks are placed from the view's origin, in a layer translated to it. */
  .grid-lines,
  .ticks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .grid {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 1px;
    background: var(--_grid);
    pointer-events: none;
  }
  .grid.major {
    background: var(--_axis);
    opacity: 0.5;
  }

  [part='axis'] {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    height: 2.33em;
    border-top: 1px solid var(--_axis);
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    top: 0;
    height: 6px;
    width: 1px;
    background: var(--_axis);
  }
  /* On a halo, like the labels: the "as of" line runs behind the axis's words. */
  .tick span {
    position: absolute;
    top: 8px;
    transform: translateX(-50%);
    white-space: nowrap;
    background: var(--_halo);
    padding: 0 2px;
    border-radius: 2px;
  }
  .tick.at-start span {
    transform: none;
  }
  .tick.at-end span {
    transform: translateX(-100%);
  }
  [dir='rtl'] .tick span {
    transform: translateX(50%);
  }
  [dir='rtl'] .tick.at-start span {
    transform: none;
  }
  [dir='rtl'] .tick.at-end span {
    transform: translateX(100%);
  }
  .tick.major span {
    font-weight: 600;
    color: var(--_ink);
  }
`;
