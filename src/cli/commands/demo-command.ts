import { isSiteEmpty, loadDemoContent } from '../../demo/load-demo.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Load the demo content (spring 2021) into an empty site',
  usage:
    'inspir demo\n\nMigrates, then loads the demo content. Refuses a site that already has content.',
  async run() {
    const site = await openSite({ isDemoAllowed: false });
    try {
      if (!(await isSiteEmpty(site.database.db))) {
        throw new CliError('The site already has content; demo content goes into an empty site.');
      }
      const count = await loadDemoContent(site.database.db, { mediaDir: site.config.mediaDir });
      console.log(`Loaded the demo content: ${count} items.`);
    } finally {
      await site.database.close();
    }
  },
};
