// npm run build:ferretdb — builds the embedded database server into .tools/bin (done by
// `npm start` and `npm test` too when needed; this is for doing it ahead of time).
import { findProjectRoot } from '../src/config/project-root';
import { ensureFerretdbBinary } from '../src/db/ferretdb-binary';
import { runScript } from './run-script';

runScript(async () => {
  console.log(`Embedded database ready: ${ensureFerretdbBinary(findProjectRoot(__dirname))}`);
});
