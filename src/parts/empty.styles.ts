/** The rules of the message shown when a story has nothing to draw (its box is the error's). */
export const emptyStyles = `
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
