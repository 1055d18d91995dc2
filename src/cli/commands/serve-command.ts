import { buildApp } from '../../http/app.ts';
import { handleShutdownSignals } from '../../lib/graceful-shutdown.ts';
import { listenForMetrics } from '../../http/plugins/metrics.ts';
import { setOptimizingCompiler, withoutOptimizingCompiler } from '../../lib/optimizing-compiler.ts';
import type { CliCommand } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Migrate, load demo content on an empty site, and serve the site (npm start)',
  usage:
    'inspir serve\n\nConfigured by HOST, PORT, DATA_DIR, DATABASE_URL, DEMO_CONTENT, SITE_URL,\n' +
    'SHUTDOWN_TIMEOUT_MS (how long SIGTERM waits for requests and jobs in flight).',
  async run() {
    // bin/server-heap.js turned the optimizing compiler off while the modules loaded. On to
    // open the site (a migration or a search index rebuild is a long loop), off while the
    // routes are built (code that runs once; see optimizing-compiler.ts).
    setOptimizingCompiler(true);
    const site = await openSite({ isDemoAllowed: true });
    const app = await withoutOptimizingCompiler(() =>
      buildApp({ config: site.config, database: site.database }),
    );
    if (site.appliedMigrations.length > 0) {
      app.log.info({ migrations: site.appliedMigrations }, 'database migrated');
    }
    if (site.demoItemCount > 0) app.log.info(`loaded demo content: ${site.demoItemCount} items`);
    // app.close() stops accepting connections (and /readyz says "not ready"), waits for the
    // requests in flight, then runs the onClose hooks that stop the background jobs, each
    // awaiting its round in progress; the database closes last.
    let stage = 'background jobs (a round in progress)';
    handleShutdownSignals({
      async stop() {
        // A connection kept alive (a proxy's) would hold server.close() for its idle timeout
        // (72 s): each is closed as soon as its request in flight has been answered.
        const sweeper = setInterval(() => app.server.closeIdleConnections(), 100);
        try {
          await app.close();
        } finally {
          clearInterval(sweeper);
        }
        stage = 'closing the database';
        await site.database.close();
      },
      stillRunning: () => {
        const requests = app.requestsInFlight().map((request) => `request ${request}`);
        return requests.length > 0 ? requests : [stage];
      },
      timeoutMs: site.config.shutdownTimeoutMs,
      log: app.log,
    });
    await app.listen({ host: site.config.host, port: site.config.port });
    await listenForMetrics(app, site.config);
    app.log.info(`inspir is serving ${site.config.siteUrl}`);
  },
};
