import { buildApp } from '../../http/app.ts';
import type { CliCommand } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Migrate, load demo content on an empty site, and serve the site (npm start)',
  usage:
    'inspir serve\n\nConfigured by HOST, PORT, DATA_DIR, DATABASE_URL, DEMO_CONTENT, SITE_URL.',
  async run() {
    const site = await openSite({ isDemoAllowed: true });
    const app = await buildApp({ config: site.config, database: site.database });
    if (site.appliedMigrations.length > 0) {
      app.log.info({ migrations: site.appliedMigrations }, 'database migrated');
    }
    if (site.demoItemCount > 0) app.log.info(`loaded demo content: ${site.demoItemCount} items`);
    const shutdown = async (signal: string) => {
      app.log.info(`${signal}: shutting down`);
      await app.close();
      await site.database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ host: site.config.host, port: site.config.port });
    app.log.info(`inspir is serving ${site.config.siteUrl}`);
  },
};
