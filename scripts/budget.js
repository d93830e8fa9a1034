// The single file's gzip budget (dist/story-timeline.js, zlib level 9, 1 KB = 1,024 bytes), in
// one place: `npm run size` holds the build to it (its history is in scripts/size-budget.js),
// `npm run check:package` allows an app that imports the module build a kilobyte more, and
// `npm run bundle-report` measures against it.
export const SINGLE_FILE_BUDGET = 41.5 * 1024;
