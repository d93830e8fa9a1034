// Read by `cem analyze`: the manifest documents the element only, from its JSDoc.
export default {
  globs: ['src/story-timeline.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
