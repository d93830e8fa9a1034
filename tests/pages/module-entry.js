// What an app's bundler sees: the package's module build, importing `lit`, `d3-selection`,
// `d3-drag` and `d3-dispatch` by name. The test server resolves those names from
// node_modules, as a bundler would.
import '/dist/module/index.js';
