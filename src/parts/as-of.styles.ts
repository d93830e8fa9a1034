import { css } from 'lit';

/** The "as of" line's rules, and its label. */
export const asOfStyles = css`
  [part='as-of'] {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
    border-inline-start: 2px solid var(--_as-of);
    pointer-events: none;
  }
  /* On the side of the line with more room, and cut with an ellipsis where even that is short. */
  [part='as-of'] span {
    position: absolute;
    top: 2px;
    inset-inline-start: 4px;
    max-width: var(--_room);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_as-of);
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
    padding: 0 3px;
    border-radius: 3px;
  }
  [part='as-of'].flip span {
    inset-inline-start: auto;
    inset-inline-end: 4px;
  }
`;
