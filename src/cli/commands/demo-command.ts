import { isSiteEmpty, loadDemoContent } from '../../demo/load-demo.ts';
import { removeDemoContent } from '../../demo/remove-demo.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Load the demo content (spring 2021) into an empty site, or remove it',
  usage:
    'inspir demo\ninspir demo --remove\n\nMigrates, then loads the demo content; refuses a site that already has content.\nWith --remove, removes for good exactly what the demo loaded (its items, uploads and\nauthor accounts); the newsroom’s own items, countries, themes and settings stay.',
  async run(args) {
    const isRemoval = args.includes('--remove');
    const unknown = args.filter((arg) => arg !== '--remove');
    if (unknown.length > 0) throw new CliError(`Unknown argument: ${unknown.join(' ')}`);
    const site = await openSite({ isDemoAllowed: false });
    try {
      const { db } = site.database;
      if (isRemoval) {
        const removed = await removeDemoContent({ db, mediaStore: site.mediaStore }, null);
        console.log(
          `Removed the demo content: ${removed.items} items, ${removed.media} uploads, ${removed.users} author accounts.`,
        );
        return;
      }
      if (!(await isSiteEmpty(db))) {
        throw new CliError('The site already has content; demo content goes into an empty site.');
      }
      const count = await loadDemoContent(db, { mediaStore: site.mediaStore });
      console.log(`Loaded the demo content: ${count} items.`);
    } finally {
      await site.database.close();
    }
  },
};
