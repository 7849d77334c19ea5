import { DEMO_PASSWORD } from './demo-accounts';
import type { SeedResult } from './seed-demo';

/** Prints what the seed did and how to log in with the demo accounts. */
export function printDemoLogins(result: SeedResult, log: (line: string) => void): void {
  log(
    `Demo data: ${result.accountsCreated} accounts, ${result.offersCreated} offers, ${result.projectsCreated} projects and ${result.conversationsCreated} conversations created.`,
  );
  log(`Demo logins (password for all: "${DEMO_PASSWORD}"):`);
  // The generated demo professionals (professionnel-<n>@…) fill the communes' and partners' views.
  const extra = (login: { email: string }) => /^professionnel-\d+@/.test(login.email);
  // The settled ones (installe-<n>@…) fill the retention figures.
  const settled = (login: { email: string }) => /^installe-\d+@/.test(login.email);
  const active = result.logins.filter((login) => !login.pending);
  const communes = active.filter((login) => login.role === 'commune');
  const shown = [
    ...active.filter((login) => login.role !== 'commune' && !extra(login) && !settled(login)),
    ...communes.slice(0, 3),
  ];
  for (const login of shown) log(`  ${login.email.padEnd(52)} ${login.what}`);
  const more = communes.length - 3;
  if (more > 0) log(`  … and ${more} other communes: mairie.<nom-de-la-commune>@demo.accueil-sante.example`);
  const professionals = result.logins.filter(extra).length;
  if (professionals > 0)
    log(
      `  … and ${professionals} other professionals: professionnel-<1 à ${professionals}>@demo.accueil-sante.example`,
    );
  const installed = result.logins.filter(settled).length;
  if (installed > 0)
    log(
      `  … and ${installed} professionals settled months ago: installe-<1 à ${installed}>@demo.accueil-sante.example`,
    );
  const pending = result.logins.filter((login) => login.pending);
  if (pending.length > 0) log('Sign-ups waiting for the moderator:');
  for (const login of pending) log(`  ${login.email.padEnd(52)} ${login.what}`);
}
