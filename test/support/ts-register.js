// Lets a child Node process run the TypeScript sources as Jest does (swc, CommonJS): the test of
// several instances starts the second one in a process of its own.
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      sourceMaps: 'inline',
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
