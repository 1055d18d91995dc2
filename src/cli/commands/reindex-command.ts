import { rebuildSearchIndex } from '../../domain/search/search-indexing.ts';
import type { CliCommand } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'Rebuild the search index from scratch',
  usage:
    'inspir reindex\n\nEmpties the search index and fills it again from every published and ' +
    'scheduled item, in one transaction: searches keep using the old index until it is done.',
  async run() {
    const site = await openSite({ isDemoAllowed: false, isSearchIndexChecked: false });
    try {
      const started = Date.now();
      const count = await rebuildSearchIndex(site.database.db);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`Indexed ${count} items in ${seconds} s.`);
    } finally {
      await site.database.close();
    }
  },
};
