// The second layer behind the input checks: an operator object that reaches a filter (say, from a
// parsed body) is compared as a value, never run as an operator; the code's own operators still work.
import { UserModel } from '../../../src/models/user';
import { operators } from '../../../src/db/trusted-operators';
import { createAccount } from '../../support/accounts';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

it('turns an injected operator into an equality, and keeps operators the code marks', async () => {
  const account = await createAccount({ role: 'professionnel' });
  await createAccount({ role: 'commune' });
  const injected = JSON.parse('{ "$ne": "personne@exemple.fr" }') as unknown as string;
  // Compared as a value: a string field cannot equal an object, so the query is refused outright
  // (without sanitizeFilter it would list every other account).
  await expect(UserModel.find({ email: injected }).lean()).rejects.toThrow('Cast to string failed');
  await expect(UserModel.countDocuments({ email: injected })).rejects.toThrow('Cast to string failed');
  const found = await UserModel.find({ email: operators({ $in: [account.email] }) }).lean();
  expect(found.map((user) => user.email)).toEqual([account.email]);
});
