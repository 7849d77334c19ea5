// npm run import:geo [-- --force]
// Imports régions, départements, EPCI and communes into the database. Does nothing when the
// recorded version is current, unless --force (which then rewrites only what differs).
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { importGeography } from '../src/services/geography/import-geography';
import { runScript } from './run-script';

runScript(async () => {
  const force = process.argv.includes('--force');
  const database = await openDatabase(loadConfig());
  try {
    const started = Date.now();
    const result = await importGeography({ force });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === 'up-to-date') {
      console.log(
        `Geography already up to date (${result.version}); nothing to do (${seconds} s). Use --force to compare every document.`,
      );
      return;
    }
    console.log(`Geography ${result.version} checked in ${seconds} s:`);
    for (const [collection, change] of Object.entries(result.changes)) {
      console.log(
        `  ${collection.padEnd(12)} ${String(change.total).padStart(6)} in all: ` +
          `${change.inserted} inserted, ${change.updated} updated, ${change.deleted} deleted`,
      );
    }
    console.log('  commune positions:', result.precisionCounts);
  } finally {
    await database.close();
  }
});
