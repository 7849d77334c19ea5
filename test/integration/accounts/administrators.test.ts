// The first moderators: `npm run create-admin` checks its input, then createAdministrator.
import { Readable } from 'node:stream';
import type { Express } from 'express';
import { AuditEventModel } from '../../../src/models/audit-event';
import { UserModel } from '../../../src/models/user';
import type { Services } from '../../../src/services';
import { createAdministrator } from '../../../src/services/accounts/administrators';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { ACCOUNT_REFUSALS } from '../../../src/web/presenters/account-refusals';
import { checkAdministratorInput, parseArguments, readPasswordFrom } from '../../../scripts/create-admin';
import { signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
const PASSWORD = 'trois chevaux dans un pré';

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
}, 60_000);

const deps = () => ({ hasher: createPasswordHasher({ memoryKib: 8192, passes: 1 }), audit: services.audit });

describe('createAdministrator', () => {
  it('creates an active, verified moderator who can log in and open the back-office', async () => {
    const result = await createAdministrator(deps(), {
      email: ' Premiere.Admin@Exemple.GOUV.fr ',
      name: 'Camille Première',
      password: PASSWORD,
    });
    expect(result).toEqual({
      ok: true,
      value: { id: expect.any(String), email: 'premiere.admin@exemple.gouv.fr' },
    });
    const user = await UserModel.findOne({ email: 'premiere.admin@exemple.gouv.fr' }).lean();
    expect(user).toMatchObject({ role: 'moderateur', status: 'actif', name: 'Camille Première' });
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(PASSWORD);
    await expect(
      AuditEventModel.findOne({ action: 'compte.administrateur-cree', targetId: String(user?._id) }).lean(),
    ).resolves.toMatchObject({ targetLabel: 'premiere.admin@exemple.gouv.fr' });

    const agent = await signedInAgent(app, { email: 'premiere.admin@exemple.gouv.fr', password: PASSWORD });
    await agent.get('/moderation').expect(200);
  });

  it('refuses an address that already has an account, whatever its case', async () => {
    const result = await createAdministrator(deps(), {
      email: 'PREMIERE.ADMIN@exemple.gouv.fr',
      name: 'Quelqu’un d’autre',
      password: PASSWORD,
    });
    expect(result).toEqual({ ok: false, reason: 'email-taken' });
    // What `create-admin` prints for it.
    expect(ACCOUNT_REFUSALS['email-taken']).toMatchObject({
      field: 'email',
      message: 'Cette adresse e-mail a déjà un compte.',
    });
    await expect(UserModel.countDocuments({ email: 'premiere.admin@exemple.gouv.fr' })).resolves.toBe(1);
  });
});

describe('checkAdministratorInput (the rules of sign-up)', () => {
  const valid = { email: 'Admin@Exemple.fr', name: '  Dominique Admin ', password: PASSWORD };

  it('accepts a good input, normalising the address and trimming the name', () => {
    expect(checkAdministratorInput({ ...valid, passwordConfirmation: PASSWORD })).toEqual({
      ok: true,
      value: { email: 'admin@exemple.fr', name: 'Dominique Admin', password: PASSWORD },
    });
  });

  it.each([
    [{ password: 'court' }, 'Mot de passe : Choisissez un mot de passe d’au moins 12 caractères.'],
    [{ password: 'azertyuiopqsdf' }, 'Mot de passe : Ce mot de passe est trop courant'],
    [{ password: 'aaaaaaaaaaaaaaaa' }, 'Mot de passe : Ce mot de passe est trop courant'],
    [{ password: 'admin-admin-admin' }, 'Mot de passe : Le mot de passe ne doit pas reprendre votre adresse'],
    [{ password: '' }, 'Mot de passe : Saisissez un mot de passe.'],
    [{ email: 'pas-une-adresse' }, 'Adresse e-mail : Saisissez une adresse e-mail valide'],
    [{ email: '' }, 'Adresse e-mail : Saisissez votre adresse e-mail.'],
    [{ name: 'A' }, 'Nom : Saisissez votre prénom et votre nom.'],
    [{ passwordConfirmation: 'autre chose encore' }, 'Confirmation du mot de passe : Les deux mots de passe'],
  ])('refuses %j', (change, message) => {
    const result = checkAdministratorInput({ ...valid, ...change });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

describe('the command line', () => {
  it('reads the e-mail, the name and --password-stdin', () => {
    expect(parseArguments(['--email', 'a@b.fr', '--name', 'Prénom Nom', '--password-stdin'])).toEqual({
      email: 'a@b.fr',
      name: 'Prénom Nom',
      passwordStdin: true,
    });
    expect(parseArguments([])).toEqual({ email: undefined, name: undefined, passwordStdin: false });
  });

  it('never takes the password as an argument, and refuses unknown options', () => {
    expect(() => parseArguments(['--password', PASSWORD])).toThrow('ne se donne pas en argument');
    expect(() => parseArguments([`--password=${PASSWORD}`])).toThrow('ne se donne pas en argument');
    expect(() => parseArguments(['--role', 'commune'])).toThrow('Usage');
    expect(() => parseArguments(['surplus'])).toThrow('Usage');
  });

  it('reads one line of standard input as the password', async () => {
    await expect(readPasswordFrom(Readable.from([Buffer.from(`${PASSWORD}\n`)]))).resolves.toBe(PASSWORD);
    await expect(readPasswordFrom(Readable.from([Buffer.from(`${PASSWORD}\r\n`)]))).resolves.toBe(PASSWORD);
    await expect(readPasswordFrom(Readable.from([Buffer.from('un\ndeux\n')]))).rejects.toThrow(
      'une seule ligne',
    );
  });
});
