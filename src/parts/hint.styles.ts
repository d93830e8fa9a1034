/** The hint's rules: words shown over the plot for a moment. */
export const hintStyles = `
  .hint {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint span {
    background: color-mix(in srgb, var(--_ink) 85%, transparent);
    color: var(--_surface);
    padding: 6px 12px;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .hint.shown {
    opacity: 1;
  }

  @media (prefers-reduced-motion: reduce) {
    .hint {
      transition: none;
    }
  }
`;
