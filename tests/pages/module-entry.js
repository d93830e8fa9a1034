// What an app's bundler sees: the package's module build, importing `lit` and `d3-*` by
// name. The test server resolves those names from node_modules, as a bundler would.
import '/dist/module/index.js';
