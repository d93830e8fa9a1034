import { css } from 'lit';

/** The clusters' rules: a count of events too close to draw apart, which zooms in when pressed. */
export const clustersStyles = css`
  [part~='cluster'] {
    position: absolute;
    height: 32px;
    padding: 0 6px;
    border: 1px solid var(--_axis);
    border-radius: 14px;
    background: var(--_surface);
    font-size: 0.75em;
    cursor: zoom-in;
  }
`;
