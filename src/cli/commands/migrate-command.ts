import type { CliCommand } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage: 'inspir migrate\n\nApplies every pending migration to the configured database.',
  async run() {
    const site = await openSite({ isDemoAllowed: false });
    await site.database.close();
    const applied = site.appliedMigrations;
    console.log(
      applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`,
    );
  },
};
