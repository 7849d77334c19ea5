// Starts one embedded FerretDB for the whole test run, in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProjectRoot } from '../../src/config/project-root';
import { EmbeddedFerretdb } from '../../src/db/embedded-ferretdb';
import { ensureFerretdbBinary } from '../../src/db/ferretdb-binary';

declare global {
  var testDatabaseServer: { server: EmbeddedFerretdb; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const binary = ensureFerretdbBinary(findProjectRoot(__dirname));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-test-'));
  const server = new EmbeddedFerretdb({ binary, dataDir, restartDelayMs: null });
  await server.start();
  // Workers are started after this and inherit the environment.
  process.env.TEST_MONGODB_URI = server.uri;
  globalThis.testDatabaseServer = { server, dataDir };
}
