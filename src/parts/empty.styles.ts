import { css } from 'lit';

/** The rules of the message shown when a story has nothing to draw (its box is the element's shared rule). */
export const emptyStyles = css`
  [part='empty'] p,
  [part='empty'] ul {
    margin: 0;
  }
  [part='empty'] ul {
    margin-block: 0.5em;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
`;
