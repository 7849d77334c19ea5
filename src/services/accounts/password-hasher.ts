// argon2id through Node's own crypto (no native module), stored as a PHC string:
// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const argon2 = promisify(crypto.argon2);
const TAG_LENGTH = 32;

export interface PasswordHashCost {
  memoryKib: number;
  passes: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
  /** Burns the time of one verification, so that an unknown e-mail answers as slowly as a known one. */
  verifyNothing(password: string): Promise<void>;
}

export function createPasswordHasher(cost: PasswordHashCost): PasswordHasher {
  const derive = (password: string, salt: Buffer, memory: number, passes: number) =>
    argon2('argon2id', {
      message: password,
      nonce: salt,
      parallelism: 1,
      tagLength: TAG_LENGTH,
      memory,
      passes,
    });
  const dummySalt = crypto.randomBytes(16);

  return {
    async hash(password) {
      const salt = crypto.randomBytes(16);
      const tag = await derive(password, salt, cost.memoryKib, cost.passes);
      return `$argon2id$v=19$m=${cost.memoryKib},t=${cost.passes},p=1$${b64(salt)}$${b64(tag)}`;
    },

    async verify(stored, password) {
      const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
        stored,
      );
      if (!match) return false;
      const expected = Buffer.from(match[4] ?? '', 'base64');
      const tag = await derive(
        password,
        Buffer.from(match[3] ?? '', 'base64'),
        Number(match[1]),
        Number(match[2]),
      );
      return expected.length === tag.length && crypto.timingSafeEqual(expected, tag);
    },

    async verifyNothing(password) {
      await derive(password, dummySalt, cost.memoryKib, cost.passes);
    },
  };
}

const b64 = (buffer: Buffer): string => buffer.toString('base64').replace(/=+$/, '');
