/**
 * The eras' and groups' default colours, read through `--story-era-<name>` and
 * `--story-group-<name>` (the element's sheet documents both). As in the element's sheet, engines
 * without light-dark() get the first block: tints mixed into Canvas, and the light group colours.
 */
export const colourStyles = `
  :host {
    /* Eras: muted tints, never as strong as the marks. */
    --_era-grey: color-mix(in srgb, #8a8a96 14%, Canvas);
    --_era-blue: color-mix(in srgb, #1d4f9c 10%, Canvas);
    --_era-green: color-mix(in srgb, #1e7b3a 10%, Canvas);
    --_era-yellow: color-mix(in srgb, #c9a20a 12%, Canvas);
    --_era-red: color-mix(in srgb, #b3261e 10%, Canvas);
    --_era-purple: color-mix(in srgb, #6a3d9a 10%, Canvas);
    /* Groups: as strong as the marks (3:1 at least on the background). */
    --_group-grey: #5f5f6b;
    --_group-blue: #1d4f9c;
    --_group-green: #1e7b3a;
    --_group-yellow: #7d6400;
    --_group-red: #b3261e;
    --_group-purple: #6a3d9a;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_era-grey: light-dark(#efeff2, #27272e);
      --_era-blue: light-dark(#e8eff9, #1d2735);
      --_era-green: light-dark(#e7f3ea, #1c2d22);
      --_era-yellow: light-dark(#f9f4e1, #302b19);
      --_era-red: light-dark(#f9e8e6, #352020);
      --_era-purple: light-dark(#f1eaf7, #2b2233);
      --_group-grey: light-dark(#5f5f6b, #b4b4c0);
      --_group-blue: light-dark(#1d4f9c, #8cb8ff);
      --_group-green: light-dark(#1e7b3a, #7fd49a);
      --_group-yellow: light-dark(#7d6400, #e8c547);
      --_group-red: light-dark(#b3261e, #ff8a80);
      --_group-purple: light-dark(#6a3d9a, #cfa8ff);
    }
  }
`;
