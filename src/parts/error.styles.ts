/**
 * The error message's rules (its box shared with the empty story's message), and its retry
 * button's own padding and border (the button's shape is the element's shared rule).
 */
export const errorStyles = `
  /* The error and the empty story's message: a box in the "as of" colour. */
  [part='error'],
  [part='empty'] {
    margin-top: 8px;
    padding: 10px 12px;
    border: 1px solid var(--_as-of);
    border-radius: var(--_radius);
    color: var(--_ink);
  }
  [part='error'] {
    display: flex;
    align-items: center;
    gap: 12px;
    flex-wrap: wrap;
  }
  [part='error'] button {
    padding-inline: 14px;
    border-color: var(--_axis);
    font-size: inherit;
  }
`;
