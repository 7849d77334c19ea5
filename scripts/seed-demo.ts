// npm run seed:demo — adds the demonstration data (idempotent: what exists is left alone).
// Refused in production: the demo accounts share a published password.
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { createServices } from '../src/services';
import { createPasswordHasher } from '../src/services/accounts/password-hasher';
import { printDemoLogins } from '../src/services/demo/demo-logins';
import { DemoRefusedInProduction, seedDemo } from '../src/services/demo/seed-demo';
import { importGeography } from '../src/services/geography/import-geography';
import { loadReadModels } from '../src/services/read-models';
import { runScript } from './run-script';

runScript(async () => {
  const config = loadConfig();
  if (config.isProduction) throw new DemoRefusedInProduction();
  const database = await openDatabase(config);
  try {
    await importGeography();
    const readModels = await loadReadModels();
    // Instances running on the same MongoDB see the demo data through the change journal.
    readModels.registry.startRecording(console.error);
    const services = createServices(database, readModels, config);
    printDemoLogins(await seedDemo(services, createPasswordHasher(config.passwordHash), config), console.log);
    await readModels.registry.stop();
  } finally {
    await database.close();
  }
});
