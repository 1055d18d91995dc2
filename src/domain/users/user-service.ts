import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { insertUser, selectUserByEmail } from '../../db/repositories/user-repository.ts';
import { ConflictError } from '../../lib/errors.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { parseInput } from '../validation.ts';

const userSchema = z.object({
  email: z.email('must be an email address').transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, 'is required').max(200),
  role: z.enum(['administrator', 'editor', 'contributor']),
});

/** Creates a user who cannot sign in yet (no password); returns the id. */
export async function createUser(db: Db, input: z.input<typeof userSchema>): Promise<string> {
  const fields = parseInput(userSchema, input);
  if (await selectUserByEmail(db, fields.email)) {
    throw new ConflictError('A user with that email exists.', { email: 'is already in use' });
  }
  const id = randomUUID();
  await insertUser(db, { id, ...fields, password_hash: null, created_at: currentTimestamp() });
  return id;
}
