// npm run create-admin -- --email prenom.nom@exemple.gouv.fr --name "Prénom Nom" [--password-stdin]
// Creates an active moderator account. The password is typed twice on the terminal (not echoed), or
// read from standard input with --password-stdin (for automation). There is never a default password.
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { normaliseEmail } from '../src/domain/accounts/email-address';
import { passwordProblem } from '../src/domain/accounts/password-policy';
import { createAdministrator } from '../src/services/accounts/administrators';
import { ACCOUNT_REFUSALS } from '../src/web/presenters/account-refusals';
import { createPasswordHasher } from '../src/services/accounts/password-hasher';
import { createAuditLog } from '../src/services/audit/audit-log';
import { emailField, nameField, passwordField } from '../src/web/forms/fields';
import { runScript } from './run-script';

const USAGE =
  'Usage : npm run create-admin -- --email adresse@exemple.fr --name "Prénom Nom" [--password-stdin]';

/** A problem with what the person gave: printed on one line, exit status 1. */
class InputError extends Error {}

export interface AdministratorArguments {
  email: string | undefined;
  name: string | undefined;
  passwordStdin: boolean;
}

/** The command-line options; throws InputError on anything unexpected. */
export function parseArguments(argv: string[]): AdministratorArguments {
  if (argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    throw new InputError(
      'Le mot de passe ne se donne pas en argument (il serait visible dans la liste des processus) : saisissez-le quand il est demandé, ou utilisez --password-stdin.',
    );
  }
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { email: values.email, name: values.name, passwordStdin: values['password-stdin'] === true };
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
}

const FIELD_LABELS: Record<string, string> = {
  email: 'Adresse e-mail',
  name: 'Nom',
  password: 'Mot de passe',
  passwordConfirmation: 'Confirmation du mot de passe',
};

const identity = z.strictObject({ email: emailField, name: nameField });

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const failure = (field: string, message: string) => ({
  ok: false as const,
  message: `${FIELD_LABELS[field] ?? field} : ${message}`,
});

/** The sign-up rules for the e-mail and the name. */
export function checkIdentity(input: {
  email: string;
  name: string;
}): Checked<{ email: string; name: string }> {
  const parsed = identity.safeParse(input);
  if (parsed.success)
    return { ok: true, value: { ...parsed.data, email: normaliseEmail(parsed.data.email) } };
  const issue = parsed.error.issues[0];
  return failure(String(issue?.path[0] ?? 'email'), issue?.message ?? 'valeur invalide.');
}

/**
 * The sign-up rules for the e-mail, the name and the password (and the confirmation when the
 * password was typed twice): the first problem, as one French line.
 */
export function checkAdministratorInput(input: {
  email: string;
  name: string;
  password: string;
  passwordConfirmation?: string;
}): Checked<{ email: string; name: string; password: string }> {
  const who = checkIdentity({ email: input.email, name: input.name });
  if (!who.ok) return who;
  const typed = passwordField.safeParse(input.password);
  if (!typed.success) return failure('password', typed.error.issues[0]?.message ?? 'valeur invalide.');
  const problem = passwordProblem(input.password, { email: who.value.email });
  if (problem) return failure('password', problem);
  if (input.passwordConfirmation !== undefined && input.passwordConfirmation !== input.password)
    return failure('passwordConfirmation', 'Les deux mots de passe ne sont pas identiques.');
  return { ok: true, value: { ...who.value, password: input.password } };
}

/** Everything a stream gives, without its final line break; a password is a single line. */
export async function readPasswordFrom(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (/[\r\n]/.test(text))
    throw new InputError('Le mot de passe lu sur l’entrée standard doit tenir sur une seule ligne.');
  return text;
}

/** Asks a question on the terminal; a hidden answer is not echoed. */
async function ask(question: string, options: { hidden?: boolean } = {}): Promise<string> {
  let muted = false;
  // readline echoes what is typed through its output: a hidden answer goes to a muted one.
  const output = new Writable({
    write(chunk: Buffer, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const lines = readline.createInterface({ input: process.stdin, output, terminal: true });
  lines.on('SIGINT', () => {
    process.stdout.write('\n');
    process.exit(130);
  });
  try {
    if (!options.hidden) return await new Promise<string>((resolve) => lines.question(question, resolve));
    // The prompt is written once, then nothing readline redraws is shown.
    process.stdout.write(question);
    muted = true;
    return await new Promise<string>((resolve) => lines.question('', resolve));
  } finally {
    lines.close();
    if (options.hidden) process.stdout.write('\n');
  }
}

/** Gathers and checks what the account needs, asking on the terminal for what is missing. */
async function gatherInput(
  args: AdministratorArguments,
): Promise<Checked<{ email: string; name: string; password: string }>> {
  const interactive = process.stdin.isTTY === true;
  if (!args.passwordStdin && !interactive) {
    throw new InputError(
      'L’entrée standard n’est pas un terminal : donnez le mot de passe sur l’entrée standard avec --password-stdin.',
    );
  }
  const canAsk = interactive && !args.passwordStdin;
  const missing = (option: string) =>
    new InputError(`Indiquez ${option} (l’entrée standard sert au mot de passe). ${USAGE}`);
  const email =
    args.email ??
    (canAsk ? await ask('Adresse e-mail du modérateur : ') : undefined) ??
    throwError(missing('--email'));
  const name =
    args.name ?? (canAsk ? await ask('Prénom et nom : ') : undefined) ?? throwError(missing('--name'));

  if (args.passwordStdin) {
    return checkAdministratorInput({ email, name, password: await readPasswordFrom(process.stdin) });
  }
  // Check the e-mail and the name before asking for the password.
  const who = checkIdentity({ email, name });
  if (!who.ok) return who;
  console.log('Mot de passe : au moins 12 caractères ; une phrase de plusieurs mots est facile à retenir.');
  const password = await ask('Mot de passe (il ne s’affiche pas) : ', { hidden: true });
  const passwordConfirmation = await ask('Confirmez le mot de passe : ', { hidden: true });
  return checkAdministratorInput({ email, name, password, passwordConfirmation });
}

function throwError(error: Error): never {
  throw error;
}

/** The whole command; resolves to an error line for the person, or undefined when done. */
async function main(argv: string[]): Promise<string | undefined> {
  const checked = await (async () => gatherInput(parseArguments(argv)))().catch((error: unknown) => {
    if (error instanceof InputError) return { ok: false as const, message: error.message };
    throw error;
  });
  if (!checked.ok) return checked.message;

  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const result = await createAdministrator(
      { hasher: createPasswordHasher(config.passwordHash), audit: createAuditLog() },
      checked.value,
    );
    if (!result.ok) {
      const { field, message } = ACCOUNT_REFUSALS[result.reason];
      return `${FIELD_LABELS[field] ?? field} : ${message}`;
    }
    console.log(
      `Compte modérateur créé et actif pour ${result.value.email} : connectez-vous sur ${new URL('/connexion', config.publicUrl).href}.`,
    );
    return undefined;
  } finally {
    await database.close();
  }
}

// Run only as a command, not when a test imports the functions above.
if (require.main === module) {
  runScript(async () => {
    const problem = await main(process.argv.slice(2));
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  });
}
