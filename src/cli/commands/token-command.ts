import { parseArgs } from 'node:util';
import { MAX_TOKEN_DAYS, createApiToken } from '../../domain/auth/api-token-service.ts';
import { getActorByEmail } from '../../domain/users/user-service.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

const usage = `inspir token create --email E [--name NAME] [--expires-in-days N]

Creates an API token acting as the user with that email (with their role and countries) and
prints it on the last line. Send it as "Authorization: Bearer <token>" to /api/v1/admin/….
The token is shown once; only its hash is kept. With --expires-in-days it stops working after
N days (1 to ${MAX_TOKEN_DAYS}); without, it works until revoked at /admin/tokens.`;

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Create an API token: token create --email E',
  usage,
  async run(args) {
    const [action, ...rest] = args;
    if (action !== 'create')
      throw new CliError(`Unknown action "${action ?? ''}".\n\nUsage: ${usage}`, 2);
    let options;
    try {
      options = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          'expires-in-days': { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\nUsage: ${usage}`, 2);
    }
    if (!options.email) throw new CliError(`Missing --email.\n\nUsage: ${usage}`, 2);
    const site = await openSite({ isDemoAllowed: false });
    try {
      const actor = await getActorByEmail(site.database.db, options.email);
      if (!actor) throw new CliError(`There is no user with the email ${options.email}.`);
      const name = options.name ?? `Command line, ${new Date().toISOString().slice(0, 10)}`;
      const { token, expiresAt } = await createApiToken(site.database.db, actor, {
        name,
        expiresInDays: options['expires-in-days'],
      });
      const until = expiresAt ? `, valid until ${expiresAt}` : '';
      console.log(`Created API token “${name}” for ${actor.email} (${actor.role})${until}:`);
      console.log(token);
    } finally {
      await site.database.close();
    }
  },
};
