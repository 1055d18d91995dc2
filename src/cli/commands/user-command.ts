import { parseArgs } from 'node:util';
import { createUser } from '../../domain/users/user-service.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';
import { readStdin } from '../read-stdin.ts';

const usage = `inspir user add --email E --name N --role administrator|editor|contributor [--country SLUG ...] --password-stdin

Creates an account that can sign in at /admin/login. The password is read from standard input
(so it never appears in the shell's history or the process list), for example:
  printf '%s' "$PASSWORD" | npx inspir user add --email ana@example.org --name Ana --role administrator --password-stdin
Editors need one or more --country options (country label slugs such as nepal, cambodia).`;

export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Create an account: user add --email … --role … --password-stdin',
  usage,
  async run(args) {
    const [action, ...rest] = args;
    if (action !== 'add')
      throw new CliError(`Unknown action "${action ?? ''}".\n\nUsage: ${usage}`, 2);
    let options;
    try {
      options = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          country: { type: 'string', multiple: true },
          'password-stdin': { type: 'boolean' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\nUsage: ${usage}`, 2);
    }
    const missing = ['email', 'name', 'role'].filter((key) => !options[key as 'email']);
    if (missing.length > 0) {
      throw new CliError(
        `Missing ${missing.map((key) => `--${key}`).join(', ')}.\n\nUsage: ${usage}`,
        2,
      );
    }
    if (!options['password-stdin']) {
      throw new CliError('Give the password on standard input with --password-stdin.', 2);
    }
    const password = (await readStdin()).replace(/\r?\n$/, '');
    const site = await openSite({ isDemoAllowed: false });
    try {
      await createUser(site.database.db, {
        email: options.email ?? '',
        name: options.name ?? '',
        role: options.role as 'administrator',
        countries: options.country ?? [],
        password,
      });
      const countries = options.country?.length ? ` for ${options.country.join(', ')}` : '';
      console.log(`Created ${options.role} ${options.email}${countries}. Sign in at /admin/login.`);
    } finally {
      await site.database.close();
    }
  },
};
