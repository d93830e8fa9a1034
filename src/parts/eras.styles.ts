/** The eras' rules: tinted spans of time behind the marks, named at their foot. */
export const erasStyles = `
  .eras {
    position: absolute;
    inset: 0 0 28px;
    pointer-events: none;
  }
  [part~='era'] {
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--_era);
    border-inline-start: 1px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }
  [part~='era'].cut {
    border-inline-start: 0;
  }
  [part~='era'] span {
    position: absolute;
    bottom: 2px;
    left: 4px;
    right: 4px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.6875rem;
    color: var(--_muted);
  }
`;
