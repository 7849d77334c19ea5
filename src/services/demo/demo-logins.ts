import { DEMO_PASSWORD, type SeedResult } from './seed-demo';

/** Prints what the seed did and how to log in with the demo accounts. */
export function printDemoLogins(result: SeedResult, log: (line: string) => void): void {
  log(`Demo data: ${result.accountsCreated} accounts and ${result.offersCreated} offers created.`);
  log(`Demo logins (password for all: "${DEMO_PASSWORD}"):`);
  const shown = [
    ...result.logins.filter((login) => login.role !== 'commune'),
    ...result.logins.filter((login) => login.role === 'commune').slice(0, 3),
  ];
  for (const login of shown) log(`  ${login.email.padEnd(52)} ${login.what}`);
  const more = result.logins.filter((login) => login.role === 'commune').length - 3;
  if (more > 0) log(`  … and ${more} other communes: mairie.<nom-de-la-commune>@demo.accueil-sante.example`);
}
