// Every kind of personal data joins the account export and deletion: every model must be covered by
// an entry of the personal-data registry, or be listed below with the reason it holds nothing to
// export or erase (a user id may hide in a string: a digest's `_id`). A model with
// a reference field (an ObjectId path other than `_id`, which is how the project points at an
// account, a project or a conversation) is the likeliest to hold some.
import fs from 'node:fs';
import path from 'node:path';
import mongoose, { type SchemaType } from 'mongoose';
import type { PersonalData } from '../../../src/services/personal-data/personal-data';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();

/** Models that are not a person's data to export or erase, and why. */
const NOT_PERSONAL_DATA: Record<string, string> = {
  // With reference fields.
  Offer: 'createdBy/updatedBy: the commune staff member acting for the commune, the commune record',
  CommuneProfile: 'updatedBy: the commune staff member acting for the commune, the commune record',
  Scheme: 'createdBy/updatedBy: the partner or moderator publishing for an organisation, the scheme record',
  ZoningPointer: 'by: the administrator who published a zoning version, the service record',
  ZoningVersion: 'importedBy: the administrator who imported a zoning version, the service record',
  // Without.
  Job: 'payload: stored work (an e-mail to send, an alert evaluation), deleted once done; a deleted account is e-mailed its confirmation through it',
  RateLimitCounter: '_id: a limit name and a hashed key (account, address or IP), expired within its window',
  ReplyTemplates: "_id: a commune's INSEE code, the commune's reply templates",
  Change: 'the change journal: collection names and document ids, no content',
  ChangeCounter: "the change journal's counter",
  StatisticsKey: "the partner statistics' secret key",
  Commune: 'reference geography',
  Departement: 'reference geography',
  Epci: 'reference geography',
  Region: 'reference geography',
  DatasetVersion: 'the version of the reference geography imported',
};

const MODELS_DIR = path.join(__dirname, '../../../src/models');

/** The ObjectId paths of a schema and of its sub-schemas (messages, history…), `_id` excepted. */
/** What the rule reads of a mongoose schema. */
interface SchemaShape {
  eachPath(visit: (name: string, type: SchemaType) => void): unknown;
  childSchemas: { schema: SchemaShape; model: { path: string } }[];
}

function referencePaths(schema: SchemaShape, prefix = ''): string[] {
  const found: string[] = [];
  schema.eachPath((name, type) => {
    const caster = (type as { caster?: { instance?: string } }).caster;
    const isReference = type.instance === 'ObjectId' || caster?.instance === 'ObjectId';
    if (isReference && !name.endsWith('_id')) found.push(prefix + name);
  });
  for (const child of schema.childSchemas)
    found.push(...referencePaths(child.schema, `${prefix}${child.model.path}.`));
  return found;
}

describe('the personal-data registry', () => {
  let registered: readonly PersonalData[];

  beforeAll(async () => {
    for (const file of fs.readdirSync(MODELS_DIR).filter((name) => name.endsWith('.ts')))
      await import(path.join(MODELS_DIR, file));
    ({
      services: {
        accountSettings: { personalData: registered },
      },
    } = await buildTestApp(database.current));
  }, 60_000);

  it('covers every model holding a reference, or says why it holds no personal data', () => {
    const covered = new Set(registered.flatMap((entry) => entry.models));
    const holdingReferences = mongoose
      .modelNames()
      .filter((name) => referencePaths(mongoose.model(name).schema).length > 0);
    // The rule sees the models it must (a guard against a rule that finds nothing).
    expect(holdingReferences).toEqual(expect.arrayContaining(['Project', 'Conversation', 'Notification']));
    const unregistered = holdingReferences.filter((name) => !covered.has(name) && !NOT_PERSONAL_DATA[name]);
    expect(unregistered).toEqual([]);
  });

  it('covers every model, or says why it holds no personal data', () => {
    const covered = new Set(registered.flatMap((entry) => entry.models));
    const unclassified = mongoose
      .modelNames()
      .filter((name) => !covered.has(name) && !NOT_PERSONAL_DATA[name]);
    expect(unclassified).toEqual([]);
  });

  it('lists no model both as personal data and as not personal data, and no unknown model', () => {
    const names = new Set(mongoose.modelNames());
    for (const entry of registered) for (const model of entry.models) expect(names).toContain(model);
    for (const model of Object.keys(NOT_PERSONAL_DATA)) {
      expect(names).toContain(model);
      expect(registered.flatMap((entry) => entry.models)).not.toContain(model);
    }
  });

  it('erases every entry, itself or with the entry it names', () => {
    const erasing = new Set(registered.filter((entry) => entry.erase).map((entry) => entry.name));
    const notErased = registered.filter((entry) => !entry.erase && !erasing.has(entry.erasedWith ?? ''));
    expect(notErased.map((entry) => entry.name)).toEqual([]);
    expect(registered.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['account', 'projects', 'notifications', 'conversations']),
    );
  });
});
