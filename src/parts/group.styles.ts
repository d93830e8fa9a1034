/** The groups' rules: each group's band, its title, and the colour it gives its marks. */
export const groupStyles = `
  /* Groups: one band of lanes each, its title at the start edge whatever the pan. */
  .group {
    position: absolute;
    inset-inline: 0;
  }
  .group + .group {
    border-top: 1px solid var(--_grid);
  }
  /* A row of its own, over the grid lines: the title never covers a mark. */
  [part~='group-label'] {
    display: block;
    padding-inline: 4px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 22px;
    background: var(--_halo);
  }
  /* A group's colour replaces the status colour; the status stays in the outline's style and the fill. */
  .group.coloured .mark,
  .swatch.group-colour .mark {
    --_c: var(--_g);
  }
`;
