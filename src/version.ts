// Written by scripts/version.js from package.json (`npm version` runs it): do not edit.
/** The package's version. */
export const VERSION = '0.1.0';
